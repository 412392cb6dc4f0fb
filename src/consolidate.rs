//! Consolidation: raw mentions in, the deduplicated [`Knowledge`] out.
//!
//! - Terms: surface forms are keyed case-insensitively, with hyphens and
//!   run-together words ("track-two", "tracktwo"), numerals ("ii", "2",
//!   "two") and plurals folded. Keys join into concepts only through direct
//!   links (an alias mention: "X or Y is", "X (also called Y)", an
//!   abbreviation; or an elliptical form: a multi-word term that is the
//!   unique one-word-shorter prefix of another, "track two" of "track two
//!   diplomacy"), never through a chain of them: a concept is its head and
//!   the keys linked to the head. A short form given for two long forms
//!   that are not linked is a sense of each, not a bridge between them.
//!   Every alias carries the rules and sentences that tie it to its term.
//! - Definitions of one term: identical wordings (after case and
//!   punctuation folding) merge; near-identical ones (same word set up to a
//!   small difference) are grouped under the best supported wording,
//!   found through an index (`NearIndex`), not by comparing all pairs.
//! - Attributions merge on (agent, relation, object); a one-word agent that
//!   is the surname of exactly one full name becomes that name (looked up
//!   by last word, not by scanning every name); every date
//!   is kept with its support.
//! - `support` counts distinct supporting sentences, so a mention seen twice
//!   (two patterns, or a shard consolidated twice) is not counted twice;
//!   `documents` counts distinct documents, and definitions rank by
//!   documents first (boilerplate repeated in one document does not outrank
//!   a definition many give).
//!
//! The result depends only on the set of mentions: they are sorted first,
//! and every map is ordered.

use crate::extract::attribution::TERM_RELATIONS;
use crate::output::{
    AliasOut, AttributionOut, DateOut, DateSupport, DefinitionOut, DocumentOut, Evidence, FORMAT,
    Knowledge, SCHEMA, TermOut, VERSION,
};
use crate::term::{cased_form, display_form, term_display, term_key, term_tokens};
use crate::types::{DocId, Fact, Mention, Span};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Build the knowledge file from documents and mentions (in any order).
pub fn consolidate(documents: Vec<DocumentOut>, mentions: Vec<Mention>) -> Knowledge {
    consolidate_folded(documents, mentions, DateFold::default())
}

/// [`consolidate`] with the date mentions already folded into `dates`
/// (`mentions` may hold dates too: they are folded here). The result is
/// the same as giving every mention to [`consolidate`].
pub fn consolidate_folded(
    mut documents: Vec<DocumentOut>,
    mut mentions: Vec<Mention>,
    mut dates: DateFold,
) -> Knowledge {
    dates.take_dates(&mut mentions);
    documents.sort();
    documents.dedup();
    // Equal mentions are identical, so an unstable (parallel) sort gives
    // the same order as a stable one.
    mentions.par_sort_unstable();
    mentions.dedup();
    let citations = dates.citations();

    // The string work on each mention (folding, cleaning) in parallel;
    // the passes that join mentions below stay serial and cheap.
    let prepared: Vec<Prepared> = mentions.par_iter().map(Prepared::new).collect();
    let mut terms = TermIndex::new(&mentions, &prepared);
    for (m, p) in mentions.iter().zip(&prepared) {
        if let (Fact::Alias { .. }, Some(term), Some(alias)) = (&m.fact, &p.term, &p.alias)
            && term.words > 0
            && alias.words > 0
        {
            terms.link(&term.key, &alias.key);
        }
    }
    terms.merge_elliptical();
    terms.build_concepts(&mentions, &prepared);

    // Dates are independent of terms: build both sides at once.
    let ((built, attributions), dates) = rayon::join(
        || {
            let built = build_terms(&terms, &mentions, &prepared, &citations);
            let attributions = build_attributions(&terms, &built, &mentions);
            (built, attributions)
        },
        || build_dates(dates),
    );
    Knowledge {
        schema: SCHEMA.to_string(),
        format: FORMAT.to_string(),
        version: VERSION,
        min_confidence: Default::default(),
        documents,
        attributions,
        terms: built,
        dates,
    }
}

fn evidence(m: &Mention) -> Evidence {
    Evidence {
        doc: m.doc.clone(),
        start: m.sentence.start,
        end: m.sentence.end,
        text: None,
    }
}

/// Term keys and the concepts they form. Each key gets a number in key
/// order (so the smaller number is the smaller key); keys are borrowed from
/// the prepared mentions, not copied.
///
/// Concepts never chain: a key joins another only through a direct link
/// (an alias mention tying the two in one sentence, or an elliptical form),
/// and a concept is a star, its head and keys linked to the head itself.
/// A key given as the alias of two or more keys that are not linked to
/// each other (one short form, two long forms) is ambiguous: it joins
/// neither, and each of those concepts lists it as a sense with its own
/// evidence.
struct TermIndex<'a> {
    /// Every key, sorted, each once.
    keys: Vec<&'a str>,
    /// The head of each key's concept (the key itself until
    /// [`TermIndex::build_concepts`]).
    parent: Vec<u32>,
    /// Direct links (term, alias), from alias mentions, then elliptical
    /// forms (long, short); sorted, each once.
    links: Vec<(u32, u32)>,
    /// Elliptical links (long, short), also in `links`; sorted.
    elliptical: Vec<(u32, u32)>,
    /// Keys that are the alias of unlinked keys.
    ambiguous: Vec<bool>,
    /// The first surface seen with each key (its tokens are folded again
    /// when needed: far fewer keys than mentions).
    first: Vec<&'a str>,
    /// Keys seen in a definition or alias (they get an entry in `terms`).
    defined: Vec<bool>,
}

impl<'a> TermIndex<'a> {
    /// The keys of the definitions, aliases and attribution objects of
    /// `mentions` (those that fold to something).
    fn new(mentions: &[Mention], prepared: &'a [Prepared<'a>]) -> TermIndex<'a> {
        let mut seen: Vec<(&'a str, usize, &'a str, bool)> = Vec::new();
        for (i, (m, p)) in mentions.iter().zip(prepared).enumerate() {
            let defined = !matches!(m.fact, Fact::Attribution { .. });
            let surfaces = match &m.fact {
                Fact::Definition { .. } | Fact::Attribution { .. } => [p.term.as_ref(), None],
                Fact::Alias { .. } => [p.term.as_ref(), p.alias.as_ref()],
                Fact::Date { .. } => [None, None],
            };
            for s in surfaces.into_iter().flatten().filter(|s| s.words > 0) {
                seen.push((&s.key, i, s.text, defined));
            }
        }
        seen.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        let mut index = TermIndex {
            keys: Vec::new(),
            parent: Vec::new(),
            links: Vec::new(),
            elliptical: Vec::new(),
            ambiguous: Vec::new(),
            first: Vec::new(),
            defined: Vec::new(),
        };
        for (key, _, text, defined) in seen {
            if index.keys.last() == Some(&key) {
                if let Some(d) = index.defined.last_mut() {
                    *d |= defined;
                }
                continue;
            }
            let id = u32::try_from(index.keys.len()).unwrap_or(u32::MAX);
            index.keys.push(key);
            index.parent.push(id);
            index.ambiguous.push(false);
            index.first.push(text);
            index.defined.push(defined);
        }
        index
    }

    fn id(&self, key: &str) -> Option<u32> {
        let i = self.keys.binary_search(&key).ok()?;
        u32::try_from(i).ok()
    }

    fn find_id(&self, id: u32) -> u32 {
        self.parent.get(id as usize).copied().unwrap_or(id)
    }

    /// Record that `alias` names the same concept as `term` (one sentence
    /// says so).
    fn link(&mut self, term: &str, alias: &str) {
        if let (Some(t), Some(a)) = (self.id(term), self.id(alias))
            && t != a
        {
            self.links.push((t, a));
        }
    }

    /// Whether `a` and `b` are linked directly (either way).
    fn linked(&self, a: u32, b: u32) -> bool {
        self.links.binary_search(&(a, b)).is_ok() || self.links.binary_search(&(b, a)).is_ok()
    }

    /// Form the concepts (see [`TermIndex`]): mark the ambiguous keys, then
    /// take heads in order (most links first, then the best written form)
    /// and give each the unassigned keys linked to it.
    fn build_concepts(&mut self, mentions: &[Mention], prepared: &[Prepared]) {
        self.links.sort_unstable();
        self.links.dedup();
        let n = self.keys.len();
        // Aliases with two or more terms not linked to each other.
        let mut parents: Vec<Vec<u32>> = vec![Vec::new(); n];
        for &(t, a) in &self.links {
            parents[a as usize].push(t);
        }
        for (a, ps) in parents.iter().enumerate() {
            let unlinked = ps.len() > 8
                || ps
                    .iter()
                    .enumerate()
                    .any(|(i, &x)| ps[i + 1..].iter().any(|&y| !self.linked(x, y)));
            self.ambiguous[a] = unlinked;
        }
        drop(parents);
        let mut neighbours: Vec<Vec<u32>> = vec![Vec::new(); n];
        for &(t, a) in &self.links {
            if !self.ambiguous[t as usize] && !self.ambiguous[a as usize] {
                neighbours[t as usize].push(a);
                neighbours[a as usize].push(t);
            }
        }
        for ns in &mut neighbours {
            ns.sort_unstable();
            ns.dedup();
        }
        // The best written form of each key: most mentions, then most
        // words, then the smallest (as the term of a concept is chosen).
        let mut best: Vec<(usize, usize, &str)> = vec![(0, 0, ""); n];
        let mut rows: Vec<(u32, &str, usize)> = Vec::new();
        for (m, p) in mentions.iter().zip(prepared) {
            let sides = match m.fact {
                Fact::Definition { .. } => [p.term.as_ref(), None],
                Fact::Alias { .. } => [p.term.as_ref(), p.alias.as_ref()],
                _ => [None, None],
            };
            for s in sides.into_iter().flatten() {
                if let Some(id) = self.id(&s.key)
                    && !s.display.is_empty()
                {
                    rows.push((id, &s.display, s.words));
                }
            }
        }
        rows.sort_unstable();
        let mut i = 0;
        while i < rows.len() {
            let (id, display, words) = rows[i];
            let mut j = i;
            while j < rows.len() && rows[j].0 == id && rows[j].1 == display {
                j += 1;
            }
            let b = &mut best[id as usize];
            let cand = (j - i, words, display);
            if (cand.0, cand.1) > (b.0, b.1) || ((cand.0, cand.1) == (b.0, b.1) && b.2.is_empty()) {
                *b = cand;
            }
            i = j;
        }
        let mut order: Vec<u32> = (0..n).filter_map(|i| u32::try_from(i).ok()).collect();
        order.sort_by(|&a, &b| {
            let (ba, bb) = (best[a as usize], best[b as usize]);
            neighbours[b as usize]
                .len()
                .cmp(&neighbours[a as usize].len())
                .then(bb.0.cmp(&ba.0))
                .then(bb.1.cmp(&ba.1))
                .then(ba.2.cmp(bb.2))
                .then(a.cmp(&b))
        });
        let mut assigned = vec![false; n];
        for h in order {
            if assigned[h as usize] {
                continue;
            }
            assigned[h as usize] = true;
            self.parent[h as usize] = h;
            for &k in &neighbours[h as usize] {
                if !assigned[k as usize] {
                    assigned[k as usize] = true;
                    self.parent[k as usize] = h;
                }
            }
        }
    }

    /// Link a multi-word term ending in a number with the unique term that
    /// extends it by one trailing word ("track two" -> "track two diplomacy").
    fn merge_elliptical(&mut self) {
        let tokens: Vec<Vec<String>> = self.first.iter().map(|t| term_tokens(t)).collect();
        let mut by_prefix: HashMap<&[String], Vec<u32>> = HashMap::new();
        for (id, toks) in tokens.iter().enumerate() {
            if toks.len() >= 3 {
                let id = u32::try_from(id).unwrap_or(u32::MAX);
                by_prefix
                    .entry(&toks[..toks.len() - 1])
                    .or_default()
                    .push(id);
            }
        }
        let mut joins = Vec::new();
        for (id, toks) in tokens.iter().enumerate() {
            // Only a numbered name is elliptical ("track two" of "track two
            // diplomacy", "phase 2" of "phase 2 trials"); "tax policy" and
            // "tax policy reform" are different terms.
            let numbered = toks
                .last()
                .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()));
            if toks.len() < 2 || !numbered || !self.defined[id] {
                continue;
            }
            // The prefix is a plural-folded form; compare unfolded prefixes too.
            if let Some(longer) = by_prefix.get(toks.as_slice())
                && let [long] = longer.as_slice()
                && self.defined[*long as usize]
            {
                joins.push((self.keys[*long as usize], self.keys[id]));
            }
        }
        for (long, short) in joins {
            self.link(long, short);
            if let (Some(l), Some(s)) = (self.id(long), self.id(short)) {
                self.elliptical.push((l, s));
            }
        }
        self.elliptical.sort_unstable();
        self.elliptical.dedup();
    }

    /// The group root of a surface form, if it has one.
    fn root_of(&self, surface: &str) -> Option<u32> {
        self.root_of_key(&term_key(surface))
    }

    /// The group root of a term key, if it has one.
    fn root_of_key(&self, key: &str) -> Option<u32> {
        self.id(key).map(|id| self.find_id(id))
    }
}

/// A surface form of a term, folded: its key (the tokens joined,
/// [`term_key`]), its display form ([`term_display`]) and how many tokens
/// it has. (Not the tokens: held for every mention at once they took
/// ~30 MB more at the peak on the 200 MB file.)
struct Surface<'a> {
    text: &'a str,
    key: String,
    display: String,
    words: usize,
}

impl<'a> Surface<'a> {
    fn new(text: &'a str) -> Surface<'a> {
        let tokens = term_tokens(text);
        Surface {
            text,
            key: tokens.concat(),
            display: term_display(text),
            words: tokens.len(),
        }
    }
}

/// What consolidation derives from one mention alone, computed for all
/// mentions in parallel: its term (the defined or aliased term, or an
/// attribution's object), its alias, and a definition's cleaned text with
/// its key and the display forms of its agents.
#[derive(Default)]
struct Prepared<'a> {
    term: Option<Surface<'a>>,
    alias: Option<Surface<'a>>,
    text: Option<(String, String)>,
    agents: Vec<String>,
}

impl<'a> Prepared<'a> {
    fn new(m: &'a Mention) -> Prepared<'a> {
        match &m.fact {
            Fact::Definition {
                term,
                text,
                attributed_to,
            } => {
                let text = clean_text(text);
                let key = text_key(&text);
                Prepared {
                    term: Some(Surface::new(term)),
                    text: Some((text, key)),
                    agents: attributed_to.iter().map(|a| display_form(a)).collect(),
                    alias: None,
                }
            }
            Fact::Alias { term, alias } => Prepared {
                term: Some(Surface::new(term)),
                alias: Some(Surface::new(alias)),
                ..Prepared::default()
            },
            Fact::Attribution { object, .. } => Prepared {
                term: Some(Surface::new(object)),
                ..Prepared::default()
            },
            Fact::Date { .. } => Prepared::default(),
        }
    }
}

// ---------------------------------------------------------------- terms

/// Fold a definition text for comparison.
fn text_key(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Tidy a defining phrase: white space collapsed, leading connectors and
/// trailing punctuation dropped.
pub fn clean_text(text: &str) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let t = t.trim_start_matches([',', ':', ';', '-', '–', '—', ' ']);
    t.trim_end_matches(['.', ',', ';', ':', ' ', '-', '–', '—'])
        .to_string()
}

/// Number of distinct documents in sorted evidence.
fn documents(evidence: &[Evidence]) -> usize {
    let mut n = 0;
    let mut last: Option<&str> = None;
    for e in evidence {
        if last != Some(&*e.doc) {
            n += 1;
            last = Some(&e.doc);
        }
    }
    n
}

/// The mentions of one definition wording (one text key) of one term.
/// Plain vectors, sorted and deduplicated by [`DefGroup::tidy`]: a group
/// holds one or two of each, and a tree set per field took about 2 KB per
/// group on a glossary (a B-tree leaf is allocated for eleven entries).
/// Text, key, variants and patterns are borrowed from the mentions.
struct DefGroup<'a> {
    text: &'a str,
    key: &'a str,
    variants: Vec<&'a str>,
    agents: Vec<String>,
    dates: Vec<String>,
    patterns: Vec<&'a str>,
    evidence: Vec<Evidence>,
}

impl DefGroup<'_> {
    /// Sort and deduplicate every list.
    fn tidy(&mut self) {
        fn set<T: Ord>(v: &mut Vec<T>) {
            v.sort_unstable();
            v.dedup();
        }
        set(&mut self.variants);
        set(&mut self.agents);
        set(&mut self.dates);
        set(&mut self.patterns);
        set(&mut self.evidence);
    }
}

/// Two folded wordings of one definition: nearly the same word set, or one
/// a long prefix of the other (a copy cut short, or run on into the next
/// sentence of a scraped page).
fn near_identical(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.split(' ').count() >= 8
        && long.starts_with(short)
        && long.as_bytes().get(short.len()) == Some(&b' ')
    {
        return true;
    }
    let wa: BTreeSet<&str> = a.split(' ').collect();
    let wb: BTreeSet<&str> = b.split(' ').collect();
    if wa.len() < 4 || wb.len() < 4 {
        return false;
    }
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count() as f64;
    inter / union >= 0.85
}

/// One surface of a term in one mention, as [`build_terms`] gathers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SurfaceRow<'a> {
    /// The concept it is listed under.
    root: u32,
    display: &'a str,
    mention: usize,
    words: usize,
    /// Its own key.
    key: u32,
    /// For the alias of an alias mention, the key of the term it is tied
    /// to (`u32::MAX` otherwise).
    other: u32,
}

/// How many sentences an alias's evidence lists (its support counts all).
const ALIAS_EVIDENCE: usize = 3;

/// The term (best written form of the head), aliases and alias evidence of
/// one concept from its surface rows (sorted by display, then mention).
fn term_forms(
    terms: &TermIndex,
    root: u32,
    rows: &[SurfaceRow],
    mentions: &[Mention],
) -> (String, Vec<String>, Vec<AliasOut>) {
    let all = rows;
    // (display, mentions, words, key, rows)
    let mut forms: Vec<(&str, usize, usize, u32, &[SurfaceRow])> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let mut j = i;
        while j < rows.len() && rows[j].display == rows[i].display {
            j += 1;
        }
        let r = rows[i];
        forms.push((r.display, j - i, r.words, r.key, &rows[i..j]));
        i = j;
    }
    let rank = |a: &&(&str, usize, usize, u32, &[SurfaceRow]),
                b: &&(&str, usize, usize, u32, &[SurfaceRow])| {
        b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0))
    };
    let best = forms
        .iter()
        .filter(|f| f.3 == root)
        .min_by(rank)
        .or_else(|| forms.iter().min_by(rank));
    let Some(&(term, _, _, tkey, _)) = best else {
        return (String::new(), Vec::new(), Vec::new());
    };
    // Rows of alias mentions that tie a form to the term's key.
    let tied: Vec<&SurfaceRow> = all.iter().filter(|r| r.other == tkey).collect();
    let mut aliases = Vec::new();
    let mut evidence_out = Vec::new();
    for &(display, _, _, key, rows) in &forms {
        if display == term {
            continue;
        }
        aliases.push(display.to_string());
        // The sentences that tie this key (in any of its forms) to the
        // term's key.
        let direct: Vec<&SurfaceRow> = tied.iter().copied().filter(|r| r.key == key).collect();
        let (rules, used): (Vec<String>, Vec<&SurfaceRow>) = if key == tkey {
            (vec![FOLD_RULE.to_string()], rows.iter().collect())
        } else if !direct.is_empty() {
            let mut rules: Vec<String> = direct
                .iter()
                .map(|r| mentions[r.mention].pattern.to_string())
                .collect();
            rules.sort_unstable();
            rules.dedup();
            (rules, direct)
        } else if terms.elliptical.binary_search(&(tkey, key)).is_ok()
            || terms.elliptical.binary_search(&(key, tkey)).is_ok()
        {
            (vec![ELLIPTICAL_RULE.to_string()], rows.iter().collect())
        } else {
            (vec![INDIRECT_RULE.to_string()], rows.iter().collect())
        };
        let mut ev: Vec<Evidence> = used
            .iter()
            .map(|r| evidence(&mentions[r.mention]))
            .collect();
        ev.sort_unstable();
        ev.dedup();
        let support = ev.len();
        ev.truncate(ALIAS_EVIDENCE);
        evidence_out.push(AliasOut {
            alias: display.to_string(),
            rules,
            support,
            evidence: ev,
        });
    }
    (term.to_string(), aliases, evidence_out)
}

/// The rule of an alias that folds to the term's own key (case, plural,
/// numerals, hyphens, run-together words).
pub const FOLD_RULE: &str = "alias/fold";
/// The rule of an elliptical form ("track two" of "track two diplomacy").
pub const ELLIPTICAL_RULE: &str = "alias/elliptical";
/// Never in a knowledge file: an alias tied to its concept only through
/// another alias (the no-chain test looks for it).
pub const INDIRECT_RULE: &str = "alias/indirect";

fn build_terms<'a>(
    terms: &TermIndex,
    mentions: &'a [Mention],
    prepared: &'a [Prepared<'a>],
    citations: &[(String, Evidence)],
) -> Vec<TermOut> {
    let casing = agent_casing(mentions);
    // Surfaces of definitions and aliases ([`SurfaceRow`]) and (root,
    // text key, mention) for each definition: flat rows, sorted, then read
    // in runs (no map per term).
    let mut surface_rows: Vec<SurfaceRow> = Vec::new();
    let mut def_rows: Vec<(u32, &str, usize)> = Vec::new();
    let row = |root: u32, s: &'a Surface<'a>, i: usize, other: Option<u32>| {
        let key = terms.id(&s.key)?;
        (!s.display.is_empty()).then_some(SurfaceRow {
            root,
            display: &s.display,
            mention: i,
            words: s.words,
            key,
            other: other.filter(|&o| o != key).unwrap_or(u32::MAX),
        })
    };
    for (i, (m, p)) in mentions.iter().zip(prepared).enumerate() {
        match (&m.fact, &p.term) {
            (Fact::Definition { .. }, Some(term)) => {
                let Some(root) = terms.root_of_key(&term.key) else {
                    continue;
                };
                let Some((_, key)) = &p.text else {
                    continue;
                };
                if key.is_empty() {
                    continue;
                }
                surface_rows.extend(row(root, term, i, None));
                def_rows.push((root, key, i));
            }
            (Fact::Alias { .. }, Some(term)) => {
                let Some(t) = terms.id(&term.key) else {
                    continue;
                };
                let root = terms.find_id(t);
                let a = p.alias.as_ref().and_then(|alias| terms.id(&alias.key));
                // Each side records the other: the sentence ties the two.
                surface_rows.extend(row(root, term, i, a));
                let (Some(alias), Some(a)) = (&p.alias, a) else {
                    continue;
                };
                // An ambiguous alias is a sense of each concept whose head
                // it is the alias of; any other alias joins its own concept.
                let target = if terms.ambiguous[a as usize] {
                    (root == t).then_some(t)
                } else {
                    Some(terms.find_id(a))
                };
                if let Some(target) = target {
                    surface_rows.extend(row(target, alias, i, Some(t)));
                }
            }
            _ => {}
        }
    }
    surface_rows.par_sort_unstable();
    def_rows.sort_unstable();
    // root -> its rows (a range of `surface_rows`).
    let mut surfaces: Vec<(u32, std::ops::Range<usize>)> = Vec::new();
    for (i, r) in surface_rows.iter().enumerate() {
        match surfaces.last_mut() {
            Some((root, range)) if *root == r.root => range.end = i + 1,
            _ => surfaces.push((r.root, i..i + 1)),
        }
    }
    // root -> its definition groups, in key order.
    let mut defs: HashMap<u32, Vec<DefGroup>> = HashMap::new();
    let mut last: Option<(u32, &str)> = None;
    for &(root, key, i) in &def_rows {
        let (m, p) = (&mentions[i], &prepared[i]);
        let Some((text, _)) = &p.text else {
            continue;
        };
        let groups = defs.entry(root).or_default();
        if last != Some((root, key)) {
            last = Some((root, key));
            // Most terms have one definition: room for one, not four.
            if groups.is_empty() {
                groups.reserve_exact(1);
            }
            groups.push(DefGroup {
                text,
                key,
                variants: Vec::new(),
                agents: Vec::new(),
                dates: Vec::new(),
                patterns: Vec::new(),
                evidence: Vec::new(),
            });
        }
        let Some(g) = groups.last_mut() else {
            continue;
        };
        g.variants.push(text);
        g.agents.extend(
            p.agents
                .iter()
                .filter(|a| !a.is_empty())
                .map(|a| casing.get(a).unwrap_or(a).clone()),
        );
        g.patterns.push(&m.pattern);
        g.evidence.push(evidence(m));
    }
    drop(def_rows);
    defs.par_iter_mut()
        .flat_map(|(_, gs)| gs.par_iter_mut())
        .for_each(DefGroup::tidy);
    // Dates of a definition: years of cited definers in the same sentence
    // (looked up by sentence: one pass over the groups, not one per
    // citation).
    let mut cited: HashMap<&Evidence, Vec<&String>> = HashMap::new();
    for (value, ev) in citations {
        cited.entry(ev).or_default().push(value);
    }
    if !cited.is_empty() {
        for g in defs.values_mut().flat_map(|gs| gs.iter_mut()) {
            if g.agents.is_empty() {
                continue;
            }
            for ev in &g.evidence {
                if let Some(values) = cited.get(ev) {
                    g.dates.extend(values.iter().map(|v| (*v).clone()));
                }
            }
            g.dates.sort_unstable();
            g.dates.dedup();
        }
    }

    // Each term is built from its own groups alone: in parallel, in order.
    let roots: Vec<_> = surfaces
        .into_iter()
        .map(|(root, range)| {
            let groups = defs.remove(&root).unwrap_or_default();
            (root, range, groups)
        })
        // An ambiguous short form is a term of its own only when defined.
        .filter(|(root, _, groups)| !terms.ambiguous[*root as usize] || !groups.is_empty())
        .collect();
    let mut out: Vec<TermOut> = roots
        .into_par_iter()
        .map(|(root, range, groups)| {
            let (term, aliases, alias_evidence) =
                term_forms(terms, root, &surface_rows[range], mentions);
            TermOut {
                term,
                aliases,
                alias_evidence,
                definitions: group_definitions(groups),
            }
        })
        .collect();
    out.sort_by(|a, b| a.term.cmp(&b.term).then_with(|| a.aliases.cmp(&b.aliases)));
    out
}

fn group_definitions(groups: Vec<DefGroup>) -> Vec<DefinitionOut> {
    group_definitions_counted(groups, &mut 0)
}

/// Jaccard threshold of [`near_identical`], lowered a little for the
/// candidate filter of [`NearIndex`] so that rounding never loses a match.
const FILTER_JACCARD: f64 = 0.84;

/// The representatives of [`group_definitions`] indexed so that finding the
/// first one near-identical to a new wording ([`near_identical`]) looks at a
/// few candidates, not at every representative:
///
/// - word sets: two sets of `n` and `m` words with Jaccard similarity at
///   least 0.85 share at least `a = floor(0.84 n)` words, so (words ordered
///   rarest first) their first two shared words lie among the first
///   `n - a + 2` words of the one and `m - floor(0.84 m) + 2` of the other
///   (prefix filtering, two words deep): each set is indexed by the pairs
///   of words of that prefix, and a pair in common makes a candidate;
/// - long prefixes: every word-boundary prefix of eight words or more of a
///   representative, hashed, so that a copy cut short finds its long form
///   and a run-on copy finds its short form.
///
/// Candidates are checked with [`near_identical`] itself, and the first
/// (lowest-numbered) match wins: the result is the one a scan of every
/// representative in order gives.
struct NearIndex<'a> {
    /// Rank of each word: rarest first, ties by the word.
    rank: HashMap<&'a str, u32>,
    /// Pair of word ranks -> representatives whose filter prefix holds both.
    by_pair: HashMap<(u32, u32), Vec<usize>>,
    /// Hash of a long prefix -> representatives that have it.
    by_prefix: HashMap<u64, Vec<usize>>,
    /// Hash of a whole key (eight words or more) -> representatives.
    by_whole: HashMap<u64, Vec<usize>>,
}

/// Hashes of the word-boundary prefixes of `key` of eight words or more
/// (the key itself excluded), and the hash of the whole key when it has
/// eight words or more: one pass (FNV-1a), so a prefix hashes the same
/// wherever it is found.
fn prefix_hashes(key: &str) -> (Vec<u64>, Option<u64>) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut words = 1;
    let mut prefixes = Vec::new();
    for &b in key.as_bytes() {
        if b == b' ' {
            if words >= 8 {
                prefixes.push(h);
            }
            words += 1;
        }
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (prefixes, (words >= 8).then_some(h))
}

impl<'a> NearIndex<'a> {
    fn new(keys: impl Iterator<Item = &'a str>) -> NearIndex<'a> {
        let mut freq: HashMap<&str, usize> = HashMap::new();
        for k in keys {
            let words: BTreeSet<&str> = k.split(' ').collect();
            for w in words {
                *freq.entry(w).or_default() += 1;
            }
        }
        let mut order: Vec<(usize, &str)> = freq.into_iter().map(|(w, n)| (n, w)).collect();
        order.sort_unstable();
        NearIndex {
            rank: order
                .into_iter()
                .enumerate()
                .map(|(r, (_, w))| (w, u32::try_from(r).unwrap_or(u32::MAX)))
                .collect(),
            by_pair: HashMap::new(),
            by_prefix: HashMap::new(),
            by_whole: HashMap::new(),
        }
    }

    /// The pairs of word ranks of which a similar word set must share one.
    fn filter_pairs(&self, key: &str) -> Vec<(u32, u32)> {
        let mut ranks: Vec<u32> = key
            .split(' ')
            .map(|w| self.rank.get(w).copied().unwrap_or(u32::MAX))
            .collect();
        ranks.sort_unstable();
        ranks.dedup();
        let n = ranks.len();
        if n < 4 {
            return Vec::new();
        }
        let overlap = (FILTER_JACCARD * n as f64) as usize;
        ranks.truncate((n + 2).saturating_sub(overlap).min(n));
        let mut pairs = Vec::new();
        for (i, &a) in ranks.iter().enumerate() {
            for &b in &ranks[i + 1..] {
                pairs.push((a, b));
            }
        }
        pairs
    }

    /// The first representative near-identical to `key`, if any; `work`
    /// counts the candidates looked at.
    fn find(&self, reps: &[DefGroup], key: &str, work: &mut u64) -> Option<usize> {
        let mut lists: Vec<&Vec<usize>> = Vec::new();
        for p in self.filter_pairs(key) {
            lists.extend(self.by_pair.get(&p));
        }
        let (prefixes, whole) = prefix_hashes(key);
        // `key` as the long form of a representative ...
        for h in prefixes {
            lists.extend(self.by_whole.get(&h));
        }
        // ... or as its short form.
        if let Some(h) = whole {
            lists.extend(self.by_prefix.get(&h));
        }
        // Each list is in ascending order: its first match is its best.
        let mut best: Option<usize> = None;
        for list in lists {
            for &i in list {
                if best.is_some_and(|b| i >= b) {
                    break;
                }
                *work += 1;
                if near_identical(reps[i].key, key) {
                    best = Some(i);
                    break;
                }
            }
        }
        best
    }

    /// Index representative `i` with key `key`.
    fn insert(&mut self, i: usize, key: &str, work: &mut u64) {
        for p in self.filter_pairs(key) {
            self.by_pair.entry(p).or_default().push(i);
            *work += 1;
        }
        let (prefixes, whole) = prefix_hashes(key);
        for h in prefixes {
            self.by_prefix.entry(h).or_default().push(i);
            *work += 1;
        }
        if let Some(h) = whole {
            self.by_whole.entry(h).or_default().push(i);
        }
    }
}

/// [`group_definitions`], adding to `work` the number of index entries
/// written and candidates looked at (near-linear in the number of
/// wordings; see [`NearIndex`]).
fn group_definitions_counted(mut groups: Vec<DefGroup>, work: &mut u64) -> Vec<DefinitionOut> {
    // Best supported first: by distinct documents, then sentences.
    groups.sort_by(|a, b| {
        documents(&b.evidence)
            .cmp(&documents(&a.evidence))
            .then(b.evidence.len().cmp(&a.evidence.len()))
            .then_with(|| a.key.cmp(b.key))
    });
    let mut index = NearIndex::new(groups.iter().map(|g| g.key));
    let mut merged: Vec<DefGroup> = Vec::new();
    for g in groups {
        let key = g.key;
        *work += 1;
        match index.find(&merged, key, work) {
            Some(i) => {
                let m = &mut merged[i];
                m.variants.extend(g.variants);
                m.agents.extend(g.agents);
                m.dates.extend(g.dates);
                m.patterns.extend(g.patterns);
                m.evidence.extend(g.evidence);
            }
            None => {
                index.insert(merged.len(), key, work);
                merged.push(g);
            }
        }
    }
    let mut out: Vec<DefinitionOut> = merged
        .into_iter()
        .map(|mut g| {
            g.tidy();
            let text = g.text;
            DefinitionOut {
                support: g.evidence.len(),
                // Set from the mentions by `confidence::apply`.
                confidence: crate::confidence::Confidence::ONE,
                documents: documents(&g.evidence),
                variants: g
                    .variants
                    .into_iter()
                    .filter(|v| *v != text)
                    .map(str::to_string)
                    .collect(),
                text: text.to_string(),
                attributed_to: g.agents,
                dates: g.dates,
                patterns: g.patterns.into_iter().map(str::to_string).collect(),
                evidence_count: g.evidence.len(),
                evidence: g.evidence,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then(b.support.cmp(&a.support))
            .then_with(|| a.text.cmp(&b.text))
            .then_with(|| a.evidence.cmp(&b.evidence))
    });
    out
}

// ---------------------------------------------------------------- attributions

/// The canonical name of each agent: a one-word agent that is the last word
/// of exactly one longer name (not a group "A and B") becomes that name.
fn agent_names(mentions: &[Mention]) -> BTreeMap<String, String> {
    agent_names_counted(mentions, &mut 0)
}

/// [`agent_names`], adding to `work` the number of names looked at (linear
/// in the number of names).
fn agent_names_counted(mentions: &[Mention], work: &mut u64) -> BTreeMap<String, String> {
    let mut all = BTreeSet::new();
    for m in mentions {
        match &m.fact {
            Fact::Attribution { agent, .. } => {
                all.insert(display_form(agent));
            }
            Fact::Definition { attributed_to, .. } => {
                all.extend(attributed_to.iter().map(|a| display_form(a)));
            }
            _ => {}
        }
    }
    // Last word -> the longer names (not groups) that end with it: one
    // pass, not one scan of every name per surname.
    let mut by_last: HashMap<&str, Vec<&String>> = HashMap::new();
    for b in &all {
        let w: Vec<&str> = b.split(' ').collect();
        *work += 1;
        if w.len() > 1
            && !w.contains(&"and")
            && let Some(last) = w.last()
        {
            by_last.entry(last).or_default().push(b);
        }
    }
    let mut map = BTreeMap::new();
    for a in &all {
        *work += 1;
        if a.contains(' ') {
            continue;
        }
        if let Some([longer]) = by_last.get(a.as_str()).map(Vec::as_slice) {
            map.insert(a.clone(), (*longer).clone());
        }
    }
    map
}

/// How each agent is best written: of the surfaces that fold to the same
/// name, one written as a name, every word capitalized but joiners like
/// "and" or "von" ("Joseph Montville", not the scraped "joseph montville"
/// nor a sentence-initial "Joseph montville"); the smallest such string,
/// so the choice does not depend on order. Without one, the folded form.
fn agent_casing(mentions: &[Mention]) -> BTreeMap<String, String> {
    const JOINERS: &[&str] = &[
        "and", "de", "van", "von", "der", "den", "du", "la", "le", "da", "di", "del", "et", "al",
        "al.", "of", "the",
    ];
    let is_name = |s: &str| {
        s.split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || JOINERS.contains(&w))
    };
    let mut best: BTreeMap<String, String> = BTreeMap::new();
    let mut note = |surface: &str| {
        let cased = cased_form(surface);
        let key = display_form(surface);
        if key.is_empty() || !is_name(&cased) {
            return;
        }
        match best.get(&key) {
            Some(b) if *b <= cased => {}
            _ => {
                best.insert(key, cased);
            }
        }
    };
    for m in mentions {
        match &m.fact {
            Fact::Attribution { agent, .. } => note(agent),
            Fact::Definition { attributed_to, .. } => attributed_to.iter().for_each(|a| note(a)),
            _ => {}
        }
    }
    best
}

fn build_attributions(
    terms: &TermIndex,
    built: &[TermOut],
    mentions: &[Mention],
) -> Vec<AttributionOut> {
    let names = agent_names(mentions);
    let casing = agent_casing(mentions);
    // canonical display form of each term group
    let mut canon: BTreeMap<u32, String> = BTreeMap::new();
    for t in built {
        if let Some(root) = terms.root_of(&t.term) {
            canon.insert(root, t.term.clone());
        }
    }
    /// (object, relation, agent) -> (date -> its evidence, all evidence)
    type Key = (String, String, String);
    type Support = (BTreeMap<String, BTreeSet<Evidence>>, BTreeSet<Evidence>);
    let mut groups: BTreeMap<Key, Support> = BTreeMap::new();
    for m in mentions {
        let Fact::Attribution {
            agent,
            relation,
            object,
            dates,
            named,
        } = &m.fact
        else {
            continue;
        };
        let agent = display_form(agent);
        let agent = names.get(&agent).cloned().unwrap_or(agent);
        let agent = casing.get(&agent).cloned().unwrap_or(agent);
        let known = terms.root_of(object).and_then(|r| canon.get(&r).cloned());
        // "Intel introduced a new chip": a general verb's object counts only
        // when it is a term of the corpus or the sentence names it as one.
        if known.is_none() && !TERM_RELATIONS.contains(&relation.as_str()) && !named {
            continue;
        }
        let object = known.unwrap_or_else(|| term_display(object));
        if agent.is_empty() || object.is_empty() {
            continue;
        }
        let g = groups.entry((object, relation.clone(), agent)).or_default();
        for d in dates {
            g.0.entry(d.clone()).or_default().insert(evidence(m));
        }
        g.1.insert(evidence(m));
    }
    groups
        .into_iter()
        .map(|((object, relation, agent), (dates, ev))| AttributionOut {
            agent,
            relation,
            object,
            dates: dates.keys().cloned().collect(),
            date_support: dates
                .iter()
                .map(|(v, e)| DateSupport {
                    value: v.clone(),
                    support: e.len(),
                })
                .collect(),
            support: ev.len(),
            evidence_count: ev.len(),
            // Set from the mentions by `confidence::apply`.
            confidence: crate::confidence::Confidence::ONE,
            evidence: ev.into_iter().collect(),
        })
        .collect()
}

// ---------------------------------------------------------------- dates

/// One date mention, folded: its sentence and its span, by document index.
/// 24 bytes where a [`Mention`] with its strings takes about ten times that.
#[derive(Debug, Clone, Copy)]
struct Hit {
    sent_start: usize,
    doc: u32,
    sent_len: u32,
    /// The date's start, from the sentence's start.
    span_off: u32,
    span_len: u32,
}

/// The mentions of one date value, folded.
#[derive(Debug)]
struct ValueFold {
    hits: Vec<Hit>,
    /// Hits whose offsets do not fit a [`Hit`]: (document, sentence, span).
    wide: Vec<(u32, Span, Span)>,
    /// Surface forms, white space collapsed.
    texts: BTreeSet<String>,
    all_citation: bool,
}

/// Date mentions folded as they arrive, so that a large corpus (where most
/// mentions are dates) need not keep every date as a [`Mention`]: per
/// value, each mention becomes a 24-byte hit (document index, sentence,
/// span). What the date section and definition dates need survives
/// exactly: [`consolidate_folded`] gives the bytes [`consolidate`] gives.
#[derive(Debug, Default)]
pub struct DateFold {
    /// Document ids, each once; hits refer to them by index.
    docs: Vec<DocId>,
    doc_index: HashMap<DocId, u32>,
    values: HashMap<String, ValueFold>,
    /// Years of cited works with their sentence (for definition dates).
    citations: Vec<(String, Evidence)>,
}

impl DateFold {
    /// Fold `m` if it is a date (`None`); hand any other mention back.
    pub fn add(&mut self, m: Mention) -> Option<Mention> {
        let Fact::Date {
            value,
            span,
            text,
            citation,
        } = &m.fact
        else {
            return Some(m);
        };
        let doc = match self.doc_index.get(&m.doc) {
            Some(&i) => i,
            None => {
                // More than 4 billion documents cannot be held in memory.
                let i = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
                self.docs.push(m.doc.clone());
                self.doc_index.insert(m.doc.clone(), i);
                i
            }
        };
        if *citation {
            self.citations.push((value.clone(), evidence(&m)));
        }
        let v = match self.values.get_mut(value.as_str()) {
            Some(v) => v,
            None => self.values.entry(value.clone()).or_insert(ValueFold {
                hits: Vec::new(),
                wide: Vec::new(),
                texts: BTreeSet::new(),
                all_citation: true,
            }),
        };
        if !v.texts.contains(text.as_str()) {
            v.texts
                .insert(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        v.all_citation &= *citation;
        let s = m.sentence;
        let hit = (|| {
            Some(Hit {
                sent_start: s.start,
                doc,
                sent_len: u32::try_from(s.end.checked_sub(s.start)?).ok()?,
                span_off: u32::try_from(span.start.checked_sub(s.start)?).ok()?,
                span_len: u32::try_from(span.end.checked_sub(span.start)?).ok()?,
            })
        })();
        match hit {
            Some(h) => v.hits.push(h),
            None => v.wide.push((doc, s, *span)),
        }
        None
    }

    /// Fold every date of `mentions` into `self`; keep the others there.
    pub fn take_dates(&mut self, mentions: &mut Vec<Mention>) {
        if mentions.iter().any(|m| matches!(m.fact, Fact::Date { .. })) {
            let all = std::mem::take(mentions);
            mentions.extend(all.into_iter().filter_map(|m| self.add(m)));
        }
    }

    /// Number of date mentions folded (duplicates included).
    pub fn len(&self) -> usize {
        self.values
            .values()
            .map(|v| v.hits.len() + v.wide.len())
            .sum()
    }

    /// True when no date was folded.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The citation years with their sentences, sorted, each once.
    fn citations(&mut self) -> Vec<(String, Evidence)> {
        let mut c = std::mem::take(&mut self.citations);
        c.sort_unstable();
        c.dedup();
        c
    }
}

fn build_dates(fold: DateFold) -> Vec<DateOut> {
    let DateFold { docs, values, .. } = fold;
    // Evidence is ordered by document id: rank the indices by id.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_unstable_by(|&a, &b| docs[a].cmp(&docs[b]));
    let mut rank = vec![0u32; docs.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    let rank_of = |doc: u32| rank.get(doc as usize).copied().unwrap_or(u32::MAX);
    let mut values: Vec<(String, ValueFold)> = values.into_iter().collect();
    values.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let doc_of = |r: u32| docs[order[r as usize]].clone();
    values
        .into_par_iter()
        .map(|(value, v)| {
            let (support, evidence) = if v.wide.is_empty() {
                fold_hits(v.hits, &rank_of, &doc_of)
            } else {
                fold_wide(&v, &rank_of, &doc_of)
            };
            DateOut {
                value,
                support,
                texts: v.texts.into_iter().collect(),
                citation_only: v.all_citation,
                evidence_count: evidence.len(),
                evidence,
            }
        })
        .collect()
}

/// The support (distinct spans) and evidence (distinct sentences, in
/// document order) of one value's hits, sorted in place: no copy of the
/// hits, however many a value has.
fn fold_hits(
    mut hits: Vec<Hit>,
    rank_of: &impl Fn(u32) -> u32,
    doc_of: &impl Fn(u32) -> DocId,
) -> (usize, Vec<Evidence>) {
    for h in &mut hits {
        h.doc = rank_of(h.doc);
    }
    let span = |h: &Hit| {
        let start = h.sent_start + h.span_off as usize;
        (h.doc, start, start + h.span_len as usize)
    };
    hits.sort_unstable_by_key(span);
    let mut support = 0;
    let mut last = None;
    for h in &hits {
        let k = Some(span(h));
        if k != last {
            support += 1;
            last = k;
        }
    }
    let sentence = |h: &Hit| (h.doc, h.sent_start, h.sent_start + h.sent_len as usize);
    hits.sort_unstable_by_key(sentence);
    let mut evidence = Vec::new();
    let mut last = None;
    for h in &hits {
        let k = Some(sentence(h));
        if k != last {
            last = k;
            evidence.push(Evidence {
                doc: doc_of(h.doc),
                start: h.sent_start,
                end: h.sent_start + h.sent_len as usize,
                text: None,
            });
        }
    }
    (support, evidence)
}

/// [`fold_hits`] for a value with hits too wide for a [`Hit`].
fn fold_wide(
    v: &ValueFold,
    rank_of: &impl Fn(u32) -> u32,
    doc_of: &impl Fn(u32) -> DocId,
) -> (usize, Vec<Evidence>) {
    let all: Vec<(u32, Span, Span)> = v
        .hits
        .iter()
        .map(|h| {
            let start = h.sent_start + h.span_off as usize;
            (
                h.doc,
                Span::new(h.sent_start, h.sent_start + h.sent_len as usize),
                Span::new(start, start + h.span_len as usize),
            )
        })
        .chain(v.wide.iter().copied())
        .map(|(d, s, sp)| (rank_of(d), s, sp))
        .collect();
    let mut spans: Vec<(u32, Span)> = all.iter().map(|&(d, _, sp)| (d, sp)).collect();
    spans.sort_unstable();
    spans.dedup();
    let mut evidence: Vec<(u32, Span)> = all.into_iter().map(|(d, s, _)| (d, s)).collect();
    evidence.sort_unstable();
    evidence.dedup();
    let evidence = evidence
        .into_iter()
        .map(|(r, s)| Evidence {
            doc: doc_of(r),
            start: s.start,
            end: s.end,
            text: None,
        })
        .collect();
    (spans.len(), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Span;

    fn def(doc: &str, at: usize, term: &str, text: &str) -> Mention {
        Mention {
            doc: doc.into(),
            sentence: Span::new(at, at + 10),
            pattern: "def/test".into(),
            fact: Fact::Definition {
                term: term.into(),
                text: text.into(),
                attributed_to: vec![],
            },
            confidence: None,
        }
    }

    #[test]
    fn identical_definitions_merge_with_support() {
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "Vesicle", "a small sac inside a cell."),
                def("a", 50, "vesicle", "A small sac inside a cell"),
                def("b", 0, "vesicles", "membrane-bound sacs"),
            ],
        );
        assert_eq!(k.terms.len(), 1);
        let t = &k.terms[0];
        assert_eq!(t.term, "vesicle");
        assert_eq!(t.aliases, vec!["vesicles".to_string()]);
        assert_eq!(t.definitions[0].support, 2);
        assert_eq!(t.definitions[1].support, 1);
    }

    #[test]
    fn same_sentence_twice_counts_once() {
        let m = def("a", 0, "osmosis", "the movement of water");
        let mut m2 = m.clone();
        m2.pattern = "def/other".into();
        let k = consolidate(vec![], vec![m.clone(), m, m2]);
        assert_eq!(k.terms[0].definitions[0].support, 1);
        assert_eq!(k.terms[0].definitions[0].patterns.len(), 2);
    }

    #[test]
    fn elliptical_form_joins_unique_longer_term() {
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "track one", "all official diplomacy"),
                def("a", 20, "track one diplomacy", "government talks"),
            ],
        );
        assert_eq!(k.terms.len(), 1);
        assert_eq!(k.terms[0].aliases.len(), 1);
    }

    #[test]
    fn only_numbered_names_are_elliptical() {
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "tax policy", "rules on taxes"),
                def("a", 20, "tax policy reform", "a change of those rules"),
            ],
        );
        assert_eq!(k.terms.len(), 2);
    }

    #[test]
    fn a_definition_run_on_into_the_next_sentence_groups_with_its_copy() {
        let short = "the idea that every sector of a society should take part in the talks";
        let long = format!("{short} the institute then wrote its rules");
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "dialogue", short),
                def("a", 40, "dialogue", &long),
            ],
        );
        assert_eq!(k.terms[0].definitions.len(), 1);
        assert_eq!(k.terms[0].definitions[0].support, 2);
    }

    fn alias(doc: &str, at: usize, term: &str, alias: &str) -> Mention {
        Mention {
            doc: doc.into(),
            sentence: Span::new(at, at + 10),
            pattern: "alias/abbreviation".into(),
            fact: Fact::Alias {
                term: term.into(),
                alias: alias.into(),
            },
            confidence: None,
        }
    }

    #[test]
    fn one_short_form_with_two_long_forms_gives_two_senses() {
        let k = consolidate(
            vec![],
            vec![
                def(
                    "a",
                    0,
                    "memory controller",
                    "the unit that drives the memory",
                ),
                alias("a", 20, "memory controller", "MC"),
                def("b", 0, "machine check", "an error the processor reports"),
                alias("b", 20, "machine check", "MC"),
            ],
        );
        let terms: Vec<&str> = k.terms.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(terms, vec!["machine check", "memory controller"]);
        for (t, doc) in k.terms.iter().zip(["b", "a"]) {
            assert_eq!(t.aliases, vec!["MC".to_string()]);
            let e = &t.alias_evidence[0];
            assert_eq!(e.rules, vec!["alias/abbreviation".to_string()]);
            assert_eq!(&*e.evidence[0].doc, doc, "each sense with its own sentence");
        }
    }

    #[test]
    fn a_chain_of_aliases_does_not_join_its_ends() {
        // a = b, b = c, c = d: no key joins through another.
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "alpha unit", "the first thing"),
                alias("a", 20, "alpha unit", "beta unit"),
                alias("a", 40, "beta unit", "gamma unit"),
                alias("a", 60, "gamma unit", "delta unit"),
            ],
        );
        for t in &k.terms {
            let names: Vec<&str> = std::iter::once(t.term.as_str())
                .chain(t.aliases.iter().map(String::as_str))
                .collect();
            assert!(
                !(names.contains(&"alpha unit") && names.contains(&"delta unit")),
                "{names:?}"
            );
            for e in &t.alias_evidence {
                assert_ne!(e.rules, vec![INDIRECT_RULE.to_string()], "{names:?}");
            }
        }
    }

    #[test]
    fn documents_rank_a_definition_before_repeated_sentences() {
        let k = consolidate(
            vec![],
            vec![
                def("a", 0, "widget", "a notice printed on every page"),
                def("a", 20, "widget", "a notice printed on every page"),
                def("a", 40, "widget", "a notice printed on every page"),
                def("b", 0, "widget", "a small tool for turning bolts"),
                def("c", 0, "widget", "a small tool for turning bolts"),
            ],
        );
        let d = &k.terms[0].definitions;
        assert_eq!(d[0].text, "a small tool for turning bolts");
        assert_eq!((d[0].documents, d[0].support), (2, 2));
        assert_eq!((d[1].documents, d[1].support), (1, 3));
    }

    /// "AGENT coined soft power" in the sentence at byte `at`.
    fn coined(at: usize, agent: &str, dates: &[&str]) -> Mention {
        Mention {
            doc: "a".into(),
            sentence: Span::new(at, at + 5),
            pattern: "attr/test".into(),
            fact: Fact::Attribution {
                agent: agent.into(),
                relation: "coined".into(),
                object: "soft power".into(),
                dates: dates.iter().map(|d| d.to_string()).collect(),
                named: false,
            },
            confidence: None,
        }
    }

    #[test]
    fn an_agent_keeps_its_spelling_as_a_name_only() {
        let att = |at: usize, agent: &str| coined(at, agent, &[]);
        // A sentence-initial capital alone is no name: the folded form.
        let k = consolidate(vec![], vec![att(0, "Ann lee"), att(10, "ann lee")]);
        assert_eq!(k.attributions[0].agent, "ann lee");
        // Any order gives the same spelling.
        for order in [
            ["Ann van Lee", "ann van lee"],
            ["ann van lee", "Ann van Lee"],
        ] {
            let k = consolidate(vec![], vec![att(0, order[0]), att(10, order[1])]);
            assert_eq!(k.attributions[0].agent, "Ann van Lee");
        }
    }

    #[test]
    fn surname_joins_unique_full_name_and_dates_keep_support() {
        let att = |at: usize, agent: &str, date: &str| coined(at, agent, &[date]);
        let k = consolidate(
            vec![],
            vec![
                att(0, "Joseph Nye", "1990"),
                att(10, "Nye", "1991"),
                att(20, "nye", "1990"),
            ],
        );
        assert_eq!(k.attributions.len(), 1);
        let a = &k.attributions[0];
        // Written as a name once: the output keeps that spelling.
        assert_eq!(a.agent, "Joseph Nye");
        assert_eq!(a.dates, vec!["1990", "1991"]);
        assert_eq!(a.date_support[0].support, 2);
        assert_eq!(a.support, 3);
    }

    #[test]
    fn order_of_mentions_does_not_matter() {
        let ms = vec![
            def("a", 0, "cell", "the unit of life"),
            def("b", 0, "cells", "the smallest living unit"),
            def("a", 30, "tissue", "a group of cells"),
        ];
        let mut rev = ms.clone();
        rev.reverse();
        assert_eq!(consolidate(vec![], ms), consolidate(vec![], rev));
    }

    /// A made-up word from a seed (a small linear congruential generator:
    /// no dependency, the same words on every machine).
    fn words(seed: &mut u64, n: usize) -> Vec<String> {
        const SYL: [&str; 12] = [
            "ka", "lo", "mi", "ter", "van", "dru", "sel", "po", "rin", "gu", "fe", "tas",
        ];
        (0..n)
            .map(|_| {
                (0..3)
                    .map(|_| {
                        *seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        SYL[(*seed >> 33) as usize % SYL.len()]
                    })
                    .collect()
            })
            .collect()
    }

    /// `n` definitions of one term: random wordings, some near-identical
    /// to an earlier one (a word changed, a copy cut short, a run-on copy).
    fn many_definitions(n: usize) -> Vec<Mention> {
        let mut seed = 7;
        let mut texts: Vec<String> = Vec::new();
        for i in 0..n {
            let t = match i % 7 {
                3 if i > 0 => {
                    let mut w: Vec<String> = texts[i / 2].split(' ').map(String::from).collect();
                    let last = w.len() - 1;
                    w[last] = words(&mut seed, 1).remove(0);
                    w.join(" ")
                }
                5 if i > 0 => format!("{} {}", texts[i / 3], words(&mut seed, 2).join(" ")),
                6 if i > 0 => {
                    let w: Vec<&str> = texts[i - 1].split(' ').collect();
                    w[..w.len().min(9)].join(" ")
                }
                _ => {
                    let k = 4 + (i % 9);
                    format!("a device that {}", words(&mut seed, k).join(" "))
                }
            };
            texts.push(t);
        }
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| def("a", i * 200, "widget", t))
            .collect()
    }

    /// The grouping as it was first written: every wording against every
    /// representative, in order.
    fn group_all_pairs(mut groups: Vec<DefGroup>) -> Vec<Vec<String>> {
        groups.sort_by(|a, b| {
            b.evidence
                .len()
                .cmp(&a.evidence.len())
                .then_with(|| a.key.cmp(b.key))
        });
        let mut merged: Vec<(String, Vec<String>)> = Vec::new();
        for g in groups {
            match merged.iter_mut().find(|m| near_identical(&m.0, g.key)) {
                Some(m) => m.1.push(g.key.to_string()),
                None => merged.push((g.key.to_string(), vec![g.key.to_string()])),
            }
        }
        let mut out: Vec<Vec<String>> = merged.into_iter().map(|m| m.1).collect();
        out.iter_mut().for_each(|g| g.sort());
        out.sort();
        out
    }

    /// Cleaned texts and keys of definition mentions.
    fn texts(ms: &[Mention]) -> Vec<(String, String)> {
        ms.iter()
            .filter_map(|m| match &m.fact {
                Fact::Definition { text, .. } => {
                    let text = clean_text(text);
                    let key = text_key(&text);
                    Some((text, key))
                }
                _ => None,
            })
            .collect()
    }

    /// One group per distinct key, as `build_terms` makes them.
    fn def_groups<'a>(ms: &[Mention], texts: &'a [(String, String)]) -> Vec<DefGroup<'a>> {
        let mut rows: Vec<(&str, usize)> = texts.iter().map(|t| t.1.as_str()).zip(0..).collect();
        rows.sort();
        let mut groups: Vec<DefGroup> = Vec::new();
        for (key, i) in rows {
            if groups.last().is_none_or(|g| g.key != key) {
                groups.push(DefGroup {
                    text: &texts[i].0,
                    key,
                    variants: vec![],
                    agents: vec![],
                    dates: vec![],
                    patterns: vec![],
                    evidence: vec![],
                });
            }
            let g = groups.last_mut().unwrap();
            g.variants.push(&texts[i].0);
            g.evidence.push(evidence(&ms[i]));
        }
        groups.iter_mut().for_each(DefGroup::tidy);
        groups
    }

    #[test]
    fn indexed_grouping_matches_every_pair_comparison() {
        let ms = many_definitions(700);
        let t = texts(&ms);
        let want = group_all_pairs(def_groups(&ms, &t));
        // Some wordings did group, or the test proves nothing.
        assert!(want.iter().any(|g| g.len() > 1));
        assert!(want.len() > 300);
        let got = group_definitions(def_groups(&ms, &t));
        let mut got: Vec<Vec<String>> = got
            .into_iter()
            .map(|d| {
                let mut keys: Vec<String> = std::iter::once(&d.text)
                    .chain(&d.variants)
                    .map(|t| text_key(t))
                    .collect();
                keys.sort();
                keys.dedup();
                keys
            })
            .collect();
        got.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn doubling_the_definitions_about_doubles_the_grouping_work() {
        let work = |n: usize| {
            let ms = many_definitions(n);
            let t = texts(&ms);
            let mut w = 0;
            group_definitions_counted(def_groups(&ms, &t), &mut w);
            w
        };
        let (one, two) = (work(2000), work(4000));
        eprintln!("grouping work: {one} -> {two}");
        assert!(one >= 2000, "{one}");
        assert!(two as f64 <= 2.5 * one as f64, "{one} -> {two}");
    }

    #[test]
    fn doubling_the_agents_about_doubles_the_name_work() {
        let agents = |n: usize| {
            let mut seed = 3;
            let mut ms = Vec::new();
            for i in 0..n {
                let w = words(&mut seed, 2);
                let first = format!("{}{}", w[0][..1].to_uppercase(), &w[0][1..]);
                let last = format!("{}{}x{i}", w[1][..1].to_uppercase(), &w[1][1..]);
                ms.push(coined(i * 20, &format!("{first} {last}"), &[]));
                ms.push(coined(i * 20 + 10, &last, &[]));
            }
            ms
        };
        let work = |n: usize| {
            let mut w = 0;
            let names = agent_names_counted(&agents(n), &mut w);
            assert_eq!(names.len(), n, "every surname joins its full name");
            w
        };
        let (one, two) = (work(2000), work(4000));
        eprintln!("agent name work: {one} -> {two}");
        assert!(two as f64 <= 2.5 * one as f64, "{one} -> {two}");
    }

    fn date(doc: &str, sentence: (usize, usize), span: (usize, usize), pattern: &str) -> Mention {
        Mention {
            doc: doc.into(),
            sentence: Span::new(sentence.0, sentence.1),
            pattern: pattern.to_string().into(),
            fact: Fact::Date {
                value: "1990".into(),
                span: Span::new(span.0, span.1),
                text: "1990".into(),
                citation: false,
            },
            confidence: None,
        }
    }

    #[test]
    fn folded_dates_count_spans_and_sentences_once_even_when_wide() {
        let far = 1usize << 40;
        let ms = vec![
            date("b", (4, 10), (5, 9), "d/one"),
            // The same span in a sentence too long for a compact hit.
            date("b", (0, 1 << 33), (5, 9), "d/one"),
            date("b", (far, far + 20), (far + 1, far + 5), "d/one"),
            date("a", (0, 10), (2, 6), "d/one"),
            date("a", (0, 10), (2, 6), "d/two"),
        ];
        let k = consolidate(vec![], ms.clone());
        let d = &k.dates[0];
        assert_eq!(d.support, 3);
        let ev: Vec<(&str, usize, usize)> = d
            .evidence
            .iter()
            .map(|e| (&*e.doc, e.start, e.end))
            .collect();
        assert_eq!(
            ev,
            vec![
                ("a", 0, 10),
                ("b", 0, 1 << 33),
                ("b", 4, 10),
                ("b", far, far + 20)
            ]
        );
        // Folding some dates first (as a run does) changes nothing.
        let mut fold = DateFold::default();
        let mut rest: Vec<Mention> = ms[..2].to_vec();
        fold.take_dates(&mut rest);
        assert!(rest.is_empty() && fold.len() == 2);
        assert_eq!(consolidate_folded(vec![], ms[2..].to_vec(), fold), k);
    }
}

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
    // Citation years serve as dates of definitions with a definer, in the
    // same sentence: only those sentences are looked up.
    let mut wanted: Vec<Evidence> = mentions
        .iter()
        .filter(|m| matches!(&m.fact, Fact::Definition { attributed_to, .. } if !attributed_to.is_empty()))
        .map(evidence)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let citations = dates.citations(&wanted);
    drop(wanted);

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
    // root -> its definition groups, in key order. Lists get their exact
    // length (a run of `def_rows`): most terms have one definition seen
    // once, and a list grown by pushing would hold room for four.
    let mut defs: HashMap<u32, Vec<DefGroup>> = HashMap::new();
    for run in def_rows.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let &(root, key, first) = &run[0];
        let Some((text, _)) = &prepared[first].text else {
            continue;
        };
        let n = run.len();
        let n_agents = run.iter().map(|&(_, _, i)| prepared[i].agents.len()).sum();
        let mut g = DefGroup {
            text,
            key,
            variants: Vec::with_capacity(n),
            agents: Vec::with_capacity(n_agents),
            dates: Vec::new(),
            patterns: Vec::with_capacity(n),
            evidence: Vec::with_capacity(n),
        };
        for &(_, _, i) in run {
            let (m, p) = (&mentions[i], &prepared[i]);
            let Some((text, _)) = &p.text else {
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
        let groups = defs.entry(root).or_default();
        // Most terms have one definition: room for one, not four.
        if groups.is_empty() {
            groups.reserve_exact(1);
        }
        groups.push(g);
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

mod dates;
pub use dates::DateFold;
use dates::build_dates;

#[cfg(test)]
mod tests;

//! Attribution extraction: who coined, introduced, developed or presented a
//! term, and when.
//!
//! In: one sentence and the dates found in it (sentence-relative offsets).
//! Out: [`AttributionMatch`]es with the agent, a past-tense relation, the
//! object and the dates the sentence ties to the act.
//!
//! - Active ("A coined the term X in 1981", "A, who coined the term X in
//!   1982, ..."): the agent is read backwards from the verb (see
//!   [`agent_before`]); passive ("the term X was coined by A", "X is a
//!   concept developed by A"): the agent follows "by".
//! - A date is tied to the act when it lies in the clause of the match (up
//!   to the next comma, semicolon or period) and is not the year of a cited
//!   work ("volkan, 1991" is a citation, not the year of the coining).
//! - In a sentence whose case is informative (it has a capital after its
//!   first character), an agent must be capitalized words; scraped
//!   lowercase text falls back to the last words before the verb.

use super::attr_guard;
use super::date::DateMatch;
use super::lexicon::{
    ADVERBS_WITHOUT_LY, AGENT_FUNCTION_WORDS, AGENT_TAILS, ATTRIBUTION_VERB_STEMS, CLASS_NOUNS,
    CONSTRUCT_NOUNS, LY_NOT_ADVERBS, NOT_AGENTS, NOT_NAME_DETERMINERS, NOT_TERM_OPENERS,
    PERFECT_PASSIVE_AUXILIARIES, PERIOD_TITLES, POINTING_ADJECTIVES,
};
use super::lexicon::{OBJECT_DETERMINERS, OBJECT_STOPS};
use super::pattern::{Compiled, Pattern, lowercase_aligned};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// An attribution found in one sentence; ranges index that sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// Who.
    pub agent: Range<usize>,
    /// Past-tense relation: coined, defined, developed, introduced, presented, ...
    pub relation: &'static str,
    /// The term acted on.
    pub object: Range<usize>,
    /// Values of the dates the sentence ties to the act.
    pub dates: Vec<String>,
    /// The object is a pronoun or a bare "the term" ("It was coined by A"):
    /// the term it stands for is in the previous sentence, and the caller
    /// resolves it (see [`is_anaphor`]).
    pub anaphoric: bool,
    /// The sentence names the object as a term: "the term X", "the
    /// concept of X", a quoted "X", or an anaphor for a defined term.
    pub named: bool,
}

/// Relations that are about words and names by their meaning: their
/// object is a term whatever else the text says of it. Other verbs
/// ("developed", "introduced", "created") also take products, laws and
/// jobs; consolidation keeps those only for a term the corpus names.
pub const TERM_RELATIONS: &[&str] = &["coined", "first used", "popularized", "originated"];

/// "a multitrack framework", "his transformative model": a noun phrase
/// headed by a general noun for an idea names a construct, a term.
fn names_a_construct(object: &str) -> bool {
    let ws = words(object, 0);
    ws.len() >= 2
        && ws
            .last()
            .is_some_and(|(_, w)| is_word(w, CLASS_NOUNS) || is_word(w, CONSTRUCT_NOUNS))
}

/// Whether the object starting at byte `at` is named as a term: right
/// after a quote mark, or after "term", "concept of", "phrase" and the like.
fn named_object(sentence: &str, at: usize) -> bool {
    let head = sentence[..at].trim_end();
    if head.ends_with(['"', '\u{201c}', '\u{2018}', '\'', '{', '*']) {
        return true;
    }
    let head = head.strip_suffix(" of").unwrap_or(head);
    let nouns: Vec<&str> = NOUNS.split('|').collect();
    words(head, 0)
        .last()
        .is_some_and(|(_, w)| is_word(w, &nouns))
}

/// What the object may be called before its name: "the term X".
const NOUNS: &str = r"term|phrase|word|expression|concept|notion|name|label";

/// One attribution rule: its pattern (id, regex, examples) and how its
/// regex is run.
#[derive(Debug)]
pub struct AttrRule {
    /// Id, regex and examples.
    pub pattern: Pattern,
    /// The regex has long lazy spans before "VERB by": it runs only when
    /// the cheap "VERB ... by" gate matches the sentence.
    pub gated: bool,
    /// The pattern's own structure names its object as a term: "X, a
    /// concept developed by A" says what X is before saying who made it.
    pub names_object: bool,
}

impl std::ops::Deref for AttrRule {
    type Target = Pattern;
    fn deref(&self) -> &Pattern {
        &self.pattern
    }
}

/// The attribution patterns. Groups: `verb`, `object`, optional `agent`
/// (when absent, the agent is read backwards from the verb).
pub static ATTRIBUTION_PATTERNS: &[AttrRule] = &[
    AttrRule {
        gated: true,
        names_object: false,
        pattern: Pattern {
            name: "attr/passive",
            regex: concat!(
                r"(?i)(?:\bthe\s+(?:term|phrase|word|expression|concept|notion|name|label)\s+)?",
                r"(?P<object>\b[^\s,;:.()][^,;:.()]*?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:originally\s+)?",
                r"(?P<verb>coined|introduced|invented|originated|popularized|popularised|developed|proposed|presented|created|devised|formulated|pioneered|founded|first\s+used|first\s+described|first\s+defined)",
                r"(?:\s+(?:in|during|around|circa)\s+[^,;:.()]{1,30}?)?",
                r"\s+by\s+(?P<agent>(?:(?-i:\p{Lu})\.\s*)*[^,;:.()]+?)(?:\s+(?:in|during|around|circa)\b|\s+(?:who|which|that|as|to|for|at)\b|[,;:.()]|$)"
            ),
            hits: &[
                (
                    "The term soft power was coined by Joseph Nye in 1990.",
                    "joseph nye coined soft power [1990]",
                ),
                (
                    "The word robot was first used by the writer Karel Capek.",
                    "karel capek first used robot []",
                ),
                (
                    "the term cold war was coined by george orwell, who wrote an essay on it.",
                    "george orwell coined cold war []",
                ),
                (
                    "The term dark pattern was coined in 2010 by Harry Brignull, a designer.",
                    "harry brignull coined dark pattern [2010]",
                ),
                (
                    "The Lee scale was devised by J. K. Lee in 1961.",
                    "j. k. lee devised lee scale [1961]",
                ),
                (
                    "The word \"gridlock\" was introduced by Ann R. Lee in 1971.",
                    "ann r. lee introduced gridlock [1971]",
                ),
            ],
            misses: &[
                "The bridge was built by the army in 1950.",
                "The vaccine was developed in record time by accident.",
                "The term was not coined by anyone we know.",
                "The phrase was first used by the poet Alice Grey.",
                "The idea was developed by many people.",
            ],
        },
    },
    AttrRule {
        gated: true,
        names_object: true,
        pattern: Pattern {
            name: "attr/participle",
            regex: concat!(
                r"(?i)^(?P<object>[^,;:.()]+?)(?:\s+(?:is|was|are|were)\s+|\s*,\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?",
                r"(?P<verb>coined|introduced|invented|developed|proposed|presented|created|devised|formulated|pioneered|described|defined|first\s+used|first\s+described|first\s+defined)",
                r"(?:\s+and\s+[\w\s]+?)?\s+by\s+(?P<agent>(?:(?-i:\p{Lu})\.\s*)*[^,;:.()]+?)(?:\s+(?:in|during|around)\b|\s+(?:who|which|that|for|based|at|as|to)\b|[,;:.()]|$)"
            ),
            hits: &[
                (
                    "Game theory is a framework developed and refined by John von Neumann in 1944.",
                    "john von neumann developed game theory [1944]",
                ),
                (
                    "Flow state, a concept introduced by Mia Kovac in 1975, describes deep focus.",
                    "mia kovac introduced flow state [1975]",
                ),
                (
                    "Slow travel, a practice described by Ines Amaral in 2004, is travel by land.",
                    "ines amaral described slow travel [2004]",
                ),
            ],
            misses: &[
                "Game theory is a framework used by economists.",
                "The new vaccine, a drug developed by many people over years, is safe.",
                "Our garden, a place created for the children, is open.",
            ],
        },
    },
    AttrRule {
        gated: false,
        names_object: false,
        pattern: Pattern {
            name: "attr/active",
            regex: concat!(
                r"(?i)(?-u:\b)(?P<verb>coined|introduced|invented|originated|popularized|popularised|developed|proposed|presented|created|devised|formulated|pioneered|first\s+used|first\s+described|first\s+defined)",
                r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:term|phrase|word|expression|concept|notion|name|label)\s+(?:of\s+)?)?",
                r"(?P<object>[^\s,;:.()][^,;:.()]*)"
            ),
            hits: &[
                (
                    "In 1990, Joseph Nye coined the term soft power.",
                    "joseph nye coined soft power [1990]",
                ),
                (
                    "In 2004, Ann Lee introduced the concept of slow media.",
                    "ann lee introduced slow media [2004]",
                ),
                (
                    "US economist Jane Roe coined the phrase gig economy in 2009.",
                    "jane roe coined gig economy [2009]",
                ),
                (
                    "jane roe, who coined the term gig economy in 2009, defined it loosely.",
                    "jane roe coined gig economy [2009]",
                ),
                (
                    "smith coined the phrase network effect doe, 1999.",
                    "smith coined network effect []",
                ),
                (
                    "During the 1980s, smith and jones presented a layered memory model with four levels.",
                    "smith and jones presented layered memory model [198X]",
                ),
            ],
            misses: &[
                "The patient developed a fever after the trip.",
                "The field has developed quickly since then.",
                "He coined the term in a letter.",
                "the patient developed a fever after the trip.",
                "the council for urban design developed the following rules.",
                "We've proposed a new budget this year.",
                "we again proposed a new budget.",
                "i have said it, and that's created more trust.",
                "However, a new tool developed by <BR>\nAcme Inc. now works.",
                "the office presented within the hour.",
            ],
        },
    },
];

/// Compile every regex and build every automaton of this module now, in
/// parallel (see [`super::warm_up`]).
pub(crate) fn warm_up() {
    super::pattern::in_parallel(&[
        &|| RES.warm(),
        &|| {
            LazyLock::force(&GATES);
        },
        &|| {
            LazyLock::force(&PREFILTER);
        },
    ]);
}

static RES: LazyLock<Compiled> =
    LazyLock::new(|| Compiled::table(ATTRIBUTION_PATTERNS.iter().map(|r| &r.pattern)));

/// Cheap gates, one per pattern (same order): the passive forms need
/// "VERB by"; their full regexes (long lazy spans before the verb) run only
/// when the gate matches.
static GATES: LazyLock<Vec<Option<Regex>>> = LazyLock::new(|| {
    let by = r"(?i)(?-u:\b)(?:coined|introduced|invented|originated|populari[sz]ed|developed|proposed|presented|created|devised|formulated|pioneered|founded|used|described|defined)(?:\s+and\s+[^,;:.()]{1,40}?)?(?:\s+(?:in|during|around|circa)\s+[^,;:.()]{1,30}?)?\s+by(?-u:\b)";
    ATTRIBUTION_PATTERNS
        .iter()
        .map(|p| if p.gated { Regex::new(by).ok() } else { None })
        .collect()
});

/// Cheap test run before the patterns: does the sentence hold a verb of
/// attribution at all?
static PREFILTER: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(ATTRIBUTION_VERB_STEMS)
        .ok()
});

fn is_word(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Canonical past tense of a matched verb.
fn relation(verb: &str) -> &'static str {
    let v: String = verb
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match v.as_str() {
        "coined" => "coined",
        "introduced" => "introduced",
        "invented" => "invented",
        "originated" => "originated",
        "popularized" | "popularised" => "popularized",
        "developed" => "developed",
        "proposed" => "proposed",
        "presented" => "presented",
        "created" => "created",
        "devised" => "devised",
        "formulated" => "formulated",
        "pioneered" => "pioneered",
        "founded" => "founded",
        "described" | "first described" => "described",
        "defined" | "first defined" => "defined",
        _ => "first used",
    }
}

/// Words of `s` with their byte ranges (offset by `base`).
fn words(s: &str, base: usize) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '-' || c == '’';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((base + st..base + i, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((base + st..base + s.len(), &s[st..]));
    }
    out
}

fn case_informative(sentence: &str) -> bool {
    sentence.chars().skip(1).any(|c| c.is_uppercase())
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Where the clause that ends `head` starts: after its last `;`, `:`, `(`
/// or period, but an initial's period (`Joseph P. Smith`) or a title's
/// (`Dr. Jane Roe`) ends no clause.
fn clause_start(head: &str) -> usize {
    let b = head.as_bytes();
    let mut end = head.len();
    while let Some(i) = head[..end].rfind([';', ':', '(', '.']) {
        let initial =
            b[i] == b'.' && i >= 1 && b[i - 1].is_ascii_uppercase() && (i == 1 || b[i - 2] == b' ');
        let title = b[i] == b'.' && ends_with_title(&head[..i]);
        if !(initial || title) {
            return i + 1;
        }
        end = i;
    }
    0
}

/// Whether `head` ends with a title word ("... by Dr").
fn ends_with_title(head: &str) -> bool {
    let w = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    PERIOD_TITLES.contains(&w)
}

/// The agent of an active verb, read backwards from byte `verb_at`: the
/// words after the last clause mark (comma, semicolon, "who", "and"
/// between clauses), capitalized names when the case is informative, else
/// at most the last two content words ("X and Y" kept whole).
pub fn agent_before(sentence: &str, verb_at: usize) -> Option<Range<usize>> {
    let ws = agent_region(sentence, verb_at)?;
    // The verb must not be a perfect or a passive, nor have an adverb or a
    // contracted pronoun right before it ("newly created", "we've
    // proposed"): then no name is its subject.
    if let Some((_, last)) = ws.last()
        && (is_word(last, PERFECT_PASSIVE_AUXILIARIES) || is_adverb(last) || is_contraction(last))
    {
        return None;
    }
    let mut picked = if case_informative(sentence) {
        capitalized_run(sentence, &ws)
    } else {
        lowercase_tail(&ws)?
    };
    // "However, Acme created ...": a sentence adverb opens no name.
    while picked
        .first()
        .is_some_and(|(_, w)| is_word(w, NOT_TERM_OPENERS))
    {
        picked.remove(0);
    }
    let first = picked.first()?;
    let last = picked.last()?;
    let mut range = first.0.start..last.0.end;
    // "Dr. Jane Roe": the title before the name belongs to it.
    let before = &sentence[..range.start];
    if let Some(t) = before.trim_end().strip_suffix('.')
        && ends_with_title(t)
    {
        range.start = t.len()
            - t.rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .len();
    }
    let text = &sentence[range.clone()];
    if picked.len() == 1 && is_word(text, NOT_AGENTS) || is_word(text, AGENT_FUNCTION_WORDS) {
        return None;
    }
    if picked
        .iter()
        .any(|(_, w)| is_contraction(w) || (is_adverb(w) && !capitalized(w)))
    {
        return None;
    }
    Some(range)
}

/// The words of the clause before byte `verb_at`: after the last ; : ( or
/// period; a comma ends it unless it introduces "who" (then the agent is
/// before that comma); a parenthesis right before the verb ("Ann Lee
/// (D-NY) introduced") is skipped.
fn agent_region(sentence: &str, verb_at: usize) -> Option<Vec<(Range<usize>, &str)>> {
    let mut head = &sentence[..verb_at];
    let t = head.trim_end();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
    {
        head = &sentence[..open];
    }
    let mut region_start = clause_start(head);
    let mut region = &head[region_start..];
    let trimmed = region.trim_end();
    let lower = trimmed.to_lowercase();
    if lower.ends_with(", who") || lower.ends_with(" who") {
        let cut = trimmed.len() - 4;
        let before = trimmed[..cut].trim_end().trim_end_matches(',');
        region = before;
    } else if let Some(c) = region.rfind(',') {
        region_start += c + 1;
        region = &head[region_start..];
    }
    let ws = words(region, region_start);
    (!ws.is_empty()).then_some(ws)
}

/// In text whose case is informative: the capitalized words right before
/// the verb ("and", "de", "von" inside a name), at most five.
fn capitalized_run<'a>(
    sentence: &str,
    ws: &[(Range<usize>, &'a str)],
) -> Vec<(Range<usize>, &'a str)> {
    let mut run: Vec<(Range<usize>, &str)> = Vec::new();
    for (r, w) in ws.iter().rev() {
        let joiner = !run.is_empty()
            && (w.eq_ignore_ascii_case("and")
                || is_word(w, &["de", "van", "von", "der", "du", "la"]));
        // An initial ("P." of "Joseph P. Smith") belongs to the name;
        // another all-capitals word is an acronym, not a name.
        let initial = w.len() == 1 && sentence.as_bytes().get(r.end) == Some(&b'.');
        if capitalized(w) && (initial || !w.chars().all(|c| c.is_uppercase())) || joiner {
            run.push((r.clone(), w));
        } else {
            break;
        }
        if run.len() >= 5 {
            break;
        }
    }
    while run.last().is_some_and(|(_, w)| !capitalized(w)) {
        run.pop();
    }
    run.reverse();
    // A capitalized sentence opener that is a function word is no name.
    while run
        .first()
        .is_some_and(|(_, w)| is_word(w, AGENT_FUNCTION_WORDS))
    {
        run.remove(0);
    }
    run
}

/// In lowercase text: "X and Y" after a function word, else at most the
/// last two content words; none after a determiner ("the patient
/// developed" has no agent: names take no article).
fn lowercase_tail<'a>(ws: &[(Range<usize>, &'a str)]) -> Option<Vec<(Range<usize>, &'a str)>> {
    let n = ws.len();
    if n >= 3
        && ws[n - 2].1.eq_ignore_ascii_case("and")
        && !is_word(ws[n - 3].1, AGENT_FUNCTION_WORDS)
        && (n == 3
            || is_word(ws[n - 4].1, AGENT_FUNCTION_WORDS)
            || ws[n - 4].1.chars().any(|c| c.is_ascii_digit()))
    {
        return Some(ws[n - 3..].to_vec());
    }
    let mut tail: Vec<(Range<usize>, &str)> = Vec::new();
    let mut stopped_by = None;
    for (r, w) in ws.iter().rev() {
        if is_word(w, AGENT_FUNCTION_WORDS)
            || w.chars().any(|c| c.is_ascii_digit())
            || tail.len() == 2
        {
            stopped_by = Some(*w);
            break;
        }
        tail.push((r.clone(), w));
    }
    if stopped_by.is_some_and(|w| is_word(w, NOT_NAME_DETERMINERS)) {
        return None;
    }
    tail.reverse();
    Some(tail)
}

/// An adverb that can stand before a verb: a lowercase word in "-ly"
/// ("newly", "automatically") or one of a few common ones ("again").
fn is_adverb(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("ly")
        && w.chars().all(|c| c.is_lowercase())
        && !is_word(w, LY_NOT_ADVERBS))
        || is_word(w, ADVERBS_WITHOUT_LY)
}

/// A word with a contracted auxiliary or negation: "we've", "that's",
/// "didn't" (straight or curly apostrophe).
fn is_contraction(w: &str) -> bool {
    let l = w.to_lowercase().replace('\u{2019}', "'");
    ["'ve", "'re", "'ll", "'d", "n't", "'m"]
        .iter()
        .any(|t| l.ends_with(t))
        || is_word(
            &l,
            &[
                "that's", "it's", "there's", "here's", "what's", "who's", "he's", "she's", "let's",
            ],
        )
}

/// An agent cut at the period of an initial ("Ann R" of "Ann R. Lee") or
/// of a title ("Dr" of "Dr. Ann Lee") runs on over it to the name after.
fn with_initials(sentence: &str, r: Range<usize>) -> Range<usize> {
    let b = sentence.as_bytes();
    let mut end = r.end;
    loop {
        let initial = b.get(end) == Some(&b'.')
            && end > r.start
            && (b[end - 1].is_ascii_uppercase() && (end - 1 == r.start || b[end - 2] == b' ')
                || ends_with_title(&sentence[r.start..end]));
        if !initial {
            return r.start..end;
        }
        let after = &sentence[end + 1..];
        let gap = after.len() - after.trim_start().len();
        if gap == 0 || !after[gap..].starts_with(char::is_uppercase) {
            return r.start..end;
        }
        // The capitalized words after it, up to the next period or mark.
        let mut at = end + 1 + gap;
        for w in sentence[at..].split_inclusive(|c: char| c.is_whitespace()) {
            let word = w.trim_end();
            if word.is_empty() {
                at += w.len();
                continue;
            }
            let clean = word.trim_end_matches(['.', ',', ';', ':', ')']);
            if !clean.starts_with(char::is_uppercase) || clean.is_empty() {
                break;
            }
            let stop = word.len() != clean.len();
            end = at + clean.len();
            at += w.len();
            if stop {
                break;
            }
        }
    }
}

/// Trim an agent found after "by": drop "and myself"-like tails and leading
/// articles; reject pronouns and generic nouns.
fn clean_agent(sentence: &str, r: Range<usize>) -> Option<Range<usize>> {
    let mut s = &sentence[r.clone()];
    // Markup or code ("<BR> Acme Inc", "x = y") is no name.
    if s.contains(['<', '>', '{', '}', '[', ']', '|', '=']) {
        return None;
    }
    let lower = lowercase_aligned(s);
    for tail in AGENT_TAILS {
        if let Some(i) = lower.find(tail) {
            s = &s[..i];
        }
    }
    let mut ws = words(s, r.start);
    if case_informative(sentence) {
        // Names are the capitalized words ("the poet Alice Grey").
        ws.retain(|(_, w)| capitalized(w) || w.eq_ignore_ascii_case("and"));
        while ws.first().is_some_and(|(_, w)| !capitalized(w)) {
            ws.remove(0);
        }
        while ws.last().is_some_and(|(_, w)| !capitalized(w)) {
            ws.pop();
        }
    } else {
        // Lowercase text: a determiner opens a common noun, not a name.
        if ws
            .first()
            .is_some_and(|(_, w)| is_word(w, NOT_NAME_DETERMINERS))
        {
            return None;
        }
        if ws.len() > 2 && !ws.iter().any(|(_, w)| w.eq_ignore_ascii_case("and")) {
            ws = ws[ws.len() - 2..].to_vec();
        }
    }
    if ws.len() > 5 || ws.is_empty() {
        return None;
    }
    let range = ws.first()?.0.start..ws.last()?.0.end;
    let text = &sentence[range.clone()];
    if is_word(text, NOT_AGENTS) || text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if case_informative(sentence) && !ws.iter().any(|(_, w)| capitalized(w)) {
        return None;
    }
    Some(range)
}

/// Where an object in `r` ends: before the first date in it, and before a
/// citation right after it together with the cited author's name.
fn object_end(sentence: &str, r: &Range<usize>, dates: &[DateMatch]) -> usize {
    let mut end = r.end;
    for d in dates.iter().filter(|d| d.start >= r.start) {
        // A citation right after the object ("X volkan, 1991") counts too.
        let adjacent = d.citation
            && d.start >= r.end
            && sentence
                .get(r.end..d.start)
                .is_some_and(|gap| gap.chars().all(|c| matches!(c, ',' | ' ' | '(')));
        if !(d.start < end || adjacent) {
            continue;
        }
        end = end.min(d.start);
        if d.citation {
            // The word before a citation's year is the cited author.
            let before = sentence[r.start..end].trim_end_matches([',', ' ', '(']);
            end = r.start + before.rfind(' ').unwrap_or(0);
        }
    }
    end
}

/// Trim an object: stop before a date, a citation's author, "in", "by",
/// relative words; drop leading determiners; at most six words.
///
/// Returns the range and whether it is an anaphor ("it", "the term").
fn clean_object(
    sentence: &str,
    r: Range<usize>,
    dates: &[DateMatch],
) -> Option<(Range<usize>, bool)> {
    let end = object_end(sentence, &r, dates);
    let ws = words(&sentence[r.start..end], r.start);
    let mut out: Vec<(Range<usize>, &str)> = Vec::new();
    for (wr, w) in ws.iter() {
        let stop = is_word(w, OBJECT_STOPS);
        if stop {
            break;
        }
        if out.is_empty() && is_word(w, OBJECT_DETERMINERS) {
            continue;
        }
        // "developed the following steps", "the same method": words that
        // point elsewhere in the text, not a term; nor is a quantity or an
        // adverb ("created nearly 900", "created automatically").
        if out.is_empty()
            && (is_word(w, POINTING_ADJECTIVES)
                || is_word(w, NOT_TERM_OPENERS)
                || is_word(w, AGENT_FUNCTION_WORDS)
                || is_adverb(w)
                || w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        out.push((wr.clone(), w));
        if out.len() == 6 {
            break;
        }
    }
    // `the term "X"`: the quote kept the pattern from taking "term" as the
    // noun before the name; drop it here.
    let nouns: Vec<&str> = NOUNS.split('|').collect();
    if out.len() > 1 && is_word(out[0].1, &nouns) {
        out.remove(0);
    }
    let range = out.first()?.0.start..out.last()?.0.end;
    let text = &sentence[range.clone()];
    if is_anaphor(text) {
        return Some((range, true));
    }
    if is_word(text, NOT_AGENTS) || is_word(text, AGENT_FUNCTION_WORDS) || is_word(text, &["them"])
    {
        return None;
    }
    Some((range, false))
}

/// "A developed the concept in 1990": the pattern took "the concept" as the
/// noun before a name and found no name after it; the noun then is an
/// anaphor for a term named earlier.
fn noun_anaphor(sentence: &str, from: usize, to: usize) -> Option<(Range<usize>, bool)> {
    let (r, w) = words(sentence.get(from..to)?, from).pop()?;
    let nouns: Vec<&str> = NOUNS.split('|').collect();
    is_word(w, &nouns).then_some((r, true))
}

/// An object that names no term itself but points back at one: "it", "this",
/// or a bare "term" / "concept" left after dropping "the" / "this".
pub fn is_anaphor(object: &str) -> bool {
    let nouns: Vec<&str> = NOUNS.split('|').collect();
    is_word(object, &["it", "this"]) || is_word(object, &nouns) || is_word(object, CLASS_NOUNS)
}

/// Whether an anaphor is a pronoun ("it", "this"), which points only at
/// the sentence right before, not a noun ("the term", "the method").
pub fn is_pronoun(object: &str) -> bool {
    is_word(object, &["it", "this"])
}

/// The non-citation dates in the clause that starts at `from` and runs past
/// `to` up to the next comma, semicolon or period.
///
/// A date in a leading adverbial right before the clause ("In 1990, A
/// coined X") counts too.
fn clause_dates(sentence: &str, from: usize, to: usize, dates: &[DateMatch]) -> Vec<String> {
    let stop = sentence[to..]
        .find([',', ';', '.'])
        .map(|i| to + i)
        .unwrap_or(sentence.len());
    let leading = |d: &DateMatch| {
        d.end <= from
            && sentence[d.end..from]
                .trim()
                .trim_end_matches(',')
                .trim()
                .is_empty()
    };
    let mut v: Vec<String> = dates
        .iter()
        .filter(|d| !d.citation && ((d.start >= from && d.start < stop) || leading(d)))
        .map(|d| d.value.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Find attributions in one sentence, given the dates found in it (ranges
/// relative to the sentence).
pub fn find_attributions(sentence: &str, dates: &[DateMatch]) -> Vec<AttributionMatch> {
    find_attributions_with(sentence, dates, has_verb(sentence))
}

/// The prefilter: does the sentence hold one of the [`verb_stems`]?
pub fn has_verb(sentence: &str) -> bool {
    PREFILTER.as_ref().is_some_and(|p| p.is_match(sentence))
}

/// The verb stems of the prefilter (matched ASCII case-insensitively): a
/// sentence holding none of them has no attribution.
pub const fn verb_stems() -> &'static [&'static str] {
    ATTRIBUTION_VERB_STEMS
}

/// [`find_attributions`] when the caller already knows whether the sentence
/// holds one of the [`verb_stems`] (`has_verb`).
pub fn find_attributions_with(
    sentence: &str,
    dates: &[DateMatch],
    has_verb: bool,
) -> Vec<AttributionMatch> {
    if !has_verb {
        return Vec::new();
    }
    scan(sentence, dates)
        .into_iter()
        .filter_map(|(a, rejected)| rejected.is_none().then_some(a))
        .collect()
}

/// [`find_attributions`], where an object the text has just defined
/// (`known`: the caller looks at the sentences before) is a term even when
/// guard/attr-object-not-a-term rejects it.
pub fn find_attributions_known(
    sentence: &str,
    dates: &[DateMatch],
    known: &dyn Fn(&str) -> bool,
) -> Vec<AttributionMatch> {
    scan(sentence, dates)
        .into_iter()
        .filter_map(|(a, rejected)| match rejected {
            None => Some(a),
            Some(g) if g == attr_guard::OBJECT_NOT_A_TERM && known(&sentence[a.object.clone()]) => {
                Some(a)
            }
            Some(_) => None,
        })
        .collect()
}

/// Every candidate of the patterns with the guard that rejected it, if
/// any (see [`super::attr_guard`]).
pub fn scan(sentence: &str, dates: &[DateMatch]) -> Vec<(AttributionMatch, Option<&'static str>)> {
    let mut out: Vec<(AttributionMatch, Option<&'static str>)> = Vec::new();
    let mut taken: Vec<Range<usize>> = Vec::new();
    for ((p, re), gate) in ATTRIBUTION_PATTERNS
        .iter()
        .zip(RES.iter())
        .zip(GATES.iter())
    {
        if gate.as_ref().is_some_and(|g| !g.is_match(sentence)) {
            continue;
        }
        for c in re.captures_iter(sentence) {
            let Some(verb) = c.name("verb").map(|m| m.range()) else {
                continue;
            };
            if taken.iter().any(|t| t.contains(&verb.start)) {
                continue;
            }
            let Some(found) = candidate(p, sentence, &c, verb.clone(), dates) else {
                continue;
            };
            taken.push(c.get(0).map(|m| m.range()).unwrap_or(verb));
            out.push(found);
        }
    }
    out.sort_by_key(|(a, _)| (a.agent.start, a.object.start));
    out
}

/// One match of pattern `name` made into an attribution: agent and object
/// cleaned, dates of its clause, and the guard that rejects it.
fn candidate(
    p: &'static AttrRule,
    sentence: &str,
    c: &regex::Captures<'_>,
    verb: Range<usize>,
    dates: &[DateMatch],
) -> Option<(AttributionMatch, Option<&'static str>)> {
    let object = c.name("object")?;
    let agent = match c.name("agent") {
        Some(a) => clean_agent(sentence, with_initials(sentence, a.range())),
        None => agent_before(sentence, verb.start),
    }?;
    let (object, anaphoric) = clean_object(sentence, object.range(), dates)
        .or_else(|| noun_anaphor(sentence, verb.end, object.start()))?;
    let whole = c.get(0).map(|m| m.range()).unwrap_or(verb.clone());
    let from = agent.start.min(whole.start);
    let to = whole.end.max(agent.end);
    let dates = clause_dates(sentence, from, to.min(sentence.len()), dates);
    let named = anaphoric
        || p.names_object
        || named_object(sentence, object.start)
        || names_a_construct(&sentence[object.clone()]);
    let a = AttributionMatch {
        pattern: p.name,
        agent,
        relation: relation(&sentence[verb.clone()]),
        object,
        dates,
        anaphoric,
        named,
    };
    let rejected = attr_guard::reject(&attr_guard::Cand {
        sentence,
        agent: a.agent.clone(),
        verb,
        object: a.object.clone(),
        relation: a.relation,
        named: a.named,
    });
    Some((a, rejected))
}

/// Render a match as the tables' examples write it:
/// `agent relation object [dates]` (lowercased).
pub fn render(sentence: &str, a: &AttributionMatch) -> String {
    format!(
        "{} {} {} [{}]",
        sentence[a.agent.clone()].to_lowercase(),
        a.relation,
        sentence[a.object.clone()].to_lowercase(),
        a.dates.join(", ")
    )
}

#[cfg(test)]
mod tests;

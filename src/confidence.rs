//! How far to trust a claim: a confidence in [0, 1] on every definition,
//! attribution and alias mention, and on each definition and attribution of
//! the knowledge file.
//!
//! A mention's confidence is a logistic score over cheap, general features
//! of the mention and its sentence: the rule that fired and its family, the
//! shape of the term and of the text (word count, a function word, pronoun
//! or numeral as the whole term, debris, capitals), and sentence cues of
//! prose that is not definitional (first or second person, modals, a
//! question or exclamation, quotation marks, long lists of commas). The
//! weights are data ([`WEIGHTS`]), fitted by `eval/confidence.py` on the
//! judged sample of `eval/judged/` and on textbook sentences, and validated
//! genre by genre there; that script prints the table below.
//!
//! A definition or attribution of the knowledge file takes the best
//! confidence of its supporting mentions, raised by support from other
//! documents ([`combine`]): a claim repeated in one document is no surer
//! than once, a claim several documents make is.
//!
//! ```
//! use defmine::confidence::mention_confidence;
//! use defmine::Fact;
//! let good = Fact::Definition {
//!     term: "A sluice".into(),
//!     text: "a channel that carries water away from a dam".into(),
//!     attributed_to: vec![],
//! };
//! let bad = Fact::Definition {
//!     term: "Hence".into(),
//!     text: "the best choice we ever made".into(),
//!     attributed_to: vec![],
//! };
//! let s1 = "A sluice is a channel that carries water away from a dam.";
//! let s2 = "Hence is the best choice we ever made!";
//! let c1 = mention_confidence(&good, "def/copular", s1).unwrap();
//! let c2 = mention_confidence(&bad, "def/copular", s2).unwrap();
//! assert!(c1 > c2);
//! ```

use crate::output::Knowledge;
use crate::types::{DocId, Fact, Mention};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The default threshold of `run`: claims below it are left out of the
/// knowledge file. Chosen in `eval/README.md` ("Session 7, final": the
/// refit on all judged claims, seeds 1-6 and the branches' added claims):
/// the highest threshold of the trade-off table that keeps DEFT dev F1 at
/// or above 0.58 (0.597) and the sample page at full marks (its weakest
/// definition scores 0.221; 0.25 loses it); no threshold reaches 0.9
/// precision on definitions, and higher ones trade recall for precision
/// as the README's table shows.
pub const DEFAULT_MIN: f64 = 0.2;

/// A confidence in [0, 1], held in thousandths so that mentions and
/// knowledge stay `Eq` and `Ord`; written as a JSON number (`0.734`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Confidence(u16);

impl Confidence {
    /// Full confidence.
    pub const ONE: Confidence = Confidence(1000);

    /// The confidence nearest to `x`, clamped to [0, 1] (NaN is 0).
    pub fn new(x: f64) -> Confidence {
        let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
        Confidence((x * 1000.0).round() as u16)
    }

    /// As a number in [0, 1].
    pub fn get(self) -> f64 {
        f64::from(self.0) / 1000.0
    }
}

impl Serialize for Confidence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.get())
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Confidence, D::Error> {
        let x = f64::deserialize(d)?;
        if !(0.0..=1.0).contains(&x) {
            return Err(serde::de::Error::custom(format!(
                "confidence {x} is not in [0, 1]"
            )));
        }
        Ok(Confidence::new(x))
    }
}

/// Feature weights of the logistic score, as `eval/confidence.py --rust`
/// prints them. `rule:ID` and `fam:FAMILY` are the rule and its family;
/// `t_`, `x_`, `s_` are features of the term, the text and the sentence;
/// `a_`, `o_`, `l_` of an attribution's agent and object and of an alias.
pub const WEIGHTS: &[(&str, f32)] = &[
    ("a_allcaps", 0.386),
    ("a_cap", 1.105),
    ("a_debris", -0.400),
    ("a_digit", -0.139),
    ("a_func_start", -0.138),
    ("a_w1", -0.109),
    ("a_w4", -0.513),
    ("bias", 0.127),
    ("fam:alias", 0.894),
    ("fam:apposition", -0.550),
    ("fam:attr", -0.081),
    ("fam:copular", -0.154),
    ("fam:gloss", -0.357),
    ("fam:naming", 0.521),
    ("fam:other", -0.657),
    ("l_acronym", 1.124),
    ("l_allcaps", 0.058),
    ("l_cap", 1.494),
    ("l_debris", -0.594),
    ("l_digit", 0.232),
    ("l_func_start", -0.282),
    ("l_verbal_end", 0.054),
    ("l_w1", -0.389),
    ("l_w4", 0.309),
    ("o_allcaps", 0.163),
    ("o_cap", 1.094),
    ("o_debris", -0.123),
    ("o_digit", 0.256),
    ("o_verbal_end", 0.162),
    ("o_w1", -0.146),
    ("o_w4", -0.192),
    ("rel:created", 0.145),
    ("rel:defined", -0.467),
    ("rel:developed", 0.326),
    ("rel:devised", 0.077),
    ("rel:first used", -0.343),
    ("rel:introduced", 0.340),
    ("rel:invented", 1.004),
    ("rel:originated", -0.525),
    ("rel:popularized", -0.454),
    ("rel:presented", -0.400),
    ("rel:proposed", 0.218),
    ("rule:alias/abbreviation", 1.427),
    ("rule:alias/also-called", 0.365),
    ("rule:alias/also-known-as", -0.807),
    ("rule:alias/hereafter", -0.828),
    ("rule:alias/paren-subject", -1.324),
    ("rule:alias/variant", 2.073),
    ("rule:attr/active", 0.289),
    ("rule:attr/active+named", -0.400),
    ("rule:attr/participle+named", 0.398),
    ("rule:attr/passive", -0.177),
    ("rule:attr/passive+named", 0.276),
    ("rule:def/according-to-lead", 0.214),
    ("rule:def/agent-defines+attr", -0.467),
    ("rule:def/aliased-subject", -0.729),
    ("rule:def/appositive", 0.081),
    ("rule:def/appositive-a", -0.205),
    ("rule:def/appositive-mid", -0.729),
    ("rule:def/appositive-plural", 0.458),
    ("rule:def/appositive-the", -0.380),
    ("rule:def/bare-noun", -0.171),
    ("rule:def/bare-predicate", 0.151),
    ("rule:def/called", 0.273),
    ("rule:def/called-appositive", -0.307),
    ("rule:def/called-gloss", -0.594),
    ("rule:def/characterized-by", -0.177),
    ("rule:def/clause-called", 0.402),
    ("rule:def/colon-gloss", 0.458),
    ("rule:def/consists-of", -0.097),
    ("rule:def/copular", -0.094),
    ("rule:def/dash-called", 0.168),
    ("rule:def/dash-gloss", 0.168),
    ("rule:def/dash-gloss-wide", -0.289),
    ("rule:def/defined-as", -0.727),
    ("rule:def/definition-of-is", -0.261),
    ("rule:def/denotes", -0.402),
    ("rule:def/describes", -0.333),
    ("rule:def/entry-superlative", -0.282),
    ("rule:def/focuses-on", -0.299),
    ("rule:def/glossary", -0.057),
    ("rule:def/inline-called", -0.900),
    ("rule:def/involves", -0.025),
    ("rule:def/is-what-called", -0.387),
    ("rule:def/is-when", 0.135),
    ("rule:def/np-called", 0.184),
    ("rule:def/one-that", 0.024),
    ("rule:def/or-gloss", -0.432),
    ("rule:def/paren-gloss", 0.020),
    ("rule:def/paren-gloss-wide", 0.525),
    ("rule:def/past-copular", -1.568),
    ("rule:def/refers-to", 0.688),
    ("rule:def/reverse-copular", 0.008),
    ("rule:def/said-to-be", -0.181),
    ("rule:def/states-that", 1.592),
    ("rule:def/that-is", -0.490),
    ("rule:def/we-mean", 0.880),
    ("rule:def/what-called", 0.119),
    ("rule:def/when-called", 1.262),
    ("rule:def/which-called", 0.512),
    ("rule:def/which-is", 0.735),
    ("s_commas", -0.125),
    ("s_long", -0.545),
    ("s_modal", -0.301),
    ("s_person", -0.404),
    ("s_qe", -0.098),
    ("s_quote", -0.263),
    ("s_short", -0.517),
    ("s_term_first", 1.111),
    ("t_allcaps", 0.084),
    ("t_article", 0.225),
    ("t_cap", 0.048),
    ("t_debris", -1.336),
    ("t_digit", -1.372),
    ("t_func", -0.752),
    ("t_func_start", -1.036),
    ("t_verbal_end", -0.207),
    ("t_w1", -0.093),
    ("t_w4", -0.542),
    ("x_clause", -0.300),
    ("x_func_start", -0.211),
    ("x_indef", 0.324),
    ("x_long", -0.187),
    ("x_opinion", -0.124),
    ("x_person", 0.016),
    ("x_semicolon", -0.557),
    ("x_short", -2.130),
    ("x_the", 0.237),
];

struct Model {
    named: HashMap<&'static str, f32>,
    rules: HashMap<&'static str, f32>,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let named: HashMap<&'static str, f32> = WEIGHTS.iter().copied().collect();
    let rules = WEIGHTS
        .iter()
        .filter_map(|&(k, w)| k.strip_prefix("rule:").map(|r| (r, w)))
        .collect();
    Model { named, rules }
});

// Closed-class English words (no subject vocabulary); the same lists as
// eval/confidence.py.
const PRONOUNS: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "this",
    "that",
    "these",
    "those",
    "who",
    "whom",
    "whose",
    "what",
    "which",
    "whatever",
    "whoever",
    "someone",
    "something",
    "anyone",
    "anything",
    "everyone",
    "everything",
    "nobody",
    "nothing",
    "one",
    "ones",
];
const FUNCTION: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "to",
    "from",
    "with",
    "without",
    "as",
    "if",
    "then",
    "than",
    "when",
    "where",
    "while",
    "because",
    "since",
    "although",
    "though",
    "however",
    "hence",
    "thus",
    "therefore",
    "now",
    "here",
    "there",
    "also",
    "only",
    "just",
    "even",
    "still",
    "very",
    "too",
    "again",
    "not",
    "no",
    "yes",
    "please",
    "note",
    "see",
    "etc",
    "ie",
    "eg",
    "all",
    "any",
    "some",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "such",
    "other",
    "another",
    "much",
    "many",
    "more",
    "most",
    "few",
    "less",
    "least",
    "about",
    "above",
    "after",
    "before",
    "below",
    "between",
    "into",
    "onto",
    "over",
    "under",
    "up",
    "down",
    "out",
    "off",
    "once",
    "well",
    "why",
    "how",
    "do",
    "does",
    "did",
    "done",
    "be",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "have",
    "has",
    "had",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "will",
    "would",
];
const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "hundred", "thousand", "million", "first", "second", "third",
    "fourth", "fifth", "last", "next",
];
const FIRST_SECOND: &[&str] = &[
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
];
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];
/// Evaluative and rhetorical words: a definition states what a thing is, an
/// opinion grades it.
const OPINION: &[&str] = &[
    "best",
    "worst",
    "greatest",
    "great",
    "greater",
    "good",
    "better",
    "bad",
    "worse",
    "finest",
    "highest",
    "noblest",
    "important",
    "essential",
    "vital",
    "true",
    "real",
    "proud",
    "strong",
    "wonderful",
    "terrible",
    "glorious",
    "noble",
    "sacred",
    "proper",
    "fair",
    "free",
    "right",
    "wrong",
    "indeed",
    "truly",
    "surely",
    "clearly",
    "simply",
    "really",
    "always",
    "never",
    "forever",
];
const ARTICLES: &[&str] = &["a", "an", "the"];

fn is(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Lowercased ASCII words: an ASCII letter or digit, then letters, digits,
/// `'`, `_` and `-` (the `WORD_RE` of eval/confidence.py).
fn lower_words(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'\'' | b'_' | b'-'))
            {
                i += 1;
            }
            out.push(s[start..i].to_ascii_lowercase());
        } else {
            i += 1;
        }
    }
    out
}

/// The family of a rule id, for rules the weights do not name.
fn family(rule: &str) -> &'static str {
    if rule.starts_with("alias/") {
        return "fam:alias";
    }
    if rule.starts_with("attr/") {
        return "fam:attr";
    }
    let r = rule.split_once('/').map_or(rule, |(_, r)| r);
    if r.starts_with("appositive") || matches!(r, "which-is" | "that-is" | "paren-ie") {
        "fam:apposition"
    } else if r.contains("called")
        || matches!(
            r,
            "refers-to"
                | "denotes"
                | "defined-as"
                | "term-to-describe"
                | "definition-of-is"
                | "we-mean"
                | "describes"
        )
    {
        "fam:naming"
    } else if matches!(
        r,
        "copular"
            | "copular-adverb"
            | "reverse-copular"
            | "said-to-be"
            | "one-that"
            | "bare-predicate"
            | "bare-noun"
            | "is-when"
    ) {
        "fam:copular"
    } else if r.contains("gloss") || matches!(r, "glossary" | "aliased-subject") {
        "fam:gloss"
    } else {
        "fam:other"
    }
}

/// The sum of weights, feature by feature.
struct Score<'m> {
    model: &'m Model,
    z: f32,
}

impl Score<'_> {
    fn add(&mut self, feature: &str) {
        self.z += self.model.named.get(feature).copied().unwrap_or(0.0);
    }
    fn add_if(&mut self, on: bool, feature: &str) {
        if on {
            self.add(feature);
        }
    }
    fn prob(&self) -> f64 {
        1.0 / (1.0 + (-f64::from(self.z).clamp(-30.0, 30.0)).exp())
    }

    /// The shape of a term-like phrase (a term, an alias, an agent or an
    /// object: `n` names its features).
    fn phrase(&mut self, n: &PhraseNames, s: &str, sentence: &str) {
        let ws = lower_words(s);
        let Some(first) = ws.first() else {
            self.add(n.empty);
            return;
        };
        let core = if is(ARTICLES, first) {
            &ws[1..]
        } else {
            &ws[..]
        };
        self.add_if(ws.len() == 1, n.w1);
        self.add_if(ws.len() >= 4, n.w4);
        if let [w] = core {
            let func = is(PRONOUNS, w) || is(FUNCTION, w) || is(NUMBER_WORDS, w) || w.len() == 1;
            self.add_if(func, n.func);
        }
        let func_start = is(PRONOUNS, first) || (is(FUNCTION, first) && !is(ARTICLES, first));
        self.add_if(func_start, n.func_start);
        self.add_if(is(ARTICLES, first), n.article);
        let st = s.trim();
        self.add_if(
            written_first(st, sentence).is_some_and(char::is_uppercase),
            n.cap,
        );
        let letters = st.chars().filter(|c| c.is_alphabetic());
        let (count, upper) = letters.fold((0, true), |(k, up), c| (k + 1, up && c.is_uppercase()));
        self.add_if(count >= 2 && upper, n.allcaps);
        let debris = st
            .chars()
            .any(|c| !(c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '.' | '_')));
        self.add_if(debris, n.debris);
        self.add_if(st.chars().any(char::is_numeric), n.digit);
        let last = &ws[ws.len() - 1];
        let verbal = last.len() > 4
            && (last.ends_with("ing") || last.ends_with("ed") || last.ends_with("ly"));
        self.add_if(verbal, n.verbal_end);
    }
}

/// The feature names of one kind of phrase.
struct PhraseNames {
    empty: &'static str,
    w1: &'static str,
    w4: &'static str,
    func: &'static str,
    func_start: &'static str,
    article: &'static str,
    cap: &'static str,
    allcaps: &'static str,
    debris: &'static str,
    digit: &'static str,
    verbal_end: &'static str,
}

macro_rules! phrase_names {
    ($name:ident, $p:literal) => {
        const $name: PhraseNames = PhraseNames {
            empty: concat!($p, "empty"),
            w1: concat!($p, "w1"),
            w4: concat!($p, "w4"),
            func: concat!($p, "func"),
            func_start: concat!($p, "func_start"),
            article: concat!($p, "article"),
            cap: concat!($p, "cap"),
            allcaps: concat!($p, "allcaps"),
            debris: concat!($p, "debris"),
            digit: concat!($p, "digit"),
            verbal_end: concat!($p, "verbal_end"),
        };
    };
}
phrase_names!(TERM, "t_");
phrase_names!(ALIAS, "l_");
phrase_names!(AGENT, "a_");
phrase_names!(OBJECT, "o_");

/// The first character of `s` (trimmed) as `sentence` writes it: at its
/// first occurrence there (ASCII case-insensitive), else as `s` has it.
fn written_first(s: &str, sentence: &str) -> Option<char> {
    let at = (!s.is_empty())
        .then(|| sentence.to_ascii_lowercase().find(&s.to_ascii_lowercase()))
        .flatten();
    match at {
        Some(i) => sentence[i..].chars().next(),
        None => s.chars().next(),
    }
}

/// `text` goes on into a second clause: ", and", ", but", ", which", ...
fn second_clause(text: &str) -> bool {
    const JOINS: &[&str] = &["and", "but", "so", "which", "while", "because"];
    text.match_indices(", ").any(|(i, _)| {
        let rest = &text[i + 2..];
        JOINS.iter().any(|j| {
            rest.strip_prefix(j).is_some_and(|after| {
                !after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
    })
}

/// The letters of `short` are the initials of `long`'s words, in order.
fn acronym_of(short: &str, long: &str) -> bool {
    let letters: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let ws = lower_words(&long.replace('-', " "));
    letters.len() >= 2
        && ws.len() >= 2
        && letters.len() == ws.len()
        && ws.iter().zip(&letters).all(|(w, c)| w.starts_with(*c))
}

/// The confidence of a mention of `fact` found by rule `pattern` in
/// `sentence` (the sentence's text); `None` for a date, which has none.
pub fn mention_confidence(fact: &Fact, pattern: &str, sentence: &str) -> Option<Confidence> {
    if matches!(fact, Fact::Date { .. }) {
        return None;
    }
    let model = &*MODEL;
    let mut sc = Score { model, z: 0.0 };
    sc.add("bias");
    if matches!(fact, Fact::Attribution { .. }) && !pattern.starts_with("attr/") {
        // A definition rule that also gives an attribution: its record as
        // an attribution is its own.
        sc.add(&format!("rule:{pattern}+attr"));
        sc.add("fam:attr");
    } else if let Fact::Attribution { named: true, .. } = fact {
        // A named object has its own weight, under the rule's id with
        // "+named" (the weight table's key; the flag is a field).
        sc.z += model
            .rules
            .get(format!("{pattern}+named").as_str())
            .copied()
            .unwrap_or(0.0);
        sc.add(family(pattern));
    } else {
        sc.z += model.rules.get(pattern).copied().unwrap_or(0.0);
        sc.add(family(pattern));
    }
    let sw = lower_words(sentence);
    sc.add_if(sw.iter().any(|w| is(FIRST_SECOND, w)), "s_person");
    sc.add_if(sw.iter().any(|w| is(MODALS, w)), "s_modal");
    sc.add_if(sentence.contains(['?', '!']), "s_qe");
    sc.add_if(sentence.contains(['"', '\u{201c}', '\u{201d}']), "s_quote");
    sc.add_if(sw.len() > 40, "s_long");
    sc.add_if(sw.len() <= 6, "s_short");
    sc.add_if(sentence.matches(',').count() >= 3, "s_commas");
    match fact {
        Fact::Definition { term, text, .. } => {
            sc.phrase(&TERM, term, sentence);
            // The sentence opens with the term (after list numbers and an
            // article).
            let tw = lower_words(term);
            let tw = match tw.split_first() {
                Some((a, rest)) if is(ARTICLES, a) => rest,
                _ => &tw[..],
            };
            let lead = sw
                .iter()
                .take_while(|w| w.bytes().all(|b| b.is_ascii_digit()) || is(ARTICLES, w))
                .count();
            sc.add_if(!tw.is_empty() && sw[lead..].starts_with(tw), "s_term_first");
            let xw = lower_words(text);
            let first = xw.first().map(String::as_str);
            sc.add_if(matches!(first, Some("a" | "an")), "x_indef");
            sc.add_if(first == Some("the"), "x_the");
            let func_start =
                first.is_some_and(|w| is(PRONOUNS, w) || (is(FUNCTION, w) && !is(ARTICLES, w)));
            sc.add_if(func_start, "x_func_start");
            sc.add_if(xw.len() <= 2, "x_short");
            sc.add_if(xw.len() > 25, "x_long");
            sc.add_if(text.contains(';'), "x_semicolon");
            sc.add_if(second_clause(text), "x_clause");
            sc.add_if(xw.iter().any(|w| is(OPINION, w)), "x_opinion");
            sc.add_if(xw.iter().any(|w| is(FIRST_SECOND, w)), "x_person");
        }
        Fact::Attribution {
            agent,
            relation,
            object,
            ..
        } => {
            sc.add(&format!("rel:{}", relation.to_lowercase()));
            sc.phrase(&AGENT, agent, sentence);
            sc.phrase(&OBJECT, object, sentence);
        }
        Fact::Alias { term, alias } => {
            sc.phrase(&TERM, term, sentence);
            sc.phrase(&ALIAS, alias, sentence);
            sc.add_if(
                term.trim().to_lowercase() == alias.trim().to_lowercase(),
                "l_identity",
            );
            sc.add_if(
                acronym_of(alias, term) || acronym_of(term, alias),
                "l_acronym",
            );
        }
        Fact::Date { .. } => {}
    }
    Some(Confidence::new(sc.prob()))
}

/// Set the confidence of each mention whose sentence is a span of `text`
/// (offsets relative to `text`, as extraction makes them).
pub fn annotate(mentions: &mut [Mention], text: &str) {
    for m in mentions {
        let s = text.get(m.sentence.start..m.sentence.end).unwrap_or("");
        m.confidence = mention_confidence(&m.fact, &m.pattern, s);
    }
}

/// A claim's confidence from the best confidence it has in each distinct
/// document (`per_doc`, any order): the best one, raised by each other
/// document as if each were an independent half-strength witness
/// (`c += (1 - c) * c_doc / 2`). Repeats within one document do not count.
pub fn combine(per_doc: &[Confidence]) -> Confidence {
    let mut v: Vec<f64> = per_doc.iter().map(|c| c.get()).collect();
    v.sort_by(|a, b| b.total_cmp(a));
    let Some((&best, rest)) = v.split_first() else {
        return Confidence::ONE;
    };
    let c = rest.iter().fold(best, |c, &d| c + (1.0 - c) * d / 2.0);
    Confidence::new(c)
}

type SentenceKey = (DocId, usize, usize);

/// The mention confidences a knowledge file's claims are traced back to, by
/// evidence sentence. Build it from the mentions before they are
/// consolidated; [`apply`] it to the result.
#[derive(Debug, Default)]
pub struct Index {
    /// Definitions by sentence: (pattern, term key, confidence).
    defs: HashMap<SentenceKey, Vec<(String, String, Confidence)>>,
    /// Attributions by sentence: (relation, confidence).
    attrs: HashMap<SentenceKey, Vec<(String, Confidence)>>,
}

impl Index {
    /// Index the definition and attribution mentions (a mention without a
    /// confidence, from an older mentions file, counts as sure).
    pub fn new(mentions: &[Mention]) -> Index {
        let mut ix = Index::default();
        for m in mentions {
            let c = m.confidence.unwrap_or(Confidence::ONE);
            let key = (m.doc.clone(), m.sentence.start, m.sentence.end);
            match &m.fact {
                Fact::Definition { term, .. } => {
                    let e = (m.pattern.to_string(), crate::term::term_key(term), c);
                    ix.defs.entry(key).or_default().push(e);
                }
                Fact::Attribution { relation, .. } => {
                    ix.attrs.entry(key).or_default().push((relation.clone(), c));
                }
                _ => {}
            }
        }
        ix
    }

    /// The best confidence of the definition mentions of one evidence
    /// sentence found by one of `patterns` for a term keyed in `names`
    /// (else for any term: the term was reworded), if there are any.
    fn definition(
        &self,
        key: &SentenceKey,
        patterns: &[String],
        names: &HashSet<String>,
    ) -> Option<Confidence> {
        let found = self.defs.get(key)?;
        let by_rule = found.iter().filter(|(p, _, _)| patterns.contains(p));
        let named = by_rule
            .clone()
            .filter(|(_, t, _)| names.contains(t))
            .map(|e| e.2)
            .max();
        named.or_else(|| by_rule.map(|e| e.2).max())
    }

    /// The best confidence of the attribution mentions of one evidence
    /// sentence with this relation.
    fn attribution(&self, key: &SentenceKey, relation: &str) -> Option<Confidence> {
        let found = self.attrs.get(key)?;
        found
            .iter()
            .filter(|(r, _)| r == relation)
            .map(|e| e.1)
            .max()
    }
}

/// The best confidence in each distinct document of a claim's evidence.
fn per_document(
    evidence: &[crate::output::Evidence],
    mut of: impl FnMut(&SentenceKey) -> Option<Confidence>,
) -> Vec<Confidence> {
    let mut best: HashMap<&DocId, Confidence> = HashMap::new();
    for e in evidence {
        if let Some(c) = of(&(e.doc.clone(), e.start, e.end)) {
            let b = best.entry(&e.doc).or_default();
            *b = (*b).max(c);
        }
    }
    best.into_values().collect()
}

/// Give each definition and attribution of `k` its confidence (the best of
/// its mentions in each document, [`combine`]d), then drop those below
/// `min` (and the terms left with no definition), and record `min` in the
/// file. A claim none of whose mentions is in `ix` keeps full confidence.
pub fn apply(k: &mut Knowledge, ix: &Index, min: f64) {
    let min_c = Confidence::new(min);
    k.min_confidence = min_c;
    k.terms.retain_mut(|t| {
        let names: HashSet<String> = std::iter::once(&t.term)
            .chain(&t.aliases)
            .map(|n| crate::term::term_key(n))
            .collect();
        let had = !t.definitions.is_empty();
        for d in &mut t.definitions {
            let v = per_document(&d.evidence, |key| ix.definition(key, &d.patterns, &names));
            d.confidence = combine(&v);
        }
        t.definitions.retain(|d| d.confidence >= min_c);
        !had || !t.definitions.is_empty()
    });
    for a in &mut k.attributions {
        let v = per_document(&a.evidence, |key| ix.attribution(key, &a.relation));
        a.confidence = combine(&v);
    }
    k.attributions.retain(|a| a.confidence >= min_c);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(term: &str, text: &str) -> Fact {
        Fact::Definition {
            term: term.into(),
            text: text.into(),
            attributed_to: vec![],
        }
    }

    fn conf(f: &Fact, rule: &str, s: &str) -> f64 {
        mention_confidence(f, rule, s).unwrap().get()
    }

    #[test]
    fn confidence_round_trips_as_a_number() {
        let c = Confidence::new(0.7344);
        assert_eq!(serde_json::to_string(&c).unwrap(), "0.734");
        let back: Confidence = serde_json::from_str("0.734").unwrap();
        assert_eq!(back, c);
        assert!(serde_json::from_str::<Confidence>("1.5").is_err());
        assert_eq!(Confidence::new(f64::NAN).get(), 0.0);
        assert_eq!(Confidence::new(7.0), Confidence::ONE);
    }

    #[test]
    fn words_are_ascii_runs() {
        assert_eq!(
            lower_words("The well-known (\"x_y\") O'Neil, 42."),
            ["the", "well-known", "x_y", "o'neil", "42"]
        );
        assert!(second_clause("a tool, and it is cheap"));
        assert!(!second_clause("a tool, andirons included"));
        assert!(acronym_of("GPU", "graphics processing unit"));
        assert!(acronym_of("R-T", "real-time"));
        assert!(!acronym_of("GPU", "graphics card"));
    }

    #[test]
    fn a_textbook_definition_beats_function_word_and_opinion_terms() {
        let s = "A sluice is a channel that carries water away from a dam.";
        let good = conf(
            &def("A sluice", "a channel that carries water away from a dam"),
            "def/copular",
            s,
        );
        let s2 = "Now is the best time we ever had to build a dam!";
        let now = conf(
            &def("Now", "the best time we ever had to build a dam"),
            "def/copular",
            s2,
        );
        let s3 = "Our river is the greatest gift we could give to our children.";
        let opinion = conf(
            &def(
                "Our river",
                "the greatest gift we could give to our children",
            ),
            "def/copular",
            s3,
        );
        assert!(good > opinion, "{good} > {opinion}");
        assert!(good > now);
    }

    #[test]
    fn naming_rules_beat_appositions_of_lists() {
        let s = "A channel that carries water away from a dam is called a sluice.";
        let named = conf(
            &def("sluice", "A channel that carries water away from a dam"),
            "def/called",
            s,
        );
        let s2 = "We packed a stove, a tent, two lamps and a rope, and we left at dawn.";
        let list = conf(&def("stove", "a tent"), "def/appositive-mid", s2);
        assert!(named > list, "{named} > {list}");
    }

    #[test]
    fn acronym_aliases_beat_debris_aliases() {
        let s = "The graphics processing unit (GPU) draws the frames.";
        let acr = Fact::Alias {
            term: "graphics processing unit".into(),
            alias: "GPU".into(),
        };
        let s2 = "The meetings were thereafter held in the hall.";
        let debris = Fact::Alias {
            term: "t".into(),
            alias: "held".into(),
        };
        assert!(conf(&acr, "alias/abbreviation", s) > conf(&debris, "alias/hereafter", s2));
    }

    #[test]
    fn a_named_inventor_beats_a_literal_act() {
        let s = "The spinning jenny was invented by James Hargreaves.";
        let named = Fact::Attribution {
            agent: "James Hargreaves".into(),
            relation: "invented".into(),
            object: "spinning jenny".into(),
            dates: vec![],
            named: false,
        };
        let s2 = "The storm created long queues at the port, and we waited.";
        let literal = Fact::Attribution {
            agent: "storm".into(),
            relation: "created".into(),
            object: "long queues at the port".into(),
            dates: vec![],
            named: false,
        };
        assert!(conf(&named, "attr/passive", s) > conf(&literal, "attr/active", s2));
    }

    #[test]
    fn apply_scores_filters_and_records_the_threshold() {
        let text = "A weir is a low barrier across a river that raises its level. \
                    He spoke of justice, a word that we all know well.";
        let doc = crate::types::Document {
            id: "w.txt".into(),
            text: text.into(),
        };
        let sentences = crate::split::split_document(text);
        let mentions = crate::extract::extract_all(&doc, &sentences);
        let best = |term: &str| {
            mentions
                .iter()
                .filter(|m| matches!(&m.fact, Fact::Definition { term: t, .. } if t == term))
                .filter_map(|m| m.confidence)
                .max()
                .unwrap()
        };
        let (weir, now) = (best("weir"), best("justice"));
        assert!(weir > now);
        let ix = Index::new(&mentions);
        let docs = vec![crate::output::DocumentOut {
            id: doc.id.clone(),
            bytes: text.len(),
            sentences: sentences.len(),
        }];
        let mut all = crate::consolidate::consolidate(docs.clone(), mentions.clone());
        apply(&mut all, &ix, 0.0);
        assert_eq!(all.min_confidence, Confidence::new(0.0));
        let of = |k: &Knowledge, term: &str| {
            k.terms
                .iter()
                .find(|t| t.term.eq_ignore_ascii_case(term))
                .map(|t| t.definitions[0].confidence)
        };
        assert_eq!(of(&all, "weir"), Some(weir));
        assert_eq!(of(&all, "justice"), Some(now));
        // A threshold between the two keeps the one and drops the other
        // with its term.
        let mid = (weir.get() + now.get()) / 2.0;
        let mut some = crate::consolidate::consolidate(docs, mentions);
        apply(&mut some, &ix, mid);
        assert_eq!(some.min_confidence, Confidence::new(mid));
        assert_eq!(of(&some, "weir"), Some(weir));
        assert_eq!(of(&some, "justice"), None);
    }

    #[test]
    fn dates_have_no_confidence() {
        let d = Fact::Date {
            value: "1999".into(),
            span: crate::types::Span::new(0, 4),
            text: "1999".into(),
            citation: false,
        };
        assert_eq!(mention_confidence(&d, "date/year", "1999"), None);
    }

    #[test]
    fn other_documents_raise_a_claim_repeats_do_not() {
        let c = |x| Confidence::new(x);
        assert_eq!(combine(&[c(0.6)]), c(0.6));
        assert_eq!(combine(&[c(0.6), c(0.6)]), c(0.72));
        assert!(combine(&[c(0.2), c(0.6)]) > c(0.6));
        assert_eq!(combine(&[]), Confidence::ONE);
    }
}

//! Checks of the coverage rules (issue 16): the definitions encyclopedias,
//! papers and textbooks write that the older rules miss. Each check is a
//! named [`Check`](super::rule::Check) of a row of
//! [`super::rules::DEFINITION_PATTERNS`]; the engine calls it with the
//! candidate's ranges (a one-line hook in `try_pattern`).

use super::trace::{Trace, rejects};
use std::ops::Range;

/// Lowercase words that may sit inside a name ("Charles de Gaulle",
/// "Order of the Garter", "Ibn al Haytham").
const NAME_CONNECTORS: &[&str] = &[
    "of", "the", "and", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du",
    "la", "le", "les", "van", "von", "y", "e", "al", "el", "bin", "ibn", "ben", "for", "in", "on",
    "upon", "zu", "af", "&",
];

/// Words that open an inverted or pronominal clause, not a name ("So great
/// was the cost", "Such was the case", "It was a day").
const NOT_AN_ENTRY: &[&str] = &[
    "so",
    "such",
    "scarcely",
    "hardly",
    "nor",
    "never",
    "neither",
    "rarely",
    "seldom",
    "only",
    "thus",
    "hence",
    "here",
    "there",
    "where",
    "what",
    "how",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "one",
    "which",
    "who",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "all",
    "each",
    "every",
    "some",
    "any",
    "no",
    "none",
    "many",
    "much",
    "most",
    "both",
    "another",
    "other",
    "yet",
    "but",
    "and",
    "or",
    "then",
    "now",
    "also",
    "still",
    "even",
    "not",
    "mr",
    "mrs",
    "ms",
    "dear",
    "today",
    "yesterday",
    "last",
    "next",
];

/// Second words of a text that ranks rather than classifies ("was the
/// first to ...", "was the only one ...").
const RANKS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "last", "only", "sole", "next", "same",
    "latter", "former", "one", "result", "reason", "case", "answer", "question", "problem",
];

/// The words of `s[r]` (runs of non-space), as trimmed byte ranges.
fn words(s: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s[r.clone()].char_indices() {
        let at = r.start + i;
        if c.is_whitespace() {
            if let Some(b) = start.take() {
                out.push(b..at);
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(b) = start {
        out.push(b..r.end);
    }
    out
}

/// A word without the punctuation around it, lowercased.
fn bare_lower(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether a word can be part of a name: it has no letter (a number, a
/// dash), opens with a capital (after punctuation), holds a capital after
/// a hyphen or an apostrophe ("al-Kindi", "d'Alembert"), or is a connector.
fn name_word(w: &str) -> bool {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    let Some(first) = core.chars().find(|c| c.is_alphabetic()) else {
        return true;
    };
    first.is_uppercase()
        || core
            .split(['-', '\'', '\u{2019}'])
            .skip(1)
            .any(|p| p.starts_with(char::is_uppercase))
        || NAME_CONNECTORS.contains(&core.to_lowercase().as_str())
}

/// [`Check::EntrySubject`](super::rule::Check::EntrySubject): "Anna Berg
/// was a Danish painter", "The Vell Accord was a treaty ...". In a past
/// copula only an entry's opening line defines: the term opens the
/// sentence (after "The"/"A"/"An"), it is a name (every word capitalized
/// or a connector; the parenthesis and alias frames are already cut off),
/// its first word opens no inversion or pronoun clause, and the text
/// classifies rather than ranks ("was the first to ...").
pub(super) fn entry_subject_ok<T: Trace + ?Sized>(
    s: &str,
    subj: Range<usize>,
    term: (Range<usize>, Range<usize>),
    text: &Range<usize>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    let (with_det, bare) = term;
    let lead = s[subj.clone()].len() - s[subj.clone()].trim_start().len();
    // "Anna Berg, better known as Old Anna, was ...": the term is the
    // second name of the name that opens the sentence.
    let before = &s[subj.start + lead..with_det.start];
    let opens = before.chars().all(|c| !c.is_alphanumeric())
        || (before.contains(", ")
            && before.split(", ").next().is_some_and(|n| {
                words(n, 0..n.len())
                    .iter()
                    .all(|w| name_word(&n[w.clone()]))
            })
            && ["known as ", "called ", "named "]
                .iter()
                .any(|k| before.ends_with(k)));
    if rejects(t, id, "entry/term-opens-sentence", !opens) {
        return None;
    }
    let tw = words(s, bare.clone());
    let first = tw.first().map(|w| bare_lower(&s[w.clone()]));
    if rejects(
        t,
        id,
        "entry/no-inversion-or-pronoun",
        first.is_none_or(|w| NOT_AN_ENTRY.contains(&w.as_str())),
    ) {
        return None;
    }
    let named = tw.iter().all(|w| name_word(&s[w.clone()]))
        && tw
            .iter()
            .any(|w| s[w.clone()].starts_with(char::is_uppercase));
    if rejects(t, id, "entry/name-subject", !named) {
        return None;
    }
    let xw = words(s, text.clone());
    let ranked = xw.len() >= 2
        && bare_lower(&s[xw[0].clone()]) == "the"
        && RANKS.contains(&bare_lower(&s[xw[1].clone()]).as_str());
    if rejects(t, id, "entry/text-classifies", ranked) {
        return None;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::trace::NoTrace;

    fn ok(s: &str, subj: &str, with_det: &str, bare: &str, text: &str) -> bool {
        let r = |x: &str| {
            let i = s.find(x).expect("part of the sentence");
            i..i + x.len()
        };
        entry_subject_ok(
            s,
            r(subj),
            (r(with_det), r(bare)),
            &r(text),
            "test",
            &mut NoTrace,
        )
        .is_some()
    }

    #[test]
    fn names_that_open_the_sentence_pass() {
        let s = "Jorvik de Haldane was a Danish painter of the coast.";
        assert!(ok(
            s,
            "Jorvik de Haldane",
            "Jorvik de Haldane",
            "Jorvik de Haldane",
            "a Danish painter of the coast"
        ));
        let s = "The Vell Accord was a treaty between two ports.";
        assert!(ok(
            s,
            "The Vell Accord",
            "The Vell Accord",
            "Vell Accord",
            "a treaty between two ports"
        ));
        let s = "Ibn al-Tarsi was a scholar of optics.";
        assert!(ok(
            s,
            "Ibn al-Tarsi",
            "Ibn al-Tarsi",
            "Ibn al-Tarsi",
            "a scholar of optics"
        ));
    }

    #[test]
    fn pronouns_inversions_common_nouns_and_ranks_fail() {
        let s = "It was a long winter in the valley.";
        assert!(!ok(s, "It", "It", "It", "a long winter in the valley"));
        let s = "Such was the mood of the town.";
        assert!(!ok(s, "Such", "Such", "Such", "the mood of the town"));
        let s = "The meeting was a waste of an evening.";
        assert!(!ok(
            s,
            "The meeting",
            "The meeting",
            "meeting",
            "a waste of an evening"
        ));
        let s = "But Marta was a friend to all of us.";
        assert!(!ok(
            s,
            "But Marta",
            "Marta",
            "Marta",
            "a friend to all of us"
        ));
        let s = "Port Vell was the first town to light its streets.";
        assert!(!ok(
            s,
            "Port Vell",
            "Port Vell",
            "Port Vell",
            "the first town to light its streets"
        ));
    }
}

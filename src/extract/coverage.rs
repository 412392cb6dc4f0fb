//! Checks of the coverage rules (issue 16): the definitions encyclopedias,
//! papers and textbooks write that the older rules miss. Each check is a
//! named [`Check`](super::rule::Check) of a row of
//! [`super::rules::DEFINITION_PATTERNS`]; the engine calls it with the
//! candidate's ranges (a one-line hook in `try_pattern`).

use super::guards::shape::GuardDoc;
use super::lexicon::{
    FIELD_FRAME_LINKS, NAME_CONNECTORS, NAME_NOTE_OPENERS, NOT_AN_ENTRY_OPENERS, RANK_WORDS,
};
use super::trace::{Trace, rejects};
use std::ops::Range;

/// The examples of the entry-subject checks of [`entry_subject_ok`]:
/// hits give the definition (`term := text`), misses none.
pub static ENTRY_GUARDS: &[GuardDoc] = &[
    GuardDoc {
        id: "entry/term-opens-sentence",
        scope: (),
        test: (),
        hits: &[(
            "Anna Berg, better known as Old Anna, was a singer of folk songs.",
            "anna berg := a singer of folk songs",
        )],
        misses: &["But Marla Quen was a friend to all of us."],
    },
    GuardDoc {
        id: "entry/no-inversion-or-pronoun",
        scope: (),
        test: (),
        hits: &[(
            "Marla Quen was an engineer who designed river locks.",
            "marla quen := an engineer who designed river locks",
        )],
        misses: &[
            "It was a long winter in the valley.",
            "Such was the mood of the town.",
        ],
    },
    GuardDoc {
        id: "entry/name-subject",
        scope: (),
        test: (),
        hits: &[(
            "Velmora Castle was a fortress built on a sea cliff.",
            "velmora castle := a fortress built on a sea cliff",
        )],
        misses: &[
            "The meeting was a waste of an evening.",
            "The fair was a yearly market held by the river.",
        ],
    },
    GuardDoc {
        id: "entry/text-classifies",
        scope: (),
        test: (),
        hits: &[(
            "Tovan Ress was a Danish painter of harbour scenes.",
            "tovan ress := a danish painter of harbour scenes",
        )],
        misses: &[
            "Port Vell was the first town to light its streets.",
            "Port Vell was the only town with a stone bridge.",
        ],
    },
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
        first.is_none_or(|w| NOT_AN_ENTRY_OPENERS.contains(&w.as_str())),
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
        && RANK_WORDS.contains(&bare_lower(&s[xw[1].clone()]).as_str());
    if rejects(t, id, "entry/text-classifies", ranked) {
        return None;
    }
    Some(())
}

/// The top-level pieces of `s[r]` between ", " (a parenthesis is part of
/// its piece), as ranges.
fn comma_pieces(s: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, r.start);
    let b = s.as_bytes();
    for i in r.clone() {
        match b[i] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth == 0 && i + 1 < r.end && b[i + 1] == b' ' => {
                out.push(start..i);
                start = i + 2;
            }
            _ => {}
        }
    }
    out.push(start.min(r.end)..r.end);
    out
}

/// The term of an entry's subject that lists second names or notes after
/// commas ("The tarn, mountain lake or corrie lake, is ...", "Velmora,
/// formerly Velland, first settled in 900, is ...", "In botany,
/// especially in taxonomy, a genus, plural genera, is ..."): the first
/// piece, when every later piece opens with a naming word
/// ([`NAME_NOTE_OPENERS`]) or is a short list of alternatives with "or".
/// `None` when the subject is not of that form (the usual cleaning then
/// decides). A fallback of the subject cleaning (hook in `try_pattern`).
pub(super) fn alias_list_subject(s: &str, r: Range<usize>) -> Option<Range<usize>> {
    let mut pieces = comma_pieces(s, r);
    // A leading field frame: "In X, [especially in Y, ]".
    if pieces.len() > 2 && bare_lower(first_word(s, &pieces[0])?) == "in" {
        pieces.remove(0);
        while pieces.len() > 2
            && FIELD_FRAME_LINKS.contains(&bare_lower(first_word(s, &pieces[0])?).as_str())
        {
            pieces.remove(0);
        }
    }
    let (head, rest) = pieces.split_first()?;
    if rest.is_empty() || words(s, head.clone()).len() > 6 || s[head.clone()].contains('\n') {
        return None;
    }
    let opens_frame = |p: &Range<usize>| {
        first_word(s, p).is_some_and(|f| NAME_NOTE_OPENERS.contains(&bare_lower(f).as_str()))
    };
    let short = |p: &Range<usize>, n: usize| {
        let w = words(s, p.clone()).len();
        w > 0 && w <= n && !s[p.clone()].to_lowercase().starts_with("and ")
    };
    // "A, B, or C": short names before a last piece with "or".
    let or_list = rest.last().is_some_and(|l| {
        let lower = s[l.clone()].to_lowercase();
        short(l, 6) && (lower.starts_with("or ") || lower.contains(" or "))
    });
    // "X, also called Y, Z and W, is": names go on after a naming word.
    let mut after_frame = false;
    for p in rest {
        if opens_frame(p) {
            after_frame = true;
        } else if !((after_frame || or_list) && short(p, 5)) {
            return None;
        }
    }
    Some(head.clone())
}

/// The first word of `s[r]`.
fn first_word<'a>(s: &'a str, r: &Range<usize>) -> Option<&'a str> {
    words(s, r.clone()).first().map(|w| &s[w.clone()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::nominal_head;
    use crate::extract::trace::NoTrace;

    #[test]
    fn nominal_heads_are_abstract_nouns() {
        for w in [
            "inflammation",
            "payment",
            "confidence",
            "kindness",
            "realism",
        ] {
            assert!(nominal_head(w), "{w}");
        }
        for w in ["present", "common", "part", "active", "ready", "home"] {
            assert!(!nominal_head(w), "{w}");
        }
    }

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
    fn entry_guard_examples() {
        use crate::extract::definition::{find_definitions, render};
        use crate::extract::guards::shape::check_guards;
        let run = |_: &GuardDoc, s: &str| -> Vec<String> {
            find_definitions(s).iter().map(|d| render(s, d)).collect()
        };
        // Only a leading space: the entry subject must open the sentence.
        let f = check_guards(ENTRY_GUARDS, &["", " "], &run);
        assert!(f.is_empty(), "{}", f.join("\n"));
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

    fn alias_head(s: &str) -> Option<String> {
        let end = s.find(" is ").expect("a copula");
        alias_list_subject(s, 0..end).map(|r| s[r].to_string())
    }

    #[test]
    fn alias_lists_and_notes_leave_the_first_name() {
        assert_eq!(
            alias_head("The tarn, mountain lake or corrie lake, is a small lake.").as_deref(),
            Some("The tarn")
        );
        assert_eq!(
            alias_head("Velmora, formerly Velland, first settled in 900, is a town.").as_deref(),
            Some("Velmora")
        );
        assert_eq!(
            alias_head("In botany, especially in taxonomy, a genus, plural genera, is a rank.")
                .as_deref(),
            Some("a genus")
        );
        assert_eq!(
            alias_head("Odo Vess, better known as Old Odo, is a singer.").as_deref(),
            Some("Odo Vess")
        );
    }

    #[test]
    fn clauses_and_lists_are_no_alias_frames() {
        assert_eq!(
            alias_head("The people, the courts, and the press is a phrase."),
            None
        );
        assert_eq!(
            alias_head("Our city, which we love, is a place of trade."),
            None
        );
        assert_eq!(alias_head("A word is a unit."), None);
        // A comma right before the end: no panic, no piece past the end.
        let s = "A mic, or mike, is";
        assert_eq!(
            alias_list_subject(s, 0..s.len() - 3).map(|r| &s[r]),
            Some("A mic")
        );
    }
}

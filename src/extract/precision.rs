//! Precision guards (issue 12): named checks that reject a candidate
//! definition whose shape is that of an opinion, a list, an alternative or
//! a term that is no noun phrase. They run after the other checks of a
//! rule, on the final spans of the candidate (term with and without its
//! determiner, text), through one call from the definition engine.
//!
//! Each guard is a row of [`PRECISION_GUARDS`]: its id, the rules it
//! applies to (every definition rule, or the rows that list its
//! [`Check`]), the test, and examples: sentences on which the guard keeps
//! the claim (with the claim the extractor must give) and sentences on
//! which it rejects it (the extractor must give no definition). The word
//! lists are closed-class English (pronouns, determiners, prepositions,
//! adverbs, modals), never the vocabulary of one subject.

use super::lexicon::{
    FINITE_AUXILIARIES, FIRST_PERSON_POSSESSIVES, FUNCTION_TERMS, INTRO_PHRASE_OPENERS,
    LY_ADVERB_ENDINGS, NOUN_AFTER_DETERMINER, NOUN_PHRASE_DETERMINERS, PHRASE_END_NOT_NOUN,
    RELATIVE_WORDS, SENSE_HEADS,
};
use super::rule::{Check, Rule};
use super::trace::{Trace, rejects};
use std::ops::Range;

/// The spans of one candidate, as the engine has cleaned them.
#[derive(Debug, Clone)]
pub struct Spans<'a> {
    /// The sentence (markup removed).
    pub s: &'a str,
    /// The term with its determiner.
    pub term_det: Range<usize>,
    /// The term without its determiner.
    pub term: Range<usize>,
    /// The defining text.
    pub text: Range<usize>,
    /// The subject region of the rule's regex, if it has one.
    pub subj: Option<Range<usize>>,
}

impl<'a> Spans<'a> {
    /// The spans of one candidate.
    pub fn new(
        s: &'a str,
        term_det: &Range<usize>,
        term: &Range<usize>,
        text: &Range<usize>,
        subj: Option<Range<usize>>,
    ) -> Spans<'a> {
        Spans {
            s,
            term_det: term_det.clone(),
            term: term.clone(),
            text: text.clone(),
            subj,
        }
    }
}

/// Which rules a guard applies to.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Every definition rule.
    All,
    /// The rows that list this check.
    Row(Check),
}

/// One precision guard: `test` (true rejects the candidate) on the rules
/// of its `scope`. Hits are sentences the guard lets through, with the
/// claim the extractor gives (`term := text`, as `definition::render`
/// writes it); on misses the extractor must give no definition.
pub type PrecisionGuard = super::guards::shape::Guard<fn(&Spans<'_>) -> bool, Scope>;

/// Every precision guard, in the order they are tried.
pub static PRECISION_GUARDS: &[PrecisionGuard] = &[
    PrecisionGuard {
        id: "precision/term-not-function-word",
        scope: Scope::All,
        test: term_not_noun_phrase,
        hits: &[
            (
                "A ferry is a boat that carries people across water.",
                "ferry := a boat that carries people across water",
            ),
            (
                "The family is the basic unit of a kinship system.",
                "family := the basic unit of a kinship system",
            ),
            (
                "A well is a shaft dug into the ground to reach water.",
                "well := a shaft dug into the ground to reach water",
            ),
        ],
        misses: &[
            "Now is the moment to plant the bulbs.",
            "Hence: a person who rows a boat for hire.",
            "Note: the lamp must be cold before you open it.",
            "Relating to, or made of, copper.",
            "Yes, that is exactly the part I meant.",
            "'T is a cold night for a walk.",
            "Especially, a lamp that burns oil.",
        ],
    },
    PrecisionGuard {
        id: "precision/opinion",
        scope: Scope::Row(Check::NotOpinion),
        test: opinion,
        hits: &[
            (
                "A rival is a person whom you regard as a threat to your place.",
                "rival := a person whom you regard as a threat to your place",
            ),
            (
                "A habit is a pattern of conduct in which we engage without thought.",
                "habit := a pattern of conduct in which we engage without thought",
            ),
            (
                "A ward is a unit devised by the mayor and myself to count the votes.",
                "ward := a unit devised by the mayor and myself to count the votes",
            ),
        ],
        misses: &[
            "Patience is a part of our own strength.",
            "Thrift is the engine of my small business.",
            "Resembling, or growing near, the root of a tree.",
        ],
    },
    PrecisionGuard {
        id: "precision/list-apposition",
        scope: Scope::Row(Check::NotAList),
        test: list_apposition,
        hits: &[(
            "The town grew around a tannery, a workshop where hides are made into leather.",
            "tannery := a workshop where hides are made into leather",
        )],
        misses: &[
            "We packed a stove, a tent for the two of us, and a lamp.",
            "The crate held old coats, blankets, a lamp with a cracked shade.",
            "The vote went in favour of the motion, a recount of the ballots was then held.",
            "Each guest was asked to bring a chair, a plate for the cake, or a cup.",
            "The clerk, after checking, a copy of the deed that was filed.",
        ],
    },
    PrecisionGuard {
        id: "precision/or-alternative",
        scope: Scope::Row(Check::OrRestates),
        test: or_alternative,
        hits: &[(
            "The lord appointed a reeve, or steward of the manor.",
            "reeve := steward of the manor",
        )],
        misses: &[
            "We timed the act of folding, or state of being folded.",
            "She could mend the fence, or a gate that leads to the road.",
        ],
    },
    PrecisionGuard {
        id: "precision/or-subject-noun-phrase",
        scope: Scope::Row(Check::OrSubjectNounPhrase),
        test: or_subject_not_noun_phrase,
        hits: &[(
            "A tarn, or corrie lake, sits in a hollow carved by ice.",
            "tarn := sits in a hollow carved by ice",
        )],
        misses: &[
            "Resembling, or fit for, a harp.",
            "Pertaining to, or made from, the bark of oak.",
            "The green, or sweet, pepper.",
        ],
    },
    PrecisionGuard {
        id: "precision/that-is-parenthetical",
        scope: Scope::Row(Check::ThatIsParenthetical),
        test: that_is_not_parenthetical,
        hits: &[(
            "The shed holds the tiller, that is, the handle used to steer the boat.",
            "tiller := the handle used to steer the boat",
        )],
        misses: &["Frankly, that is the best plan we have."],
    },
];

/// Run the guards that apply to rule `p`; `None` when one rejects.
pub fn check<T: Trace + ?Sized>(p: &Rule, sp: Spans<'_>, t: &mut T) -> Option<()> {
    for g in PRECISION_GUARDS {
        let applies = match g.scope {
            Scope::All => true,
            Scope::Row(c) => p.has(c),
        };
        if applies && rejects(t, p.name, g.id, (g.test)(&sp)) {
            return None;
        }
    }
    Some(())
}

/// The words (runs of letters, digits, `'`, `-`, `_`) in `r`.
fn words(s: &str, r: Range<usize>) -> Vec<&str> {
    s.get(r)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

fn one_of(w: &str, list: &[&str]) -> bool {
    let l = lower(w);
    list.contains(&l.as_str())
}

/// `precision/term-not-function-word`: a term is a noun phrase: never a
/// lone pronoun, function word, adverb, interjection or numeral word, and
/// it does not end with a preposition, a conjunction or an article.
fn term_not_noun_phrase(sp: &Spans<'_>) -> bool {
    let w = words(sp.s, sp.term.clone());
    let Some(last) = w.last() else {
        return false;
    };
    if one_of(last, PHRASE_END_NOT_NOUN) && w.len() > 1 {
        return true;
    }
    if w.len() != 1 {
        return false;
    }
    let l = lower(last);
    // ("near": "Pertaining to, or situated near, the ...".)
    if one_of(&l, PHRASE_END_NOT_NOUN) || l == "near" {
        return true;
    }
    // "'T is ...": one letter after an apostrophe is a clipped word.
    let clipped = l.chars().count() == 1 && sp.s[..sp.term.start].ends_with(['\'', '\u{2019}']);
    let determiner = sp.term_det != sp.term;
    let function = one_of(&l, FUNCTION_TERMS) && !(determiner && one_of(&l, NOUN_AFTER_DETERMINER));
    let adverb = l.len() >= 6
        && !determiner
        && l.chars().all(char::is_alphabetic)
        && LY_ADVERB_ENDINGS.iter().any(|e| l.ends_with(e))
        && !["family", "homily", "lily"].iter().any(|n| l.ends_with(n));
    clipped || function || adverb
}

/// `precision/opinion`: the head of the text (before any relative or
/// wh-word) speaks in the first person: "a part of our own defense" is
/// what the speaker holds, while "a group that we join" (inside a relative
/// clause) is the generic "we" of a textbook definition. (Superlatives,
/// "the only" and "and must" were measured too and cost more right
/// definitions than they removed wrong ones.)
fn opinion(sp: &Spans<'_>) -> bool {
    words(sp.s, sp.text.clone())
        .into_iter()
        .take_while(|x| !one_of(x, RELATIVE_WORDS) && !one_of(x, &["how", "why", "what"]))
        .any(|x| one_of(x, FIRST_PERSON_POSSESSIVES))
}

/// Whether `rest` (after a comma) opens another noun phrase: a determiner,
/// after an optional "and"/"or".
fn next_item(rest: &str) -> bool {
    let w = words(rest, 0..rest.len());
    let skip = usize::from(w.first().is_some_and(|x| one_of(x, &["and", "or"])));
    w.get(skip)
        .is_some_and(|x| one_of(x, NOUN_PHRASE_DETERMINERS))
}

/// `precision/list-apposition`: an apposition is one noun phrase after
/// another; in a coordinated list the "gloss" is the next item: another
/// item follows it (", and a ...", ", a ..."), or it holds one (", or a
/// ..."), or the term is itself a short item after a comma. Also no
/// apposition: a text that is a clause (an auxiliary before any relative
/// word) and a term that is a lone participle or adjective.
fn list_apposition(sp: &Spans<'_>) -> bool {
    let s = sp.s;
    let after = s.get(sp.text.end..).unwrap_or("").trim_start();
    if after.strip_prefix(',').is_some_and(next_item) {
        return true;
    }
    let text = s.get(sp.text.clone()).unwrap_or("");
    if [", and ", ", or "].iter().any(|c| {
        text.match_indices(c)
            .any(|(i, _)| next_item(&text[i + 1..]))
    }) {
        return true;
    }
    // "friends, relatives, a lover": the term follows a short item and a
    // comma too (not an opening phrase: "In winter, frost, a ...").
    let before = s.get(..sp.term_det.start).unwrap_or("").trim_end();
    if let Some(b) = before.strip_suffix(',') {
        let item = &b[b.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
        let iw = words(item, 0..item.len());
        if !iw.is_empty() && iw.len() <= 5 && !one_of(iw[0], INTRO_PHRASE_OPENERS) {
            return true;
        }
    }
    let tw = words(s, sp.text.clone());
    let clause = tw
        .iter()
        .take_while(|x| !one_of(x, RELATIVE_WORDS))
        .any(|x| one_of(x, FINITE_AUXILIARIES));
    // ("made", "practicable"; an -ing word only after "or"/"and":
    // "Pertaining to, or designating, a ..." but "inbreeding, the ...".)
    let term = words(s, sp.term.clone());
    let coordinated = words(s, 0..sp.term_det.start)
        .last()
        .is_some_and(|x| one_of(x, &["or", "and"]));
    let lone_modifier = sp.term_det == sp.term
        && term.len() == 1
        && (["ed", "able", "ible"]
            .iter()
            .any(|e| lower(term[0]).ends_with(e))
            || (coordinated && lower(term[0]).ends_with("ing")));
    clause || lone_modifier
}

/// `precision/or-alternative`: in "X, or Y" a Y that opens with an
/// indefinite determiner ("or a cup", "or any part of it") or with a sense
/// head ("or state of being folded") is an alternative, not a restatement
/// of X. (A Y with "the" and an X after a preposition were measured too:
/// textbooks gloss "of X, or the Y" often.)
fn or_alternative(sp: &Spans<'_>) -> bool {
    let tw = words(sp.s, sp.text.clone());
    let indefinite = tw
        .first()
        .is_some_and(|x| one_of(x, &["a", "an", "any", "one", "some", "another"]));
    let sense = tw.first().is_some_and(|x| one_of(x, SENSE_HEADS))
        && tw.get(1).is_some_and(|x| one_of(x, &["of"]));
    indefinite || sense
}

/// `precision/or-subject-noun-phrase`: "X, or Y, Z" names X as Y only when
/// both are noun phrases and Z a predicate: not the sense line of a
/// dictionary ("Pertaining to, or derived from, Z"), an "or" between two
/// modifiers ("The red, or sweet, pepper"), nor a Z that is a noun phrase.
fn or_subject_not_noun_phrase(sp: &Spans<'_>) -> bool {
    let s = sp.s;
    let Some(subj) = sp.subj.clone() else {
        return false;
    };
    let between = s.get(subj.end..sp.text.start).unwrap_or("");
    let Some(or_part) = between.trim_start().strip_prefix(", or ") else {
        return false;
    };
    let ow = words(or_part, 0..or_part.len());
    let sw = words(s, subj);
    let tw = words(s, sp.text.clone());
    let modifier_pair = ow
        .last()
        .is_some_and(|x| one_of(x, PHRASE_END_NOT_NOUN) || lower(x).ends_with("ing"));
    let lone_participle = sw.len() == 1 && ["ing", "ed"].iter().any(|e| lower(sw[0]).ends_with(e));
    let text_np = tw
        .first()
        .is_some_and(|x| one_of(x, NOUN_PHRASE_DETERMINERS))
        || tw.len() <= 1;
    let first_cut = s
        .get(sp.text.clone())
        .unwrap_or("")
        .split_whitespace()
        .next()
        .is_some_and(|x| x.ends_with(';') || x.ends_with(','));
    modifier_pair || lone_participle || text_np || first_cut
}

/// `precision/that-is-parenthetical`: "X, that is, Y" glosses X; without the
/// comma after "that is" the "that" is a pronoun subject ("Frankly, that is
/// the plan").
fn that_is_not_parenthetical(sp: &Spans<'_>) -> bool {
    let before = sp.s.get(..sp.text.start).unwrap_or("").trim_end();
    !before.ends_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::definition::{find_definitions, render};
    use crate::extract::rules::DEFINITION_PATTERNS;

    #[test]
    fn precision_guard_examples() {
        use crate::extract::guards::shape::check_guards;
        // Only a leading space: "In short, " stops the rules anchored at
        // the sentence start before a guard sees the candidate (the
        // or-subject hit comes from def/aliased-subject).
        let run = |_: &PrecisionGuard, s: &str| -> Vec<String> {
            find_definitions(s).iter().map(|d| render(s, d)).collect()
        };
        let f = check_guards(PRECISION_GUARDS, &["", " "], &run);
        assert!(f.is_empty(), "{}", f.join("\n"));
    }

    #[test]
    fn every_row_check_is_listed_by_some_rule() {
        for g in PRECISION_GUARDS {
            if let Scope::Row(c) = g.scope {
                assert!(
                    DEFINITION_PATTERNS.iter().any(|r| r.has(c)),
                    "{}: no row lists {c:?}",
                    g.id
                );
            }
        }
    }

    #[test]
    fn word_tests() {
        let sp = |s: &'static str, t: Range<usize>| Spans {
            s,
            term_det: t.clone(),
            term: t,
            text: 0..0,
            subj: None,
        };
        assert!(term_not_noun_phrase(&sp("Especially", 0..10)));
        assert!(!term_not_noun_phrase(&sp("family", 0..6)));
        assert!(!term_not_noun_phrase(&sp("stepfamily", 0..10)));
        assert!(!term_not_noun_phrase(&sp("housefly", 0..8)));
        assert!(term_not_noun_phrase(&sp("arbitrarily", 0..11)));
        assert!(term_not_noun_phrase(&sp("'T", 1..2)));
        assert!(!term_not_noun_phrase(&sp("T", 0..1)));
        assert!(term_not_noun_phrase(&sp("Pertaining to", 0..13)));
        assert!(!term_not_noun_phrase(&sp("state machine", 0..13)));
    }
}

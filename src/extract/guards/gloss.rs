//! The checks of the apposition and colon glosses ("X, the N of ...",
//! "X: a N that ...").

use crate::extract::build::*;
use crate::extract::lexicon::*;
use crate::extract::rule::{Check, Rule};
use std::ops::Range;

/// Where the clause of `pre` starts: after a list number and the
/// introductory phrases.
pub(crate) fn opening_start(s: &str, pre: Range<usize>) -> usize {
    strip_leads(s, trim(s, 0..pre.end)).start
}

/// The checks of the apposition and colon glosses ("X, the N of ...", "X:
/// a N that ..."): the gloss must be a noun phrase naming a class, not a
/// clause, a list item, a name or a ranking, and X must be a noun phrase
/// of a main clause, not of an introductory clause.
pub(crate) fn gloss_ok(
    p: &Rule,
    s: &str,
    pre: Range<usize>,
    term: &Term,
    text: &Range<usize>,
) -> bool {
    let bare = words_in(s, term.bare.clone());
    if !term_is_a_noun_phrase(s, term, &bare) {
        return false;
    }
    let tw = words_in(s, text.clone());
    if !gloss_names_a_class(s, text, &tw, &bare) || !gloss_not_a_clause(s, &tw) {
        return false;
    }
    if p.has(Check::ListItemGloss) && !list_item_gloss_ok(s, &pre, &tw) {
        return false;
    }
    // A parenthesis closes the gloss: no list or clause checks after it.
    if p.has(Check::ParenGloss) {
        return true;
    }
    if p.has(Check::ColonGloss) {
        return colon_gloss_ok(s, &pre, term, &bare);
    }
    // The clause that holds the term: after the last comma of `pre`,
    // without a leading conjunction or introductory phrase.
    let seg_start = s[pre.start..term.with_det.start]
        .rfind(", ")
        .map_or(pre.start, |i| pre.start + i + 2);
    let seg = strip_leads(s, trim(s, seg_start..term.with_det.start.max(seg_start)));
    let seg_words = words_in(s, seg.start..term.bare.end);
    if !gloss_not_introductory(s, &pre, term, &seg, &seg_words, &tw) {
        return false;
    }
    let rest = s[text.end..].trim_start();
    let rest = if rest.starts_with('(') {
        rest.find(')').map_or(rest, |i| rest[i + 1..].trim_start())
    } else {
        rest
    };
    if !gloss_not_in_a_list(p, s, term, &seg, rest) {
        return false;
    }
    subject_gloss_ok(s, &pre, term, &seg, seg_start, rest, &bare)
}

/// The term of a gloss is a noun phrase: not an adverb ("more
/// importantly"), not a name in capitals ("Anna Berg, the founder ...").
fn term_is_a_noun_phrase(s: &str, term: &Term, bare: &[Range<usize>]) -> bool {
    // "more importantly": an adverb, not a noun phrase.
    if bare.len() == 1 && lower_word(&s[term.bare.clone()]).ends_with("ly") {
        return false;
    }
    // "Anna Berg, the founder of the club": a name in capitals is a person
    // or a place described.
    if bare
        .iter()
        .all(|w| s[w.clone()].starts_with(char::is_uppercase))
        && (bare.len() > 1 || term.with_det.start > 0)
    {
        return false;
    }
    true
}

/// The gloss names a class: it opens in lower case, is no title, name,
/// ranking ("the same"), event ("an increase of ...") or date.
fn gloss_names_a_class(
    s: &str,
    text: &Range<usize>,
    tw: &[Range<usize>],
    bare: &[Range<usize>],
) -> bool {
    // "the President of ...": a title or a name; "The plan failed": a
    // clause after a colon.
    if !s[text.clone()].starts_with(char::is_lowercase)
        || tw
            .get(1)
            .is_some_and(|w| s[w.clone()].starts_with(char::is_uppercase))
        || tw
            .get(1)
            .is_some_and(|w| is_one_of(&s[w.clone()], NOT_CLASS))
    {
        return false;
    }
    // "the news: the mayor had resigned", "the laws passed then have
    // failed": a finite verb outside a relative clause makes a clause.
    // "prices rose, an increase of ten percent": an apposition about the
    // event or the figure of the clause before, not a class; "the 1990s":
    // a date.
    if tw
        .iter()
        .skip(1)
        .take(4)
        .any(|w| is_one_of(&s[w.clone()], EVENT_NOUNS))
        || bare
            .iter()
            .any(|w| s[w.clone()].chars().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    true
}

/// The gloss is a noun phrase, not a clause: no auxiliary or finite verb
/// outside a relative clause, no absolute clause ("the price being
/// fixed"), no "the N of which".
fn gloss_not_a_clause(s: &str, tw: &[Range<usize>]) -> bool {
    // A relative word opens a clause after a noun ("the rock that"), not
    // after a preposition ("for that purpose").
    let mut rel = 0;
    let mut aux = 0;
    for (i, w) in tw.iter().enumerate() {
        let word = &s[w.clone()];
        let prev = if i > 0 { &s[tw[i - 1].clone()] } else { "" };
        let after_noun = i > 0
            && prev
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
            && !is_one_of(prev, PREPOSITIONS)
            && !is_one_of(prev, NOT_IN_TERM);
        let pied = is_one_of(word, &["which", "whom"]) && is_one_of(prev, PREPOSITIONS);
        if is_one_of(word, RELATIVE_WORDS) && (after_noun || pied) {
            rel += 1;
        } else if is_one_of(word, AUXILIARIES) {
            aux += 1;
            if aux > rel {
                return false;
            }
        } else if rel == 0 && i >= 2 && after_noun && !prev.starts_with(char::is_uppercase) {
            // "the country knows where": a verb in "-s" or "-ed" between a
            // noun and an object opens a main clause.
            let lw = lower_word(word);
            let verb_form = verb_in_s_or_ed(&lw);
            let object = tw.get(i + 1).is_some_and(|n| {
                is_one_of(
                    &s[n.clone()],
                    &[
                        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                        "this", "these", "those", "us", "them", "him", "me", "it", "where", "how",
                        "what", "why", "whether",
                    ],
                )
            });
            if verb_form && object && !is_one_of(prev, &["and", "or"]) {
                return false;
            }
        }
    }
    // "the price being fixed", "the work having ended": an absolute
    // clause, not a gloss.
    if tw.windows(2).skip(1).any(|p| {
        let (a, b) = (&s[p[0].clone()], lower_word(&s[p[1].clone()]));
        (b == "being" || b == "having")
            && a.chars().all(char::is_alphabetic)
            && !is_one_of(a, PREPOSITIONS)
            && !is_one_of(a, NOT_IN_TERM)
    }) {
        return false;
    }
    // "the principles of which were settled": a relative clause about the
    // noun before, not a gloss.
    if tw.len() > 3
        && is_one_of(&s[tw[2].clone()], &["of", "in"])
        && is_one_of(&s[tw[3].clone()], &["which", "whom"])
    {
        return false;
    }
    true
}

/// [`Check::ListItemGloss`]: the gloss is not the last item of a list
/// nor a clause, an infinitive or a verb with its object.
fn list_item_gloss_ok(s: &str, pre: &Range<usize>, tw: &[Range<usize>]) -> bool {
    // "pay by card, by cheque, or the cash": the last item of a list;
    // "stay, or we leave", "or to be sent", "or change the address": a
    // clause, an infinitive or a verb with its object.
    let opening = strip_leads(s, trim(s, 0..pre.end));
    if let Some(i) = s[opening.clone()].rfind(", ")
        && words_in(s, opening.start + i..pre.end).len() <= 5
    {
        return false;
    }
    let first = tw.first().map(|w| lower_word(&s[w.clone()]));
    let det = first.as_deref().is_some_and(|w| is_one_of(w, DETERMINERS));
    if first.as_deref().is_some_and(|w| {
        is_one_of(w, PERSONAL)
            || is_one_of(w, NOT_IN_TERM)
            || is_one_of(w, SUBORDINATE)
            || w.ends_with("ly")
            || is_one_of(w, &["to", "rather", "else", "even", "maybe", "perhaps"])
    }) || (!det
        && tw.get(1).is_some_and(|w| {
            is_one_of(&s[w.clone()], POINTING)
                || is_one_of(&s[w.clone()], OBJECT_PRONOUNS)
                || is_one_of(&s[w.clone()], DETERMINERS)
                || is_one_of(&s[w.clone()], QUANTIFIERS)
        }))
    {
        return false;
    }
    true
}

/// [`Check::ColonGloss`]: "three rooms: the kitchen, ...": no
/// enumeration before the colon.
fn colon_gloss_ok(s: &str, pre: &Range<usize>, term: &Term, bare: &[Range<usize>]) -> bool {
    let before: Vec<Range<usize>> = words_in(s, pre.start..term.with_det.start);
    // "three rooms: the kitchen, ...": an enumeration.
    let n = before.len();
    !before[n.saturating_sub(4)..]
        .iter()
        .chain(bare.iter())
        .any(|w| {
            let w = &s[w.clone()];
            is_one_of(w, COUNTING) || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// The term is not in an introductory clause or phrase ("When you soak
/// it, the water ..."), in parallel noun phrases or after "each time".
fn gloss_not_introductory(
    s: &str,
    pre: &Range<usize>,
    term: &Term,
    seg: &Range<usize>,
    seg_words: &[Range<usize>],
    tw: &[Range<usize>],
) -> bool {
    // "When you soak it in salt, the water ...": an introductory clause,
    // also when its own commas come before the term.
    let opening = strip_leads(s, trim(s, 0..pre.end));
    let first_word = words_in(s, opening).into_iter().next();
    if let Some(first) = first_word.iter().chain(seg_words.first()).next()
        && (is_one_of(&s[first.clone()], SUBORDINATE) || is_one_of(&s[first.clone()], INTRO))
    {
        return false;
    }
    if let Some(first) = seg_words.first() {
        let w = lower_word(&s[first.clone()]);
        if is_one_of(&w, SUBORDINATE)
            || is_one_of(&w, INTRO)
            || (seg_words.len() > 1 && (w.ends_with("ing") || w.ends_with("ly")))
        {
            return false;
        }
    }
    // "The supply of water, the division of streams, ...": parallel noun
    // phrases, the gloss belongs to the phrase the term ends; "Each time
    // the rat hit the lever, a ...": an introductory clause.
    let sw = words_in(s, seg.start..term.with_det.start);
    let lw = |i: usize| {
        sw.get(i)
            .map(|w| lower_word(&s[w.clone()]))
            .unwrap_or_default()
    };
    let parallel = seg.start == opening_start(s, pre.clone())
        && is_one_of(&lw(0), &["the", "their", "its", "our", "his", "her"])
        && sw.len() <= 5
        && sw
            .last()
            .is_some_and(|w| is_one_of(&s[w.clone()], &["of", "in"]))
        && tw
            .get(2)
            .is_some_and(|w| is_one_of(&s[w.clone()], &["of", "in"]));
    let timed = is_one_of(&lw(0), &["each", "every", "any", "the", "by"])
        && is_one_of(&lw(1), &["time", "moment", "day"])
        && seg.start == opening_start(s, pre.clone());
    if parallel || timed {
        return false;
    }
    true
}

/// The term and its gloss are not items of a list ("such as X, the Y,
/// and the Z"; `rest`, what follows the gloss, goes on with ", and").
fn gloss_not_in_a_list(p: &Rule, s: &str, term: &Term, seg: &Range<usize>, rest: &str) -> bool {
    // "such as X, the Y, and the Z": a list.
    let lower_seg = s[seg.start..term.with_det.start].to_lowercase();
    let coordinated = words_in(s, seg.start..term.with_det.start)
        .last()
        .is_some_and(|w| is_one_of(&s[w.clone()], &["and", "or"]));
    // (An "or" gloss after a coordination is mostly a list item.)
    let coordination =
        p.has(Check::OrGloss) && (lower_seg.contains(" and ") || lower_seg.contains(" or "));
    if coordinated
        || coordination
        || ["such as", "including", "include"]
            .iter()
            .any(|k| lower_seg.contains(k))
    {
        return false;
    }
    let rl = rest.to_lowercase();
    if [", and ", ", or ", ", the ", ", a ", ", an "]
        .iter()
        .any(|k| rl.starts_with(k))
    {
        return false;
    }
    true
}

/// A subject apposition ("Erosion, the wearing away of rock, shapes
/// ..."): no clause or list before it, no definite subject after an
/// introductory phrase, and a predicate after its closing comma.
fn subject_gloss_ok(
    s: &str,
    pre: &Range<usize>,
    term: &Term,
    seg: &Range<usize>,
    seg_start: usize,
    rest: &str,
    bare: &[Range<usize>],
) -> bool {
    // "Together, the flagella ...": a subject apposition is closed by a
    // comma ("Erosion, the wearing away of rock, shapes ...").
    // ("Erosion, the wearing away of rock, shapes ..."): a predicate
    // follows the comma, not a new clause or phrase.
    let subject = seg.start >= term.with_det.start;
    // "A, B, the C, and D", "strengthen trade, the rule of law": a clause
    // or list before a subject apposition.
    if subject && strip_leads(s, trim(s, 0..pre.end)).start < seg_start {
        return false;
    }
    // "After the war, the city, a port ...": a definite subject after an
    // introductory phrase points at a thing already in view.
    if subject
        && term.with_det != term.bare
        && strip_leads(s, trim(s, 0..pre.end)).start > 0
        && !LEAD
            .find(s)
            .is_some_and(|m| m.start() == 0 && s[..m.end()].trim_end().ends_with(['.', ')']))
    {
        return false;
    }
    if subject {
        let next = words_in(s, s.len() - rest.len()..s.len());
        let next = &next[next.first().is_some_and(|w| &s[w.clone()] == ",") as usize..];
        let predicate = rest.starts_with(',')
            && next.first().is_some_and(|w| {
                let w = &s[w.clone()];
                w.starts_with(char::is_lowercase)
                    && !is_one_of(w, PERSONAL)
                    && !is_one_of(w, DETERMINERS)
                    && !is_one_of(w, SUBORDINATE)
                    && !is_one_of(w, &["and", "or", "but", "which", "who", "whose", "such"])
            });
        if !predicate || bare.iter().any(|w| verbal(&s[w.clone()])) {
            return false;
        }
    }
    true
}

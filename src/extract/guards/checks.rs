//! The named checks ([`Check`]) that rule rows list, beyond the guard
//! table: each is one function whose doc says what it rejects.

use crate::extract::build::*;
use crate::extract::fast::groups::{Groups, group};
use crate::extract::guards::{self as guard, Candidate};
use crate::extract::lexicon::*;
use crate::extract::rule::{Check, Rule};
use crate::extract::trace::{Trace, needs, rejects};
use std::ops::Range;

/// The checks of the patterns that read a term in unusual places: after
/// the copula ("The oldest form of money is barter, the ..."), after
/// "called" between commas, before a sentence-opening apposition, and
/// before a colon.
pub(crate) fn new_pattern_ok(
    p: &Rule,
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
) -> bool {
    let bare_words = words_in(s, term.bare.clone());
    if p.has(Check::ReverseCopular) {
        reverse_copular_ok(s, c, term, text, &bare_words)
    } else if p.has(Check::FocusesOn) {
        focuses_on_ok(s, c, term, text, &bare_words)
    } else if p.has(Check::CalledGloss) {
        called_gloss_ok(s, term, &bare_words)
    } else if p.has(Check::CalledAppositive) {
        called_appositive_ok(s, term, &bare_words)
    } else {
        true
    }
}

/// [`Check::ReverseCopular`] ("Y is X, which ..."): the subject names a
/// class (two words or more, no example, instance or name, no subordinate
/// or pointing opening), and the term is no lone adjective, name or
/// participle.
fn reverse_copular_ok(
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    bare_words: &[Range<usize>],
) -> bool {
    // The subject names a class; a clause, a pronoun or a single
    // word does not ("When it is hot, ...", "Our hope is ...").
    let Some(pre) = group(c, "pre") else {
        return false;
    };
    let pre = strip_leads(s, trim(s, pre));
    let pw = words_in(s, pre.clone());
    let opens = |list: &[&str]| pw.first().is_some_and(|w| is_one_of(&s[w.clone()], list));
    // "An example of X is Y, which": an instance, not a definition.
    let example = pw.iter().any(|w| {
        lower_word(&s[w.clone()]).starts_with("example")
            || is_one_of(&s[w.clone()], &["instance", "instances"])
    });
    // "... is constant, which": a lone adjective; "... is Social
    // Security, which": a name.
    let lone_adjective = term.with_det == term.bare
        && bare_words.len() == 1
        && ADJECTIVE_ENDINGS
            .iter()
            .any(|e| lower_word(&s[term.bare.clone()]).ends_with(e));
    // "The problem is X", "An example is X": the subject names no
    // class ("One kind of X is Y", "The first stage is Y" do);
    // "a boat called X": a name.
    let subj = Candidate {
        sentence: s,
        term: &s[pre.clone()],
        link: "",
        text: &s[text.clone()],
    };
    let named = bare_words
        .iter()
        .any(|w| is_one_of(&s[w.clone()], NAMING_PARTICIPLES));
    pw.len() >= 2
        && !named
        && guard::reject_only(&subj, &["guard/generic-term", "guard/example-term"]).is_none()
        && !example
        && !lone_adjective
        && !all_capitalized(s, bare_words)
        && !opens(SUBORDINATE)
        && !opens(POINTING)
        && !bare_words
            .first()
            .is_some_and(|w| verbal(&s[w.clone()]) || is_one_of(&s[w.clone()], &["part", "found"]))
}

/// [`Check::FocusesOn`] ("X focuses on Y"): the subject is no
/// imperative, pointing word, infinitive or quantifier, and "measures" is
/// a verb.
fn focuses_on_ok(
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    bare_words: &[Range<usize>],
) -> bool {
    // "Let's look at ...": an imperative, not a subject; "This
    // theory, which focuses on": a thing already described; "Most
    // fields tend to focus on": the verb is not the subject's.
    let imperative = group(c, "subj").is_some_and(|r| {
        words_in(s, strip_leads(s, trim(s, r)))
            .first()
            .is_some_and(|w| lower_word(&s[w.clone()]).starts_with("let"))
    });
    let pointed = words_in(s, 0..term.with_det.start)
        .last()
        .is_some_and(|w| is_one_of(&s[w.clone()], POINTING));
    let infinitive = bare_words.iter().any(|w| is_one_of(&s[w.clone()], &["to"]));
    // "Any attempt to ...": a quantifier is no term.
    let quantifier = bare_words.len() == 1
        && is_one_of(&s[term.bare.clone()], &["any", "whatever", "whichever"]);
    // "Prompt measures were taken": "measures" is a noun unless an
    // object follows it ("A barometer measures the pressure").
    let noun_measures = group(c, "link")
        .is_some_and(|l| s[l].to_ascii_lowercase().ends_with("measures"))
        && !words_in(s, text.clone()).first().is_some_and(|w| {
            is_one_of(
                &s[w.clone()],
                &[
                    "the", "a", "an", "how", "what", "whether", "its", "their", "any", "all",
                    "each", "both",
                ],
            )
        });
    !imperative && !pointed && !infinitive && !quantifier && !noun_measures
}

/// [`Check::CalledGloss`] ("..., called X, which ..."): the term is no
/// name in capitals, the subject no pronoun, and no "so-called" label.
fn called_gloss_ok(s: &str, term: &Term, bare_words: &[Range<usize>]) -> bool {
    // "a law known as the Water Act, which ...", "a protein called
    // Lockin, which ...": a name in capitals is given to one thing,
    // not a defined term ("Hooke's law" is one); "It is known as X, which": a pronoun names nothing.
    let one_name = bare_words.len() == 1 && {
        let mut cs = s[term.bare.clone()].chars();
        cs.next().is_some_and(char::is_uppercase) && !cs.next().is_some_and(char::is_uppercase)
    };
    let name = all_capitalized(s, bare_words) || one_name;
    let before = words_in(s, 0..term.with_det.start);
    let pronoun = before.len() >= 3
        && is_one_of(&s[before[before.len() - 3].clone()], PERSONAL)
        && is_one_of(&s[before[before.len() - 2].clone()], &["is", "was"]);
    // "the so-called X, the ...": a label quoted, not a term named.
    let so_called = s[..term.with_det.start]
        .trim_end()
        .to_ascii_lowercase()
        .ends_with("so-called");
    !name && !pronoun && !so_called
}

/// [`Check::CalledAppositive`] ("X, called Y, ..."): the noun phrase
/// before does not point back and the term is no name in capitals.
fn called_appositive_ok(s: &str, term: &Term, bare_words: &[Range<usize>]) -> bool {
    // "Our dog, called Rex, ...", "a party, known as the Young
    // Guard, ...": a name in capitals is given to one thing, not a
    // defined term ("Hooke's law" is one). "These cells, called X,
    // ...": the noun phrase before points at something already
    // described.
    let before = s[..term.with_det.start]
        .rsplit([',', ';', ':', '(', '\u{2014}'])
        .nth(1)
        .unwrap_or("");
    let pointing = before
        .split_whitespace()
        .find(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .is_some_and(|w| is_one_of(w, POINTING) || is_one_of(w, &["such"]));
    let name = bare_words
        .iter()
        .all(|w| !s[w.clone()].starts_with(char::is_lowercase));
    !pointing && !name
}

/// Whether `s[r]` opens with a subordinator ("When X, ...").
pub(crate) fn raw_subordinate(s: &str, r: Range<usize>) -> bool {
    SUBORDINATOR.is_match(&s[strip_leads(s, trim(s, r))])
}

/// Whether def/bare-noun can match `s` at all: its subject opens the
/// sentence, so a sentence that opens with one of [`SUBJECT_DETERMINERS`]
/// never gives it a definition (checked before its regex runs).
pub(crate) fn bare_noun_possible(s: &str) -> bool {
    !s.split_whitespace()
        .next()
        .is_some_and(|w| is_one_of(w, SUBJECT_DETERMINERS))
}

/// [`Check::BareNoun`]: in "X are N of ..." the word before the
/// preposition heads a noun phrase and the subject has no determiner.
pub(crate) fn bare_noun_ok<T: Trace + ?Sized>(
    s: &str,
    c: &Groups,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    let ws = words_in(s, group(c, "text")?);
    let at = needs(
        t,
        id,
        "bare-noun/link-word",
        ws.iter()
            .skip(1)
            .position(|w| is_one_of(&s[w.clone()], BARE_NOUN_LINKS)),
    )?;
    let head = lower_word(&s[ws[at].clone()]);
    let is_verbal = |w: &str| ["ed", "ly", "ing", "en"].iter().any(|e| w.ends_with(e));
    let verbal_before = ws[..at]
        .iter()
        .any(|w| is_verbal(&lower_word(&s[w.clone()])));
    if rejects(
        t,
        id,
        "bare-noun/noun-head",
        is_verbal(&head)
            || (((at == 0 && !nominal_head(&head)) || verbal_before) && !head.ends_with('s')),
    ) {
        return None;
    }
    // A text without an article goes with a subject without one
    // ("Tendons are bands of ..."); "The budget is almost certain to
    // ..." and "Our future is ours to ..." say something about a
    // particular thing.
    let subj = words_in(s, group(c, "subj")?);
    if rejects(
        t,
        id,
        "bare-noun/subject-without-determiner",
        subj.first()
            .is_some_and(|w| is_one_of(&s[w.clone()], SUBJECT_DETERMINERS)),
    ) {
        return None;
    }
    Some(())
}

/// [`Check::InlineCalled`]: "a book called The Long Road" names one
/// thing; the term must end clean and "called" must not be the main verb.
pub(crate) fn inline_called_ok<T: Trace + ?Sized>(
    s: &str,
    term: &Term,
    text: &Range<usize>,
    link: &str,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    let bare = &s[term.bare.clone()];
    let mut cs = bare.chars();
    if rejects(
        t,
        id,
        "inline-called/not-a-title",
        cs.next().is_some_and(char::is_uppercase) && !cs.next().is_some_and(char::is_uppercase),
    ) {
        return None;
    }
    // "a field called botany grew": without a tagger the term must end
    // at punctuation, the sentence end or a clause word, not at a verb.
    let after = s[term.bare.end..].trim_start();
    let next = words_in(s, s.len() - after.len()..s.len());
    let ends_clean = after.is_empty()
        || after.starts_with(|c: char| !c.is_alphanumeric())
        || next
            .first()
            .is_some_and(|w| is_one_of(&s[w.clone()], TERM_END));
    // "A is a protein called B": the copula makes A the term (guard
    // renamed-text); "what is called B": no noun phrase before.
    let text_words = words_in(s, text.clone());
    // "The old man called the dog": a bare noun phrase opening the
    // sentence before "called" is the subject of the verb "called".
    let main_verb =
        link.eq_ignore_ascii_case("called") && text_words.len() <= 4 && !after.starts_with(',');
    if rejects(
        t,
        id,
        "inline-called/term-ends-clean",
        !ends_clean
            || main_verb
            || text_words
                .last()
                .is_some_and(|w| is_one_of(&s[w.clone()], NOT_IN_TERM)),
    ) {
        return None;
    }
    Some(())
}

/// [`Check::SubjectIsText`]: the subject of "X is called Y" is the
/// text: three words or more, no pointing or personal opening, and the
/// name guards hold on it.
pub(crate) fn subject_is_text_ok<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    text: &Range<usize>,
    cand: Candidate<'_>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    // "Cortisol is known as a stress hormone": a one- or two-word
    // subject is the term itself, not its description.
    if rejects(
        t,
        id,
        "called/subject-of-three-words",
        words_in(s, text.clone()).len() < 3,
    ) {
        return None;
    }
    // The subject of "X is called Y" is the text: it must not open
    // with a pronoun ("These layers are called ..."). A ranked or
    // pointing word further in describes the thing named ("The second
    // layer is called ...", "A measure of this limit is called ...").
    let subj = Candidate {
        term: &s[text.clone()],
        ..cand
    };
    let mut skip = guard::PREDICATE_GUARDS.to_vec();
    skip.push("guard/ranked-term");
    // The text of def/inline-called is a whole clause: a pronoun
    // anywhere in it points at earlier sentences.
    skip.push("guard/anaphoric-term");
    // "When X happens, it is called Y": the subject is the pronoun,
    // which def/when-called and def/clause-called read.
    let tw = words_in(s, text.clone());
    let pointing = |w: Option<&Range<usize>>| {
        w.is_some_and(|w| is_one_of(&s[w.clone()], POINTING) || is_one_of(&s[w.clone()], &["such"]))
    };
    // ("... flows through it is called": a pronoun after a preposition
    // is inside a clause of the subject.)
    // "..., which is called Y": def/which-called reads the relative.
    let last_subject = (pointing(tw.last())
        && !(tw.len() >= 2 && is_one_of(&s[tw[tw.len() - 2].clone()], PREPOSITIONS)))
        || tw
            .last()
            .is_some_and(|w| is_one_of(&s[w.clone()], RELATIVE_WORDS));
    // "Today this area is called ...": a pointing word right after an
    // opening word; "I" or "my" anywhere: talk, not a definition.
    let second = tw.len() > 1
        && !is_one_of(&s[tw[0].clone()], DETERMINERS)
        && tw
            .get(1)
            .is_some_and(|w| is_one_of(&s[w.clone()], &["this", "these", "those", "such"]));
    // The text of def/inline-called is a whole clause: a first or
    // second person in it, or a line break, is talk or mail.
    let personal = if p.has(Check::InlineCalled) {
        s[text.clone()].contains('\n')
            || tw
                .iter()
                .any(|w| is_one_of(&s[w.clone()], FIRST_AND_SECOND_PERSON))
    } else {
        p.has(Check::NoFirstPersonText)
            && tw
                .iter()
                .any(|w| is_one_of(&s[w.clone()], FIRST_PERSON_SINGULAR))
    };
    let rejected = guard::reject_except(&subj, &skip);
    guard::report(t, id, &skip, rejected);
    if rejected.is_some()
        || rejects(
            t,
            id,
            "called/subject-not-pointing-or-personal",
            pointing(tw.first()) || second || last_subject || personal,
        )
    {
        return None;
    }
    Some(())
}

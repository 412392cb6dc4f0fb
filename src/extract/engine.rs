//! The definition and alias engine: one sentence in, definitions and
//! aliases out. It runs the rows of [`super::rules`]; everything a rule
//! does is in its row.
//!
//! In: the text of one sentence. Out: [`DefinitionMatch`]es (term, defining
//! text, who gives the definition) and [`AliasMatch`]es (two names of one
//! concept), with byte ranges into that sentence. Every range lies on char
//! boundaries, inside the sentence, and is never empty.
//!
//! How: one aho-corasick pass finds the trigger words of a sentence
//! ([`super::fast::prefilter`]); a pattern of [`DEFINITION_PATTERNS`]
//! runs only when every trigger group it needs is present (most sentences
//! skip most regexes), first `is_match` (lazy DFA), then its groups (for
//! "subject, then verb" patterns from an anchored tail regex tried at each
//! space, see [`super::fast::groups`], else from captures). In
//! table order, the first match that survives cleaning ([`super::build`]),
//! the named checks of its row ([`super::guards::checks`]) and the
//! [`super::guards`] table wins (one definition per sentence). (A
//! `RegexSet` was tried: its overlapping search fell back to the PikeVM and
//! ran at under 2 MB/s.)

use super::build::*;
use super::coverage;
use super::fast::groups::{Groups, LEAD_RES, TAIL_RES, group, lead_groups, split_groups};
pub use super::fast::prefilter::{MAX_TRIGGERS, TriggerSet as Triggers, trigger_words, triggers};
use super::fast::prefilter::{PREFILTER, TriggerSet, hits_all};
use super::guards::checks::*;
use super::guards::gloss::gloss_ok;
use super::guards::{self as guard, Candidate};
use super::lexicon::*;
use super::pattern::Compiled;
use super::rule::{Check, Rule};
use super::trace::{Event, NoTrace, Trace, needs, rejects};
use std::ops::Range;
use std::sync::LazyLock;

pub use super::rules::{ALIAS_PATTERNS, DEFINITION_PATTERNS};

/// A definition found in one sentence; ranges index that sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// The defined term.
    pub term: Range<usize>,
    /// The defining phrase (never empty).
    pub text: Range<usize>,
    /// Who gives the definition ("according to A", "A defines X as").
    pub attributed_to: Vec<Range<usize>>,
}

/// Two names for one concept found in one sentence; ranges index it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// The main form.
    pub term: Range<usize>,
    /// The other form.
    pub alias: Range<usize>,
}

/// The longest term (in words, without its determiner) a pattern accepts.
pub const MAX_TERM_WORDS: usize = 6;

/// The longest sentence (bytes) the patterns look at; longer ones are
/// run-on text, not definitions, and would only cost time.
pub(crate) const MAX_SENTENCE: usize = 1500;

/// Compile every regex and build every automaton of this module now, in
/// parallel (see [`super::warm_up`]).
pub(crate) fn warm_up() {
    super::pattern::in_parallel(&[
        &|| DEF_RES.warm(),
        &|| ALIAS_RES.warm(),
        &|| {
            LazyLock::force(&PREFILTER);
        },
        &|| {
            LazyLock::force(&LEAD);
        },
        &|| {
            LazyLock::force(&POSSESSIVE);
        },
        &|| {
            LazyLock::force(&TERM_FRAME);
        },
        &|| {
            LazyLock::force(&SUBORDINATOR);
        },
        &|| {
            LazyLock::force(&INSERTION);
        },
        &|| {
            LazyLock::force(&CONTRAST);
        },
        &|| {
            LazyLock::force(&SUBORDINATE_LEAD);
        },
        &|| {
            LazyLock::force(&TRAILING_YEAR);
        },
        &|| {
            LazyLock::force(&TRAILING_REFERENCE);
        },
        &|| {
            LazyLock::force(&TAIL_RES);
        },
        &|| {
            LazyLock::force(&LEAD_RES);
        },
        &|| {
            LazyLock::force(&WHICH_IS);
        },
    ]);
}

pub(crate) static DEF_RES: LazyLock<Compiled> =
    LazyLock::new(|| Compiled::table(DEFINITION_PATTERNS.iter().map(|r| &r.pattern)));

pub(crate) static ALIAS_RES: LazyLock<Compiled> =
    LazyLock::new(|| Compiled::table(ALIAS_PATTERNS.iter().map(|r| &r.pattern)));

/// Try one pattern's captures; `None` when cleaning or a guard rejects.
/// Each step that can reject reports to `t` as a named check.
pub(crate) fn try_pattern<T: Trace + ?Sized>(
    p: &'static Rule,
    s: &str,
    c: &Groups,
    t: &mut T,
) -> Option<DefinitionMatch> {
    let id = p.name;
    // (Checked first: it is cheap and rejects most candidates.)
    // "Bats are active at night", "Iron is used in steel": in a bare
    // predicate the word before the preposition heads a noun phrase; a
    // participle, an adverb or a lone singular word (mostly an adjective)
    // there makes a statement about the subject.
    if p.has(Check::BareNoun) {
        bare_noun_ok(s, c, id, t)?;
    }
    // Term after the verb: the subject is the text ("X is called Y").
    // "X is said to be Y" names Y like "X is called Y" does.
    let said = p.has(Check::SaidToBe);
    let term = match_term(s, c, id, t)?;
    let term = object_of_verb_term(p, s, term, id, t)?;
    let term = without_plural_subject_verb(p, s, term);
    let text = match_text(p, s, c, id, t)?;
    text_checks(p, s, c, &term, &text, id, t)?;
    // (Before the guards: these structural checks are cheaper and reject
    // most glosses.)
    // "Anna Berg, the founder of the club": a name in capitals is a person
    // or a place described; "the news: the mayor had resigned": an
    // auxiliary outside a relative clause makes the gloss a clause.
    if p.has(Check::Gloss) {
        gloss_checks(p, s, c, &term, &text, id, t)?;
    }
    let link = group(c, "link").map(|r| &s[r]).unwrap_or("");
    let cand = Candidate {
        sentence: s,
        term: &s[term.with_det.clone()],
        link,
        text: &s[text.clone()],
    };
    // The text of "X is called Y" is a noun phrase or a clause naming the
    // term, not a predicate about it; "... is called the third estate":
    // after "called" a ranked word is part of the name. (The rule's row
    // lists the guards it is exempt from.)
    let skip = p.exempt();
    let rejected = guard::reject_except(&cand, &skip);
    guard::report(t, id, &skip, rejected);
    if rejected.is_some() {
        return None;
    }
    // "a book called The Long Road": a title or a proper name is a
    // name given to one thing, not a defined term.
    if p.has(Check::InlineCalled) {
        inline_called_ok(s, &term, &text, link, id, t)?;
    }
    appositive_checks(p, s, c, &term, &text, id, t)?;
    if said {
        said_to_be_ok(s, c, &term, &text, id, t)?;
    }
    if p.has(Check::SubjectIsText) {
        subject_is_text_ok(p, s, &text, cand, id, t)?;
    }
    let spans =
        super::precision::Spans::new(s, &term.with_det, &term.bare, &text, group(c, "subj"));
    super::precision::check(p, spans, t)?;
    let attributed_to = group(c, "agent")
        .and_then(|r| clean_agent(s, r))
        .into_iter()
        .collect();
    if t.enabled() {
        t.event(Event::Accepted { rule: id });
    }
    Some(DefinitionMatch {
        pattern: p.name,
        term: term.bare,
        text,
        attributed_to,
    })
}

/// The term of a match: cleaned out of the `subj`, `term` or `pre` group.
fn match_term<T: Trace + ?Sized>(s: &str, c: &Groups, id: &'static str, t: &mut T) -> Option<Term> {
    let term = if let Some(r) = group(c, "subj") {
        let alias_list =
            || coverage::alias_list_subject(s, r.clone()).and_then(|h| finish_term(s, h));
        needs(
            t,
            id,
            "term/subject-cleans",
            clean_subject(s, r.clone()).or_else(alias_list),
        )?
    } else if let Some(r) = group(c, "term") {
        needs(t, id, "term/forward-cleans", clean_forward(s, r))?
    } else if let Some(r) = group(c, "pre") {
        needs(t, id, "term/noun-phrase-before", np_before(s, r))?
    } else {
        return None;
    };
    Some(term)
}

/// [`Check::ObjectOfVerbTerm`]: a term right after a verb ("contains X,
/// a ...") is the noun phrase after the verb; rejected after a pronoun or
/// an auxiliary, or mid-sentence ([`Check::AppositiveMid`]).
fn object_of_verb_term<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    term: Term,
    id: &'static str,
    t: &mut T,
) -> Option<Term> {
    // "what they reduce (the place ...)": a verb after a pronoun or an
    // auxiliary is not a term; "would control federal patronage (the
    // ...)": the noun phrase after that verb is.
    let term = if p.has(Check::ObjectOfVerbTerm) && term.with_det == term.bare {
        let before = s[..term.with_det.start].trim_end();
        let prev = words_in(s, 0..before.len());
        // (A copula or a verb like "contains" takes the noun phrase as its
        // object: "was found to be X, a ...", "contains X, a ...".)
        let after_verb = prev.last().is_some_and(|w| {
            let w = &s[w.clone()];
            (is_one_of(w, PERSONAL) || is_one_of(w, NOT_IN_TERM) || is_one_of(w, &["to"]))
                && !is_one_of(w, PREPOSITIONS)
                && !is_one_of(
                    w,
                    &[
                        "is", "are", "was", "were", "be", "been", "being", "include", "includes",
                        "included", "contains", "contain",
                    ],
                )
        });
        let words = words_in(s, term.bare.clone());
        // "He finally went home, a ...": an adverb before the verb.
        let adverb = words
            .first()
            .is_some_and(|w| lower_word(&s[w.clone()]).ends_with("ly"));
        match (after_verb && !adverb, words.get(1)) {
            // (A mid-sentence "X, a N of ..." after a verb is mostly a
            // description: only the other glosses take the object.)
            _ if after_verb && (adverb || p.has(Check::AppositiveMid)) => {
                rejects(t, id, "gloss/not-after-verb", true);
                return None;
            }
            (false, _) => term,
            (true, second) => needs(
                t,
                id,
                "gloss/object-of-verb",
                second.and_then(|w| finish_term(s, w.start..term.bare.end)),
            )?,
        }
    } else {
        term
    };
    Some(term)
}

/// [`Check::Gloss`]: "Most farms use X, the ...": a word after a plural
/// subject and before the noun is its verb, not part of the term.
fn without_plural_subject_verb(p: &Rule, s: &str, term: Term) -> Term {
    // "Most farms use X, the ...": "farms use" is not the term; a word
    // after a plural subject and before the noun is its verb.
    if p.has(Check::Gloss) && term.with_det == term.bare {
        let words = words_in(s, term.bare.clone());
        let before = words_in(s, 0..term.bare.start);
        let plural_subject = before.last().is_some_and(|w| {
            let lw = lower_word(&s[w.clone()]);
            plural_noun(&lw)
                && !is_one_of(&lw, NOT_IN_TERM)
                && s[w.clone()].chars().all(char::is_alphabetic)
        });
        // ("causes inhibitory potentials": an adjective opens the term.)
        let adjective = words.first().is_some_and(|w| {
            let lw = lower_word(&s[w.clone()]);
            ADJECTIVE_ENDINGS.iter().any(|e| lw.ends_with(e))
        });
        match words.get(1) {
            Some(second) if plural_subject && !adjective => {
                finish_term(s, second.start..term.bare.end).unwrap_or(term)
            }
            _ => term,
        }
    } else {
        term
    }
}

/// The defining text of a match: the `text` group, ended at a relative
/// clause, not concessive ([`Check::CopulaSubject`]), stripped of its
/// subordinator ([`Check::TermAfterVerb`]) or relative copula
/// ([`Check::StripWhichIs`]), cleaned.
fn match_text<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    c: &Groups,
    id: &'static str,
    t: &mut T,
) -> Option<Range<usize>> {
    let said = p.has(Check::SaidToBe);
    let called = p.has(Check::TermAfterVerb);
    let mut raw_text = group(c, "text")?;
    // "The council, which is a body of officials, voted ...": the verb sits
    // in a relative clause, so the text ends with that clause.
    if let Some(r) = group(c, "subj").filter(|_| p.has(Check::CopulaSubject)) {
        let subj = s[r].trim_end().to_lowercase();
        if (subj.ends_with(", which") || subj.ends_with(", who"))
            && let Some(i) = s[raw_text.clone()].find(',')
        {
            raw_text = raw_text.start..raw_text.start + i;
        }
    }
    // "While X is a broad field, many ...": a copula in a concessive
    // clause grants a point about X on the way to the main clause.
    if p.has(Check::CopulaSubject)
        && let Some(r) = group(c, "subj")
        && rejects(
            t,
            id,
            "copula/not-concessive",
            words_in(s, r.clone())
                .first()
                .is_some_and(|w| is_one_of(&s[w.clone()], CONCESSIVE))
                && !s[r].contains(',')
                && s[raw_text.clone()].contains(", "),
        )
    {
        return None;
    }
    let text_region = if called {
        let r = strip_leads(s, trim(s, raw_text));
        // "Because X, it is called Y": the clause without its subordinator
        // (a "called" subject that opens with one is not a noun phrase).
        if p.has(Check::KeepsSubordinator) {
            r
        } else if said {
            // "When X, the air is said to be Y": the clause, without the
            // subject after its comma.
            let c = strip_start(s, r.clone(), &SUBORDINATOR);
            match s[c.clone()].rfind(", ") {
                Some(i) if c != r => c.start..c.start + i,
                _ => r,
            }
        } else {
            strip_start(s, r, &SUBORDINATOR)
        }
    } else {
        raw_text
    };
    // "X is Y, which is Z": the copula of the relative clause is no part
    // of the text.
    let text_region = if p.has(Check::StripWhichIs) {
        strip_start(s, text_region, &WHICH_IS)
    } else {
        text_region
    };
    let text = needs(t, id, "text/cleans", clean_text(s, text_region))?;
    Some(text)
}

/// The checks on the text a row lists: the new patterns' checks, no
/// "that" clause, no pointing opening, no " as ", no personal opening
/// after "called".
fn text_checks<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    let called = p.has(Check::TermAfterVerb);
    if rejects(
        t,
        id,
        "new-pattern-ok",
        !new_pattern_ok(p, s, c, term, text),
    ) {
        return None;
    }
    if p.has(Check::EntrySubject) {
        coverage::entry_subject_ok(
            s,
            group(c, "subj")?,
            (term.with_det.clone(), term.bare.clone()),
            text,
            id,
            t,
        )?;
    }
    // "The rule is that all guests sign in": a copula before a clause
    // states a fact, it does not name a class.
    if p.has(Check::TextNotThatClause)
        && rejects(
            t,
            id,
            "copula/text-not-a-that-clause",
            words_in(s, text.clone())
                .first()
                .is_some_and(|w| is_one_of(&s[w.clone()], &["that"])),
        )
    {
        return None;
    }
    // "... use the word X to describe it": the text must say something
    // itself, not point at what came before.
    if p.has(Check::TextNotPointing)
        && rejects(
            t,
            id,
            "term-to-describe/text-not-pointing",
            words_in(s, text.clone())
                .first()
                .is_some_and(|w| is_one_of(&s[w.clone()], POINTING)),
        )
    {
        return None;
    }
    // "A describes X as Y" belongs to def/agent-defines, never to "X
    // describes Y".
    if p.has(Check::NoAs) && rejects(t, id, "describes/no-as", s[text.clone()].contains(" as ")) {
        return None;
    }
    // "When he arrived, it is called ...": a clause about a pronoun
    // describes an event, not a concept.
    if called
        && rejects(
            t,
            id,
            "called/text-not-personal",
            words_in(s, text.clone())
                .first()
                .is_some_and(|w| is_one_of(&s[w.clone()], PERSONAL)),
        )
    {
        return None;
    }
    Some(())
}

/// [`Check::Gloss`]: no name in capitals, the gloss checks
/// ([`gloss_ok`]), a term that ends like a noun.
fn gloss_checks<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    let bare = words_in(s, term.bare.clone());
    if rejects(
        t,
        id,
        "gloss/not-a-name",
        bare.iter()
            .all(|w| s[w.clone()].starts_with(char::is_uppercase))
            && (bare.len() > 1 || term.with_det.start > 0),
    ) {
        return None;
    }
    let pre = group(c, "pre")?;
    if rejects(t, id, "gloss-ok", !gloss_ok(p, s, pre, term, text)) {
        return None;
    }
    // "The work was repaired, the rates ...", "We must stay alert, the
    // ...": a participle, an adverb or a particle ends a clause, not a
    // noun phrase.
    if rejects(
        t,
        id,
        "gloss/noun-end",
        bare.last()
            .is_some_and(|w| not_a_noun_end(&lower_word(&s[w.clone()]))),
    ) {
        return None;
    }
    Some(())
}

/// [`Check::AppositiveNotOpening`] and [`Check::AppositiveMid`]: more
/// than an opening phrase before the apposition; mid-sentence, no name,
/// no definite noun phrase, no auxiliary outside a relative clause.
fn appositive_checks<T: Trace + ?Sized>(
    p: &Rule,
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    // "In the spring of 1900, a group ...": the part before an apposition
    // must hold more than an introductory phrase.
    if let Some(pre) = group(c, "pre").filter(|_| p.has(Check::AppositiveNotOpening))
        && rejects(
            t,
            id,
            "appositive/more-than-an-opening",
            LEAD.find(s)
                .is_some_and(|m| m.start() == 0 && m.end() > pre.end),
        )
    {
        return None;
    }
    // "After the war ended, the price of grain was ...": an apposition is a
    // noun phrase, so an auxiliary outside a relative clause means the text
    // is a main clause.
    if p.has(Check::AppositiveMid) {
        // "Ann Lee, a painter who ...": a name in capitals is a person or a
        // place described, not a term defined.
        let bare = words_in(s, term.bare.clone());
        if rejects(
            t,
            id,
            "appositive-mid/not-a-name",
            bare.iter()
                .all(|w| s[w.clone()].starts_with(char::is_uppercase)),
        ) {
            return None;
        }
        // "The city, a major port, grew": a definite or possessive noun
        // phrase points at a thing the text already has in view.
        let det = words_in(s, term.with_det.start..term.bare.start);
        let definite = det.first().is_some_and(|w| {
            is_one_of(
                &s[w.clone()],
                &[
                    "the", "this", "that", "these", "those", "our", "my", "your", "his", "her",
                    "its", "their",
                ],
            )
        });
        if rejects(t, id, "appositive-mid/not-definite", definite) {
            return None;
        }
        let auxiliary = words_in(s, text.clone())
            .into_iter()
            .map(|w| &s[w])
            .take_while(|w| !is_one_of(w, RELATIVE_WORDS))
            .any(|w| is_one_of(w, AUXILIARIES));
        if rejects(t, id, "appositive-mid/no-auxiliary", auxiliary) {
            return None;
        }
    }
    Some(())
}

/// [`Check::SaidToBe`]: "is said to be prime": one to three words without
/// a determiner, and a subject that is a clause.
fn said_to_be_ok<T: Trace + ?Sized>(
    s: &str,
    c: &Groups,
    term: &Term,
    text: &Range<usize>,
    id: &'static str,
    t: &mut T,
) -> Option<()> {
    // "is said to be prime": one to three words without a determiner
    // (with one it is a hedge: "is said to be the best"); a subject
    // without a clause or a participle is a thing, not a class ("The
    // old mill is said to be haunted").
    let tw = words_in(s, text.clone());
    let clause_subject = raw_subordinate(s, group(c, "text")?)
        || tw.iter().skip(1).any(|w| {
            is_one_of(&s[w.clone()], RELATIVE_WORDS)
                || ["ing", "ed"]
                    .iter()
                    .any(|e| lower_word(&s[w.clone()]).ends_with(e))
        });
    if rejects(
        t,
        id,
        "said-to-be/short-bare-term-clause-subject",
        term.with_det != term.bare || words_in(s, term.bare.clone()).len() > 3 || !clause_subject,
    ) {
        return None;
    }
    Some(())
}

/// Find the definitions in one sentence (at most one).
pub fn find_definitions(sentence: &str) -> Vec<DefinitionMatch> {
    if sentence.len() > MAX_SENTENCE {
        return Vec::new();
    }
    find_definitions_with(sentence, triggers(sentence))
}

/// [`find_definitions`] given the sentence's [`triggers`] (`found`), so that
/// one trigger scan serves definitions and aliases.
pub fn find_definitions_with(sentence: &str, found: TriggerSet) -> Vec<DefinitionMatch> {
    find_definitions_traced(sentence, found, &mut NoTrace)
}

/// [`find_definitions_with`], reporting each step to `t`.
pub fn find_definitions_traced<T: Trace + ?Sized>(
    sentence: &str,
    found: TriggerSet,
    t: &mut T,
) -> Vec<DefinitionMatch> {
    let s = sentence;
    if s.len() > MAX_SENTENCE || found.is_empty() {
        return Vec::new();
    }
    // The rules read a sentence from its first word: leading white space
    // only shifts the ranges.
    let lead = s.len() - s.trim_start().len();
    if lead > 0 {
        let mut out = find_definitions_traced(&s[lead..], found, t);
        for d in &mut out {
            d.term = d.term.start + lead..d.term.end + lead;
            d.text = d.text.start + lead..d.text.end + lead;
            for a in &mut d.attributed_to {
                *a = a.start + lead..a.end + lead;
            }
        }
        return out;
    }
    let tails = &*TAIL_RES;
    let leads = &*LEAD_RES;
    for (i, need) in PREFILTER.defs.iter().enumerate() {
        if !hits_all(&found, need) {
            continue;
        }
        let p = &DEFINITION_PATTERNS[i];
        if t.enabled() {
            t.event(Event::Triggered { rule: p.name });
        }
        if p.has(Check::BareNoun)
            && rejects(t, p.name, "bare-noun/possible", !bare_noun_possible(s))
        {
            continue;
        }
        // `is_match` runs the lazy DFA; groups only when it can match.
        let re = DEF_RES.get(i);
        let matched = re.is_match(s);
        if t.enabled() {
            t.event(Event::Regex {
                rule: p.name,
                matched,
            });
        }
        if !matched {
            continue;
        }
        let groups = tails[i]
            .as_ref()
            .and_then(|t| split_groups(s, t))
            .or_else(|| leads[i].as_ref().and_then(|l| lead_groups(s, l)))
            .or_else(|| re.captures(s).map(|c| Groups::from_captures(&c)));
        if let Some(g) = &groups {
            g.report(t, p.name);
        }
        if let Some(m) = groups.and_then(|g| try_pattern(p, s, &g, t)) {
            return vec![m];
        }
    }
    Vec::new()
}

/// Schwartz-Hearst: the shortest end of `s[r]` whose letters spell `short`.
pub(crate) fn long_form(s: &str, r: Range<usize>, short: &str) -> Option<Range<usize>> {
    let short: Vec<char> = short.chars().collect();
    let long: Vec<(usize, char)> = s[r.clone()].char_indices().collect();
    if short.iter().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let mut si = short.len() as isize - 1;
    let mut li = long.len() as isize - 1;
    while si >= 0 {
        let c = short[si as usize].to_lowercase().next().unwrap_or(' ');
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0 {
            let (_, lc) = long[li as usize];
            let prev_alnum = li > 0 && long[li as usize - 1].1.is_alphanumeric();
            if lc.to_lowercase().next() == Some(c) && !(si == 0 && prev_alnum) {
                break;
            }
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    let at = (li + 1) as usize;
    let byte = long.get(at).map(|(b, _)| *b)?;
    // After the last white space, which may be wider than one byte (U+2028).
    let start = s[r.clone()][..byte]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let out = r.start + start..r.end;
    let n = words_in(s, out.clone()).len();
    (n <= short.len() + 5 && n <= 2 * short.len()).then_some(out)
}

pub(crate) fn try_alias(p: &'static Rule, s: &str, c: &Groups) -> Option<AliasMatch> {
    let alias_r = group(c, "alias")?;
    if p.has(Check::Abbreviation) {
        let pre = group(c, "pre")?;
        let short = trim(s, alias_r);
        let long = long_form(s, 0..pre.end, &s[short.clone()])?;
        let term = finish_term(s, long)?;
        let lw = s[short.clone()].to_string();
        if lw.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        super::alias_guard::reject(p, s, term.bare.clone(), short.clone())
            .map_or(Some(()), |_| None)?;
        return Some(AliasMatch {
            pattern: p.name,
            term: term.bare,
            alias: short,
        });
    }
    let term = if let Some(r) = group(c, "subj") {
        let t = clean_subject(s, r)?;
        // "X or Y is ...": only when the sentence defines X.
        if !find_definitions(s).iter().any(|d| d.term == t.bare) {
            return None;
        }
        t
    } else {
        np_before(s, 0..group(c, "pre")?.end)?
    };
    let alias = clean_forward(s, alias_r)?;
    if is_pronunciation(&s[alias.bare.clone()]) {
        return None;
    }
    if p.has(Check::AliasWithoutDigits) && s[alias.bare.clone()].chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let cand = Candidate {
        sentence: s,
        term: &s[term.with_det.clone()],
        link: "",
        text: "",
    };
    let cand2 = Candidate {
        term: &s[alias.with_det.clone()],
        ..cand
    };
    // Only the guards about names apply to an alias pair: its row lists
    // the others ([`guard::ALIAS_EXEMPT`]) as exempt.
    let skip = p.exempt();
    for c in [cand, cand2] {
        if guard::reject_except(&c, &skip).is_some() {
            return None;
        }
    }
    if s[term.bare.clone()].eq_ignore_ascii_case(&s[alias.bare.clone()]) {
        return None;
    }
    super::alias_guard::reject(p, s, term.bare.clone(), alias.bare.clone())
        .map_or(Some(()), |_| None)?;
    Some(AliasMatch {
        pattern: p.name,
        term: term.bare,
        alias: alias.bare,
    })
}

/// A pronunciation in the phonetic alphabet ("/ˈkæʃ/"), not a name.
pub(crate) fn is_pronunciation(alias: &str) -> bool {
    (alias.starts_with('/') && alias.ends_with('/'))
        || alias.contains(['\u{2c8}', '\u{2cc}', '\u{2d0}'])
}

/// Find explicit aliases (abbreviations, "also called", "X or Y is") in
/// one sentence.
pub fn find_aliases(sentence: &str) -> Vec<AliasMatch> {
    if sentence.len() > MAX_SENTENCE {
        return Vec::new();
    }
    find_aliases_with(sentence, triggers(sentence))
}

/// [`find_aliases`] given the sentence's [`triggers`] (`found`).
pub fn find_aliases_with(sentence: &str, found: TriggerSet) -> Vec<AliasMatch> {
    find_aliases_traced(sentence, found, &mut NoTrace)
}

/// [`find_aliases_with`], reporting each step to `t`.
pub fn find_aliases_traced<T: Trace + ?Sized>(
    sentence: &str,
    found: TriggerSet,
    t: &mut T,
) -> Vec<AliasMatch> {
    let s = sentence;
    if s.len() > MAX_SENTENCE {
        return Vec::new();
    }
    let mut out: Vec<AliasMatch> = Vec::new();
    for ((p, re), need) in ALIAS_PATTERNS
        .iter()
        .zip(ALIAS_RES.iter())
        .zip(PREFILTER.aliases.iter())
    {
        if !hits_all(&found, need) {
            continue;
        }
        if t.enabled() {
            t.event(Event::Triggered { rule: p.name });
        }
        let mut matched = false;
        for c in re.captures_iter(s) {
            if !matched && t.enabled() {
                t.event(Event::Regex {
                    rule: p.name,
                    matched: true,
                });
            }
            matched = true;
            let g = Groups::from_captures(&c);
            g.report(t, p.name);
            let a = try_alias(p, s, &g);
            if t.enabled() {
                t.event(match a {
                    Some(_) => Event::Accepted { rule: p.name },
                    None => Event::Check {
                        rule: p.name,
                        check: "alias-ok",
                        passed: false,
                    },
                });
            }
            if let Some(a) = a
                && !out.iter().any(|b| b.term == a.term && b.alias == a.alias)
            {
                out.push(a);
            }
        }
        if t.enabled() && !matched {
            t.event(Event::Regex {
                rule: p.name,
                matched,
            });
        }
    }
    out
}

/// Render a match as the tables' examples write it: `term := text`
/// (lowercased), with ` [by A; B]` when attributed.
pub fn render(sentence: &str, d: &DefinitionMatch) -> String {
    let mut s = format!(
        "{} := {}",
        sentence[d.term.clone()].to_lowercase(),
        sentence[d.text.clone()].to_lowercase()
    );
    if !d.attributed_to.is_empty() {
        let by: Vec<String> = d
            .attributed_to
            .iter()
            .map(|r| sentence[r.clone()].to_lowercase())
            .collect();
        s.push_str(&format!(" [by {}]", by.join("; ")));
    }
    s
}

/// Render an alias match as the alias table writes it: `term = alias`
/// (the term lowercased, the alias as written when it has capitals inside).
pub fn render_alias(sentence: &str, a: &AliasMatch) -> String {
    let alias = &sentence[a.alias.clone()];
    let alias = if alias.chars().skip(1).any(char::is_uppercase) {
        alias.to_string()
    } else {
        alias.to_lowercase()
    };
    format!("{} = {}", sentence[a.term.clone()].to_lowercase(), alias)
}

#[cfg(test)]
mod tests;

//! The term of a match: cleaned out of the region before the verb
//! ([`clean_subject`]), after it ([`clean_forward`]) or before an
//! apposition ([`np_before`]), and checked word by word ([`finish_term`]).

use super::span::{strip_start, trim, trim_by, words_in};
use crate::extract::engine::MAX_TERM_WORDS;
use crate::extract::lexicon::*;
use crate::extract::pattern::lowercase_aligned;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// List numbers, date stamps and introductory adverbials before a clause.
pub(crate) static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    let re = concat!(
        r"(?i)^(?:",
        r"\(?\d+[.)]\s+|\([a-z]\)\s+",
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4},?\s+",
        r"|(?:spring|summer|fall|autumn|winter)\s+\d{4},?\s+",
        r"|\d{4}\s+",
        r"|(?:(?:in|on|at|for|from|by|under|within|during|after|before|across|among|throughout|according to|as|until|unlike|like|despite|with|without|through|along|besides|beyond|upon|outside|inside|following|regarding|given|to be precise)(?-u:\b)[^,]{0,60}",
        r"|(?:more |most |very )?[a-z]+ly|however|thus|therefore|hence|moreover|furthermore|also|now|today|here|first|second|third|finally|then|still|yet|indeed|instead|rather|similarly|likewise|conversely|nevertheless|nonetheless|meanwhile|otherwise|so|but|and|strictly speaking|broadly speaking|generally speaking|simply put|put simply|that is|in short|in general|in contrast|by contrast),\s+",
        r"|(?:and|but|so|yet|or)\s+",
        r"|(?:recall|remember|knowing|keep in mind) that\s+",
        r")"
    );
    match Regex::new(re) {
        Ok(r) => r,
        Err(e) => panic!("LEAD does not compile: {e}"),
    }
});

/// "called its genotype": a possessive before a term written after its verb.
pub(crate) static POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(
        || match Regex::new(r"(?i)^(?:its|their|his|her|our|your|my)\s+") {
            Ok(r) => r,
            Err(e) => panic!("POSSESSIVE does not compile: {e}"),
        },
    );

/// "the term X", "so-called X": the frame around a term.
pub(crate) static TERM_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(
        r"(?i)^(?:(?:the|a|an)\s+)?(?:(?:term|word|phrase|concept|notion|expression|label|name|prefix|suffix|root|abbreviation|acronym)\s+|so-?called\s+)",
    ) {
        Ok(r) => r,
        Err(e) => panic!("TERM_FRAME does not compile: {e}"),
    }
});

/// A subordinator opening the clause that a "called" sentence names.
pub(crate) static SUBORDINATOR: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(r"(?i)^(?:because|since|when|whenever|if|once|as|although|while)\s+") {
        Ok(r) => r,
        Err(e) => panic!("SUBORDINATOR does not compile: {e}"),
    }
});

/// A subject with an insertion between commas: "X, which ..., is".
pub(crate) static INSERTION: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(
        r"(?i)^(?P<head>[^,]+), (?:(?P<named>(?:also |often |sometimes |commonly )?(?:called|known as|termed|referred to as)) (?P<name>[^,]+)|or (?:simply |just )?(?P<name2>[^,]+)|(?:which|who|whose|as|like|unlike|such as|including|in|at|on|of|with|by|according to|also|often|sometimes|usually|typically|for example|for instance|officially|formerly|\w+ed|(?:a|an) [^,]*?\w+ed by)(?-u:\b)[^,]*),?$",
    ) {
        Ok(r) => r,
        Err(e) => panic!("INSERTION does not compile: {e}"),
    }
});

pub(crate) static CONTRAST: LazyLock<Regex> =
    LazyLock::new(|| match Regex::new(r"(?i)(?-u:\b)(?:while|whereas)\s+") {
        Ok(r) => r,
        Err(e) => panic!("CONTRAST does not compile: {e}"),
    });

/// A subordinate clause or a comparison opening a subject region.
pub(crate) static SUBORDINATE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(r"(?i)^(?:although|though|even though|while|whereas|unlike|like|just as)\s") {
        Ok(r) => r,
        Err(e) => panic!("SUBORDINATE_LEAD does not compile: {e}"),
    }
});

pub(crate) fn strip_leads(s: &str, mut r: Range<usize>) -> Range<usize> {
    for _ in 0..4 {
        let next = strip_start(s, r.clone(), &LEAD);
        if next == r {
            break;
        }
        r = trim(s, next);
    }
    r
}

/// A term: its range with the determiner (for the guards) and without.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    pub(crate) with_det: Range<usize>,
    pub(crate) bare: Range<usize>,
}

/// Check the words of a candidate term and split off its determiner.
pub(crate) fn finish_term(s: &str, r: Range<usize>) -> Option<Term> {
    let r = trim_by(s, r, |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '.' | ','
            )
    });
    if r.is_empty() {
        return None;
    }
    let piece = &s[r.clone()];
    if piece.contains([
        ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\u{201c}', '\u{201d}', '?', '!',
        '\u{2014}', '\u{2013}',
    ]) || piece.contains(" - ")
    {
        return None;
    }
    let mut words = words_in(s, r.clone());
    // "the forest itself": the reflexive is not part of the term.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| is_one_of(&s[w.clone()], REFLEXIVES))
    {
        words.pop();
    }
    let (det, rest) = match words.split_first() {
        Some((w, rest)) if is_one_of(&s[w.clone()], DETERMINERS) => (true, rest),
        _ => (false, &words[..]),
    };
    if rest.is_empty() || rest.len() > MAX_TERM_WORDS {
        return None;
    }
    if is_one_of(
        &s[rest[0].clone()],
        &["of", "and", "or", "for", "to", "nor"],
    ) {
        return None;
    }
    // A determiner inside a term only right after "of" ("the law of the sea").
    let bad_det = rest.iter().enumerate().any(|(i, w)| {
        is_one_of(&s[w.clone()], DETERMINERS)
            && (i == 0 || !is_one_of(&s[rest[i - 1].clone()], &["of"]) || i + 1 == rest.len())
    });
    if bad_det || rest.iter().any(|w| is_one_of(&s[w.clone()], NOT_IN_TERM)) {
        return None;
    }
    if !rest
        .iter()
        .any(|w| s[w.clone()].chars().any(char::is_alphabetic))
    {
        return None;
    }
    let bare = rest[0].start..rest[rest.len() - 1].end;
    let with_det = if det { r.start..bare.end } else { bare.clone() };
    Some(Term { with_det, bare })
}

/// The term in the region before the verb.
pub(crate) fn clean_subject(s: &str, r: Range<usize>) -> Option<Term> {
    let mut r = trim_by(s, r, |c: char| c.is_whitespace() || c == ',');
    r = strip_leads(s, r);
    if let Some(m) = CONTRAST.find_iter(&s[r.clone()]).last() {
        r = trim(s, r.start + m.end()..r.end);
    }
    // "Although X is ..., Y is a ...", "Like X, Y is a ...": the clause or
    // phrase before the comma sets Y against something else.
    if SUBORDINATE_LEAD.is_match(&s[r.clone()])
        && let Some(i) = s[r.clone()].rfind(", ")
    {
        r = trim(s, r.start + i + 2..r.end);
    }
    // "The okapi (Okapia johnstoni)": the parenthesis is an alias.
    if s[r.clone()].ends_with(')') && !s[r.clone()].contains('(') {
        return None;
    }
    r = without_parens(s, r);
    // "The iris, which is coloured, is ...": drop the insertion.
    if let Some(m) = INSERTION.captures(&s[r.clone()]) {
        // "The second stage, called X, is ...": the name is the term;
        // "A group we avoid, or an out-group, is": the head when it is a
        // term, else the name.
        let head = m
            .name("head")
            .map(|h| r.start + h.start()..r.start + h.end());
        let name = m
            .name("name")
            .or_else(|| m.name("name2"))
            .map(|n| r.start + n.start()..r.start + n.end());
        let named = m.name("named").is_some();
        // "X, also known as Y, is ...": "also" marks Y as a second name of
        // X, so X is the term when it is one; a bare "called Y" names the
        // head ("The second stage, called Y, is ...").
        let also = m
            .name("named")
            .is_some_and(|n| n.as_str().to_ascii_lowercase().starts_with("also"));
        match (head, name) {
            (Some(h), Some(n)) if also => {
                return finish_term(s, without_parens(s, h)).or_else(|| clean_forward(s, n));
            }
            (_, Some(n)) if named => return clean_forward(s, n),
            (Some(h), Some(n)) => {
                return finish_term(s, without_parens(s, h)).or_else(|| clean_forward(s, n));
            }
            // "... is positive affect, which": a relative clause after a
            // clause belongs to the noun phrase right before it.
            (Some(h), None) => {
                let rel = s[h.end..r.end]
                    .trim_start_matches([',', ' '])
                    .to_lowercase();
                if (rel.starts_with("which") || rel.starts_with("who"))
                    && finish_term(s, trim(s, h.clone())).is_none()
                {
                    return np_before(s, h);
                }
                r = trim(s, h)
            }
            _ => {}
        }
    }
    r = strip_start(s, r.clone(), &TERM_FRAME);
    r = first_of_or(s, r);
    r = without_byline(s, r);
    finish_term(s, r)
}

/// "X or Y", "X, or Y": the first name is the term, the other an alias.
fn first_of_or(s: &str, mut r: Range<usize>) -> Range<usize> {
    {
        let piece = &s[r.clone()];
        let lower = lowercase_aligned(piece);
        if let Some(i) = lower.find(" or ")
            && lower.matches(" or ").count() == 1
        {
            r = trim_by(s, r.start..r.start + i, |c: char| {
                c.is_whitespace() || c == ','
            });
        }
    }
    r
}

/// A byline or header before the term: "... sea glass sea glass" keeps
/// the repeated tail.
fn without_byline(s: &str, mut r: Range<usize>) -> Range<usize> {
    let words = words_in(s, r.clone());
    let n = words.len();
    for k in (1..=n / 2).rev() {
        let tail = &words[n - k..];
        let prev = &words[n - 2 * k..n - k];
        if tail
            .iter()
            .zip(prev)
            .all(|(a, b)| s[a.clone()].eq_ignore_ascii_case(&s[b.clone()]))
        {
            r = tail[0].start..r.end;
            break;
        }
    }
    r
}

/// `r` without the parentheses that end it: "The okapi (Okapia
/// johnstoni)" gives "The okapi".
pub(crate) fn without_parens(s: &str, mut r: Range<usize>) -> Range<usize> {
    r = trim(s, r);
    while s[r.clone()].ends_with(')') {
        let Some(open) = s[r.clone()].rfind('(') else {
            break;
        };
        r = trim(s, r.start..r.start + open);
    }
    r
}

/// The term written after its verb: "called X, ...", "defines X as".
pub(crate) fn clean_forward(s: &str, r: Range<usize>) -> Option<Term> {
    let mut r = trim_by(s, r, |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'
            )
    });
    let piece = &s[r.clone()];
    let cut = piece
        .char_indices()
        .find(|&(i, c)| {
            matches!(
                c,
                ',' | ';'
                    | ':'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '"'
                    | '\u{201c}'
                    | '\u{201d}'
                    | '!'
                    | '?'
                    | '\u{2014}'
                    | '\u{2013}'
            ) || (c == '.'
                && piece[i + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace))
                || (c == ' ' && piece[i..].starts_with(" - "))
        })
        .map(|(i, _)| i);
    if let Some(i) = cut {
        r = r.start..r.start + i;
    }
    r = strip_start(s, r.clone(), &TERM_FRAME);
    r = strip_start(s, r.clone(), &POSSESSIVE);
    let words = words_in(s, r.clone());
    let mut end = r.start;
    for (i, w) in words.iter().enumerate() {
        if is_one_of(&s[w.clone()], TERM_END) {
            if i == 0 {
                return None;
            }
            break;
        }
        end = w.end;
    }
    finish_term(s, r.start..end)
}

/// The noun phrase right before `end` (for appositions: "X, which is").
pub(crate) fn np_before(s: &str, r: Range<usize>) -> Option<Term> {
    let mut r = trim_by(s, r, |c: char| c.is_whitespace() || c == ',');
    // "gross domestic product (GDP), which is": skip the parenthesis.
    while s[r.clone()].ends_with(')') {
        let open = s[r.clone()].rfind('(')?;
        r = trim(s, r.start..r.start + open);
    }
    let words = words_in(s, r.clone());
    let mut start = None;
    for (i, w) in words.iter().enumerate().rev() {
        let word = &s[w.clone()];
        let last = i + 1 == words.len();
        if !last && word.ends_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-') {
            break;
        }
        if word.starts_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        if is_one_of(word, DETERMINERS) {
            start = Some(w.start);
            break;
        }
        if is_one_of(word, NOT_IN_TERM) || is_one_of(word, TERM_END) || is_one_of(word, NP_STOP) {
            break;
        }
        // Without a tagger, a non-final word ending in "s" or "ed" is more
        // often a verb ("uses X", "developed X") than part of a compound.
        let lw = lower_word(word);
        if !last && verb_in_s_or_ed(&lw) {
            break;
        }
        if words.len() - i > 4 {
            break;
        }
        start = Some(w.start);
    }
    let mut start = start?;
    // "because of yeast": "of" cannot open a noun phrase.
    for w in &words {
        if w.start < start {
            continue;
        }
        if w.end < r.end && is_one_of(&s[w.clone()], &["of", "and", "for", "to", "or"]) {
            start = w.end;
        } else {
            break;
        }
    }
    finish_term(s, start..r.end)
}

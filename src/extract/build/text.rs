//! The defining text ([`clean_text`]) and who gives the definition
//! ([`clean_agent`]).

use super::span::{trim, trim_by, words_in};
use super::term::strip_leads;
use crate::extract::lexicon::*;
use crate::extract::pattern::lowercase_aligned;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

pub(crate) static TRAILING_YEAR: LazyLock<Regex> =
    LazyLock::new(|| match Regex::new(r"(?i)[\s,]*\(?\d{4}[a-z]?\)?[\s,]*$") {
        Ok(r) => r,
        Err(e) => panic!("TRAILING_YEAR does not compile: {e}"),
    });

/// What may end a defining text without being part of it: a reference
/// mark ("[1]", "[b]", "[note 2]", "[citation needed]"; not "[link]", which
/// stands for a figure the text points at) or a cited work in parentheses
/// ("(Lee, 2004)", "(Lee and Roe 2011, p. 4)", "(see Lee et al., 2011)").
pub(crate) static TRAILING_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(concat!(
        r"\s*(?:\[(?i:\d{1,4}|[a-z]|note\s*\d{1,3}|[a-z ]{0,20}needed)\]",
        r"|\((?:see\s+|e\.g\.,?\s+|cf\.\s+)?\p{Lu}[^()]{0,80}?,?\s+(?:1[5-9]|20)\d\d[a-e]?",
        r"(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-\u{2013}]\d+)?)?\))$"
    )) {
        Ok(r) => r,
        Err(e) => panic!("TRAILING_REFERENCE does not compile: {e}"),
    }
});

/// The defining text: trimmed, never empty, without trailing reference
/// marks or citations.
pub(crate) fn clean_text(s: &str, r: Range<usize>) -> Option<Range<usize>> {
    let mut r = trim_by(s, r, |c: char| {
        c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '\u{2013}' | '\u{2014}')
    });
    for _ in 0..4 {
        r = trim_by(s, r, |c: char| {
            c.is_whitespace() || matches!(c, '.' | '!' | ';' | ',' | ':')
        });
        match TRAILING_REFERENCE.find(&s[r.clone()]) {
            Some(m) if m.start() > 0 => r = r.start..r.start + m.start(),
            _ => break,
        }
    }
    let piece = &s[r.clone()];
    if piece.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    Some(r)
}

/// Who gives the definition, cleaned; `None` for pronouns and clauses.
pub(crate) fn clean_agent(s: &str, r: Range<usize>) -> Option<Range<usize>> {
    let mut r = trim(s, r);
    r = strip_leads(s, r);
    let lower = lowercase_aligned(&s[r.clone()]);
    if let Some(i) = [", who", ", which", " who "]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
    {
        r = r.start..r.start + i;
    }
    if let Some(m) = TRAILING_YEAR.find(&s[r.clone()]) {
        r = r.start..r.start + m.start();
    }
    let r = trim_by(s, r, |c: char| c.is_whitespace() || c == ',');
    let words = words_in(s, r.clone());
    let (first, rest) = words.split_first()?;
    let rest = if is_one_of(&s[first.clone()], DETERMINERS) {
        rest
    } else {
        &words[..]
    };
    if rest.is_empty() || rest.len() > 10 {
        return None;
    }
    let first = &s[rest[0].clone()];
    if is_one_of(first, NOT_IN_TERM)
        || is_one_of(
            first,
            &[
                "one", "someone", "people", "many", "some", "most", "others", "everyone", "anyone",
            ],
        )
        || rest.iter().any(|w| {
            is_one_of(
                &s[w.clone()],
                &[
                    "is", "are", "was", "were", "be", "to", "it", "can", "will", "would", "should",
                    "may", "might", "must", "could", "that",
                ],
            )
        })
    {
        return None;
    }
    Some(rest[0].start..rest[rest.len() - 1].end)
}

/// "which is", "who are", "which", "in which": the opening of a relative
/// clause; "or": the opening of a gloss.
pub(crate) static WHICH_IS: LazyLock<Regex> = LazyLock::new(|| {
    match Regex::new(
        r"(?i)^(?:(?:which|who)\s+(?:(?:is|are)\s+)?|(?:in which|wherein|whereby|where|or)\s+)",
    ) {
        Ok(r) => r,
        Err(e) => panic!("WHICH_IS does not compile: {e}"),
    }
});

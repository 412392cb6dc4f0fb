//! Byte ranges of a sentence: its words, trimming, stripping a regex match.

use regex::Regex;
use std::ops::Range;

/// Words of `s[r]` with their ranges in `s`.
pub(crate) fn words_in(s: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s[r.clone()].char_indices() {
        let at = r.start + i;
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push(st..at);
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(st) = start {
        out.push(st..r.end);
    }
    out
}

pub(crate) fn trim(s: &str, r: Range<usize>) -> Range<usize> {
    trim_by(s, r, |c| c.is_whitespace())
}

pub(crate) fn trim_by(s: &str, r: Range<usize>, f: impl Fn(char) -> bool + Copy) -> Range<usize> {
    let piece = &s[r.clone()];
    let start = r.start + (piece.len() - piece.trim_start_matches(f).len());
    let end = r.start + piece.trim_end_matches(f).len();
    if start >= end {
        r.start..r.start
    } else {
        start..end
    }
}

/// Drop what `re` matches at the start of `s[r]`.
pub(crate) fn strip_start(s: &str, r: Range<usize>, re: &Regex) -> Range<usize> {
    match re.find(&s[r.clone()]) {
        Some(m) if m.start() == 0 && m.end() < r.len() => r.start + m.end()..r.end,
        _ => r,
    }
}

/// Whether a phrase of more than one word has every word capitalized: a
/// name ("Social Security", "Mary Evans").
pub(crate) fn all_capitalized(s: &str, words: &[Range<usize>]) -> bool {
    words.len() > 1
        && words
            .iter()
            .all(|w| s[w.clone()].starts_with(char::is_uppercase))
}

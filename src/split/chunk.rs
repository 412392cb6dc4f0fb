//! Cutting a large text into independently splittable chunks.
//!
//! In: a text and a target chunk size. Out: the same sentences as
//! [`super::split`], computed on chunks in parallel with rayon.
//!
//! A chunk may only start where the splitter keeps no state from before:
//! right after a blank line (a blank line always ends a sentence), or, when
//! no blank line is near, right after a line that ends with an unambiguous
//! sentence end (`plain word.` followed by a line starting with a capital).
//! The splitter never looks back past the start of its current sentence or
//! line, and its look-ahead at such a point cannot change the spans, so each
//! chunk splits exactly as it does inside the whole text.

use super::{abbrev, split};
use crate::types::Sentence;
use memchr::memchr_iter;
use rayon::prelude::*;

/// Split `text` as [`split`] does, but in chunks of about `chunk_target`
/// bytes (cut at safe boundaries) processed in parallel. Exposed so tests
/// can use tiny chunks; [`super::split_document`] picks the size.
pub fn split_chunked(text: &str, chunk_target: usize) -> Vec<Sentence> {
    let cuts = cut_points(text.as_bytes(), chunk_target.max(1));
    if cuts.len() <= 2 {
        return split(text);
    }
    let parts: Vec<Vec<Sentence>> = cuts
        .par_windows(2)
        .map(|w| {
            let (lo, hi) = (w[0], w[1]);
            let mut v = split(&text[lo..hi]);
            for s in &mut v {
                s.start += lo;
                s.end += lo;
            }
            v
        })
        .collect();
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for p in parts {
        out.extend(p);
    }
    out
}

/// Chunk boundaries: `0`, safe cut positions about `target` apart, `len`.
pub(crate) fn cut_points(b: &[u8], target: usize) -> Vec<usize> {
    let len = b.len();
    let mut cuts = vec![0];
    let mut last = 0;
    'outer: loop {
        let mut t = last + target;
        loop {
            if t >= len {
                break 'outer;
            }
            let hi = t.saturating_add(target).min(len);
            if let Some(c) = find_blank(b, t, hi).or_else(|| find_strong(b, t, hi)) {
                if c >= len {
                    break 'outer;
                }
                cuts.push(c);
                last = c;
                break;
            }
            t = hi;
        }
    }
    cuts.push(len);
    cuts
}

/// The position just after the first blank line starting in `lo..hi`.
fn find_blank(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    for q in memchr_iter(b'\n', &b[lo..hi]).map(|k| lo + k) {
        let mut j = q + 1;
        while j < b.len() && b[j] != b'\n' && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            return Some(j + 1);
        }
    }
    None
}

/// The position just after the first newline in `lo..hi` that follows an
/// unambiguous sentence end and precedes a line starting with a capital.
fn find_strong(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    memchr_iter(b'\n', &b[lo..hi])
        .map(|k| lo + k)
        .find(|&q| strong_line_end(b, q))
        .map(|q| q + 1)
}

/// The line ending at newline `q` ends with `word.` (or `!`, `?`) where
/// `word` is a plain lowercase word of 3 to 32 letters, and the next line
/// starts with an ASCII capital.
pub(crate) fn strong_line_end(b: &[u8], q: usize) -> bool {
    let mut j = q + 1;
    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    if !b.get(j).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut p = q;
    while p > 0 && matches!(b[p - 1], b' ' | b'\t' | b'\r') {
        p -= 1;
    }
    if p == 0 || !matches!(b[p - 1], b'.' | b'!' | b'?') {
        return false;
    }
    let p = p - 1;
    let mut w = p;
    while w > 0 && b[w - 1].is_ascii_lowercase() && p - w <= 32 {
        w -= 1;
    }
    let word = &b[w..p];
    (w == 0 || matches!(b[w - 1], b' ' | b'\t' | b'\n'))
        && (3..=32).contains(&word.len())
        && !abbrev::is_roman(word)
        && abbrev::classify(word).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(n: usize) -> String {
        "The river rose slowly during the night. Nobody in the valley noticed it.\n\n".repeat(n)
    }

    #[test]
    fn cuts_after_blank_lines() {
        let t = para(50);
        let cuts = cut_points(t.as_bytes(), 300);
        assert!(cuts.len() > 3);
        for &c in &cuts[1..cuts.len() - 1] {
            assert_eq!(&t[c - 2..c], "\n\n");
        }
        assert_eq!(split_chunked(&t, 300), split(&t));
    }

    #[test]
    fn cuts_at_strong_line_ends_without_blank_lines() {
        let t = "The lamp was broken.\nSomeone had dropped it.\n".repeat(40);
        let cuts = cut_points(t.as_bytes(), 100);
        assert!(cuts.len() > 3);
        assert_eq!(split_chunked(&t, 100), split(&t));
    }

    #[test]
    fn strong_line_end_rejects_abbreviations_and_lowercase_starts() {
        let ok = b"it was late.\nThen";
        assert!(strong_line_end(ok, 12));
        assert!(!strong_line_end(b"met Mr.\nSmith", 7));
        assert!(!strong_line_end(b"and so on etc.\nThen", 14));
        assert!(!strong_line_end(b"it was late.\nthen", 12));
        assert!(!strong_line_end(b"see part iii.\nThen", 13));
    }

    #[test]
    fn one_long_line_is_one_chunk() {
        let t = "word ".repeat(1000);
        assert_eq!(cut_points(t.as_bytes(), 64), vec![0, t.len()]);
        assert_eq!(split_chunked(&t, 64), split(&t));
    }
}

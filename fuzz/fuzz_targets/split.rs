//! Fuzz target `split`: arbitrary bytes (decoded lossily) through the
//! sentence splitter.
//!
//! Checks the splitter's contract (see `src/split/mod.rs`): spans are
//! ordered, disjoint, in bounds, on char boundaries, trimmed, non-empty, and
//! leave only white space between them; `split_document` and
//! `split_chunked` with a small chunk target give exactly `split`'s spans.
#![no_main]

use defmine::split::{split, split_chunked, split_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let spans = split(text);
    let mut prev_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "empty or reversed span {s:?}");
        assert!(
            s.end <= text.len(),
            "span {s:?} out of bounds {}",
            text.len()
        );
        assert!(
            prev_end <= s.start,
            "span {s:?} overlaps or is out of order"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} not on char boundaries"
        );
        let piece = &text[s.start..s.end];
        assert_eq!(piece.trim(), piece, "span {s:?} not trimmed");
        let gap = &text[prev_end..s.start];
        assert!(
            gap.trim().is_empty(),
            "text {gap:?} before {s:?} is in no sentence"
        );
        prev_end = s.end;
    }
    let tail = &text[prev_end..];
    assert!(
        tail.trim().is_empty(),
        "text {tail:?} at the end is in no sentence"
    );

    assert_eq!(
        split_document(text),
        spans,
        "split_document differs from split"
    );
    // Small chunk targets exercise the cut points on small inputs; the first
    // byte picks one so the fuzzer explores several.
    let target = 1 + usize::from(data.first().copied().unwrap_or(0) % 64);
    assert_eq!(
        split_chunked(text, target),
        spans,
        "split_chunked({target}) differs"
    );
    assert_eq!(split_chunked(text, 16), spans, "split_chunked(16) differs");
});

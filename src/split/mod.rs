//! Sentence splitting: document text in, trimmed sentence spans out.
//!
//! PLACEHOLDER: a first simple splitter (terminal punctuation followed by
//! white space, or a blank line). To be replaced by the real splitter.

use crate::types::Sentence;

/// Split `text` into sentences: ordered, disjoint, trimmed byte spans.
pub fn split(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end_here = if matches!(c, b'.' | b'!' | b'?') {
            i + 1 >= b.len() || b[i + 1].is_ascii_whitespace()
        } else {
            c == b'\n' && i + 1 < b.len() && b[i + 1] == b'\n'
        };
        if end_here {
            push_trimmed(text, start, i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(text, start, b.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence::new(start + lead, end - trail));
    }
}

/// Split a whole document; large documents may be split in parallel chunks.
pub fn split_document(text: &str) -> Vec<Sentence> {
    split(text)
}

/// Sentences are cut after this many bytes (at a character boundary), so
/// one huge line without punctuation costs bounded time and memory.
pub const MAX_SENTENCE_BYTES: usize = 8192;

//! The memo of repeated sentences: a chunk's short sentences are
//! extracted once each and replayed ([`Memo`]); `extract::tests` holds
//! the replay equal to extracting each sentence.

use crate::extract::{date, variant};
use crate::types::{Fact, Mention, Sentence, Span};
use std::collections::HashMap;

/// Sentences up to this many bytes are remembered by [`Memo`].
pub(crate) const MEMO_MAX: usize = 256;

/// The text-only results of the short sentences of one chunk, by sentence
/// text: a sentence that repeats (a dictionary's "[Obs.]", a mail's quote
/// marker, a boilerplate line) is extracted once. Everything but an
/// anaphoric attribution depends on the sentence's text alone.
pub(crate) struct Memo<'a> {
    pub(crate) seen: HashMap<&'a str, Entry, variant::FastBuild>,
}

impl Memo<'_> {
    /// A memo with room for `n` sentences (a chunk's): it never grows, so
    /// no entry is hashed twice.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Memo {
            seen: HashMap::with_capacity_and_hasher(n, variant::FastBuild::default()),
        }
    }
}

/// What [`Memo`] keeps of one sentence.
pub(crate) struct Entry {
    /// The date, definition and alias mentions, with offsets relative to
    /// the sentence start.
    pub(crate) mentions: Vec<Mention>,
    /// The dates, as the attribution patterns take them.
    pub(crate) dates: Vec<date::DateMatch>,
    /// Whether the attribution prefilter passed.
    pub(crate) verb: bool,
}

/// Remember the mentions `found` of sentence `s` (text `raw`) in `m`, as if
/// it started the document, with its dates and whether the attribution
/// prefilter passed (`verb`).
pub(crate) fn remember<'a>(
    m: &mut Memo<'a>,
    raw: &'a str,
    s: Sentence,
    found: &[Mention],
    dates: &[date::DateMatch],
    verb: bool,
) {
    let mentions = found
        .iter()
        .map(|m| {
            let mut m = m.clone();
            m.sentence = Span::new(0, s.len());
            if let Fact::Date { span, .. } = &mut m.fact {
                *span = Span::new(span.start - s.start, span.end - s.start);
            }
            m
        })
        .collect();
    m.seen.insert(
        raw,
        Entry {
            mentions,
            dates: dates.to_vec(),
            verb,
        },
    );
}

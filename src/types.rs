//! The plain data that crosses stages: documents, sentences, mentions.
//!
//! Offsets are always byte offsets into a [`Document`]'s `text`, which has
//! exactly the byte length of the file it came from (see [`crate::load`]), so
//! they index the original bytes too.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// A document id as mentions and evidence hold it: shared, not copied per
/// mention. Serialized as a plain string.
pub type DocId = Arc<str>;

/// Serde for a [`DocId`] field (`#[serde(with = "crate::types::doc_id")]`):
/// a plain JSON string.
pub mod doc_id {
    use super::DocId;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Write the id as a string.
    pub fn serialize<S: Serializer>(id: &DocId, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(id)
    }

    /// Read the id from a string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DocId, D::Error> {
        String::deserialize(d).map(DocId::from)
    }
}

/// One input document, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the input root (or the id of a JSONL record).
    pub id: String,
    /// The decoded text; same byte length as the source bytes.
    pub text: String,
}

/// A half-open byte range `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// A sentence: a trimmed span of its document's text.
pub type Sentence = Span;

/// One extraction from one sentence, before consolidation.
///
/// This is also the line format of `defmine extract --format jsonl`, the map
/// step of a sharded run, so it is serializable both ways.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Document id.
    #[serde(with = "crate::types::doc_id")]
    pub doc: DocId,
    /// The sentence the mention came from.
    pub sentence: Span,
    /// Id of the pattern that fired, `family/name`.
    pub pattern: Cow<'static, str>,
    /// What was found.
    #[serde(flatten)]
    pub fact: Fact,
    /// How far to trust it ([`crate::confidence`]); none for a date, and
    /// none in a mentions file written before confidences existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<crate::confidence::Confidence>,
}

impl Mention {
    /// Move every offset by `by` bytes (a block's offset in its document).
    pub fn shift(&mut self, by: usize) {
        self.sentence = Span::new(self.sentence.start + by, self.sentence.end + by);
        if let Fact::Date { span, .. } = &mut self.fact {
            *span = Span::new(span.start + by, span.end + by);
        }
    }
}

/// The content of a [`Mention`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    /// `term` is defined as `text`.
    Definition {
        /// The defined term, as written.
        term: String,
        /// The defining phrase, as written.
        text: String,
        /// Who gives the definition, when the sentence says so.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        attributed_to: Vec<String>,
    },
    /// `alias` names the same concept as `term`.
    Alias {
        /// The main form.
        term: String,
        /// The other form.
        alias: String,
    },
    /// `agent` did `relation` to `object`.
    Attribution {
        /// Who.
        agent: String,
        /// Past-tense verb: coined, defined, developed, introduced, ...
        relation: String,
        /// The term acted on.
        object: String,
        /// Normalized dates tied to the act.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        dates: Vec<String>,
        /// The sentence names the object as a term ("the term X", a quoted
        /// "X", "the concept of X"), not only as a thing acted on.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        named: bool,
    },
    /// A date mention.
    Date {
        /// TIMEX3-style value: `1981`, `2010-10-11`, `2009-SP`, `199X`, `1997/2005`.
        value: String,
        /// Where the date itself is, in document bytes.
        span: Span,
        /// The date as written.
        text: String,
        /// True when the date is the year of a cited work ("Nye (2004)").
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        citation: bool,
    },
}

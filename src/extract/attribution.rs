//! Attribution extraction: who coined, defined, developed or introduced a term.
//!
//! PLACEHOLDER: to be replaced by the real tables.

use super::date::DateMatch;
use std::ops::Range;

/// An attribution found in one sentence; ranges index that sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// Who.
    pub agent: Range<usize>,
    /// Past-tense relation: coined, defined, developed, introduced, presented, ...
    pub relation: &'static str,
    /// The term acted on.
    pub object: Range<usize>,
    /// Values of the dates the sentence ties to the act.
    pub dates: Vec<String>,
}

/// Find attributions in one sentence, given the dates found in it (ranges
/// relative to the sentence).
pub fn find_attributions(_sentence: &str, _dates: &[DateMatch]) -> Vec<AttributionMatch> {
    Vec::new()
}

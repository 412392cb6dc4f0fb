//! Building a claim from a match: the plain code that turns the rough
//! regions the regexes find into a clean term, text and agent.
//!
//! - [`span`]: words of a range, trimming.
//! - [`term`]: the term (the noun phrase right before the verb, after
//!   "called", before an apposition), without list numbers, date stamps,
//!   introductory adverbials, bylines, at most `MAX_TERM_WORDS` words.
//! - [`text`]: the defining text (without trailing references) and the
//!   agent ("according to A").

pub mod span;
pub mod term;
pub mod text;

pub(crate) use span::*;
pub(crate) use term::*;
pub(crate) use text::*;

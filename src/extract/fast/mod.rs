//! The speed machinery of the definition and alias engine: what lets a
//! sentence skip most rules and most captures. Each fast path gives what
//! the slow path gives, and a test says so (`engine/tests.rs`).
//!
//! - [`derive`]: the trigger groups a rule's regex requires (its literals).
//! - [`prefilter`]: the trigger words of a sentence (one aho-corasick pass)
//!   and, per rule, the trigger groups it needs.
//! - [`groups`]: the named groups of a match, from an anchored tail or lead
//!   regex instead of the whole pattern's captures.
//!
//! - [`scan`]: the trigger words and verb stems of every sentence of a
//!   block from one automaton pass.
//! - [`memo`]: repeated short sentences of a chunk extracted once.

pub mod derive;
pub mod groups;
pub mod memo;
pub mod prefilter;
pub mod scan;

//! The definition and alias rule tables: one [`Rule`] row per rule, most
//! specific first. A row holds everything a rule does: its regex and named
//! groups, the trigger words the prefilter needs, the named checks
//! ([`Check`](super::rule::Check)) its candidates go through, the guards it is exempt from,
//! and examples (hits and misses) that the table tests run. The engine
//! that runs them is in [`super::engine`].

// Named groups the extractor reads:
//   subj  the region before the verb: the term is cleaned out of it
//   term  the region after "called" / between "defines" and "as"
//   pre   the text before an apposition: the term is its last noun phrase
//   text  the defining text
//   link  the words between term and text (negation guard)
//   agent who gives the definition
//   alias a second name (alias table)
//
// Where the rows are (in table order: the first match wins):
//   definition.rs  explicit definitions and predicates ("X is defined as",
//                  "X refers to", "X is a N that"), and the whole table
//   called.rs      "X is called Y", "what is known as Y"
//   gloss.rs       appositions, parentheses, dashes and colons ("X, the N
//                  of ...", "X (a N that ...)", "X: a N that ...")
//   alias.rs       the alias table

mod alias;
mod called;
mod definition;
mod gloss;

pub use alias::ALIAS_PATTERNS;
pub use definition::DEFINITION_PATTERNS;

use super::rule::Rule;

/// The rows of `parts`, in order, as one array (the definition table is
/// kept in several files; `N` is their total length).
const fn concat<const N: usize>(parts: &[&[Rule]]) -> [Rule; N] {
    let mut out = [parts[0][0]; N];
    let mut k = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(k == N, "concat: N is not the number of rows");
    out
}

// ------------------------------------------------------- trigger word lists

pub(super) const CALLED: &[&str] = &[
    "called",
    "termed",
    "named",
    "dubbed",
    "known as",
    "referred to as",
];
/// The forms of [`CALLED`] that name a term after a noun phrase
/// ("named" mostly introduces a person's name).
pub(super) const CALLED_NP: &[&str] = &["called", "known as", "termed", "referred to as"];
pub(super) const COPULA: &[&str] = &[" is ", " are "];
pub(super) const COPULA_ANY: &[&str] = &[" is ", " are ", " was ", " were ", " be ", " been "];
pub(super) const COPULA_DET: &[&str] = &[
    " is a",
    " are a",
    " is the",
    " are the",
    " is one",
    " are one",
    " is some",
    " are some",
];
pub(super) const RELATIVE: &[&str] = &[
    "that",
    "which",
    "who",
    "where",
    "used to",
    "consisting",
    "made up",
    "composed",
    "characteri",
    "involving",
    "containing",
    "designed to",
];

//! The trigger prefilter: one aho-corasick pass finds the trigger words
//! of a sentence ("is a", "refer", "called", ...) as a bit set; a rule runs
//! only when the sentence hits every trigger group its row lists.

use crate::extract::rule::Rule;
use crate::extract::rules::{ALIAS_PATTERNS, DEFINITION_PATTERNS};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

/// The trigger automaton and, per pattern of each table, its bit mask.
pub(crate) struct Prefilter {
    pub(crate) ac: Option<AhoCorasick>,
    /// The trigger words, sorted: word `i` is bit `i` of a trigger set.
    pub(crate) words: Vec<&'static str>,
    /// Per pattern, the masks of its two trigger groups (a pattern with
    /// fewer groups has all bits set in the missing ones).
    pub(crate) defs: Vec<[u128; 2]>,
    pub(crate) aliases: Vec<[u128; 2]>,
}

pub(crate) static PREFILTER: LazyLock<Prefilter> = LazyLock::new(|| {
    let mut words: Vec<&str> = DEFINITION_PATTERNS
        .iter()
        .chain(ALIAS_PATTERNS)
        .flat_map(|r| r.triggers.iter().flat_map(|g| g.iter().copied()))
        .collect();
    words.sort_unstable();
    words.dedup();
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&words)
        .ok()
        .filter(|_| words.len() <= 128);
    // One mask per group: a sentence must hit every group of a pattern.
    let mask = |r: &Rule| -> [u128; 2] {
        let mut masks = [u128::MAX; 2];
        for (m, g) in masks.iter_mut().zip(r.triggers.iter()) {
            *m = g
                .iter()
                .filter_map(|w| words.iter().position(|x| x == w))
                .fold(0, |m, i| m | (1u128 << i));
        }
        masks
    };
    Prefilter {
        defs: DEFINITION_PATTERNS.iter().map(mask).collect(),
        aliases: ALIAS_PATTERNS.iter().map(mask).collect(),
        ac,
        words,
    }
});

/// Whether the triggers `found` hit both groups of a pattern's masks.
pub(crate) fn hits_all(found: u128, need: &[u128; 2]) -> bool {
    (found & need[0] != 0) & (found & need[1] != 0)
}

/// The trigger words of the prefilter (matched ASCII case-insensitively):
/// a hit of word `i` sets bit `i` of the set that [`find_definitions_with`]
/// and [`find_aliases_with`] take. `None` when there are more than 128 (then
/// callers use [`find_definitions`] and [`find_aliases`]).
pub fn trigger_words() -> Option<&'static [&'static str]> {
    PREFILTER.ac.as_ref().map(|_| PREFILTER.words.as_slice())
}

/// The bit set of trigger words found in `s` (all bits without automaton).
pub fn triggers(s: &str) -> u128 {
    match &PREFILTER.ac {
        Some(ac) => ac
            .find_overlapping_iter(s)
            .fold(0, |m, hit| m | (1u128 << hit.pattern().as_usize())),
        None => u128::MAX,
    }
}

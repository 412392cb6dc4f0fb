//! The trigger prefilter: one aho-corasick pass finds the trigger words
//! of a sentence ("is a", "refer", "called", ...) as a bit set; a rule runs
//! only when the sentence hits every trigger group it needs.
//!
//! A rule's groups are derived from its regex ([`super::derive`]); a row
//! lists hand-written `triggers` only where no literal can be derived.

use super::derive::rule_triggers;
use crate::extract::rule::Rule;
use crate::extract::rules::{ALIAS_PATTERNS, DEFINITION_PATTERNS};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

/// How many 64-bit words a [`TriggerSet`] holds.
const WORDS: usize = 8;
/// The most trigger words a [`TriggerSet`] can hold.
pub const MAX_TRIGGERS: usize = 64 * WORDS;

/// A set of trigger words (word `i` of [`trigger_words`] is bit `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TriggerSet([u64; WORDS]);

impl TriggerSet {
    /// Every word: with it, every rule is tried (the slow path).
    pub const ALL: TriggerSet = TriggerSet([u64::MAX; WORDS]);

    /// Adds word `i` (ignored past [`MAX_TRIGGERS`]).
    #[inline]
    pub fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1u64 << (i % 64);
        }
    }

    /// Whether the set holds no word.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }

    /// Whether the two sets share a word.
    #[inline]
    fn meets(&self, other: &TriggerSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// The trigger automaton and, per pattern of each table, its masks.
pub(crate) struct Prefilter {
    pub(crate) ac: Option<AhoCorasick>,
    /// The trigger words, sorted: word `i` is bit `i` of a trigger set.
    pub(crate) words: Vec<&'static str>,
    /// Per pattern, the masks of its two trigger groups (a pattern with
    /// fewer groups has all bits set in the missing ones).
    pub(crate) defs: Vec<[TriggerSet; 2]>,
    pub(crate) aliases: Vec<[TriggerSet; 2]>,
}

pub(crate) static PREFILTER: LazyLock<Prefilter> = LazyLock::new(|| {
    let groups =
        |t: &'static [Rule]| -> Vec<Vec<Vec<String>>> { t.iter().map(rule_triggers).collect() };
    let (defs, aliases) = (groups(DEFINITION_PATTERNS), groups(ALIAS_PATTERNS));
    let mut words: Vec<String> = defs
        .iter()
        .chain(&aliases)
        .flat_map(|r| r.iter().flatten().cloned())
        .collect();
    words.sort_unstable();
    words.dedup();
    // Built once per process: the words live as long as the automaton.
    let words: Vec<&'static str> = words
        .into_iter()
        .map(|w| &*Box::leak(w.into_boxed_str()))
        .collect();
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&words)
        .ok()
        .filter(|_| words.len() <= MAX_TRIGGERS);
    // One mask per group: a sentence must hit every group of a pattern.
    let mask = |r: &Vec<Vec<String>>| -> [TriggerSet; 2] {
        let mut masks = [TriggerSet::ALL; 2];
        for (m, g) in masks.iter_mut().zip(r.iter()) {
            *m = TriggerSet::default();
            for i in g.iter().filter_map(|w| words.iter().position(|x| x == w)) {
                m.insert(i);
            }
        }
        masks
    };
    Prefilter {
        defs: defs.iter().map(mask).collect(),
        aliases: aliases.iter().map(mask).collect(),
        ac,
        words,
    }
});

/// Whether the triggers `found` hit both groups of a pattern's masks.
#[inline]
pub(crate) fn hits_all(found: &TriggerSet, need: &[TriggerSet; 2]) -> bool {
    found.meets(&need[0]) && found.meets(&need[1])
}

/// The trigger words of the prefilter (matched ASCII case-insensitively):
/// a hit of word `i` sets bit `i` of the set that [`find_definitions_with`]
/// and [`find_aliases_with`] take. `None` when there are more than
/// [`MAX_TRIGGERS`] (then callers use [`find_definitions`] and
/// [`find_aliases`]).
pub fn trigger_words() -> Option<&'static [&'static str]> {
    PREFILTER.ac.as_ref().map(|_| PREFILTER.words.as_slice())
}

/// The set of trigger words found in `s` (all without automaton).
pub fn triggers(s: &str) -> TriggerSet {
    match &PREFILTER.ac {
        _ if super::derive::needs_every_trigger(s) => TriggerSet::ALL,
        Some(ac) => ac
            .find_overlapping_iter(s)
            .fold(TriggerSet::default(), |mut m, hit| {
                m.insert(hit.pattern().as_usize());
                m
            }),
        None => TriggerSet::ALL,
    }
}

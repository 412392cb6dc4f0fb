//! The block trigger scan: one pass of one automaton over a block of
//! sentences finds the definition and alias trigger words and the
//! attribution verb stems of every sentence at once ([`block_cues`]); a
//! sentence alone gets the same [`Cues`] from [`sentence_cues`] (the slow
//! path; `extract::tests` holds the two equal).

use crate::extract::{attribution, definition};
use crate::types::Sentence;
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use std::sync::LazyLock;

/// The trigger words of the definition and alias patterns
/// ([`definition::trigger_words`]) and the verb stems of the attribution
/// patterns ([`attribution::verb_stems`]) in one automaton, so that one scan
/// of a block of sentences serves all three prefilters.
pub(crate) struct Scanner {
    pub(crate) dfa: DFA,
    /// Patterns below this index are definition trigger words (pattern `i`
    /// is bit `i`); the rest are attribution verb stems.
    pub(crate) defs: usize,
}

impl Scanner {
    /// Call `f(start, end, pattern)` for every occurrence of every word in
    /// `hay`, overlapping ones too, in order of their ends (the matches of
    /// an overlapping search, as `find_overlapping_iter` gives them).
    ///
    /// How: the DFA is walked here, one transition per byte, and a match
    /// state reports its words; the iterator would leave and re-enter its
    /// search for each match (one every 27 bytes of text), keeping its
    /// position in memory.
    pub(crate) fn for_each_match(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let Ok(mut sid) = self.dfa.start_state(Anchored::No) else {
            return;
        };
        for (i, &b) in hay.iter().enumerate() {
            sid = self.dfa.next_state(Anchored::No, sid, b);
            if !self.dfa.is_special(sid) {
                continue;
            }
            if self.dfa.is_dead(sid) {
                return;
            }
            if self.dfa.is_match(sid) {
                for k in 0..self.dfa.match_len(sid) {
                    let pid = self.dfa.match_pattern(sid, k);
                    let end = i + 1;
                    f(end - self.dfa.pattern_len(pid), end, pid.as_usize());
                }
            }
        }
    }
}

/// `None` when the definition prefilter has no word list (more than
/// [`definition::MAX_TRIGGERS`] words), a word is empty or the automaton cannot be built: then each
/// sentence asks the extractors' own prefilters.
pub(crate) static SCANNER: LazyLock<Option<Scanner>> = LazyLock::new(|| {
    let defs = definition::trigger_words()?;
    let words: Vec<&str> = defs
        .iter()
        .chain(attribution::verb_stems())
        .copied()
        .collect();
    // No empty word: the start state is no match state, and without a
    // prefilter no start state is special (see `for_each_match`).
    if words.iter().any(|w| w.is_empty()) {
        return None;
    }
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        .build(&words)
        .ok()?;
    Some(Scanner {
        dfa,
        defs: defs.len(),
    })
});

/// What the prefilters need to know about one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// The definition trigger words present ([`definition::triggers`]).
    pub(crate) triggers: definition::Triggers,
    /// Whether an attribution verb stem is present.
    pub(crate) verb: bool,
}

impl Cues {
    pub(crate) fn add(&mut self, pattern: usize, defs: usize) {
        if pattern < defs {
            self.triggers.insert(pattern);
        } else {
            self.verb = true;
        }
    }
}

/// The cues of one (cleaned) sentence.
pub(crate) fn sentence_cues(text: &str) -> Cues {
    match SCANNER.as_ref() {
        Some(sc) => {
            let mut c = Cues::default();
            sc.for_each_match(text.as_bytes(), |_, _, p| c.add(p, sc.defs));
            c
        }
        None => Cues {
            triggers: definition::triggers(text),
            verb: attribution::has_verb(text),
        },
    }
}

/// The cues of each of `sentences` (ordered, disjoint spans of `full`) from
/// one scan of the text they cover: every occurrence of a word lies inside
/// at most one sentence, found by binary search. The cues of a sentence are
/// those of its text alone, as an overlapping search reports every
/// occurrence. `None` when there is no scanner or the spans are not ordered
/// and disjoint.
pub(crate) fn block_cues(full: &str, sentences: &[Sentence]) -> Option<Vec<Cues>> {
    let sc = SCANNER.as_ref()?;
    let first = sentences.first()?;
    let last = sentences.last()?;
    if !sentences
        .windows(2)
        .all(|w| w[0].start <= w[0].end && w[0].end <= w[1].start)
        || last.start > last.end
    {
        return None;
    }
    let block = full.get(first.start..last.end)?;
    let mut cues = vec![Cues::default(); sentences.len()];
    // The sentence of a match: the first one that ends at or after it.
    // Matches come in order of their ends, so a cursor moves forward
    // (with a binary search should one ever come earlier).
    let (mut i, mut last_end) = (0, 0);
    sc.for_each_match(block.as_bytes(), |start, end, pattern| {
        let (start, end) = (first.start + start, first.start + end);
        if end < last_end {
            i = sentences.partition_point(|s| s.end < end);
        } else {
            while sentences.get(i).is_some_and(|s| s.end < end) {
                i += 1;
            }
        }
        last_end = end;
        if let Some(s) = sentences.get(i)
            && s.start <= start
            && let Some(c) = cues.get_mut(i)
        {
            c.add(pattern, sc.defs);
        }
    });
    Some(cues)
}

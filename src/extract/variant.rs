//! Surface variants of defined terms: "track 2 diplomacy", "tracktwo
//! diplomacy" and "track ii diplomacy" are one term (see [`crate::term`]).
//!
//! In: the multi-word terms a document defines (from its mentions) and the
//! document's sentences. Out: one `alias/variant` mention for each place
//! where a different surface form of such a term occurs, so consolidation
//! can list every spelling under its entry. Only multi-word terms are
//! searched: one-word variants are plain case or plural changes.
//!
//! A document read in blocks (over [`crate::BLOCK_BYTES`]) is read once:
//! each block is searched for the terms of the blocks up to it, this one
//! included ([`TermSet`]). So in such a document a variant written in a
//! block before the block that defines its term is not found; a document of
//! one block gives what a search of the whole text gives.
//!
//! The search tests each word start against the first words of the terms
//! (a byte table, then an anchored aho-corasick lookup); a hit is confirmed
//! by folding the words that follow it.

use crate::term::term_tokens;
use crate::types::{DocId, Document, Fact, Mention, Sentence};
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, StartKind};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for the short folded keys looked up at every word start
/// (FxHash's mixing step; the tables hold only one document's terms).
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let mut w = [0u8; 8];
        let rest = chunks.remainder();
        w[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash maps keyed by short strings, with [`FastHasher`].
pub(crate) type FastBuild = BuildHasherDefault<FastHasher>;

/// The terms to look for. Lookups only (never iterated into output), so
/// hash maps are fine here.
#[derive(Debug)]
pub struct Targets {
    /// Folded keys of the leading words of some target ("track", "track2",
    /// "track2diplomacy"), each with the term's surface as defined when a
    /// whole target ends there (last word as written: "diplomacy",
    /// "diplomacies"). One lookup per word serves both questions.
    keys: HashMap<String, Option<String>, FastBuild>,
    max_words: usize,
    /// The first words, for anchored lookups at a word start.
    first_words: DFA,
    /// Bytes a first word can start with (both ASCII cases).
    first_bytes: [bool; 256],
    /// A one-probe Bloom filter over the lowercase ASCII first words that
    /// can fold into `prefixes` (see [`Targets::may_start`]).
    gate: Vec<u64>,
    /// How far a word's hash is shifted right to give its slot.
    gate_shift: u32,
}

/// ASCII letters and digits, as a table (one load per byte in the scan).
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits at `from` in `bytes`:
/// the first index from `from` on whose byte is none (`bytes.len()` if
/// there is none). Eight bytes at a time ([`alnum_bytes`]), then byte by
/// byte.
fn alnum_run_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(w) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(w);
        let other = !alnum_bytes(u64::from_le_bytes(word)) & HIGH_BITS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && ALNUM[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` (in memory order) from `lo` to `hi` (both at most
/// 0x7F), as the high bit of each byte: per byte, its low seven bits plus
/// `128 - lo` carry into the high bit when at least `lo`, `128 + hi`
/// minus them keeps it when at most `hi`, and a byte with its own high bit
/// set (beyond ASCII) is never in range. No sum crosses a byte.
const fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & (ONES * 0x7F);
    let at_least = low + ONES * (128 - lo as u64);
    let at_most = ONES * (128 + hi as u64) - low;
    at_least & at_most & !x & HIGH_BITS
}

/// The ASCII letters and digits among the eight bytes of `x`, as the high
/// bit of each byte (letters folded to lowercase by setting bit 0x20).
const fn alnum_bytes(x: u64) -> u64 {
    bytes_in(x, b'0', b'9') | bytes_in(x | 0x2020_2020_2020_2020, b'a', b'z')
}

/// Bits in [`Targets::gate`]: about [`GATE_BITS_PER_WORD`] per word put
/// in, a power of two within these bounds. (A fixed 2^16 let through as
/// many words that fold into no target as words that do on a corpus that
/// defines thousands of terms: each cost a walk.)
const GATE_BITS_MIN: usize = 1 << 16;
const GATE_BITS_MAX: usize = 1 << 21;
const GATE_BITS_PER_WORD: usize = 64;

/// The gate slot of a word: its first eight bytes (ASCII-lowercased by
/// setting bit 0x20, which leaves digits and apostrophes as they are) and
/// its length.
fn gate_slot(word: impl Iterator<Item = u8>, shift: u32) -> usize {
    let mut packed = 0u64;
    let mut len = 0u64;
    for b in word {
        if len < 8 {
            packed |= u64::from(b | 0x20) << (8 * len);
        }
        len += 1;
    }
    let h = (packed ^ len.rotate_right(8)).wrapping_mul(0x9e_37_79_b9_7f_4a_7c_15);
    (h >> shift) as usize
}

impl Targets {
    /// [`Targets::may_start`] for a word start `at` whose ASCII alphanumeric
    /// run ends at `end`: the same answer, without reading the run twice.
    fn gate_passes(&self, bytes: &[u8], at: usize, end: usize) -> bool {
        // Apostrophes and further ASCII letters and digits extend the word.
        let mut i = end;
        while let Some(&c) = bytes.get(i) {
            if ALNUM[usize::from(c)] || c == b'\'' {
                i += 1;
            } else if c.is_ascii() {
                break;
            } else {
                return true;
            }
        }
        // The first eight bytes at once, as [`gate_slot`] packs them.
        let len = i - at;
        let k = len.min(8);
        // Eight bytes in one load where the text has them (the mask below
        // drops those past the word), else the word's bytes alone.
        let word = match bytes
            .get(at..at + 8)
            .and_then(|e| <[u8; 8]>::try_from(e).ok())
        {
            Some(eight) => u64::from_le_bytes(eight),
            None => bytes[at..at + k]
                .iter()
                .rev()
                .fold(0, |w, &b| w << 8 | u64::from(b)),
        };
        let keep = if k == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * k)) - 1
        };
        let packed = (word | 0x2020_2020_2020_2020) & keep;
        let h = (packed ^ (len as u64).rotate_right(8)).wrapping_mul(0x9e_37_79_b9_7f_4a_7c_15);
        let slot = (h >> self.gate_shift) as usize;
        self.gate[slot / 64] >> (slot % 64) & 1 == 1
    }

    /// A necessary condition for the word at `at` (a word start) to fold
    /// into one of `prefixes`: its lowercase spelling is in the gate. A word
    /// with a byte beyond ASCII always passes.
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        if matches!(bytes.get(at), Some(b' ' | b'-')) {
            // The walk would skip these: no claim.
            return true;
        }
        let mut i = at;
        while let Some(&c) = bytes.get(i) {
            if c.is_ascii_alphanumeric() || c == b'\'' {
                i += 1;
            } else if c.is_ascii() {
                break;
            } else {
                return true;
            }
        }
        let slot = gate_slot(bytes[at..i].iter().copied(), self.gate_shift);
        self.gate[slot / 64] >> (slot % 64) & 1 == 1
    }
}

/// Every lowercase spelling whose fold ([`crate::term::fold_word`], as a
/// first word) is `key`: `key` itself, a number word for its digits, and a
/// stem of four or more letters with a number word run on for its digits.
fn spellings(key: &str) -> Vec<String> {
    let mut out = vec![key.to_string()];
    for (word, digits) in crate::term::NUMBER_WORDS {
        if key == *digits {
            out.push((*word).to_string());
        }
        if let Some(stem) = key.strip_suffix(digits)
            && stem.len() >= 4
        {
            out.push(format!("{stem}{word}"));
        }
    }
    out
}

/// The search tables for `by_key` (see [`TermSet`]), or `None` when it is
/// empty.
fn build_targets(
    by_key: &BTreeMap<String, String>,
    mut firsts: Vec<String>,
    max_words: usize,
) -> Option<Targets> {
    if by_key.is_empty() {
        return None;
    }
    firsts.sort();
    firsts.dedup();
    let mut first_bytes = [false; 256];
    for f in &firsts {
        if let Some(&b) = f.as_bytes().first() {
            first_bytes[usize::from(b.to_ascii_lowercase())] = true;
            first_bytes[usize::from(b.to_ascii_uppercase())] = true;
        }
    }
    let first_words = DFA::builder()
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Anchored)
        .build(&firsts)
        .ok()?;
    let mut full: HashMap<String, String, FastBuild> = HashMap::default();
    let mut prefixes: HashSet<String, FastBuild> = HashSet::default();
    for (key, term) in by_key {
        let toks = term_tokens(term);
        let Some((last, lead)) = toks.split_last() else {
            continue;
        };
        let lead = lead.concat();
        for i in 1..toks.len() {
            prefixes.insert(toks[..i].concat());
        }
        // The last word may be written plural: fold it back the same way.
        for form in [
            last.clone(),
            format!("{last}s"),
            format!("{last}es"),
            plural_y(last),
        ] {
            full.entry(format!("{lead}{form}"))
                .or_insert_with(|| term.clone());
            prefixes.insert(format!("{lead}{form}"));
        }
        full.entry(key.clone()).or_insert_with(|| term.clone());
    }
    let (gate, gate_shift) = gate_of(&prefixes);
    // Every full key is also a prefix (its own last form).
    let mut keys: HashMap<String, Option<String>, FastBuild> =
        prefixes.into_iter().map(|k| (k, None)).collect();
    for (k, term) in full {
        keys.insert(k, Some(term));
    }
    Some(Targets {
        gate,
        gate_shift,
        keys,
        max_words,
        first_words,
        first_bytes,
    })
}

/// The multi-word terms defined or aliased in `mentions`, or `None` when
/// there are none (then there is nothing to search).
pub fn targets(mentions: &[Mention]) -> Option<Targets> {
    let mut terms = TermSet::default();
    terms.add(mentions);
    terms.targets()
}

/// The defined terms and aliases of two to six words seen so far, gathered
/// block by block: a document read in blocks searches each block for the
/// variants of the terms of the blocks read up to it (see
/// [`TermSet::add`]). Holds the terms only, never the text.
#[derive(Debug, Default)]
pub struct TermSet {
    /// Each term by folded key (the first surface seen).
    by_key: BTreeMap<String, String>,
    /// The first token of each surface, as written.
    firsts: Vec<String>,
    /// The most words a variant can take (tokens plus one).
    max_words: usize,
}

impl TermSet {
    /// Add the multi-word terms of `mentions` (variant mentions are not
    /// terms); true when a new key came in (then [`TermSet::targets`]
    /// gives more than before).
    pub fn add(&mut self, mentions: &[Mention]) -> bool {
        let before = self.by_key.len();
        for m in mentions {
            let surfaces: Vec<&String> = match &m.fact {
                Fact::Definition { term, .. } => vec![term],
                Fact::Alias { term, alias } if m.pattern != PATTERN => vec![term, alias],
                _ => continue,
            };
            for s in surfaces {
                let toks = term_tokens(s);
                let words = s.split_whitespace().count();
                if toks.len() < 2 || words > 6 {
                    continue;
                }
                self.max_words = self.max_words.max(toks.len() + 1);
                // The first word as written, and its folded token: "track".
                self.firsts.push(toks[0].clone());
                self.by_key
                    .entry(toks.concat())
                    .or_insert_with(|| s.clone());
            }
        }
        self.firsts.sort();
        self.firsts.dedup();
        self.by_key.len() > before
    }

    /// The search tables for the terms added so far, or `None` when there
    /// are none.
    pub fn targets(&self) -> Option<Targets> {
        build_targets(&self.by_key, self.firsts.clone(), self.max_words)
    }
}

/// The gate bit set over every spelling of every prefix, and the shift
/// that turns a hash into a slot.
fn gate_of(prefixes: &HashSet<String, FastBuild>) -> (Vec<u64>, u32) {
    let words: Vec<String> = prefixes.iter().flat_map(|k| spellings(k)).collect();
    let bits = (words.len() * GATE_BITS_PER_WORD)
        .next_power_of_two()
        .clamp(GATE_BITS_MIN, GATE_BITS_MAX);
    // A slot is the top bits of the hash: as many as `bits` needs.
    let gate_shift = 64 - bits.trailing_zeros();
    let mut gate = vec![0u64; bits / 64];
    for w in &words {
        let slot = gate_slot(w.bytes(), gate_shift);
        gate[slot / 64] |= 1 << (slot % 64);
    }
    (gate, gate_shift)
}

/// "policy" -> "policies" (other words unchanged).
fn plural_y(w: &str) -> String {
    match w.strip_suffix('y') {
        Some(stem) if !stem.is_empty() => format!("{stem}ies"),
        _ => w.to_string(),
    }
}

/// Id of the pattern on variant mentions.
pub const PATTERN: &str = "alias/variant";

/// Find the variants of `targets` in the sentences of `doc`; offsets are
/// shifted by `base` (the block's offset in its document).
///
/// Every word start whose text begins with the first word of some target
/// (an anchored automaton lookup, after a one-byte table test) is walked:
/// the following words are folded one at a time into a growing key, and the
/// walk stops as soon as no target key starts with it, so most walks cost
/// one word and no allocation. Large documents are searched in parallel
/// chunks of sentences; the order of the result is the order of the text.
pub fn find_variants(
    doc: &Document,
    base: usize,
    sentences: &[Sentence],
    targets: &Targets,
) -> Vec<Mention> {
    const CHUNK: usize = 2048;
    let id = DocId::from(doc.id.as_str());
    let run = |chunk: &[Sentence]| {
        let mut out = Vec::new();
        let mut scratch = (String::new(), String::new());
        for s in chunk {
            sentence_variants(&id, &doc.text, base, *s, targets, &mut scratch, &mut out);
        }
        out
    };
    if sentences.len() <= CHUNK {
        return run(sentences);
    }
    let parts: Vec<Vec<Mention>> = sentences.par_chunks(CHUNK).map(run).collect();
    parts.concat()
}

/// Byte length of the word `text` starts with: letters, digits and
/// apostrophes.
fn word_len(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'\'') {
        i += 1;
    }
    if i < b.len() && !b[i].is_ascii() {
        // A non-ASCII character: decide by its class.
        return i + text[i..]
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '\''))
            .map_or(text.len() - i, |(j, _)| j);
    }
    i
}

/// Whether `hay` starts with one of the words of `dfa` (an anchored
/// automaton): its transitions are walked from the anchored start until a
/// match state (yes) or the dead state or the end (no), as an anchored
/// `try_find` would, without setting up a search.
fn starts_with_word(dfa: &DFA, hay: &[u8]) -> bool {
    let Ok(mut sid) = dfa.start_state(Anchored::Yes) else {
        return false;
    };
    if dfa.is_match(sid) {
        return true;
    }
    for &b in hay {
        sid = dfa.next_state(Anchored::Yes, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return false;
            }
            if dfa.is_match(sid) {
                return true;
            }
        }
    }
    false
}

/// The variants in one sentence, appended to `out`.
fn sentence_variants(
    doc: &DocId,
    text: &str,
    base: usize,
    s: Sentence,
    targets: &Targets,
    (key, lower): &mut (String, String),
    out: &mut Vec<Mention>,
) {
    let Some(text) = text.get(s.start..s.end) else {
        return;
    };
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut prev_alnum = false;
    let mut at = 0;
    while at < n {
        let b = bytes[at];
        if ALNUM[usize::from(b)] {
            // An ASCII word: its alphanumeric run is read once, packing the
            // gate key on the way (see [`Targets::may_start`]).
            let end = alnum_run_end(bytes, at + 1);
            if !prev_alnum
                && targets.first_bytes[usize::from(b)]
                && targets.gate_passes(bytes, at, end)
            {
                walk(doc, base, s, text, at, targets, key, lower, out);
            }
            // The rest of an ASCII word holds no word start.
            prev_alnum = true;
            at = end;
        } else if b.is_ascii() {
            // A word start (the previous character is no letter or digit)
            // where a first word can begin and the gate lets its fold through.
            if !prev_alnum && targets.first_bytes[usize::from(b)] && targets.may_start(bytes, at) {
                walk(doc, base, s, text, at, targets, key, lower, out);
            }
            prev_alnum = false;
            at += 1;
        } else {
            if !prev_alnum && targets.first_bytes[usize::from(b)] && targets.may_start(bytes, at) {
                walk(doc, base, s, text, at, targets, key, lower, out);
            }
            let c = text[at..].chars().next().unwrap_or(' ');
            prev_alnum = c.is_alphanumeric();
            at += c.len_utf8();
        }
    }
}

/// Walk the words from `at` (a word start in `text`, the sentence `s`),
/// pushing a variant mention for each target key they fold into.
#[allow(clippy::too_many_arguments)]
fn walk(
    doc: &DocId,
    base: usize,
    s: Sentence,
    text: &str,
    at: usize,
    targets: &Targets,
    key: &mut String,
    lower: &mut String,
    out: &mut Vec<Mention>,
) {
    key.clear();
    let mut words = 0;
    let mut pos = at;
    while words < targets.max_words {
        // The next word: letters, digits, apostrophes; hyphens and
        // spaces separate words (and fold the same).
        let rest = &text[pos..];
        let skip = rest.len() - rest.trim_start_matches([' ', '-']).len();
        if words > 0 && skip == 0 {
            break;
        }
        let word_start = pos + skip;
        let wlen = word_len(&text[word_start..]);
        if wlen == 0 {
            break;
        }
        let word_end = word_start + wlen;
        let word = &text[word_start..word_end];
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        crate::term::fold_word(lower, words == 0, key);
        words += 1;
        pos = word_end;
        // Does a target end here? (A one-letter last word is a stray
        // possessive "s" or an initial, never a plural.)
        let found = targets.keys.get(key.as_str());
        if words >= 2
            && wlen > 1
            && let Some(Some(term)) = found
        {
            let surface = &text[at..word_end];
            if !term.eq_ignore_ascii_case(surface)
                && !super::alias_guard::variant_rejected(term, surface)
            {
                let fact = Fact::Alias {
                    term: term.clone(),
                    alias: surface.to_string(),
                };
                // `text` is the sentence's own text here.
                out.push(Mention {
                    doc: doc.clone(),
                    sentence: Sentence::new(base + s.start, base + s.end),
                    pattern: PATTERN.into(),
                    confidence: crate::confidence::mention_confidence(&fact, PATTERN, text),
                    fact,
                });
            }
        }
        // Stop when no target continues this prefix.
        if found.is_none() {
            break;
        }
        // The walk goes on only where a first word is written: the
        // automaton is asked once, for the few starts that get here.
        if words == 1 && !starts_with_word(&targets.first_words, &text.as_bytes()[at..]) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Span;

    fn def(term: &str) -> Mention {
        Mention {
            doc: "d".into(),
            sentence: Span::new(0, 1),
            pattern: "def/test".into(),
            fact: Fact::Definition {
                term: term.into(),
                text: "x".into(),
                attributed_to: vec![],
            },
            confidence: None,
        }
    }

    fn variants(text: &str, terms: &[&str]) -> Vec<String> {
        let ms: Vec<Mention> = terms.iter().map(|t| def(t)).collect();
        let Some(t) = targets(&ms) else { return vec![] };
        let doc = Document {
            id: "d".into(),
            text: text.into(),
        };
        let sents = vec![Span::new(0, text.len())];
        find_variants(&doc, 0, &sents, &t)
            .into_iter()
            .map(|m| match m.fact {
                Fact::Alias { alias, .. } => alias,
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn starts_with_word_is_an_anchored_search() {
        let words = ["track", "phase", "os", "h2o"];
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .build(words)
            .ok();
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .build(words)
            .ok();
        let (Some(dfa), Some(ac)) = (dfa, ac) else {
            panic!("automata");
        };
        let text = "Track two, PHASE 2, host, os-kernel, tra, h2O, x track";
        for at in 0..=text.len() {
            let input = aho_corasick::Input::new(text)
                .range(at..)
                .anchored(Anchored::Yes);
            let want = matches!(ac.try_find(input), Ok(Some(_)));
            assert_eq!(
                starts_with_word(&dfa, &text.as_bytes()[at..]),
                want,
                "at {at}"
            );
        }
        assert!(starts_with_word(&dfa, b"TRACKS") && !starts_with_word(&dfa, b"trac"));
        assert!(!starts_with_word(&dfa, b""));
    }

    #[test]
    fn alnum_bytes_are_the_ascii_letters_and_digits() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // One byte `b` among seven bytes that are letters or not.
                let mut w = [b'a', 0x80, b'Z', 0xFF, b'/', b'9', b'@', b'`'];
                w[at] = b;
                let got = alnum_bytes(u64::from_le_bytes(w)).to_le_bytes();
                for (k, &c) in w.iter().enumerate() {
                    assert_eq!(got[k] == 0x80, c.is_ascii_alphanumeric(), "{c:#x} at {k}");
                    assert!(got[k] == 0 || got[k] == 0x80);
                }
            }
        }
    }

    #[test]
    fn alnum_run_end_stops_at_the_first_other_byte() {
        let scalar = |b: &[u8], from: usize| {
            from + b[from..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len() - from)
        };
        let text = "Phase2trialsDiffer_from the Host-Bus adapter\u{e9}t\u{e9}abcdefghijklmnop9";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            assert_eq!(alnum_run_end(b, from), scalar(b, from), "from {from}");
        }
        assert_eq!(alnum_run_end(b"abc", 3), 3);
        assert_eq!(alnum_run_end(b"", 0), 0);
    }

    #[test]
    fn finds_numeral_hyphen_and_run_together_variants() {
        let got = variants(
            "Phase 2 trials and phase-two trials differ from phasetwo trials and Phase II trials.",
            &["phase two trials"],
        );
        assert_eq!(
            got,
            vec![
                "Phase 2 trials",
                "phase-two trials",
                "phasetwo trials",
                "Phase II trials"
            ]
        );
    }

    #[test]
    fn a_first_word_inside_another_does_not_hide_it() {
        // "os" ends inside "Host" before "host" does: every word start is
        // tried, whatever other first words the document has.
        assert_eq!(
            variants(
                "Each Host-Bus adapter works.",
                &["host bus adapter", "os kernel"]
            ),
            vec!["Host-Bus adapter"]
        );
    }

    #[test]
    fn ignores_the_same_spelling_and_other_words() {
        assert!(
            variants(
                "Phase two trials began. Phase three trials ended.",
                &["phase two trials"]
            )
            .is_empty()
        );
        assert!(
            variants("The emphasis two trials.", &["phase two trials"]).is_empty(),
            "not at a word start"
        );
        assert!(
            variants("Cells divide.", &["cell"]).is_empty(),
            "one-word terms are not searched"
        );
    }

    /// The terms of the property test: ASCII, an apostrophe, a digit, a
    /// first word that folds from other Unicode.
    const PROP_TERMS: [&str; 6] = [
        "quiet zone",
        "phase two trials",
        "kelvin scale",
        "o'brien rule",
        "istanbul port",
        "\u{e9}nergie libre",
    ];

    /// Words that matter to the search: the terms' words in other cases and
    /// spellings, numerals, words run together, characters whose lowercase
    /// changes length (U+212A KELVIN SIGN, U+0130), punctuation.
    const PROP_WORDS: [&str; 32] = [
        "quiet",
        "Quiet",
        "QUIET",
        "zone",
        "zones",
        "quietzone",
        "Phase",
        "phase",
        "2",
        "two",
        "II",
        "trials",
        "trial",
        "O'Brien",
        "o'brien",
        "rule",
        "rules",
        "\u{212a}elvin",
        "Kelvin",
        "scale",
        "\u{130}stanbul",
        "istanbul",
        "port",
        "\u{c9}nergie",
        "\u{e9}nergie",
        "libre",
        "the",
        "is",
        "(",
        ")",
        ",",
        "\u{212a}",
    ];

    /// The slow path: [`walk`] at every word start (the character before is
    /// no letter or digit), without the byte table, the gate and the run
    /// skipping of [`sentence_variants`].
    fn slow_variants(text: &str, t: &Targets) -> Vec<(String, String)> {
        let id = DocId::from("d");
        let s = Span::new(0, text.len());
        let (mut key, mut lower, mut out) = (String::new(), String::new(), Vec::new());
        let mut prev_alnum = false;
        for (at, c) in text.char_indices() {
            if !prev_alnum {
                walk(&id, 0, s, text, at, t, &mut key, &mut lower, &mut out);
            }
            prev_alnum = c.is_alphanumeric();
        }
        pairs(out)
    }

    fn pairs(ms: Vec<Mention>) -> Vec<(String, String)> {
        ms.into_iter()
            .filter_map(|m| match m.fact {
                Fact::Alias { term, alias } => Some((term, alias)),
                _ => None,
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_search_finds_what_a_walk_at_every_word_start_finds(
            parts in proptest::collection::vec(
                (proptest::sample::select(&PROP_WORDS[..]),
                 proptest::sample::select(&[" ", " ", "-", "", ", ", " ("][..])),
                0..14,
            )
        ) {
            let text: String = parts.iter().map(|(w, sep)| format!("{w}{sep}")).collect();
            let ms: Vec<Mention> = PROP_TERMS.iter().map(|t| def(t)).collect();
            let t = targets(&ms).expect("multi-word terms");
            let doc = Document { id: "d".into(), text: text.clone() };
            let fast = pairs(find_variants(&doc, 0, &[Span::new(0, text.len())], &t));
            proptest::prop_assert_eq!(fast, slow_variants(&text, &t), "{:?}", text);
        }
    }

    #[test]
    fn terms_added_block_by_block_give_the_targets_of_all_at_once() {
        let text = "The quiet-zone and phase 2 trials and the Istanbul-port.";
        let ms: Vec<Mention> = PROP_TERMS.iter().map(|t| def(t)).collect();
        let mut terms = TermSet::default();
        assert!(terms.add(&ms[..2]));
        assert!(!terms.add(&ms[..1]), "no new key");
        assert!(terms.add(&ms[2..]));
        let doc = Document {
            id: "d".into(),
            text: text.into(),
        };
        let sents = [Span::new(0, text.len())];
        let whole = targets(&ms).expect("terms");
        let got = find_variants(&doc, 0, &sents, &terms.targets().expect("terms"));
        assert_eq!(pairs(got), pairs(find_variants(&doc, 0, &sents, &whole)));
        assert!(TermSet::default().targets().is_none());
    }
}

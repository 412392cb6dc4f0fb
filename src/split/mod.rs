//! Sentence splitting: document text in, trimmed sentence spans out.
//!
//! In: a document's text. Out: [`Sentence`] spans that are ordered, disjoint,
//! trimmed (no leading or trailing white space), on char boundaries, and
//! together cover every non-white-space byte of the text.
//!
//! The splitter is one forward pass. `memchr` finds the only bytes that can
//! end a sentence (`.`, `!`, `?`, and `\n`); each candidate is judged from a
//! few bytes around it:
//!
//! * **Punctuation** ends a sentence when white space follows (after closing
//!   quotes and brackets), unless the word before it is an abbreviation
//!   ([`abbrev`]: titles, `e.g.`, `No. 5`, `Jan. 5`, initials, `U.S.`), a list
//!   number, or part of an ellipsis. A lowercase word after `. ` still starts
//!   a new sentence (scraped pages often lose capitals); a lowercase word
//!   after `."` or `!` does not (`"Stop!" she said`), nor one after an item
//!   number (`as in 2. above`). `word.Next` without a space ends one too,
//!   unless the token looks like an address or a file. After a clock time
//!   (`6 p.m.`) any capital but a weekday, month or time zone starts one.
//!   Reference marks (`end.[2]`, `end. [3][4]`) stay with the sentence.
//!   Web and mail text: a lowercase word after an unquoted `?` or `!`
//!   starts a sentence (`Why not? it works`), except after a lone first
//!   word (`Oh! how`) or a capitalized name (`Yahoo! mail`); a bracket
//!   closing after the mark (`(all day!) The`) ends it before a capital; so
//!   do an address or file name (`see x.org/a.rs Then`) and an emoticon
//!   (`fun :) We`) before a sentence starter or capital; a spaced ` .`
//!   ends one before a lowercase word. `Sat.`, `Sun.`, `Wed.`, `Mc.` are
//!   abbreviations.
//! * **Quotations and brackets**: punctuation inside a quotation (`"…"`,
//!   `“…”`, `‘…’`) or brackets that close later on the same line ends no
//!   sentence (`"Wait. Not yet," she said.`); nor does `!` or `?` before a
//!   dash and a lowercase word (`and -- voila! -- done`) or before more
//!   marks (`! ! !`).
//! * **Line breaks**: a blank line always ends a sentence. A single newline
//!   ends one when the next line is a list item, after a list item when the
//!   next line is capitalized, after a letter's greeting or closing line
//!   (`Dear Ann,`, `Best regards,` before a name), around separator lines
//!   (`-----`, `--`, `----- Original Message -----`), after a reply's
//!   `... wrote:` line, between Markdown table
//!   rows or at code fences, or when the line looks like a heading or menu
//!   entry (short, no final punctuation); inside wrapped prose (long lines,
//!   or a lowercase continuation) it is a space.
//! * **Lists** written on one line (`1) one 2) two`, `a) x b) y`,
//!   `i. x ii. y`, `• a • b`) are cut before each following marker.
//! * A sentence longer than [`MAX_SENTENCE_BYTES`] is cut, at white space
//!   when there is some near the limit, so one huge line costs bounded time.
//!
//! The layout policy, rule by rule with its tests: `docs/layout.md`.
//!
//! [`split_document`] cuts large texts at blank lines (or at unambiguous
//! sentence ends) and splits the pieces in parallel; its result equals
//! [`split`]'s.

mod abbrev;
mod chunk;
mod literal;
mod marks;

pub use chunk::split_chunked;
pub use literal::in_literal_block;

use crate::types::Sentence;
use abbrev::Abbrev;
use marks::*;
use memchr::{memchr, memchr3, memrchr, memrchr2, memrchr3};

/// Sentences are cut after this many bytes (at a character boundary), so
/// one huge line without punctuation costs bounded time and memory.
pub const MAX_SENTENCE_BYTES: usize = 8192;

/// A capped sentence is cut at the last white space within this many bytes
/// before [`MAX_SENTENCE_BYTES`] (at the limit itself when there is none).
pub const CAP_WINDOW: usize = 256;

/// Texts at least this long are split in parallel chunks by
/// [`split_document`].
pub const PARALLEL_MIN_BYTES: usize = 1 << 20;

/// The one-character ellipsis `…`, judged like `...`.
const ELLIPSIS: &[u8] = "\u{2026}".as_bytes();

/// How far a bracket may open before, or close after, a period that it
/// keeps inside the sentence.
const BRACKET_REACH: usize = 200;

/// How far back a quotation may open, and how far ahead (on the same line)
/// it may close, for the punctuation inside it to stay inside the sentence.
const QUOTE_REACH: usize = 600;

/// Chunk size [`split_document`] aims at for large texts.
const CHUNK_TARGET: usize = 256 << 10;

/// Split `text` into sentences: ordered, disjoint, trimmed byte spans.
///
/// ```
/// let text = "Dr. Lee arrived at 9 a.m. on Monday. Nobody expected her.";
/// let s: Vec<&str> = defmine::split::split(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(s, ["Dr. Lee arrived at 9 a.m. on Monday.", "Nobody expected her."]);
/// ```
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 96 + 1);
    Scanner::new(text, &mut out).run();
    out
}

/// Split a whole document; texts of [`PARALLEL_MIN_BYTES`] or more are cut
/// into chunks at safe boundaries and split in parallel. The result always
/// equals [`split`]`(text)`.
pub fn split_document(text: &str) -> Vec<Sentence> {
    if text.len() < PARALLEL_MIN_BYTES {
        split(text)
    } else {
        split_chunked(text, CHUNK_TARGET)
    }
}

/// True when `sentence` is long enough to have been cut by the
/// [`MAX_SENTENCE_BYTES`] cap (natural sentences that long count too).
pub fn reaches_cap(sentence: &Sentence) -> bool {
    sentence.len() + CAP_WINDOW > MAX_SENTENCE_BYTES
}

/// What the first significant character after a candidate boundary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lower,
    Upper,
    Digit,
    Other,
    End,
}

/// The token after a candidate boundary (after white space and openers).
#[derive(Debug, Clone, Copy)]
struct Next {
    kind: Kind,
    /// ASCII letters of the next word, `start..end`.
    word: (usize, usize),
    /// An opening quote or bracket came first (`. (see`, `. [L.`).
    opened: bool,
}

/// A list marker at the start of a sentence or line.
struct Marker {
    /// End of the marker (after `1.`, `b)`, `•`).
    end: usize,
    /// What the following item's marker looks like on the same line
    /// (` 2. `, ` • `); empty when not searched for.
    next: [u8; 12],
    next_len: usize,
    /// A second form the next marker may take (` ii. ` after ` i. `, which
    /// may also be followed by ` j. `); empty when there is none.
    alt: [u8; 12],
    alt_len: usize,
    /// The next item may start in lowercase (`a) one b) two`, `• x • y`);
    /// not after `1. `, where `2. word` is as often a sentence's last number.
    lower_ok: bool,
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    out: &'a mut Vec<Sentence>,
    /// Raw start of the current sentence (just after the previous boundary).
    s: usize,
    /// First non-blank byte of the current sentence; lookbacks stop here.
    lo: usize,
    /// Scan position: every candidate before it has been judged.
    i: usize,
    /// Start of the line the scan is in.
    line_start: usize,
    /// Cached next `.!?` and `\n` (valid while `>= i`).
    np: usize,
    nn: usize,
    /// Cached next `…` (U+2026), found with `ellipsis`.
    ne: usize,
    ellipsis: memchr::memmem::Finder<'static>,
    /// Cached next full-width `．`, `！` or `？` (valid while `>= i`).
    nf: usize,
    /// Cached next `:` or `;` (a possible emoticon; valid while `>= i`).
    nm: usize,
    /// End of the list marker the sentence starts with (0: none).
    marker_end: usize,
    /// Where the next inline list item starts (`usize::MAX`: none).
    list_cut: usize,
    /// Quotation marks in `lo..quote_at` have been read into `dq_open`
    /// (an open double quote) and `sq_open` (an open curly single quote).
    quote_at: usize,
    dq_open: Option<usize>,
    sq_open: Option<usize>,
    /// Cached next `"` or 0xE2 byte (a possible curly quote) at or after
    /// `quote_at`, so each is found once.
    nq: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, out: &'a mut Vec<Sentence>) -> Scanner<'a> {
        let b = text.as_bytes();
        let ellipsis = memchr::memmem::Finder::new(ELLIPSIS);
        let ne = ellipsis.find(b).unwrap_or(b.len());
        Scanner {
            text,
            b,
            out,
            s: 0,
            lo: 0,
            i: 0,
            line_start: 0,
            np: find_punct(b, 0),
            ne,
            ellipsis,
            nf: find_fullwidth(b, 0),
            nm: find_emoticon(b, 0),
            nn: find_newline(b, 0),
            marker_end: 0,
            list_cut: usize::MAX,
            quote_at: 0,
            dq_open: None,
            sq_open: None,
            nq: find_quote(b, 0),
        }
    }

    fn run(mut self) {
        let len = self.b.len();
        self.begin(0);
        while self.lo < len {
            if self.np < self.i {
                self.np = find_punct(self.b, self.i);
            }
            if self.ne < self.i {
                let from = self.i;
                self.ne = self
                    .ellipsis
                    .find(&self.b[from..])
                    .map_or(self.b.len(), |k| from + k);
            }
            if self.nn < self.i {
                self.nn = find_newline(self.b, self.i);
            }
            if self.list_cut < self.i {
                self.list_cut = usize::MAX;
            }
            if self.nf < self.i {
                self.nf = find_fullwidth(self.b, self.i);
            }
            if self.nm < self.i {
                self.nm = find_emoticon(self.b, self.i);
            }
            let ev = self
                .np
                .min(self.ne)
                .min(self.nn)
                .min(self.list_cut)
                .min(self.nf)
                .min(self.nm);
            if self.lo + MAX_SENTENCE_BYTES < ev.min(len) {
                self.cap_cut();
            } else if ev >= len {
                break;
            } else if ev == self.list_cut {
                self.cut(ev);
            } else if ev == self.nn {
                self.newline(ev);
            } else if ev == self.nf {
                self.fullwidth(ev);
            } else if ev == self.nm {
                self.emoticon(ev);
            } else {
                self.punct(ev);
            }
        }
        self.emit(len);
    }

    /// Pushes the trimmed span `s..end`, if not empty.
    fn emit(&mut self, end: usize) {
        let piece = &self.text[self.s..end];
        let t = piece.trim_start();
        let start = end - t.len();
        let t = t.trim_end();
        if !t.is_empty() {
            self.out.push(Sentence::new(start, start + t.len()));
        }
    }

    /// Ends the current sentence at `end` and starts the next one there.
    fn cut(&mut self, end: usize) {
        self.emit(end);
        self.begin(end);
    }

    /// Starts a sentence at `pos`: skips white space, notes a list marker.
    fn begin(&mut self, pos: usize) {
        let b = self.b;
        let len = b.len();
        let mut j = pos;
        while j < len && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if let Some(k) = memrchr(b'\n', &b[pos..j]) {
            self.line_start = pos + k + 1;
        }
        self.s = pos;
        self.lo = j;
        self.i = j;
        self.marker_end = 0;
        self.list_cut = usize::MAX;
        self.quote_at = j;
        self.dq_open = None;
        self.sq_open = None;
        if j >= len {
            return;
        }
        if let Some(m) = parse_marker(b, j, false) {
            self.marker_end = m.end;
            if m.next_len > 0 {
                if self.nn < j {
                    self.nn = find_newline(b, j);
                }
                let hi = self.nn.min(j + MAX_SENTENCE_BYTES).min(len);
                let a = find_item(b, m.end, hi, &m.next[..m.next_len], m.lower_ok);
                let c = if m.alt_len > 0 {
                    find_item(b, m.end, hi, &m.alt[..m.alt_len], m.lower_ok)
                } else {
                    usize::MAX
                };
                self.list_cut = a.min(c);
            }
        }
    }

    /// Cuts a sentence that reached the cap, preferring white space.
    fn cap_cut(&mut self) {
        let limit = (self.lo + MAX_SENTENCE_BYTES).min(self.b.len());
        let from = limit.saturating_sub(CAP_WINDOW).max(self.lo + 1);
        let cut = match memrchr2(b' ', b'\t', &self.b[from..limit]) {
            Some(k) => from + k,
            None => floor_char_boundary(self.text, limit),
        };
        self.cut(cut);
    }

    /// Judges the newline at `n`.
    fn newline(&mut self, n: usize) {
        let b = self.b;
        let ns = n + 1;
        let n2 = find_newline(b, ns);
        let next = &b[ns..n2];
        let nt = next.trim_ascii();
        let item = self.marker_end > 0;
        let line = &b[self.line_start..n];
        if nt.is_empty() || hard_break(self.text, line, nt, ns + lead_ws(next), item) {
            self.cut(n);
        } else {
            self.line_start = ns;
            self.i = ns;
        }
        if self.nn < self.i && n2 >= self.i && self.line_start == ns {
            self.nn = n2;
        }
    }

    /// Judges the `:` or `;` at `p`: an emoticon standing alone (`:)`,
    /// `:-(`, `;-)`, `:D`, `:P`) ends the sentence before a capitalized
    /// word on the same line (`That was fun :) We should`); before a
    /// lowercase word it is part of the sentence (`happy :) when`).
    fn emoticon(&mut self, p: usize) {
        let b = self.b;
        self.i = p + 1;
        if p <= self.lo || !b[p - 1].is_ascii_whitespace() {
            return;
        }
        let mut k = p + 1;
        if b.get(k) == Some(&b'-') {
            k += 1;
        }
        if !b
            .get(k)
            .is_some_and(|c| matches!(c, b')' | b'(' | b'D' | b'P' | b'p'))
        {
            return;
        }
        k += 1;
        while b.get(k).is_some_and(|c| matches!(c, b')' | b'(')) {
            k += 1;
        }
        if b.get(k) != Some(&b' ') {
            return;
        }
        self.i = k;
        let next = next_token(self.text, k);
        if next.kind == Kind::Upper && memchr(b'\n', &b[k..next.word.0]).is_none() {
            self.cut(k);
        }
    }

    /// Judges the full-width mark (`．`, `！`, `？`) at `p`: it ends the
    /// sentence, with any closers after it, unless a lowercase word follows.
    fn fullwidth(&mut self, p: usize) {
        let b = self.b;
        let mut k = p + FULLWIDTH_LEN;
        loop {
            if is_fullwidth_mark(b, k) {
                k += FULLWIDTH_LEN;
                continue;
            }
            match closer_len(&b[k.min(b.len())..]) {
                0 => break,
                c => k += c,
            }
        }
        self.i = k;
        if next_token(self.text, k).kind != Kind::Lower {
            self.cut(k);
        }
    }

    /// Judges the sentence punctuation at `p`.
    fn punct(&mut self, p: usize) {
        let b = self.b;
        let len = b.len();
        let limit = (self.lo + MAX_SENTENCE_BYTES).min(len);
        if p < self.marker_end {
            self.i = p + 1; // the period of a list marker (`1.`)
            return;
        }
        // The run of punctuation: `?!`, `...`, or a spaced `. . .`.
        let mut j = p + 1;
        let mut dots = usize::from(b[p] == b'.');
        let mut other = !matches!(b[p], b'.' | 0xE2);
        let mut spaced = false;
        if b[p] == 0xE2 {
            if !b[p..limit].starts_with(ELLIPSIS) {
                self.i = p + ELLIPSIS.len();
                return;
            }
            dots = 3;
            j = p + ELLIPSIS.len();
        }
        while j < limit {
            match b[j] {
                b'.' => dots += 1,
                0xE2 if b[j..limit].starts_with(ELLIPSIS) && !other => {
                    dots += 3;
                    j += ELLIPSIS.len() - 1;
                }
                b'!' | b'?' => other = true,
                b' ' if !other && j + 1 < limit && b[j + 1] == b'.' => {
                    spaced = true;
                    dots += 1;
                    j += 1;
                }
                _ => break,
            }
            j += 1;
        }
        let run_end = j;
        let mut k = run_end;
        while k < limit {
            match closer_len(&b[k..]) {
                0 => break,
                c => k += c,
            }
        }
        let closed = k > run_end;
        // Reference marks glued to the end: `a saint.[1][2] The`.
        let k = skip_citations(b, k, limit);
        self.i = k;
        if k >= len {
            return;
        }
        if !b[k].is_ascii_whitespace() {
            if k == p + 1 && dots == 1 && self.no_space_end(p) {
                self.cut(p + 1);
            } else if let Some(e) = (k == p + 1 && dots == 1)
                .then(|| self.address_end(p))
                .flatten()
            {
                self.cut(e);
            }
            return;
        }
        let next = next_token(self.text, k);
        if self.inside_quote(p, &b[run_end..k], k) {
            return;
        }
        // `[...]` marks an omission inside a quotation, never an end.
        let bracketed = p > self.lo && b[p - 1] == b'[' && b.get(run_end) == Some(&b']');
        let end = if other {
            self.mark_ends(p, &b[run_end..k], next).then_some(k)
        } else if dots >= 2 {
            if bracketed {
                return;
            }
            self.ellipsis_end(p, dots, spaced, next, k)
        } else {
            self.period_ends(p, closed, next).then_some(k)
        };
        if let Some(e) = end {
            self.cut(trailing_citations(b, e, limit));
        }
    }

    /// Does the run of `?` and `!` at `p` (then `closers`) end the
    /// sentence? Before a capital, unless the sentence goes on
    /// ([`Self::mark_continues`]) or the mark sits in brackets that close
    /// later (a bracket closing right after it ends the sentence: `(it
    /// rained all day!) The`). Before a lowercase word too (`Why not? it
    /// works.`), unless a quotation closes after it (`"Stop!" she said`),
    /// brackets hold it, the sentence so far is one word (`Oh! how nice`) or
    /// the word before is a capitalized name inside the sentence (`via
    /// Yahoo! mail`).
    fn mark_ends(&self, p: usize, closers: &[u8], next: Next) -> bool {
        let bracket_closed = closers.iter().any(|c| matches!(c, b')' | b']'));
        if next.kind != Kind::Lower {
            return (bracket_closed && next.kind == Kind::Upper) || !self.mark_continues(p, next);
        }
        if !closers.is_empty() || next.opened || self.mark_continues(p, next) {
            return false;
        }
        let b = self.b;
        let mut q = p;
        while q > self.lo && !b[q - 1].is_ascii_whitespace() {
            q -= 1;
        }
        let word = &b[q..p];
        if q == self.lo || word.is_empty() {
            return false; // `Oh! how nice`
        }
        // A brand or name with its mark (`Yahoo! mail`).
        !word[0].is_ascii_uppercase()
    }

    /// `http://x.org/a.rs Then`, `ann@x.org Someone`, `edit config.yaml
    /// Then`: the period at `p` is the last one inside an address or a
    /// file name that ends the sentence without punctuation before a
    /// capitalized sentence starter on the same line. Returns where the
    /// token ends.
    fn address_end(&self, p: usize) -> Option<usize> {
        let b = self.b;
        let len = b.len();
        let mut q = p;
        while q > self.lo && !b[q - 1].is_ascii_whitespace() && p - q <= 200 {
            q -= 1;
        }
        let mut r = p + 1;
        while r < len && !b[r].is_ascii_whitespace() {
            if b[r] == b'.' || r - p > 200 {
                return None; // not the last period of the token
            }
            r += 1;
        }
        let ext = &b[p + 1..r];
        let tok = &b[q..r];
        let address = memchr::memmem::find(tok, b"://").is_some()
            || memchr(b'@', tok).is_some()
            || tok.starts_with(b"www.");
        // A file name: `name.ext` with a short lowercase extension.
        let file = (1..=4).contains(&ext.len())
            && ext
                .iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && p > q
            && b[p - 1].is_ascii_alphanumeric();
        if !(address || file) || r >= len || b[r] != b' ' {
            return None;
        }
        let next = next_token(self.text, r);
        let word = &b[next.word.0..next.word.1];
        (next.kind == Kind::Upper
            && abbrev::is_starter(word)
            && memchr(b'\n', &b[r..next.word.0]).is_none())
        .then_some(r)
    }

    /// Where a sentence ends at an ellipsis starting at `p`, if it does.
    fn ellipsis_end(
        &self,
        p: usize,
        dots: usize,
        spaced: bool,
        next: Next,
        k: usize,
    ) -> Option<usize> {
        if next.kind != Kind::Upper {
            return None;
        }
        if !spaced {
            // `word.... Next` and `word... Next`.
            return Some(k);
        }
        let attached = p > self.lo && !self.b[p - 1].is_ascii_whitespace();
        match (attached, dots) {
            // `word. . . . Next`: a period, then an ellipsis opening the next.
            (true, 4) if self.b[p] == b'.' => Some(p + 1),
            // `word… . Next`: the run opened with the one-character ellipsis,
            // so there is no period of its own to end on; end after it all.
            (true, 4) => Some(k),
            // `word . . . . Next`: an ellipsis plus the period.
            (false, d) if d >= 4 => Some(k),
            // A three-dot omission mark stays inside its sentence.
            _ => None,
        }
    }

    /// Does the single period at `p` end the sentence?
    fn period_ends(&self, p: usize, closed: bool, next: Next) -> bool {
        if closed {
            return next.kind != Kind::Lower;
        }
        let b = self.b;
        let mut q = p;
        while q > self.lo && !b[q - 1].is_ascii_whitespace() && p - q <= 64 {
            q -= 1;
        }
        while q < p {
            match opener_len(&b[q..p]) {
                0 => break,
                o => q += o,
            }
        }
        let w = &b[q..p];
        if w.is_empty() {
            // `It is done . we can go`: a spaced period after a word ends
            // the sentence before a lowercase word too.
            let spaced = q == p
                && p > self.lo
                && b[p - 1] == b' '
                && b[..p]
                    .trim_ascii_end()
                    .last()
                    .is_some_and(u8::is_ascii_alphanumeric);
            return next.kind != Kind::Lower || (spaced && next.kind == Kind::Lower);
        }
        if w.len() <= 2
            && w.iter().all(u8::is_ascii_digit)
            && next.kind == Kind::Lower
            && abbrev::is_preposition(last_word(&b[self.lo..q]))
        {
            // `as in 1. above`: an item number referred to in the text.
            return false;
        }
        if w.iter().any(|c| matches!(c, b'@' | b'/' | b':')) {
            return true;
        }
        if self.inside_brackets(p) {
            return false;
        }
        let next_word = &b[next.word.0..next.word.1];
        let class = abbrev::classify(w);
        if class.is_some() && next.opened {
            // `v. t. [Latin ...]`, `pp. (see`: a bracket rarely opens a
            // sentence after an abbreviation.
            return false;
        }
        match class {
            None => true,
            Some(Abbrev::Title | Abbrev::Inner) => false,
            Some(Abbrev::Numeric) => {
                next.kind == Kind::Upper && next_word.len() > 1 && !abbrev::is_roman(next_word)
            }
            Some(Abbrev::Letter) => next.kind == Kind::Upper,
            Some(Abbrev::Initial) => {
                // `P. A. Jones`: an initial before another initial, not the
                // article `A` opening a sentence.
                let chained = next_word.len() == 1 && b.get(next.word.1) == Some(&b'.');
                next.kind == Kind::Upper && abbrev::is_starter(next_word) && !chained
            }
            Some(Abbrev::Ambiguous) => {
                if next.kind != Kind::Upper {
                    return false;
                }
                // `at 6 p.m. Visitors left`: after a clock time any capital
                // but a weekday, a month or a time zone starts a sentence.
                let clock = abbrev::is_clock(w)
                    && clock_number_before(&b[self.lo..q])
                    && !abbrev::follows_clock(next_word);
                if !clock && !abbrev::is_starter(next_word) {
                    return false;
                }
                // `At 5 a.m. Mr. Lee left`: a title after a short opening
                // phrase continues the sentence.
                let title = next.word.1 < b.len()
                    && b[next.word.1] == b'.'
                    && abbrev::is_title(&next_word.to_ascii_lowercase());
                !title || words_before(&b[self.lo..q], 3) >= 3
            }
        }
    }

    /// True when the punctuation at `p` (its run followed by the closers
    /// `closers`, then white space at `k`) sits inside a quotation that
    /// opened earlier in the sentence and closes later on the same line:
    /// `"Wait. Not yet," she said.` The quotation must open within
    /// [`QUOTE_REACH`] bytes; a closing mark right after the run ends it.
    fn inside_quote(&mut self, p: usize, closers: &[u8], k: usize) -> bool {
        self.read_quotes(p);
        if self.dq_open.is_none() && self.sq_open.is_none() {
            return false;
        }
        let b = self.b;
        let to = (k + QUOTE_REACH).min(b.len());
        let rest = &b[k..to];
        let line = &rest[..memchr(b'\n', rest).unwrap_or(rest.len())];
        if let Some(o) = self.dq_open {
            let closed = closers.contains(&b'"') || memchr::memmem::find(closers, RDQUO).is_some();
            if !closed && p - o <= QUOTE_REACH && double_close_in(line) {
                return true;
            }
        }
        if let Some(o) = self.sq_open {
            let closed = memchr::memmem::find(closers, RSQUO).is_some();
            if !closed && p - o <= QUOTE_REACH && single_close_in(line) {
                return true;
            }
        }
        false
    }

    /// Reads the quotation marks in `quote_at..to` into the open-quote state.
    fn read_quotes(&mut self, to: usize) {
        let b = self.b;
        let from = self.quote_at.max(self.lo);
        if self.nq < from {
            self.nq = find_quote(b, from);
        }
        while self.nq < to {
            let pos = self.nq;
            self.nq = find_quote(b, pos + 1);
            if b[pos] == b'"' {
                if self.dq_open.is_some() {
                    self.dq_open = None;
                } else if opens_here(b, pos, self.lo) {
                    self.dq_open = Some(pos);
                }
                continue;
            }
            match b.get(pos..pos + 3) {
                Some(LDQUO) => self.dq_open = self.dq_open.or(Some(pos)),
                Some(RDQUO) => self.dq_open = None,
                Some(LSQUO) => self.sq_open = self.sq_open.or(Some(pos)),
                Some(RSQUO) if !b.get(pos + 3).is_some_and(u8::is_ascii_alphabetic) => {
                    self.sq_open = None;
                }
                _ => {}
            }
        }
        self.quote_at = self.quote_at.max(to);
    }

    /// After `!` or `?` at `p`, does the sentence go on? Inside brackets
    /// that close on the same line (`(why? nobody knew)`), before more
    /// marks (`! ! !`), or before a dash and a lowercase word
    /// (`and -- voila! -- you have it`).
    fn mark_continues(&self, p: usize, next: Next) -> bool {
        if self.inside_brackets(p) {
            return true;
        }
        let b = self.b;
        let mut j = next.word.0;
        if next.kind != Kind::Other || j >= b.len() {
            return false;
        }
        if matches!(b[j], b'.' | b'!' | b'?') {
            return true;
        }
        let mut dashes = 0;
        loop {
            match b.get(j..) {
                Some([b'-', ..]) => j += 1,
                Some([0xE2, 0x80, 0x93 | 0x94, ..]) => j += 3,
                _ => break,
            }
            dashes += 1;
        }
        if dashes == 0 || b.get(j) != Some(&b' ') {
            return false;
        }
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        b.get(j).is_some_and(u8::is_ascii_lowercase)
    }

    /// True when the period at `p` sits inside brackets that open within
    /// [`BRACKET_REACH`] bytes before it and close later on the same line:
    /// `(see Fig. 2. below)`, `[Latin dict. form]`.
    fn inside_brackets(&self, p: usize) -> bool {
        let b = self.b;
        let from = p.saturating_sub(BRACKET_REACH).max(self.lo);
        let Some(o) = memrchr3(b'(', b'[', b'{', &b[from..p]).map(|k| from + k) else {
            return false;
        };
        let close = match b[o] {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if memchr(close, &b[o..p]).is_some() {
            return false;
        }
        let to = (p + BRACKET_REACH).min(b.len());
        let line = &b[p..to];
        let line = &line[..memchr(b'\n', line).unwrap_or(line.len())];
        memchr(close, line).is_some()
    }

    /// `word.Next` with no space: a sentence end when both sides are plain
    /// words (not an address, a file name, or an abbreviation).
    fn no_space_end(&self, p: usize) -> bool {
        let b = self.b;
        let len = b.len();
        if p <= self.lo || p + 2 >= len {
            return false;
        }
        if !(b[p + 1].is_ascii_uppercase() && b[p + 2].is_ascii_lowercase()) {
            return false;
        }
        let c = b[p - 1];
        if !(c.is_ascii_lowercase() || c.is_ascii_digit()) {
            return false;
        }
        let mut q = p;
        while q > self.lo && !b[q - 1].is_ascii_whitespace() && p - q <= 64 {
            q -= 1;
        }
        let pre = &b[q..p];
        if pre.len() < 2
            || !pre.iter().all(|&x| x.is_ascii_alphanumeric() || x == b',')
            || abbrev::classify(pre).is_some()
        {
            return false;
        }
        let mut r = p + 1;
        while r < len && (b[r].is_ascii_alphanumeric() || b[r] == b'\'' || b[r] == b'-') {
            r += 1;
            if r - p > 64 {
                return false;
            }
        }
        match b.get(r) {
            None => true,
            Some(x) if x.is_ascii_whitespace() => true,
            Some(b',' | b';' | b'!' | b'?' | b')' | b'"') => true,
            Some(b'.') => b
                .get(r + 1)
                .is_none_or(|y| y.is_ascii_whitespace() || matches!(y, b'"' | b'\'' | b')')),
            Some(_) => false,
        }
    }
}

#[cfg(test)]
mod tests;

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

pub use chunk::split_chunked;
pub use literal::in_literal_block;

use crate::types::Sentence;
use abbrev::Abbrev;
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

fn find_emoticon(b: &[u8], from: usize) -> usize {
    memchr::memchr2(b':', b';', &b[from..]).map_or(b.len(), |k| from + k)
}

fn find_punct(b: &[u8], from: usize) -> usize {
    memchr3(b'.', b'!', b'?', &b[from..]).map_or(b.len(), |k| from + k)
}

/// Next `"` or 0xE2 (the lead byte of curly quotes) at or after `from`.
fn find_quote(b: &[u8], from: usize) -> usize {
    memchr::memchr2(b'"', 0xE2, &b[from..]).map_or(b.len(), |k| from + k)
}

/// Byte length of a full-width mark.
const FULLWIDTH_LEN: usize = 3;

/// True when a full-width `．` (U+FF0E), `！` (U+FF01) or `？` (U+FF1F)
/// starts at `k`.
fn is_fullwidth_mark(b: &[u8], k: usize) -> bool {
    matches!(
        b.get(k..k + FULLWIDTH_LEN),
        Some([0xEF, 0xBC, 0x8E | 0x81 | 0x9F])
    )
}

/// Next full-width mark at or after `from`, or `b.len()`.
fn find_fullwidth(b: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(k) = memchr(0xEF, &b[at..]) {
        if is_fullwidth_mark(b, at + k) {
            return at + k;
        }
        at += k + 1;
    }
    b.len()
}

fn find_newline(b: &[u8], from: usize) -> usize {
    memchr(b'\n', &b[from..]).map_or(b.len(), |k| from + k)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn lead_ws(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_whitespace()).count()
}

/// `“`, `”`, `‘`, `’` in UTF-8.
const LDQUO: &[u8] = "\u{201c}".as_bytes();
const RDQUO: &[u8] = "\u{201d}".as_bytes();
const LSQUO: &[u8] = "\u{2018}".as_bytes();
const RSQUO: &[u8] = "\u{2019}".as_bytes();

/// Does the straight `"` at `pos` open a quotation? Only at the sentence
/// start or after white space or a bracket, and before a non-space (so
/// `3/4" wide` is an inch mark).
fn opens_here(b: &[u8], pos: usize, lo: usize) -> bool {
    let before = pos == lo || matches!(b[pos - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[');
    before && b.get(pos + 1).is_some_and(|c| !c.is_ascii_whitespace())
}

/// Does `line` hold a closing double quote (`"` after a non-space, or `”`)?
fn double_close_in(line: &[u8]) -> bool {
    let mut at = 0;
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &line[at..]) {
        let pos = at + k;
        if line[pos] == b'"' {
            if pos > 0 && !line[pos - 1].is_ascii_whitespace() {
                return true;
            }
        } else if line[pos..].starts_with(RDQUO) {
            return true;
        }
        at = pos + 1;
    }
    false
}

/// Does `line` hold a closing curly single quote (`’` not inside a word)?
fn single_close_in(line: &[u8]) -> bool {
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&line[at..], RSQUO) {
        let pos = at + k;
        if !line.get(pos + 3).is_some_and(u8::is_ascii_alphabetic) {
            return true;
        }
        at = pos + 3;
    }
    false
}

/// End of a reference mark at `k` (`[3]`, `[2–11]`, `[4, 7]`), or `k`.
#[inline]
fn citation_at(b: &[u8], k: usize, limit: usize) -> usize {
    if b.get(k) != Some(&b'[') {
        return k;
    }
    let mut j = k + 1;
    let mut digits = false;
    while j < limit && j - k <= 12 {
        match b[j] {
            b'0'..=b'9' => digits = true,
            b',' | b'-' | b' ' => {}
            0xE2 if b[j..limit].starts_with("\u{2013}".as_bytes()) => j += 2,
            b']' if digits => return j + 1,
            _ => break,
        }
        j += 1;
    }
    k
}

/// Skips reference marks written right after sentence punctuation
/// (`end.[1][2]`); returns where they stop.
fn skip_citations(b: &[u8], mut k: usize, limit: usize) -> usize {
    loop {
        let e = citation_at(b, k, limit);
        if e == k {
            return k;
        }
        k = e;
    }
}

/// A sentence ending at `e`, followed on the same line by reference marks
/// and then white space (`a gas. [1] It`), keeps the marks: returns the
/// end after them, or `e`.
fn trailing_citations(b: &[u8], e: usize, limit: usize) -> usize {
    let mut j = e;
    let mut last = e;
    loop {
        while j < limit && matches!(b[j], b' ' | b'\t') {
            j += 1;
        }
        let c = citation_at(b, j, limit);
        if c == j {
            break;
        }
        j = c;
        last = c;
    }
    if last == e || (last < b.len() && !b[last].is_ascii_whitespace()) {
        return e;
    }
    last
}

/// The last white-space separated word of `b` (empty when none).
fn last_word(b: &[u8]) -> &[u8] {
    b.trim_ascii_end()
        .rsplit(u8::is_ascii_whitespace)
        .next()
        .unwrap_or_default()
}

/// True when `before` (the sentence up to a clock abbreviation) ends with a
/// number: `at 6`, `by 10:30`.
fn clock_number_before(before: &[u8]) -> bool {
    let w = last_word(before);
    w.first().is_some_and(u8::is_ascii_digit)
        && w.iter()
            .all(|c| c.is_ascii_digit() || *c == b':' || *c == b'.')
}

/// Byte length of a closing quote or bracket at the start of `b`, or 0.
fn closer_len(b: &[u8]) -> usize {
    match b {
        [b'"' | b'\'' | b')' | b']' | b'}', ..] => 1,
        [0xC2, 0xBB, ..] => 2,                     // »
        [0xE2, 0x80, 0x99 | 0x9D | 0xBA, ..] => 3, // ’ ” ›
        _ => 0,
    }
}

/// Byte length of an opening quote or bracket at the start of `b`, or 0.
fn opener_len(b: &[u8]) -> usize {
    match b {
        [b'"' | b'\'' | b'(' | b'[' | b'{', ..] => 1,
        [0xC2, 0xAB, ..] => 2,                     // «
        [0xE2, 0x80, 0x98 | 0x9C | 0xB9, ..] => 3, // ‘ “ ‹
        _ => 0,
    }
}

/// Classifies what follows the white space at `k`.
fn next_token(text: &str, k: usize) -> Next {
    let b = text.as_bytes();
    let len = b.len();
    let mut j = k;
    let mut newlines = 0;
    while j < len && b[j].is_ascii_whitespace() {
        newlines += usize::from(b[j] == b'\n');
        j += 1;
    }
    if newlines >= 2 {
        // A blank line ends the paragraph: nothing beyond it counts.
        return Next {
            kind: Kind::End,
            word: (j, j),
            opened: false,
        };
    }
    let start = j;
    let mut guard = 0;
    while j < len && guard < 4 {
        match opener_len(&b[j..]) {
            0 => break,
            o => j += o,
        }
        guard += 1;
    }
    let opened = j > start;
    let Some(c) = text[j..].chars().next() else {
        return Next {
            kind: Kind::End,
            word: (j, j),
            opened,
        };
    };
    let kind = if c.is_lowercase() {
        Kind::Lower
    } else if c.is_uppercase() {
        Kind::Upper
    } else if c.is_ascii_digit() {
        Kind::Digit
    } else {
        Kind::Other
    };
    let mut e = j;
    while e < len && b[e].is_ascii_alphabetic() && e - j < 16 {
        e += 1;
    }
    Next {
        kind,
        word: (j, e),
        opened,
    }
}

/// Counts white-space separated words in `b`, stopping at `max`.
fn words_before(b: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &c in b {
        if c.is_ascii_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            n += 1;
            if n >= max {
                break;
            }
        }
    }
    n
}

/// Byte length of a list bullet at the start of `b`, or 0.
fn bullet_len(b: &[u8]) -> usize {
    match b {
        [b'-' | b'*' | b'+', ..] => 1,
        [0xC2, 0xB7, ..] => 2, // ·
        // • ‣ ⁃ – ▪ ■ ◦ ● ○
        [0xE2, 0x80, 0xA2 | 0xA3 | 0x93, ..]
        | [0xE2, 0x81, 0x83, ..]
        | [0xE2, 0x96, 0xAA | 0xA0, ..]
        | [0xE2, 0x97, 0xA6 | 0x8F | 0x8B, ..] => 3,
        _ => 0,
    }
}

/// Parses a list marker at `j`: a bullet, an enumerator (`1.`, `2)`, `3.)`,
/// `(4)`, `a.`, `b)`, `iv.`), or a bullet then an enumerator. `strict`
/// (used at line starts) refuses capital-letter enumerators with a period,
/// which are more often initials (`A. Smith`).
fn parse_marker(b: &[u8], j: usize, strict: bool) -> Option<Marker> {
    let len = b.len();
    let mut k = j;
    let bl = bullet_len(&b[k..]);
    let mut m = Marker {
        end: k,
        next: [0; 12],
        next_len: 0,
        alt: [0; 12],
        alt_len: 0,
        lower_ok: true,
    };
    if bl > 0 {
        k += bl;
        let space = k < len && (b[k] == b' ' || b[k] == b'\t');
        if bl == 1 && !space {
            return None; // `-5`, `*word*`
        }
        while k < len && (b[k] == b' ' || b[k] == b'\t') {
            k += 1;
        }
        m.end = k;
        // Only unmistakable bullets are searched for inline.
        if bl == 3 && b[j + 2] != 0x93 {
            m.next[0] = b' ';
            m.next[1..4].copy_from_slice(&b[j..j + 3]);
            m.next_len = 4;
        }
    }
    let paren = k < len && b[k] == b'(';
    let e0 = k + usize::from(paren);
    let mut e = e0;
    while e < len && e - e0 < 4 && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    let tok = &b[e0..e];
    let digits = !tok.is_empty() && tok.len() <= 3 && tok.iter().all(u8::is_ascii_digit);
    let letter = tok.len() == 1 && tok[0].is_ascii_alphabetic();
    let roman = tok.len() > 1 && tok.iter().all(u8::is_ascii_lowercase) && abbrev::is_roman(tok);
    if !(digits || letter || roman) {
        return (bl > 0).then_some(m);
    }
    let mut f = e;
    let punct_start = f;
    if paren {
        if f < len && b[f] == b')' {
            f += 1;
        } else {
            return (bl > 0).then_some(m);
        }
    } else {
        if f < len && b[f] == b'.' {
            f += 1;
        }
        if f < len && b[f] == b')' {
            f += 1;
        }
    }
    if f == punct_start || (f < len && !b[f].is_ascii_whitespace()) {
        return (bl > 0).then_some(m);
    }
    if strict && letter && tok[0].is_ascii_uppercase() && b[f - 1] == b'.' {
        return (bl > 0).then_some(m);
    }
    m.end = f;
    if bl > 0 {
        return Some(m);
    }
    m.lower_ok = letter || roman || b[f - 1] == b')';
    // The marker the next item would carry: ` 2) `, ` b. `, ` (3) `,
    // ` iv. `; a lowercase `i`, `v` or `x` may count letters or numerals.
    let mut succ = [0u8; 4];
    let mut t = 0;
    if digits {
        let mut v: u32 = tok.iter().fold(0, |a, &d| a * 10 + u32::from(d - b'0')) + 1;
        let mut tmp = [0u8; 4];
        while v > 0 && t < 4 {
            tmp[t] = b'0' + (v % 10) as u8;
            v /= 10;
            t += 1;
        }
        for (d, s) in tmp[..t].iter().rev().zip(succ.iter_mut()) {
            *s = *d;
        }
    } else if letter
        && (tok[0].is_ascii_lowercase() || b[f - 1] == b')')
        && !matches!(tok[0], b'z' | b'Z')
    {
        // `A. Smith and B. Jones` are initials, so capital letters count
        // only with a bracket: `A) one B) two`.
        succ[0] = tok[0] + 1;
        t = 1;
    }
    let roman_next = if letter || roman {
        roman_successor(tok)
    } else {
        None
    };
    let punct = &b[punct_start..f];
    if t > 0 {
        m.next_len = item_pattern(&mut m.next, paren, &succ[..t], punct);
        if let Some(r) = roman_next {
            m.alt_len = item_pattern(&mut m.alt, paren, r, punct);
        }
    } else if let Some(r) = roman_next {
        m.next_len = item_pattern(&mut m.next, paren, r, punct);
    }
    Some(m)
}

/// The lowercase Roman numeral after `tok` (`i` to `ix`), if any.
fn roman_successor(tok: &[u8]) -> Option<&'static [u8]> {
    const ROMANS: [&[u8]; 10] = [
        b"i", b"ii", b"iii", b"iv", b"v", b"vi", b"vii", b"viii", b"ix", b"x",
    ];
    let at = ROMANS.iter().position(|r| *r == tok)?;
    ROMANS.get(at + 1).copied()
}

/// Writes ` ` `(`? `tok` `punct` ` ` into `out`; returns its length.
fn item_pattern(out: &mut [u8; 12], paren: bool, tok: &[u8], punct: &[u8]) -> usize {
    let mut n = 0;
    let parts: [&[u8]; 4] = [b" ", if paren { b"(" } else { b"" }, tok, punct];
    for part in parts {
        for &c in part {
            if n + 1 < out.len() {
                out[n] = c;
                n += 1;
            }
        }
    }
    out[n] = b' ';
    n + 1
}

/// Start of the next inline list item with marker `pat` in `from..hi`
/// (followed by something other than a lowercase letter, unless
/// `lower_ok`), or `usize::MAX`.
fn find_item(b: &[u8], from: usize, hi: usize, pat: &[u8], lower_ok: bool) -> usize {
    let mut at = from;
    while at < hi {
        let Some(k) = memchr::memmem::find(&b[at..hi], pat) else {
            break;
        };
        let pos = at + k;
        let after = pos + pat.len();
        if lower_ok || !b.get(after).is_some_and(u8::is_ascii_lowercase) {
            return pos + 1;
        }
        at = pos + 1;
    }
    usize::MAX
}

/// True when `t` (trimmed) ends with sentence punctuation, possibly inside
/// closing quotes or brackets.
fn ends_terminal(t: &[u8]) -> bool {
    let mut e = t.len();
    loop {
        let tail = &t[..e];
        let c = match tail {
            [.., b'"' | b'\'' | b')' | b']' | b'}'] => 1,
            [.., 0xC2, 0xBB] => 2,
            [.., 0xE2, 0x80, 0x99 | 0x9D | 0xBA] => 3,
            _ => 0,
        };
        if c == 0 {
            break;
        }
        e -= c;
    }
    matches!(t[..e].last(), Some(b'.' | b'!' | b'?'))
}

/// True when a line ending in `t` (trimmed) clearly runs on.
fn ends_continuation(t: &[u8]) -> bool {
    match t {
        [.., b',' | b';' | b'(' | b'&' | b'/'] => return true,
        [.., c, b'-'] if c.is_ascii_alphanumeric() => return true,
        [.., 0xE2, 0x80, 0x93 | 0x94] => return true, // – —
        _ => {}
    }
    let w = t
        .rsplit(|c| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let start = t.len() - w.len();
    (start == 0 || t[start - 1].is_ascii_whitespace())
        && w.iter().all(u8::is_ascii_lowercase)
        && abbrev::is_continuation(w)
}

/// A heading-like line: no lowercase word other than minor ones.
fn title_like(t: &[u8]) -> bool {
    if t.len() > 150 {
        return false;
    }
    let mut upper = false;
    for w in t.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()) {
        if w[0].is_ascii_lowercase() {
            if !abbrev::is_minor(w) {
                return false;
            }
        } else if w[0].is_ascii_uppercase() {
            upper = true;
        }
    }
    upper
}

/// A letter's greeting or closing line: `Dear Ms. Lee,` (a greeting word
/// and at most four words), or `Best regards,` before a short name line
/// (`nt`, trimmed).
fn letter_line(lt: &[u8], nt: &[u8]) -> bool {
    if lt.len() > 32 || lt.last() != Some(&b',') || !lt[0].is_ascii_uppercase() {
        return false;
    }
    let words = words_before(lt, 5);
    let first = lt
        .split(|c| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if abbrev::is_greeting(first) && words <= 4 {
        return true;
    }
    words <= 3 && nt.len() <= 40 && !ends_terminal(nt) && title_like(nt)
}

/// Markdown structure lines: two table rows (`| a | b |`), or a code fence
/// (```` ``` ````, `~~~`) on either side.
fn markdown_rows(lt: &[u8], nt: &[u8]) -> bool {
    let fence = |t: &[u8]| t.starts_with(b"```") || t.starts_with(b"~~~");
    (lt.first() == Some(&b'|') && nt.first() == Some(&b'|')) || fence(lt) || fence(nt)
}

/// Does a single newline between `line` and the next line (trimmed `nt`,
/// starting at byte `nt_at` of `text`) end the sentence? `item`: the
/// sentence is a list item (it starts with a marker), which a capitalized
/// line after it does not continue.
fn hard_break(text: &str, line: &[u8], nt: &[u8], nt_at: usize, item: bool) -> bool {
    let b = text.as_bytes();
    if parse_marker(b, nt_at, true).is_some() {
        return true;
    }
    let lt = line.trim_ascii();
    if lt.is_empty() {
        return false;
    }
    // A reply's attribution line ("On Mon, 12 Aug, Ann Lee wrote:") heads
    // the quotation below it.
    let attribution = lt.ends_with(b" wrote:") || lt.ends_with(b" writes:");
    if letter_line(lt, nt) || markdown_rows(lt, nt) || separator(lt) || separator(nt) || attribution
    {
        return true;
    }
    if ends_terminal(lt) || ends_continuation(lt) {
        return false;
    }
    let first = text[nt_at..].chars().next();
    if item && first.is_some_and(char::is_uppercase) {
        return true;
    }
    if first.is_some_and(char::is_lowercase) {
        return !(ends_terminal(nt) || lt.len() >= 40 || nt.len() >= 40);
    }
    !(lt.len() >= 50 && 4 * lt.len() >= 3 * nt.len() && !title_like(lt))
}

/// A separator line: a rule (`-----`, `=====`, `___`, `* * *`), the
/// signature mark `--`, or a banner between dashes (`----- Original
/// Message -----`). It stands alone: a line break before or after it ends
/// the sentence.
fn separator(t: &[u8]) -> bool {
    let rule = t.len() >= 3
        && t.iter().any(|c| *c != b' ')
        && t.iter()
            .all(|c| matches!(c, b'-' | b'=' | b'_' | b'*' | b'~' | b' '));
    let banner = |m: &[u8]| t.len() > 2 * m.len() && t.starts_with(m) && t.ends_with(m);
    t == b"--" || rule || banner(b"---") || banner(b"===")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces(text: &str) -> Vec<String> {
        split(text)
            .iter()
            .map(|s| {
                text[s.start..s.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// `(text, expected sentences)`; sentences compared with inner white
    /// space collapsed, as `defmine split` prints them.
    const CASES: &[(&str, &[&str])] = &[
        // Plain ends.
        (
            "The oven is hot. Bread needs an hour.",
            &["The oven is hot.", "Bread needs an hour."],
        ),
        (
            "Is it raining? Take a coat!",
            &["Is it raining?", "Take a coat!"],
        ),
        ("Wait?! Really?? No!!", &["Wait?!", "Really??", "No!!"]),
        // Web and mail text: a lowercase start after an unquoted `?` or
        // `!`; a bracket closing after the mark; odd marks and emoticons.
        ("Why not? it works fine.", &["Why not?", "it works fine."]),
        (
            "Did the parcel come? yes, it came today.",
            &["Did the parcel come?", "yes, it came today."],
        ),
        (
            "We left early (it rained all day!) The next day was dry.",
            &[
                "We left early (it rained all day!)",
                "The next day was dry.",
            ],
        ),
        (
            "Is it done (or not?) Nobody knows.",
            &["Is it done (or not?)", "Nobody knows."],
        ),
        (
            "This is great!!! I love it. Really?! That is odd.",
            &["This is great!!!", "I love it.", "Really?!", "That is odd."],
        ),
        (
            "That was fun :) We should do it again.",
            &["That was fun :)", "We should do it again."],
        ),
        (
            "It broke again :-( I will try later.",
            &["It broke again :-(", "I will try later."],
        ),
        (
            "It is done . we can go now.",
            &["It is done .", "we can go now."],
        ),
        // False boundaries: an emoticon inside a sentence, a day
        // abbreviation, a brand with `!`, a name prefix, an interjection,
        // a quoted exclamation.
        (
            "I was happy :) when it worked.",
            &["I was happy :) when it worked."],
        ),
        (
            "See you on Sat. morning at the shop.",
            &["See you on Sat. morning at the shop."],
        ),
        (
            "He sent it via Yahoo! mail yesterday.",
            &["He sent it via Yahoo! mail yesterday."],
        ),
        (
            "The shop of Mc. Donald is closed.",
            &["The shop of Mc. Donald is closed."],
        ),
        ("Oh! how nice it is.", &["Oh! how nice it is."]),
        (
            "\"Stop!\" she said. \"Why?\" he asked.",
            &["\"Stop!\" she said.", "\"Why?\" he asked."],
        ),
        (
            "The time is 10:30 now. Come at 11:00 Then we go.",
            &["The time is 10:30 now.", "Come at 11:00 Then we go."],
        ),
        // A sentence ending in an address or a file name, then a capital.
        (
            "The code is at http://example.org/src/main.rs Then run it.",
            &[
                "The code is at http://example.org/src/main.rs",
                "Then run it.",
            ],
        ),
        (
            "Write to anna.berg@example.com We will answer.",
            &["Write to anna.berg@example.com", "We will answer."],
        ),
        (
            "Edit the file config.yaml Then restart the server.",
            &["Edit the file config.yaml", "Then restart the server."],
        ),
        (
            "Open config.yaml Section 3 for the keys.",
            &["Open config.yaml Section 3 for the keys."],
        ),
        // Separator lines and banners stand alone.
        (
            "----- Original Message -----\nI sent the file on time.",
            &["----- Original Message -----", "I sent the file on time."],
        ),
        (
            "Thanks for the help,\n-- \nAnn Lee\nBox 12, Elm Town",
            &["Thanks for the help,", "--", "Ann Lee", "Box 12, Elm Town"],
        ),
        (
            "the meeting moved to room four\n=====\nnotes follow below",
            &[
                "the meeting moved to room four",
                "=====",
                "notes follow below",
            ],
        ),
        // Mail: header lines, and a reply's attribution line.
        (
            "From: Ann Lee\nSubject: the garden plan\nI looked at the plan.",
            &[
                "From: Ann Lee",
                "Subject: the garden plan",
                "I looked at the plan.",
            ],
        ),
        (
            "On Mon, 12 Aug 2002, Ann Lee wrote:\nthe plan works for me and we can start soon.",
            &[
                "On Mon, 12 Aug 2002, Ann Lee wrote:",
                "the plan works for me and we can start soon.",
            ],
        ),
        // Quoted speech of several full sentences stays in its sentence
        // when the quotation closes on the same line.
        (
            "She said, \"Go now. Take the car. Be back by six.\" Then she left.",
            &[
                "She said, \"Go now. Take the car. Be back by six.\"",
                "Then she left.",
            ],
        ),
        // Lowercase starts after ". " still split (scraped text loses capitals).
        (
            "the shop opened late. customers waited outside.",
            &["the shop opened late.", "customers waited outside."],
        ),
        // Titles and name abbreviations.
        (
            "Mrs. Okafor met Prof. Lind at noon.",
            &["Mrs. Okafor met Prof. Lind at noon."],
        ),
        (
            "The letter reached Dr. Alvarez today.",
            &["The letter reached Dr. Alvarez today."],
        ),
        // Initials versus the pronoun I or a closing capital.
        (
            "The poem by T. Ruiz won a prize.",
            &["The poem by T. Ruiz won a prize."],
        ),
        (
            "We kept vitamin C. It was cheap.",
            &["We kept vitamin C.", "It was cheap."],
        ),
        // Inner abbreviations never end a sentence.
        (
            "Bring fruit, e.g. Apples or pears.",
            &["Bring fruit, e.g. Apples or pears."],
        ),
        (
            "It was cold, i.e. below zero.",
            &["It was cold, i.e. below zero."],
        ),
        // Reference abbreviations before numbers; an end before a capital.
        (
            "See Fig. 4 and vol. 2 on pp. 10 to 12.",
            &["See Fig. 4 and vol. 2 on pp. 10 to 12."],
        ),
        (
            "The old edition ends at p. Next comes the index.",
            &["The old edition ends at p.", "Next comes the index."],
        ),
        (
            "The fair opens on Sept. 9 each year.",
            &["The fair opens on Sept. 9 each year."],
        ),
        (
            "Read chapter No. 3 tonight.",
            &["Read chapter No. 3 tonight."],
        ),
        // Ambiguous abbreviations: end only before a sentence starter.
        (
            "We sold chairs, lamps, etc. They went fast.",
            &["We sold chairs, lamps, etc.", "They went fast."],
        ),
        (
            "We sold chairs, lamps, etc. at the market.",
            &["We sold chairs, lamps, etc. at the market."],
        ),
        (
            "She moved to the U.K. Her sister stayed.",
            &["She moved to the U.K.", "Her sister stayed."],
        ),
        (
            "She moved to the U.K. Midlands in spring.",
            &["She moved to the U.K. Midlands in spring."],
        ),
        (
            "By 7 p.m. Dr. Chen had left.",
            &["By 7 p.m. Dr. Chen had left."],
        ),
        (
            "The train left the station at 7 p.m. Dr. Chen missed it.",
            &[
                "The train left the station at 7 p.m.",
                "Dr. Chen missed it.",
            ],
        ),
        (
            "Acme Ltd. was founded by Smith et al. in the spring.",
            &["Acme Ltd. was founded by Smith et al. in the spring."],
        ),
        (
            "The rule was stated by P. A. Moreau. A second rule came later.",
            &[
                "The rule was stated by P. A. Moreau.",
                "A second rule came later.",
            ],
        ),
        // Numbers and money.
        (
            "The ticket costs $12.50 today.",
            &["The ticket costs $12.50 today."],
        ),
        (
            "The ticket costs $12.50. It used to be less.",
            &["The ticket costs $12.50.", "It used to be less."],
        ),
        (
            "Sales rose in 2019. Then they fell.",
            &["Sales rose in 2019.", "Then they fell."],
        ),
        // Addresses.
        (
            "Write to help.desk@mail.example.org. We answer daily.",
            &["Write to help.desk@mail.example.org.", "We answer daily."],
        ),
        (
            "The page is http://example.net/a.b/c.html. Read it.",
            &["The page is http://example.net/a.b/c.html.", "Read it."],
        ),
        // Quotes and brackets after the period.
        (
            "He said, \"We are late.\" then ran.",
            &["He said, \"We are late.\" then ran."],
        ),
        (
            "He said, \"We are late.\" The bus had gone.",
            &["He said, \"We are late.\"", "The bus had gone."],
        ),
        (
            "The cat (it was old.) slept all day.",
            &["The cat (it was old.) slept all day."],
        ),
        (
            "Her shop is called Bloom! in the square.",
            &["Her shop is called Bloom! in the square."],
        ),
        (
            "It is done (finally). We can rest.",
            &["It is done (finally).", "We can rest."],
        ),
        // Periods inside brackets that close on the same line.
        (
            "The bird (family Corvidae, cf. fig. 2. below) is clever.",
            &["The bird (family Corvidae, cf. fig. 2. below) is clever."],
        ),
        (
            "GLEAM, n. [Old Eng. glem. See Glimmer.] A faint light.",
            &["GLEAM, n. [Old Eng. glem. See Glimmer.]", "A faint light."],
        ),
        (
            "It rained (as usual. Nobody cared. We went out anyway.",
            &[
                "It rained (as usual.",
                "Nobody cared.",
                "We went out anyway.",
            ],
        ),
        // Grammar abbreviations.
        (
            "Quick, adj. -- Moving fast.",
            &["Quick, adj. -- Moving fast."],
        ),
        // Ellipses.
        ("I thought... maybe not.", &["I thought... maybe not."]),
        (
            "I waited.... Nobody came.",
            &["I waited....", "Nobody came."],
        ),
        (
            "The note said . . . nothing more.",
            &["The note said . . . nothing more."],
        ),
        (
            "Text was cut [...] from the middle.",
            &["Text was cut [...] from the middle."],
        ),
        // Missing space after the period.
        (
            "The game ended.Everyone cheered loudly.",
            &["The game ended.", "Everyone cheered loudly."],
        ),
        (
            "Mail jane.Doe@example.com today.",
            &["Mail jane.Doe@example.com today."],
        ),
        (
            "Open the file index.html in a browser.",
            &["Open the file index.html in a browser."],
        ),
        ("Mr.Brown is here.", &["Mr.Brown is here."]),
        // Lists on one line.
        ("1) Buy milk 2) Call home", &["1) Buy milk", "2) Call home"]),
        (
            "a. Red paint b. Blue paint",
            &["a. Red paint", "b. Blue paint"],
        ),
        (
            "\u{2022} Pens \u{2022} Paper \u{2022} Ink",
            &["\u{2022} Pens", "\u{2022} Paper", "\u{2022} Ink"],
        ),
        (
            "1. We met at nine. 2. We left at ten.",
            &["1. We met at nine.", "2. We left at ten."],
        ),
        // A quotation that closes later on the line keeps its sentences.
        (
            "\"Stay here. Do not move,\" the guard said.",
            &["\"Stay here. Do not move,\" the guard said."],
        ),
        (
            "She wrote, \u{201c}We arrived. The hotel was full.\u{201d} Then she slept.",
            &[
                "She wrote, \u{201c}We arrived. The hotel was full.\u{201d}",
                "Then she slept.",
            ],
        ),
        (
            "The sign said \u{2018}Closed. Back at noon\u{2019} so we left.",
            &["The sign said \u{2018}Closed. Back at noon\u{2019} so we left."],
        ),
        (
            "The pipe is 3/4\" wide. It fits. The tap is 1/2\" wide.",
            &[
                "The pipe is 3/4\" wide.",
                "It fits.",
                "The tap is 1/2\" wide.",
            ],
        ),
        (
            "The note began \"Dear friend. It ended there.",
            &["The note began \"Dear friend.", "It ended there."],
        ),
        (
            "The cat\u{2019}s bowl was empty. The dog\u{2019}s was full.",
            &[
                "The cat\u{2019}s bowl was empty.",
                "The dog\u{2019}s was full.",
            ],
        ),
        // `!` and `?` inside brackets, before dashes or before more marks.
        (
            "Bake it, cool it and -- presto! -- dessert is ready.",
            &["Bake it, cool it and -- presto! -- dessert is ready."],
        ),
        (
            "Where is he? - Nobody answered.",
            &["Where is he?", "- Nobody answered."],
        ),
        (
            "The list (is it done? not yet) keeps growing.",
            &["The list (is it done? not yet) keeps growing."],
        ),
        ("Stop ! ! ! Please stop.", &["Stop ! ! !", "Please stop."]),
        // Clock times end a sentence before most capitals.
        (
            "The shop closed at 6 p.m. Customers left quietly.",
            &["The shop closed at 6 p.m.", "Customers left quietly."],
        ),
        (
            "The office opens at 9 a.m. Monday through Friday.",
            &["The office opens at 9 a.m. Monday through Friday."],
        ),
        (
            "The show starts at 8:30 p.m. EST tonight.",
            &["The show starts at 8:30 p.m. EST tonight."],
        ),
        // A bare item number referred to in the text.
        (
            "As noted in 3. above, the fee is waived.",
            &["As noted in 3. above, the fee is waived."],
        ),
        (
            "We counted 12. Then we stopped.",
            &["We counted 12.", "Then we stopped."],
        ),
        (
            "the first score was 7. the second was lower.",
            &["the first score was 7.", "the second was lower."],
        ),
        // Reference marks stay with the sentence they follow.
        (
            "Copper conducts heat well.[2] It is also soft.",
            &["Copper conducts heat well.[2]", "It is also soft."],
        ),
        (
            "Tin melts easily. [3][4] It is used in solder.",
            &["Tin melts easily. [3][4]", "It is used in solder."],
        ),
        (
            "The first step is easy. [Note: the next is not.] Start now.",
            &[
                "The first step is easy.",
                "[Note: the next is not.]",
                "Start now.",
            ],
        ),
        (
            "The set {a. b} is small. It has two items.",
            &["The set {a. b} is small.", "It has two items."],
        ),
        // General abbreviations.
        (
            "The fee is Rs. 500 per visit.",
            &["The fee is Rs. 500 per visit."],
        ),
        (
            "She works with the med. team on weekends.",
            &["She works with the med. team on weekends."],
        ),
        // Inline lists with lowercase items.
        (
            "a) milk b) eggs c) flour",
            &["a) milk", "b) eggs", "c) flour"],
        ),
        ("A) Rome B) Paris", &["A) Rome", "B) Paris"]),
        (
            "A. Smith and B. Jones wrote it.",
            &["A. Smith and B. Jones wrote it."],
        ),
        (
            "i. wash ii. dry iii. fold",
            &["i. wash", "ii. dry", "iii. fold"],
        ),
        (
            "Option a. is cheaper than option b. in most cases.",
            &["Option a. is cheaper than option b. in most cases."],
        ),
        // Full-width marks end sentences, with or without a space.
        (
            "The rain stopped\u{ff0e}We went out\u{ff01} It was warm.",
            &[
                "The rain stopped\u{ff0e}",
                "We went out\u{ff01}",
                "It was warm.",
            ],
        ),
        (
            "Is it open\u{ff1f} maybe not.",
            &["Is it open\u{ff1f} maybe not."],
        ),
        // Markdown table rows and code fences are lines of their own.
        (
            "| Name | Job title in the firm |\n| Ann Lee | Editor of the weekly paper since 2019 |",
            &[
                "| Name | Job title in the firm |",
                "| Ann Lee | Editor of the weekly paper since 2019 |",
            ],
        ),
        (
            "```\nmake all\n```\nThe command builds everything.",
            &["```", "make all", "```", "The command builds everything."],
        ),
        (
            "The price | the quantity and the total cost of each order placed in the shop\nare listed below.",
            &[
                "The price | the quantity and the total cost of each order placed in the shop are listed below.",
            ],
        ),
        // A list item ends at a line break before a capital.
        (
            "- Call the plumber\nThe sink still leaks.",
            &["- Call the plumber", "The sink still leaks."],
        ),
        (
            "1. Send the forms to\n   Maria at the office.",
            &["1. Send the forms to Maria at the office."],
        ),
        // Letter greetings and closings.
        (
            "Hi Anna,\nThe files are attached.",
            &["Hi Anna,", "The files are attached."],
        ),
        ("Many thanks,\nLee Park", &["Many thanks,", "Lee Park"]),
        (
            "After the storm,\nthe river rose quickly and flooded the lower fields near town.",
            &["After the storm, the river rose quickly and flooded the lower fields near town."],
        ),
        // Blank lines always end a sentence; a title line is its own.
        (
            "Garden Notes\n\nThe roses need water",
            &["Garden Notes", "The roses need water"],
        ),
        (
            "We went to see Dr.\n\nSmith was out.",
            &["We went to see Dr.", "Smith was out."],
        ),
        // A single newline inside a sentence is a space.
        (
            "The weather was\nvery mild that week.",
            &["The weather was very mild that week."],
        ),
        (
            "A storm came in from the sea and the\nboats stayed home.",
            &["A storm came in from the sea and the boats stayed home."],
        ),
        // Short lines without final punctuation are separate items.
        (
            "home\nabout us\nopening hours\n",
            &["home", "about us", "opening hours"],
        ),
        (
            "Introduction\nThe study began in May.",
            &["Introduction", "The study began in May."],
        ),
        // List items on their own lines.
        (
            "Packing list:\n- warm socks\n- a torch\n- maps",
            &["Packing list:", "- warm socks", "- a torch", "- maps"],
        ),
        (
            "Steps\n1. Mix the flour\n2. Add water",
            &["Steps", "1. Mix the flour", "2. Add water"],
        ),
    ];

    #[test]
    fn table() {
        let mut fails = Vec::new();
        for (text, want) in CASES {
            let got = pieces(text);
            if got != *want {
                fails.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(
            fails.is_empty(),
            "{} failures:\n{}",
            fails.len(),
            fails.join("\n")
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The committee met every second week during the winter months and\n\
                    reviewed the accounts of the society, which had grown quickly since\n\
                    the new members joined. Most of them were farmers from the valley.\n\
                    They asked for a larger hall and for better lighting at the back of\n\
                    the room.\n\
                    \n\
                    A second paragraph starts here and it is also wrapped at a fixed\n\
                    width, so its lines break in the middle of the sentence as well.\n";
        assert_eq!(
            pieces(text),
            [
                "The committee met every second week during the winter months and reviewed the accounts of the society, which had grown quickly since the new members joined.",
                "Most of them were farmers from the valley.",
                "They asked for a larger hall and for better lighting at the back of the room.",
                "A second paragraph starts here and it is also wrapped at a fixed width, so its lines break in the middle of the sentence as well.",
            ]
        );
    }

    #[test]
    fn wrapped_line_before_a_capitalized_word_is_joined() {
        let text = "During the long dry summer the farmers in the northern valley met\n\
                    Canadian buyers at the market and sold most of the grain early.";
        assert_eq!(pieces(text).len(), 1);
    }

    #[test]
    fn heading_before_wrapped_text_stands_alone() {
        let text = "Results of the Survey\nThe survey was sent to every household in the district and most\nof them answered within a month.";
        assert_eq!(pieces(text)[0], "Results of the Survey");
        assert_eq!(pieces(text).len(), 2);
    }

    #[test]
    fn cap_bounds_sentence_length_and_prefers_spaces() {
        let text = "word ".repeat(10_000);
        let s = split(&text);
        assert!(s.len() >= 6);
        for x in &s {
            assert!(x.len() <= MAX_SENTENCE_BYTES);
            assert!(!text[x.start..x.end].ends_with("wor"));
        }
        assert!(reaches_cap(&s[0]));
        let solid = "\u{e9}".repeat(20_000);
        for x in split(&solid) {
            assert!(x.len() <= MAX_SENTENCE_BYTES);
        }
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\r\n \u{a0}").is_empty());
        assert_eq!(pieces("..."), ["..."]);
    }

    #[test]
    fn split_document_equals_split_on_a_large_text() {
        let unit = "Paragraph one has two sentences. It ends here.\n\nA title line\n\n\
                    Some wrapped text that goes on for a while and then\ncontinues on the next line.\n";
        let text = unit.repeat((PARALLEL_MIN_BYTES / unit.len()) + 10);
        assert!(text.len() >= PARALLEL_MIN_BYTES);
        assert_eq!(split_document(&text), split(&text));
    }

    #[test]
    fn lookahead_stops_at_a_blank_line() {
        // Found by the chunking property: the ellipsis rule used to read
        // the capital after the blank line.
        let prefix = "a. ... \n\n";
        let whole = format!("{prefix}U.S. ");
        assert_eq!(split(&whole)[..1], split(prefix)[..]);
        let t = "We met Mr. ... \n\n J. \n";
        assert_eq!(split_chunked(t, 1), split(t));
    }

    /// Checks the span laws: ordered, disjoint, on char boundaries, trimmed,
    /// and covering every non-white-space byte.
    fn check_laws(text: &str, spans: &[Sentence]) -> Result<(), TestCaseError> {
        let mut prev = 0;
        for s in spans {
            prop_assert!(s.start < s.end, "empty span {:?}", s);
            prop_assert!(prev <= s.start, "overlap at {:?}", s);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let piece = &text[s.start..s.end];
            prop_assert_eq!(piece, piece.trim());
            let blank = piece.split('\n').skip(1).collect::<Vec<_>>();
            let inner = &blank[..blank.len().saturating_sub(1)];
            prop_assert!(
                inner.iter().all(|l| !l.trim_ascii().is_empty()),
                "blank line inside {:?}",
                s
            );
            prop_assert!(
                text[prev..s.start].trim().is_empty(),
                "uncovered text before {:?}",
                s
            );
            prev = s.end;
        }
        prop_assert!(text[prev..].trim().is_empty());
        Ok(())
    }

    /// Texts rich in the bytes the splitter cares about.
    fn prose() -> impl Strategy<Value = String> {
        let atom = prop_oneof![
            Just("The"),
            Just("cat"),
            Just("Mr."),
            Just("e.g."),
            Just("U.S."),
            Just("1."),
            Just("2)"),
            Just("a."),
            Just("J."),
            Just("..."),
            Just(". . ."),
            Just("?!"),
            Just("\""),
            Just(")"),
            Just("\u{2022}"),
            Just("\u{201d}"),
            Just("\u{201c}"),
            Just("\u{ff0e}"),
            Just("\u{2018}"),
            Just("\u{2019}"),
            Just("[1]"),
            Just("p.m."),
            Just("--"),
            Just("i."),
            Just("b)"),
            Just("word.Next"),
            Just("pp."),
            Just("5"),
            Just("x@y.z"),
            Just("\n"),
            Just("\n\n"),
            Just(" \n "),
            Just("-"),
            Just("\u{e9}t\u{e9}."),
            Just("I"),
            Just("the"),
            Just("and"),
            Just("long long long long long long long long long long"),
        ];
        prop::collection::vec((atom, prop_oneof![Just(" "), Just(""), Just("  ")]), 0..80)
            .prop_map(|v| v.into_iter().map(|(a, s)| format!("{a}{s}")).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::with_cases(256)
        })]

        #[test]
        fn laws_hold_on_any_string(text in "\\PC{0,200}") {
            check_laws(&text, &split(&text))?;
        }

        #[test]
        fn laws_hold_on_any_bytes_decoded(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let text = String::from_utf8_lossy(&bytes);
            check_laws(&text, &split(&text))?;
        }

        #[test]
        fn laws_hold_on_prose(text in prose()) {
            check_laws(&text, &split(&text))?;
        }

        #[test]
        fn chunked_equals_whole(text in prose(), target in 1usize..64) {
            prop_assert_eq!(split_chunked(&text, target), split(&text));
        }

        #[test]
        fn chunked_equals_whole_on_any_string(text in "(\\PC|\n|\n\n|[.!?] ){0,200}", target in 1usize..64) {
            prop_assert_eq!(split_chunked(&text, target), split(&text));
        }

        #[test]
        fn chunked_equals_whole_on_wrapped_lines(
            lines in prop::collection::vec((prose(), prop_oneof![Just("\n"), Just("\n\n"), Just(".\n")]), 1..8),
            target in 1usize..200,
        ) {
            let text: String = lines.into_iter().map(|(l, e)| format!("{l}{e}")).collect();
            prop_assert_eq!(split_chunked(&text, target), split(&text));
        }

        #[test]
        fn blank_line_prefix_shifts_spans(prefix in prose(), text in prose()) {
            let prefix = format!("{prefix}\n\n");
            let whole = format!("{prefix}{text}");
            let mut want = split(&prefix);
            want.extend(split(&text).into_iter().map(|s| Sentence::new(s.start + prefix.len(), s.end + prefix.len())));
            prop_assert_eq!(split(&whole), want);
        }
    }

    /// Throughput on ordinary prose: `cargo test --release --lib
    /// split::tests::throughput -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn throughput() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/input/track_two_diplomacy.txt");
        let Ok(one) = std::fs::read_to_string(path) else {
            return;
        };
        let text = one.repeat(20_000_000 / one.len() + 1);
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            n = split(&text).len();
            best = best.min(t.elapsed().as_secs_f64());
        }
        let mb = text.len() as f64 / 1e6;
        println!(
            "split: {mb:.1} MB, {n} sentences, best {best:.4} s, {:.0} MB/s",
            mb / best
        );
        // The same text hard-wrapped at 72 columns.
        let mut wrapped = String::with_capacity(text.len() + text.len() / 60);
        for para in text.split("\n\n") {
            let mut col = 0;
            for w in para.split_whitespace() {
                if col > 0 && col + w.len() >= 72 {
                    wrapped.push('\n');
                    col = 0;
                } else if col > 0 {
                    wrapped.push(' ');
                    col += 1;
                }
                wrapped.push_str(w);
                col += w.len();
            }
            wrapped.push_str("\n\n");
        }
        let t = std::time::Instant::now();
        let w = split(&wrapped).len();
        let d = t.elapsed().as_secs_f64();
        let wmb = wrapped.len() as f64 / 1e6;
        println!(
            "split, wrapped at 72: {wmb:.1} MB, {w} sentences, {d:.4} s, {:.0} MB/s",
            wmb / d
        );
        assert_eq!(w, n, "hard wrapping changed the sentences");
        let t = std::time::Instant::now();
        let m = split_document(&text).len();
        let d = t.elapsed().as_secs_f64();
        println!(
            "split_document: {m} sentences, {d:.4} s, {:.0} MB/s",
            mb / d
        );
    }
}

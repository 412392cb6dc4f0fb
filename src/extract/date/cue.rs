//! Cues: cheap necessary conditions that let a date pattern's regex be
//! skipped on a sentence where it cannot match.
//!
//! In: a sentence. Out: a bit set of the cues it holds. Two scans make it:
//! [`digit_cues`], one byte scan over the runs of ASCII digits (what each
//! run could be: a year `1000`–`2099`, a day, an ordinal, a decade, a
//! `'99`, a number beside an era, and the punctuation a year stands in),
//! and [`word_cues`], one aho-corasick scan for the words some patterns
//! need (month, season, era, ...). [`Need`] says, per pattern, which cues
//! must be there; every requirement is read off the pattern's regex, so a
//! pattern skipped for a missing cue could not have matched (the unit
//! tests check this on the pattern examples and on random date-like text).
//!
//! How: a digit run is looked at once, with its neighbour bytes only. White
//! space (`\s`, Unicode) and case folding (`(?i)`: `ſ` is an `s`, `K` a `k`)
//! are read conservatively: a byte beyond ASCII where the regex wants white
//! space or a letter always counts as one.

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Word cues (from [`word_cues`]). A month word anywhere, as a substring
/// ("mar" in "market" too): the loose cue the month patterns had first.
pub(super) const MONTH: u32 = 1;
pub(super) const HOLIDAY: u32 = 1 << 1;
pub(super) const HALF: u32 = 1 << 2;
pub(super) const QUARTER: u32 = 1 << 3;
pub(super) const SEASON: u32 = 1 << 4;
pub(super) const CENTURY: u32 = 1 << 5;
pub(super) const BC: u32 = 1 << 6;
pub(super) const AD: u32 = 1 << 7;
/// A month name or abbreviation as a whole ASCII word (`(?-u:\b)` on both
/// sides), as every month pattern writes it.
pub(super) const MONTH_WORD: u32 = 1 << 8;
/// [`MONTH_WORD`] with a capital first letter (the case-sensitive
/// `cap_month` of the yearless patterns).
pub(super) const CAP_MONTH_WORD: u32 = 1 << 9;
/// A month word, white space, then a run of one or two digits (`May 5`).
pub(super) const MONTH_DAY: u32 = 1 << 10;
/// A month word after a day: one or two digits (maybe with `st`, `nd`,
/// ...), white space, maybe `of` and white space (`5 May`, `21st of June`).
pub(super) const DAY_MONTH: u32 = 1 << 11;
/// A month word, maybe `,`, white space, maybe `of` and white space, then a
/// digit or an apostrophe (`May 1990`, `June, '99`, `May of 1931`).
pub(super) const MONTH_NUM: u32 = 1 << 12;
/// Two month words (`June–July 2016`).
pub(super) const MONTH_TWICE: u32 = 1 << 13;
/// [`MONTH_DAY`] and [`DAY_MONTH`] with a capital month word.
pub(super) const CAP_MONTH_DAY: u32 = 1 << 14;
pub(super) const CAP_DAY_MONTH: u32 = 1 << 15;

/// Digit cues (from [`digit_cues`]): some run of ASCII digits ...
/// ... at all.
pub(super) const DIGIT: u32 = 1 << 12;
/// ... passes [`super::has_year_cue`]'s test (the gate before any pattern).
pub(super) const YEAR_CUE: u32 = 1 << 13;
/// ... of one or two digits (a day).
pub(super) const DAY: u32 = 1 << 14;
/// ... of exactly four digits from 1000 to 2099 (`year!()`).
pub(super) const YEAR: u32 = 1 << 15;
/// ... of exactly four digits starting `21` (a future year).
pub(super) const FUTURE: u32 = 1 << 16;
/// ... a year with `-` right after (ISO dates, `2019-07`).
pub(super) const YEAR_DASH: u32 = 1 << 17;
/// ... a year, at most one white space, then `-`, `/`, `–` or `—`.
pub(super) const YEAR_RANGE: u32 = 1 << 18;
/// ... a year with `/` or `.` right before (`25/12/2019`).
pub(super) const YEAR_SEP: u32 = 1 << 19;
/// ... a year with `(` right before (`Nye (2004)`).
pub(super) const YEAR_PAREN: u32 = 1 << 20;
/// ... a year after white space, with a `(` somewhere before it.
pub(super) const YEAR_OPEN: u32 = 1 << 21;
/// ... a year after `,` and white space (`Brown, 1998`).
pub(super) const YEAR_COMMA: u32 = 1 << 22;
/// ... a year after white space or `-` (`early 1941`, `mid-1916`).
pub(super) const YEAR_MOD: u32 = 1 << 23;
/// ... a year after white space, then `[a-z]?,?`, white space and a
/// reporting verb (`Okafor 1987 defines`).
pub(super) const YEAR_VERB: u32 = 1 << 24;
/// ... of exactly two digits after an apostrophe (`'99`).
pub(super) const SHORT: u32 = 1 << 25;
/// ... of two to four digits ending in `0`, then `s`, `'s` or `’s`.
pub(super) const DECADE: u32 = 1 << 26;
/// ... of one or two digits, then `st`, `nd`, `rd` or `th`.
pub(super) const ORDINAL: u32 = 1 << 27;
/// ... of one to four digits, at most one white space, then `B` (`BC`).
pub(super) const BC_NUMBER: u32 = 1 << 28;
/// ... of one to four digits beside `AD` / `A.D.` (before) or `AD`,
/// `A.D.`, `CE` (after), at most one white space between.
pub(super) const AD_NUMBER: u32 = 1 << 29;

/// ... a year after `[`, `,` or white space, with a `[` somewhere before it
/// (`[1913 Webster]`, `[Webster 1913 Suppl.]`).
pub(super) const YEAR_BRACKET: u32 = 1 << 30;

/// What a pattern needs: at least one bit of each non-zero mask.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Need {
    /// Word cues ([`word_cues`]).
    pub words: u32,
    /// A second set of word cues, also needed (the strict month words).
    pub strict: u32,
    /// Digit cues ([`digit_cues`]).
    pub digits: u32,
}

impl Need {
    /// Whether `cues` hold what this pattern needs. `words` is asked for
    /// the word cues only when the digits pass and a word cue is needed.
    pub fn met(&self, digits: u32, words: &mut impl FnMut() -> u32) -> bool {
        if self.digits != 0 && digits & self.digits == 0 {
            return false;
        }
        if self.words == 0 && self.strict == 0 {
            return true;
        }
        let w = words();
        (self.words == 0 || w & self.words != 0) && (self.strict == 0 || w & self.strict != 0)
    }
}

/// The cues the pattern called `name` needs (by name, resolved once per
/// pattern; an unknown name needs nothing).
pub(super) fn need_of(name: &str) -> Need {
    let (words, strict, digits) = match name {
        "date/iso-date" | "date/iso-datetime" | "date/year-month" => (0, 0, YEAR_DASH),
        "date/numeric-date" => (0, 0, YEAR_SEP),
        "date/month-day-range" | "date/month-day-year" => (MONTH, MONTH_DAY, YEAR),
        "date/day-month-range" | "date/day-month-year" => (MONTH, DAY_MONTH, YEAR),
        "date/month-range" => (MONTH, MONTH_TWICE, YEAR),
        "date/month-year" => (MONTH, MONTH_NUM, YEAR | SHORT | BC_NUMBER),
        "date/holiday" => (HOLIDAY, 0, YEAR),
        "date/month-day-span" | "date/month-day" => (MONTH, CAP_MONTH_DAY, DAY),
        "date/day-month" => (MONTH, CAP_DAY_MONTH, DAY),
        "date/month" => (MONTH, CAP_MONTH_WORD, 0),
        "date/half-year" => (HALF, 0, YEAR),
        "date/quarter" | "date/year-quarter" => (QUARTER, 0, YEAR),
        "date/season-year" => (SEASON, 0, YEAR | SHORT | BC_NUMBER),
        "date/year-season" => (SEASON, 0, YEAR),
        "date/century" => (CENTURY, 0, ORDINAL),
        "date/decade" => (0, 0, DECADE),
        "date/bc-range" | "date/bc-year" => (BC, 0, BC_NUMBER),
        "date/ad-year" => (AD, 0, AD_NUMBER),
        "date/year-range" => (0, 0, YEAR_RANGE),
        "date/cite-paren" => (0, 0, YEAR_PAREN),
        "date/cite-author-year" => (0, 0, YEAR_OPEN),
        "date/cite-source" | "date/cite-source-name" => (0, 0, YEAR_BRACKET),
        "date/cite-comma" => (0, 0, YEAR_COMMA),
        "date/cite-verb" => (0, 0, YEAR_VERB),
        "date/two-digit-year" => (0, 0, SHORT),
        "date/year-mod" => (0, 0, YEAR_MOD),
        "date/future-year" => (0, 0, FUTURE),
        "date/year" => (0, 0, YEAR),
        _ => (0, 0, 0),
    };
    Need {
        words,
        strict,
        digits,
    }
}

/// Lowercase cue words (matched ASCII-case-insensitively) and their bits.
/// The full month names are there for [`MONTH_WORD`]'s boundary test.
const CUE_WORDS: &[(&str, u32)] = &[
    ("jan", MONTH),
    ("feb", MONTH),
    ("mar", MONTH),
    ("apr", MONTH),
    ("may", MONTH),
    ("jun", MONTH),
    ("jul", MONTH),
    ("aug", MONTH),
    ("sep", MONTH),
    ("oct", MONTH),
    ("nov", MONTH),
    ("dec", MONTH),
    ("january", MONTH),
    ("february", MONTH),
    ("march", MONTH),
    ("april", MONTH),
    ("june", MONTH),
    ("july", MONTH),
    ("august", MONTH),
    ("sept", MONTH),
    ("september", MONTH),
    ("october", MONTH),
    ("november", MONTH),
    ("december", MONTH),
    ("christmas", HOLIDAY),
    ("new year", HOLIDAY),
    ("halloween", HOLIDAY),
    ("valentine", HOLIDAY),
    ("half", HALF),
    ("h1", HALF),
    ("h2", HALF),
    ("quarter", QUARTER),
    ("q1", QUARTER),
    ("q2", QUARTER),
    ("q3", QUARTER),
    ("q4", QUARTER),
    ("spring", SEASON),
    ("summer", SEASON),
    ("autumn", SEASON),
    ("fall", SEASON),
    ("winter", SEASON),
    ("centur", CENTURY),
    ("bc", BC),
    ("b.c", BC),
    ("ad", AD),
    ("a.d", AD),
    ("ce", AD),
];

pub(super) static CUES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(CUE_WORDS.iter().map(|(w, _)| w))
        .ok()
});

/// An ASCII word byte, as `(?-u:\b)` reads it.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The word cues in `text` (all bits when the automaton is missing).
pub(super) fn word_cues(text: &str) -> u32 {
    let Some(ac) = CUES.as_ref() else {
        return u32::MAX;
    };
    let b = text.as_bytes();
    let mut bits = 0;
    // Month words at distinct starts ("jan" and "january" share one).
    let (mut months, mut last_start) = (0, usize::MAX);
    for m in ac.find_overlapping_iter(text) {
        let bit = CUE_WORDS.get(m.pattern().as_usize()).map_or(0, |(_, b)| *b);
        bits |= bit;
        if bit == MONTH
            && (m.start() == 0 || !word_byte(b[m.start() - 1]))
            && b.get(m.end()).is_none_or(|&c| !word_byte(c))
        {
            if m.start() != last_start {
                months += 1;
                last_start = m.start();
            }
            let around = month_context(b, m.start(), m.end());
            bits |= MONTH_WORD | around;
            if b[m.start()].is_ascii_uppercase() {
                bits |= CAP_MONTH_WORD;
                if around & MONTH_DAY != 0 {
                    bits |= CAP_MONTH_DAY;
                }
                if around & DAY_MONTH != 0 {
                    bits |= CAP_DAY_MONTH;
                }
            }
        }
    }
    if months >= 2 {
        bits |= MONTH_TWICE;
    }
    // `(?i)` folds `ſ` into `s` and `K` into `k`: a month word written
    // with one is no ASCII word, so the strict cues give no verdict.
    if bits & MONTH != 0 && (text.contains('ſ') || text.contains('\u{212A}')) {
        bits |= MONTH_WORD | MONTH_DAY | DAY_MONTH | MONTH_NUM | MONTH_TWICE;
    }
    bits
}

/// The end of the ASCII white space from `i` on in `b`, or `None` when a
/// byte beyond ASCII ends it (it may be white space too: no verdict).
fn spaces_fwd(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&c) = b.get(i) {
        if !c.is_ascii() {
            return None;
        }
        if !ascii_space(c) {
            break;
        }
        i += 1;
    }
    Some(i)
}

/// The start of the ASCII white space that ends at `i` in `b`, or `None`
/// when a byte beyond ASCII stands before it.
fn spaces_back(b: &[u8], mut i: usize) -> Option<usize> {
    while i > 0 {
        let c = b[i - 1];
        if !c.is_ascii() {
            return None;
        }
        if !ascii_space(c) {
            break;
        }
        i -= 1;
    }
    Some(i)
}

/// Whether the text before `i` ends in a day: a digit, or a digit and two
/// letters (`21st`).
fn day_before(b: &[u8], i: usize) -> bool {
    let t = &b[..i];
    t.last().is_some_and(u8::is_ascii_digit)
        || (t.len() >= 3
            && t[t.len() - 3].is_ascii_digit()
            && t[t.len() - 2..].iter().all(u8::is_ascii_alphabetic))
}

/// The context cues of the month word `b[start..end]`: [`MONTH_DAY`],
/// [`DAY_MONTH`], [`MONTH_NUM`]. White space beyond ASCII gives all that
/// it could.
fn month_context(b: &[u8], start: usize, end: usize) -> u32 {
    let mut bits = 0;
    let of_at = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"of"))
    };
    // After (and the `.` an abbreviation may take): `\s+` then a day;
    // `,?\s+(?:of\s+)?` then a digit or `'`.
    let end = if b.get(end) == Some(&b'.') {
        end + 1
    } else {
        end
    };
    match spaces_fwd(b, end) {
        None => bits |= MONTH_DAY,
        Some(k) if k > end => {
            let run = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=2).contains(&run) {
                bits |= MONTH_DAY;
            }
        }
        Some(_) => {}
    }
    let from = if b.get(end) == Some(&b',') {
        end + 1
    } else {
        end
    };
    let number_at = |k: usize| b.get(k).is_some_and(|c| c.is_ascii_digit() || *c == b'\'');
    match spaces_fwd(b, from) {
        None => bits |= MONTH_NUM,
        Some(k) if k > from => {
            if number_at(k) {
                bits |= MONTH_NUM;
            } else if of_at(k) {
                match spaces_fwd(b, k + 2) {
                    None => bits |= MONTH_NUM,
                    Some(k2) if k2 > k + 2 && number_at(k2) => bits |= MONTH_NUM,
                    Some(_) => {}
                }
            }
        }
        Some(_) => {}
    }
    // Before: a day, `\s+`, maybe `of\s+`.
    match spaces_back(b, start) {
        None => bits |= DAY_MONTH,
        Some(k) if k < start => {
            if day_before(b, k) {
                bits |= DAY_MONTH;
            } else if k >= 2 && of_at(k - 2) {
                match spaces_back(b, k - 2) {
                    None => bits |= DAY_MONTH,
                    Some(k2) if k2 < k - 2 && day_before(b, k2) => bits |= DAY_MONTH,
                    Some(_) => {}
                }
            }
        }
        Some(_) => {}
    }
    bits
}

/// White space as the regexes' `\s` reads an ASCII byte.
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The byte length of the one white-space character `text` starts with
/// (0 when it starts with none).
fn space_len(text: &str) -> usize {
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii() => usize::from(ascii_space(b)),
        Some(_) => text
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        None => 0,
    }
}

/// `text` without the one white-space character it may end with.
fn strip_space_end(text: &str) -> &str {
    match text.chars().next_back() {
        Some(c) if c.is_whitespace() => &text[..text.len() - c.len_utf8()],
        _ => text,
    }
}

/// Stems of the reporting verbs of `date/cite-verb` (each alternative of
/// its `reporting_verb!()` starts with one; checked by a unit test).
const VERB_STEMS: &[&[u8]] = &[
    b"defin",
    b"argu",
    b"note",
    b"suggest",
    b"writ",
    b"wrote",
    b"state",
    b"describ",
    b"claim",
    b"observ",
    b"propos",
    b"explain",
    b"contend",
    b"say",
    b"said",
    b"maintain",
    b"assert",
    b"emphasi",
    b"show",
    b"find",
    b"found",
    b"report",
    b"conclud",
    b"call",
    b"coin",
    b"introduc",
    b"point",
    b"identif",
    b"characteri",
    b"distinguish",
    b"refer",
    b"use",
];

/// Whether `rest` may start with a reporting verb: an ASCII-case-insensitive
/// stem. A byte beyond ASCII within a stem's length gives no verdict (case
/// folding: `ſ` is an `s`): true.
fn verb_start(rest: &[u8]) -> bool {
    let longest = VERB_STEMS.iter().map(|s| s.len()).max().unwrap_or(0);
    rest.iter().take(longest).any(|b| !b.is_ascii())
        || VERB_STEMS
            .iter()
            .any(|stem| rest.len() >= stem.len() && rest[..stem.len()].eq_ignore_ascii_case(stem))
}

/// What follows a year may make it a cited year before a reporting verb:
/// `[a-z]?,?`, white space, a verb.
fn verb_after(text: &str) -> bool {
    let b = text.as_bytes();
    let mut j = 0;
    if b.get(j).is_some_and(u8::is_ascii_lowercase) {
        j += 1;
    }
    if b.get(j) == Some(&b',') {
        j += 1;
    }
    let mut spaced = false;
    loop {
        let n = space_len(&text[j..]);
        if n == 0 {
            break;
        }
        spaced = true;
        j += n;
    }
    spaced && verb_start(&b[j..])
}

/// The digit cues in `text`: one scan over its runs of ASCII digits.
pub(super) fn digit_cues(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut bits = 0;
    let mut i = 0;
    while i < b.len() {
        // Most text holds no digit: to the next one eight bytes at a time.
        while let Some(eight) = b.get(i..i + 8).and_then(|e| <[u8; 8]>::try_from(e).ok()) {
            let digits = super::digit_bytes(u64::from_le_bytes(eight));
            if digits != 0 {
                i += (digits.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        bits |= run_cues(text, start, i);
    }
    bits
}

/// The cues of the digit run `text[start..end]` (maximal: no ASCII digit
/// on either side).
fn run_cues(text: &str, start: usize, end: usize) -> u32 {
    let b = text.as_bytes();
    let len = end - start;
    let before = &b[..start];
    let after = &b[end..];
    let lower_after = |s: &[u8]| after.len() >= s.len() && after[..s.len()].eq_ignore_ascii_case(s);
    let mut bits = DIGIT;
    // [`super::has_year_cue`]'s test, as it always read it.
    let era_after = {
        let a = after.strip_prefix(b" ").unwrap_or(after);
        a.len() >= 2
            && (a[..2].eq_ignore_ascii_case(b"bc")
                || a[..2].eq_ignore_ascii_case(b"ad")
                || a[..2].eq_ignore_ascii_case(b"b.")
                || a[..2].eq_ignore_ascii_case(b"a.")
                || a[..2].eq_ignore_ascii_case(b"ce"))
    };
    let era_before = before.len() >= 3 && {
        let t = before.strip_suffix(b" ").unwrap_or(before);
        t.ends_with(b"AD") || t.ends_with(b"A.D.") || t.ends_with(b"ad")
    };
    let apostrophe = before.last().is_some_and(|&c| c == b'\'') || before.ends_with("’".as_bytes());
    let ordinal =
        lower_after(b"th") || lower_after(b"st") || lower_after(b"nd") || lower_after(b"rd");
    if len == 4
        || (len == 2 && before.last().is_some_and(|&c| c == b'\'' || c == 0x99))
        || ordinal
        || (len >= 2 && lower_after(b"s"))
        || era_after
        || era_before
    {
        bits |= YEAR_CUE;
    }
    if len <= 2 {
        bits |= DAY;
        if ordinal {
            bits |= ORDINAL;
        }
        if len == 2 && apostrophe {
            bits |= SHORT;
        }
    }
    if (2..=4).contains(&len) && b[end - 1] == b'0' {
        let s = after
            .strip_prefix(b"'")
            .or_else(|| after.strip_prefix("’".as_bytes()));
        if s.unwrap_or(after)
            .first()
            .is_some_and(|c| c.eq_ignore_ascii_case(&b's'))
        {
            bits |= DECADE;
        }
    }
    let rest = &text[end..];
    let spaced_rest = &rest[space_len(rest)..];
    if len <= 4 {
        if spaced_rest.starts_with('B') {
            bits |= BC_NUMBER;
        }
        let lead = strip_space_end(&text[..start]);
        if spaced_rest.starts_with(['A', 'C']) || lead.ends_with("AD") || lead.ends_with("A.D.") {
            bits |= AD_NUMBER;
        }
    }
    if len != 4 {
        return bits;
    }
    bits | four_digit_cues(text, start, end)
}

/// The cues of a run of exactly four digits `text[start..end]`: a year in
/// the future, a year and the punctuation it stands in.
fn four_digit_cues(text: &str, start: usize, end: usize) -> u32 {
    let b = text.as_bytes();
    let before = &b[..start];
    let after = &b[end..];
    let rest = &text[end..];
    let spaced_rest = &rest[space_len(rest)..];
    let mut bits = 0;
    if b[start] == b'2' && b[start + 1] == b'1' {
        bits |= FUTURE;
    }
    if !(b[start] == b'1' || (b[start] == b'2' && b[start + 1] == b'0')) {
        return bits;
    }
    bits |= YEAR;
    if after.first() == Some(&b'-') {
        bits |= YEAR_DASH;
    }
    if spaced_rest.starts_with(['-', '/', '–', '—']) {
        bits |= YEAR_RANGE;
    }
    let prev = before.last().copied();
    if prev.is_some_and(|c| matches!(c, b'[' | b',') || !c.is_ascii() || ascii_space(c))
        && memchr::memchr(b'[', before).is_some()
    {
        bits |= YEAR_BRACKET;
    }
    match prev {
        Some(b'/' | b'.') => bits |= YEAR_SEP,
        Some(b'(') => bits |= YEAR_PAREN,
        Some(b'-') => bits |= YEAR_MOD,
        _ => {}
    }
    // White space before (a byte beyond ASCII may be some).
    if prev.is_some_and(|c| !c.is_ascii() || ascii_space(c)) {
        bits |= YEAR_MOD;
        if memchr::memchr(b'(', before).is_some() {
            bits |= YEAR_OPEN;
        }
        if verb_after(rest) {
            bits |= YEAR_VERB;
        }
        let lead = before
            .iter()
            .rposition(|&c| c.is_ascii() && !ascii_space(c))
            .map(|k| before[k]);
        if lead == Some(b',') {
            bits |= YEAR_COMMA;
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::date::{DATE_PATTERNS, RES};
    use proptest::prelude::*;

    /// Every pattern whose regex matches `s` has its cues in `s` (given
    /// its loose word cue: the gate it always had, which these refine).
    fn cues_hold(s: &str) -> Result<(), String> {
        let digits = digit_cues(s);
        let words = word_cues(s);
        for (p, re) in DATE_PATTERNS.iter().zip(RES.iter()) {
            let n = need_of(p.name);
            let loose = n.words == 0 || words & n.words != 0;
            if re.is_match(s) && loose && !n.met(digits, &mut || words) {
                return Err(format!(
                    "{}: {s:?} matches but its cues are missing",
                    p.name
                ));
            }
        }
        Ok(())
    }

    #[test]
    fn every_pattern_example_has_its_cues() {
        for p in DATE_PATTERNS {
            for (s, _) in p.hits {
                assert_eq!(cues_hold(s), Ok(()));
            }
            for s in p.misses {
                assert_eq!(cues_hold(s), Ok(()));
            }
        }
    }

    #[test]
    fn every_pattern_has_a_need() {
        for p in DATE_PATTERNS {
            assert_ne!(need_of(p.name), Need::default(), "{}", p.name);
        }
    }

    #[test]
    fn digit_cues_read_the_runs() {
        let has = |s: &str, bit: u32| digit_cues(s) & bit != 0;
        assert!(has("in 1981.", YEAR) && !has("in 1981.", DAY));
        assert!(!has("in 2981 or 19811", YEAR) && has("by 2100", FUTURE));
        assert!(has("2019-07-11", YEAR_DASH) && !has("2019 07", YEAR_DASH));
        assert!(has("1917 – 1918", YEAR_RANGE) && has("1917\u{a0}-18", YEAR_RANGE));
        assert!(!has("1917 and 1918", YEAR_RANGE));
        assert!(has("7/11/2019", YEAR_SEP) && !has("7 11 2019", YEAR_SEP));
        assert!(has("Nye (2004)", YEAR_PAREN) && !has("Nye 2004", YEAR_PAREN));
        assert!(has("(Lee 2003)", YEAR_OPEN) && !has("Lee 2003)", YEAR_OPEN));
        assert!(has("[1913 Webster]", YEAR_BRACKET) && has("[Webster 1913 S.]", YEAR_BRACKET));
        assert!(!has("Webster 1913]", YEAR_BRACKET) && !has("[x1913 W]", YEAR_BRACKET));
        assert!(has("Brown,  1998", YEAR_COMMA) && !has("Brown 1998", YEAR_COMMA));
        assert!(has("mid-1916", YEAR_MOD) && !has("x1916", YEAR_MOD));
        assert!(has("Lee 1987a, Defines", YEAR_VERB) && !has("Lee 1987 the", YEAR_VERB));
        assert!(has("the '99 class", SHORT) && has("the ’99 class", SHORT));
        assert!(!has("the 99 class", SHORT) && !has("the '999", SHORT));
        assert!(has("the 1990s", DECADE) && has("the ’70s", DECADE) && has("470's", DECADE));
        assert!(!has("the 1995s", DECADE) && !has("the 1990 s", DECADE));
        assert!(has("the 19th century", ORDINAL) && !has("the 119th", ORDINAL));
        assert!(has("264 BC", BC_NUMBER) && has("264BC", BC_NUMBER) && !has("264 bc", BC_NUMBER));
        assert!(has("AD 79", AD_NUMBER) && has("122 CE", AD_NUMBER) && has("A.D.79", AD_NUMBER));
        assert!(!has("79 ad", AD_NUMBER) && !has("12345 CE", AD_NUMBER));
        assert!(has("on 3 May", DAY) && !has("no digit", DIGIT));
    }

    #[test]
    fn year_cue_is_the_old_year_cue() {
        for s in [
            "in 1981",
            "the '90s",
            "the 5th century",
            "264 BC",
            "AD 79",
            "1990s",
        ] {
            assert!(digit_cues(s) & YEAR_CUE != 0, "{s}");
        }
        for s in ["chapter 14, page 3 of 11", "12345", "no digits"] {
            assert!(digit_cues(s) & YEAR_CUE == 0, "{s}");
        }
    }

    #[test]
    fn month_words_stand_alone() {
        let has = |s: &str, bit: u32| word_cues(s) & bit != 0;
        assert!(has("in March 2013", MONTH_WORD) && has("in March 2013", CAP_MONTH_WORD));
        assert!(has("Jan. 5", CAP_MONTH_WORD) && has("in sept 2013", MONTH_WORD));
        assert!(!has("in sept 2013", CAP_MONTH_WORD));
        assert!(has("the market", MONTH) && !has("the market decided", MONTH_WORD));
        // Case folding: no verdict from the strict cue.
        assert!(has("in ſeptember of a separate year", MONTH_WORD));
    }

    #[test]
    fn month_context_reads_the_words_around() {
        let has = |s: &str, bit: u32| word_cues(s) & bit != 0;
        assert!(has("on May 5, 1990", MONTH_DAY) && has("on May 5, 1990", CAP_MONTH_DAY));
        assert!(has("on Jan. 5, 2017", CAP_MONTH_DAY) && has("in Sept. 2017", MONTH_NUM));
        assert!(!has("in May 1990", MONTH_DAY) && has("in may 05", MONTH_DAY));
        assert!(!has("in may 05", CAP_MONTH_DAY));
        assert!(has("on 5 May 1990", DAY_MONTH) && has("the 21st of June", DAY_MONTH));
        assert!(has("on 5 May", CAP_DAY_MONTH) && !has("we may go", DAY_MONTH));
        assert!(has("in May 1990", MONTH_NUM) && has("in June, '99", MONTH_NUM));
        assert!(has("in May of 1931", MONTH_NUM) && !has("in May the 5th", MONTH_NUM));
        assert!(has("June–July 2016", MONTH_TWICE) && !has("in January 2016", MONTH_TWICE));
        // White space beyond ASCII: no verdict.
        assert!(has("in May\u{a0}1990", MONTH_NUM) && has("5\u{2009}May", DAY_MONTH));
    }

    #[test]
    fn spaces_stop_at_other_bytes() {
        assert_eq!(spaces_fwd(b"a  b", 1), Some(3));
        assert_eq!(spaces_fwd(b"a \xc2\xa0b", 1), None);
        assert_eq!(spaces_back(b"a  b", 3), Some(1));
        assert_eq!(spaces_back(b"\xa0 b", 2), None);
        assert!(day_before(b"the 21st", 8) && day_before(b"on 5", 4) && !day_before(b"we", 2));
    }

    #[test]
    fn verb_stems_start_every_reporting_verb() {
        let re = DATE_PATTERNS
            .iter()
            .find(|p| p.name == "date/cite-verb")
            .map_or("", |p| p.regex);
        let list = re
            .split("(?i:")
            .last()
            .and_then(|s| s.split(")(?-u:").next())
            .unwrap_or("");
        let mut n = 0;
        for alt in list.split('|') {
            for v in [alt.replace("[sz]", "s"), alt.replace("[sz]", "z")] {
                let v = v.replace(r"\s+", " ");
                assert!(verb_start(v.as_bytes()), "{v}");
                n += 1;
            }
        }
        assert!(n > 40);
        assert!(!verb_start(b"the") && verb_start(b"\xc5\xbfays"));
    }

    proptest! {
        #[test]
        fn cues_never_skip_a_match(s in "([0-9]{1,5}|[ ,.'’/–—(-]|\u{a0}|\u{2009}|Jan|May|June|july|December|march|Sept\\.|ſept|st|nd|of|to|spring|half|first|quarter|Q3|H2|century|th|s|of|in|the|to|and|BC|B\\.C\\.|AD|A\\.D\\.|CE|mid-|early|about|\\(|\\)|é|Nye|Lee et al\\.|defines|said|p\\.|Christmas|\\[|\\]|Webster){0,14}") {
            prop_assert_eq!(cues_hold(&s), Ok(()));
        }
    }
}

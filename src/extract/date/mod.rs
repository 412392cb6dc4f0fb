//! Date extraction: one sentence in, its normalized date mentions out.
//!
//! In: a sentence (`&str`); out: [`DateMatch`]es with byte offsets into that
//! sentence, ordered by start and never overlapping, each with a TIMEX3 /
//! ISO 8601 style value at the precision the text gives: `1981`,
//! `2013-03`, `2010-10-11`, `2009-SP` (season), `2008-H2` (half),
//! `2008-Q1` (quarter), `199X` (decade), `18XX` (century), `BC0264`.
//!
//! How: a sentence without an ASCII digit costs one byte scan and gives
//! nothing (only `date/month` matches without a digit, and it needs a
//! narrative year from context). Otherwise that scan has read every run of
//! digits into cues (`cue`: a year `1000`–`2099`, a year after `(` or
//! before `-`, a `'99`, an ordinal, ...), and each of [`DATE_PATTERNS`] runs
//! only when the digit cues and the cue words (a month as a whole word,
//! season, era) it needs are there: on most sentences with a year that is
//! `date/year` alone, whose matches are read off the bytes
//! (`bare_years`). A pattern that runs is tested with `is_match` (the
//! lazy DFA), and only one that matches runs for its captures (compiled
//! once; ASCII word boundaries keep them on the regex crate's DFA). (One
//! `RegexSet` scan of all patterns was tried: its lazy DFA over the union
//! kept building new states, 378 M of 779 M instructions of this stage on
//! a 16 MB slice, and each thread builds its own.) Every candidate passes
//! the [`DATE_GUARDS`] (page
//! labels, units, counted nouns, runs of numbers, glued digits, URLs, list
//! numbers), and the longest candidate wins each overlap (ties: the earlier
//! pattern in the table). About 250 MB/s over the sentences of a 12 MB
//! slice of the bench corpus (a tenth of them with a year), one core.
//!
//! A month or day without a year ("on 3 May", "in early June") takes the
//! nearest earlier year of the sentence, or with [`find_dates_in_context`]
//! the narrative year carried from earlier sentences ([`narrative_year`]);
//! with neither it is dropped, so every value names its year.
//!
//! A two-digit year ("'99", "the '90s") is the latest year with those
//! digits at most 10 years after a reference year: a four-digit year of
//! the sentence, or with [`anchor_short_years`] the nearest earlier one of
//! the text before it ([`reference_year`]); without either, 00-29 are 20xx
//! and 30-99 19xx.
//!
//! Ranges ("1917–1918", "from 1914 to 1918", "March 5–9, 1918") give one
//! mention per end, each with its own value, as TIMEX annotation does; the
//! second end borrows what the text shares ("1915-17" -> `1917`).
//! [`find_ranges`] gives the interval (`1997/2005`) of two ends joined by a
//! range word. Years of cited works ("Nye (2004)", "volkan, 1991",
//! "Montville 1991 defines") have `citation` set: the year of the cited
//! text, not of the act the sentence reports.

mod cue;
mod guard;
mod normalize;
mod patterns;

pub use guard::{DATE_GUARDS, DateGuard};
pub use patterns::DATE_PATTERNS;

use super::pattern::Compiled;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// One date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Id of the pattern that found it.
    pub pattern: &'static str,
    /// Start byte in the text given to [`find_dates`].
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// TIMEX3-style value.
    pub value: String,
    /// True for the year of a cited work ("Nye (2004)", "volkan, 1991").
    pub citation: bool,
    /// True when the century of a two-digit year ("'99", "the '90s") is
    /// still the default guess: no four-digit year of the sentence anchors
    /// it. [`anchor_short_years`] moves it next to a reference year.
    pub short_year: bool,
}

/// Compile every regex and build every automaton of this module now, in
/// parallel (see [`super::warm_up`]).
pub(crate) fn warm_up() {
    super::pattern::in_parallel(&[
        &|| RES.warm(),
        &|| {
            LazyLock::force(&cue::CUES);
        },
        &|| {
            LazyLock::force(&NEEDS);
            LazyLock::force(&BARE_YEAR);
        },
        &|| {
            LazyLock::force(&RANGE_GLUE);
        },
        &guard::warm_up,
    ]);
    // The group index reads the compiled regexes.
    LazyLock::force(&GROUP_INDEX);
}

static RES: LazyLock<Compiled> = LazyLock::new(|| Compiled::table(DATE_PATTERNS));

/// The named groups the date patterns use, as slots: a name is looked up
/// by a `match` on the string, not by hashing it for every match.
fn group_slot(name: &str) -> Option<usize> {
    Some(match name {
        "t" => 0,
        "t2" => 1,
        "y" => 2,
        "yy" => 3,
        "y2" => 4,
        "m" => 5,
        "m2" => 6,
        "d" => 7,
        "d2" => 8,
        "bc" => 9,
        "bcy" => 10,
        "ad" => 11,
        "ad2" => 12,
        "dec" => 13,
        "decyy" => 14,
        "cent" => 15,
        "hol" => 16,
        "sep" => 17,
        "s" => 18,
        "hw" => 19,
        "hn" => 20,
        "qw" => 21,
        "qn" => 22,
        "na" => 23,
        "nb" => 24,
        "wd" => 25,
        "mod" => 26,
        "name" => 27,
        _ => return None,
    })
}

/// Number of slots of [`group_slot`].
const GROUP_SLOTS: usize = 28;

/// Per pattern of [`DATE_PATTERNS`], the capture index of each slot.
static GROUP_INDEX: LazyLock<Vec<[Option<usize>; GROUP_SLOTS]>> = LazyLock::new(|| {
    RES.iter()
        .map(|re| {
            let mut idx = [None; GROUP_SLOTS];
            for (i, n) in re.capture_names().enumerate() {
                if let Some(k) = n.and_then(group_slot) {
                    idx[k] = Some(i);
                }
            }
            idx
        })
        .collect()
});

/// One group of a match: its text and its span in the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Group<'t> {
    s: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        self.s
    }
}

impl<'t> From<regex::Match<'t>> for Group<'t> {
    fn from(m: regex::Match<'t>) -> Group<'t> {
        Group {
            s: m.as_str(),
            start: m.start(),
            end: m.end(),
        }
    }
}

/// The groups of one pattern match.
enum Caps<'t> {
    /// A regex match, with its groups by slot ([`GROUP_INDEX`]).
    Regex {
        c: Captures<'t>,
        index: Option<&'static [Option<usize>; GROUP_SLOTS]>,
    },
    /// A match of `date/year` found without its regex ([`bare_years`]):
    /// the whole match is the group `y`, there is no other.
    Year(Group<'t>),
}

impl<'t> Caps<'t> {
    /// The whole match.
    fn whole(&self) -> Option<Group<'t>> {
        match self {
            Caps::Regex { c, .. } => c.get(0).map(Group::from),
            Caps::Year(g) => Some(*g),
        }
    }

    /// The group called `name`, as [`Captures::name`].
    fn name(&self, name: &str) -> Option<Group<'t>> {
        match self {
            Caps::Regex { c, index } => match (index, group_slot(name)) {
                (Some(index), Some(k)) => index[k].and_then(|i| c.get(i)),
                _ => c.name(name),
            }
            .map(Group::from),
            Caps::Year(g) => (name == "y").then_some(*g),
        }
    }
}

/// The matches of `date/year` (`(?-u:\b)(?:1[0-9]{3}|20[0-9]{2})(?-u:\b)`)
/// in `text`, in order, from a byte scan: the runs of exactly four ASCII
/// digits from 1000 to 2099 with no ASCII letter, digit or `_` on either
/// side. (The pattern's regex gives the same spans; a unit test checks.)
fn bare_years(text: &str) -> impl Iterator<Item = Group<'_>> {
    let b = text.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
    };
    memchr::memchr2_iter(b'1', b'2', b).filter_map(move |i| {
        let run = b.get(i..i + 4)?;
        let year = run.iter().all(u8::is_ascii_digit) && (run[0] == b'1' || run[1] == b'0');
        let bounded = (i == 0 || !word(i - 1)) && !word(i + 4);
        (year && bounded).then(|| Group {
            s: &text[i..i + 4],
            start: i,
            end: i + 4,
        })
    })
}

/// A candidate before overlap resolution.
struct Candidate {
    pattern: usize,
    start: usize,
    end: usize,
    value: String,
    citation: bool,
    /// Set for a two-digit year whose century is a guess.
    short_year: bool,
    /// Length of the whole mention region of its match (both ends of a
    /// range): the longest region wins an overlap.
    rank: usize,
}

/// Find every date in `text` (one sentence), ordered by start, never
/// overlapping; offsets are bytes into `text`.
///
/// A month or day without a year ("on 3 May", "in early June") is kept only
/// when an earlier date of the same sentence gives its year.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    find_dates_in_context(text, None)
}

/// [`find_dates`], with the year the narrative is in before this sentence
/// (see [`narrative_year`]): months and days without a year and without an
/// earlier year in the sentence take `year`, as TIMEX annotation resolves
/// "early October" against the year the text is talking about.
pub fn find_dates_in_context(text: &str, year: Option<u32>) -> Vec<DateMatch> {
    find_dates_with(text, year, false)
}

/// [`find_dates`] for a line of a literal block (code, a shell session,
/// a table set as code): a bare number there is a year only with year
/// context (the `guard/code-block` guard).
pub fn find_dates_in_code(text: &str) -> Vec<DateMatch> {
    find_dates_with(text, None, true)
}

/// [`find_dates_in_context`], with `code` set for a line of a literal block.
fn find_dates_with(text: &str, year: Option<u32>, code: bool) -> Vec<DateMatch> {
    let digits = cue::digit_cues(text);
    // Without a narrative year every pattern needs a year cue; with one, a
    // bare day number can make a date too, and without any digit only the
    // month-word pattern can match (the others need a digit cue).
    if year.is_none() && digits & cue::YEAR_CUE == 0 {
        return Vec::new();
    }
    let mut cands = Vec::new();
    // The cue words are looked up once, when a pattern needs one.
    let mut words = None;
    for (i, ((p, re), need)) in DATE_PATTERNS
        .iter()
        .zip(RES.iter())
        .zip(NEEDS.iter())
        .enumerate()
    {
        // A pattern whose cues (a year, "May", "BC", a year after a comma)
        // the sentence lacks cannot match: skip its regex.
        if !need.met(digits, &mut || {
            *words.get_or_insert_with(|| cue::word_cues(text))
        }) {
            continue;
        }
        // The commonest pattern, a bare year, is read off the bytes.
        if i == *BARE_YEAR {
            for g in bare_years(text) {
                candidates(i, p.name, (text, code), &Caps::Year(g), &mut cands);
            }
            continue;
        }
        if !re.is_match(text) {
            continue;
        }
        let index = GROUP_INDEX.get(i);
        for c in re.captures_iter(text) {
            candidates(
                i,
                p.name,
                (text, code),
                &Caps::Regex { c, index },
                &mut cands,
            );
        }
    }
    resolve(text, cands, year)
}

/// Whether the number at `range` of `raw` (a sentence with its markup)
/// stands inside a code span ("``1024``", "`dd bs=2048`"): the patterns
/// read the sentence without its backticks, so the caller asks this of
/// the raw text. Only a bare number is looked at; a date that names a
/// month keeps its value.
///
/// ```
/// use defmine::extract::date::in_code_span;
/// assert!(in_code_span("use ``1024`` here", 6..10));
/// assert!(!in_code_span("in 1999 see `x`", 3..7));
/// ```
pub fn in_code_span(raw: &str, range: std::ops::Range<usize>) -> bool {
    let bare = raw
        .get(range.clone())
        .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()));
    bare && guard::code_span(&guard::Ctx {
        text: raw,
        start: range.start,
        end: range.end,
        code: false,
    })
}

/// The cheap test before any pattern runs: can `text` name a year at all?
/// Every pattern needs one of: a run of exactly four digits ("1981",
/// "1990s"), an apostrophe year ("'99"), an ordinal ("19th century"), or a
/// number beside an era ("264 BC", "AD 79"). One byte scan, no regex.
///
/// ```
/// use defmine::extract::date::has_year_cue;
/// assert!(has_year_cue("in 1981") && has_year_cue("the '90s") && has_year_cue("the 5th century"));
/// assert!(!has_year_cue("chapter 14, page 3 of 11"));
/// ```
pub fn has_year_cue(text: &str) -> bool {
    cue::digit_cues(text) & cue::YEAR_CUE != 0
}

/// The ASCII digits (0x30..=0x39) among the eight bytes of `x`, as the high
/// bit of each byte: per byte, the low seven bits are above 0x2F and below
/// 0x3A, and the high bit is clear (no carry crosses a byte: every sum
/// stays below 256, so each byte's answer is its own).
fn digit_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & (ONES * 127);
    (ONES * (127 + 0x3A) - low) & !x & (low + ONES * (127 - 0x2F)) & HIGH
}

/// Per pattern of [`DATE_PATTERNS`]: the cues it needs ([`cue::need_of`]),
/// looked up once instead of by name for every sentence.
/// The index of `date/year` in [`DATE_PATTERNS`] ([`bare_years`] finds its
/// matches; `usize::MAX` if it were missing).
static BARE_YEAR: LazyLock<usize> = LazyLock::new(|| {
    DATE_PATTERNS
        .iter()
        .position(|p| p.name == "date/year")
        .unwrap_or(usize::MAX)
});

static NEEDS: LazyLock<Vec<cue::Need>> =
    LazyLock::new(|| DATE_PATTERNS.iter().map(|p| cue::need_of(p.name)).collect());

/// The year the narrative is in after a sentence with these dates: the year
/// of its last full, non-cited date whose century is not a guess (`None`
/// when it names none).
pub fn narrative_year(dates: &[DateMatch]) -> Option<u32> {
    dates
        .iter()
        .rev()
        .filter(|d| !d.citation && !d.short_year)
        .find_map(|d| {
            let v = d.value.get(..4)?;
            if !v.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            normalize::leading_number(v).filter(|y| *y >= 1000)
        })
}

/// Turn one pattern match into candidates (one, or two for a range).
fn candidates(
    i: usize,
    name: &'static str,
    (text, code): (&str, bool),
    c: &Caps<'_>,
    out: &mut Vec<Candidate>,
) {
    let Some(whole) = c.whole() else { return };
    let first = c.name("t").unwrap_or(whole);
    let second = c.name("t2");
    let region_start = first.start();
    let region_end = second.map_or(first.end(), |s| s.end());
    let ctx = guard::Ctx {
        text,
        start: region_start,
        end: region_end,
        code,
    };
    if guard::rejected_by(i, &ctx) {
        return;
    }
    let citation = if name.starts_with("date/cite-") {
        if !cited_name(text, c) {
            return;
        }
        true
    } else {
        false
    };
    let short_year = c.name("yy").is_some() || c.name("decyy").is_some();
    let rank = region_end - region_start;
    let Some(v1) = first_value(c) else { return };
    if let Some(s) = second {
        let Some(v2) = second_value(c) else { return };
        out.push(Candidate {
            pattern: i,
            start: s.start(),
            end: s.end(),
            value: v2,
            citation,
            short_year: false,
            rank,
        });
    }
    out.push(Candidate {
        pattern: i,
        start: first.start(),
        end: first.end(),
        value: v1,
        citation,
        short_year,
        rank,
    });
}

/// Words that cannot be a cited author's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "of",
    "for",
    "from",
    "to",
    "with",
    "since",
    "until",
    "till",
    "during",
    "after",
    "before",
    "and",
    "or",
    "but",
    "than",
    "as",
    "is",
    "was",
    "were",
    "be",
    "been",
    "are",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "also",
    "only",
    "even",
    "not",
    "no",
    "year",
    "years",
    "early",
    "late",
    "mid",
    "about",
    "around",
    "circa",
    "between",
    "through",
    "throughout",
    "into",
    "over",
    "under",
    "per",
    "via",
    "then",
    "so",
    "yet",
    "both",
    "all",
    "each",
    "until",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "christmas",
    "end",
    "start",
    "beginning",
    "middle",
    "again",
    "still",
    "later",
    "earlier",
    "ago",
    "once",
    "summer",
];

/// The `name` of a citation is a name: not a function or calendar word,
/// and not the end of a title that follows "the"/"of" ("the treaty of
/// Paris (1856)", "The Clean Harbors Act (1972)").
fn cited_name(text: &str, c: &Caps<'_>) -> bool {
    let Some(n) = c.name("name") else {
        return false;
    };
    let first = n.as_str().split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    if NOT_NAMES.contains(&lower.as_str()) || normalize::month_number(&lower).is_some() {
        return false;
    }
    if lower.ends_with("day") && lower.len() > 5 {
        return false; // weekday
    }
    // Walk back over the capitalized words of the name ("William James"),
    // then look at the word before them.
    let before = text.get(..n.start()).unwrap_or("");
    for w in before.split_whitespace().rev() {
        let lw = w.to_lowercase();
        if matches!(
            lw.as_str(),
            "of" | "the" | "a" | "an" | "this" | "its" | "their"
        ) {
            return false;
        }
        if !w.starts_with(char::is_uppercase) {
            break;
        }
    }
    true
}

fn num(c: &Caps<'_>, g: &str) -> Option<u32> {
    c.name(g)
        .and_then(|m| normalize::leading_number(m.as_str()))
}

/// A year as TIMEX writes it: `1981`, `0079`, `BC0264`.
fn year_value(y: u32, bc: bool) -> String {
    if bc {
        format!("BC{y:04}")
    } else {
        format!("{y:04}")
    }
}

/// The value of the first (or only) mention of a match.
fn first_value(c: &Caps<'_>) -> Option<String> {
    let bc = c.name("bc").is_some();
    if let Some(d) = c.name("dec") {
        return normalize::decade(d.as_str(), bc);
    }
    if let Some(d) = num(c, "decyy") {
        return normalize::decade(&format!("{}", normalize::expand_two_digit(d, None)), false);
    }
    if let Some(n) = num(c, "cent") {
        return normalize::century(n, bc);
    }
    if c.name("ad2").is_some() {
        let y = num(c, "y2")?;
        return (y > 0).then(|| year_value(y, false));
    }
    let y = match (num(c, "y"), num(c, "yy"), num(c, "bcy")) {
        (Some(y), _, _) | (None, None, Some(y)) => y,
        (None, Some(yy), _) => normalize::expand_two_digit(yy, None),
        _ => return yearless(c),
    };
    if (bc || c.name("ad").is_some()) && y == 0 {
        return None;
    }
    let year = year_value(y, bc);
    if let Some(h) = c.name("hol") {
        let (m, d) = normalize::holiday(h.as_str())?;
        return normalize::ymd(y, m, d);
    }
    if let (Some(a), Some(b)) = (num(c, "na"), num(c, "nb")) {
        let dot = c.name("sep").is_some_and(|s| s.as_str() == ".");
        return normalize::numeric_date(a, b, y, dot);
    }
    if let Some(s) = c.name("s") {
        return Some(format!("{year}-{}", normalize::season_code(s.as_str())?));
    }
    if let Some(h) = c.name("hw").or_else(|| c.name("hn")) {
        return Some(format!("{year}-H{}", normalize::half_number(h.as_str())?));
    }
    if let Some(q) = c.name("qw").or_else(|| c.name("qn")) {
        return Some(format!(
            "{year}-Q{}",
            normalize::quarter_number(q.as_str())?
        ));
    }
    if let Some(m) = c.name("m").or_else(|| c.name("m2")) {
        let m = normalize::month_number(m.as_str())?;
        return match (num(c, "d"), bc) {
            (Some(d), false) => normalize::ymd(y, m, d),
            (Some(d), true) => Some(format!("{year}-{m:02}-{d:02}")),
            (None, _) => Some(format!("{year}-{m:02}")),
        };
    }
    Some(year)
}

/// A month or day without a year: `XXXX-MM` / `XXXX-MM-DD`, for
/// [`resolve`] to anchor on a year of the sentence (or drop).
fn yearless(c: &Caps<'_>) -> Option<String> {
    let m = normalize::month_number(c.name("m")?.as_str())?;
    match num(c, "d") {
        // 2000 is a leap year, so "29 February" passes here.
        Some(d) => normalize::ymd(2000, m, d).map(|v| format!("XXXX{}", &v[4..])),
        None => Some(format!("XXXX-{m:02}")),
    }
}

/// The value of the second end of a range match.
fn second_value(c: &Caps<'_>) -> Option<String> {
    let Some(y) = num(c, "y") else {
        // A day span without a year ("August 3-7"): anchored in `resolve`.
        let m = normalize::month_number(c.name("m")?.as_str())?;
        let (d1, d2) = (num(c, "d")?, num(c, "d2")?);
        let v = normalize::ymd(2000, m, d2)?;
        return (d1 < d2).then(|| format!("XXXX{}", &v[4..]));
    };
    let bc = c.name("bc").is_some();
    if bc {
        let y2 = num(c, "y2")?;
        return (y2 > 0 && y2 < y).then(|| year_value(y2, true));
    }
    let year = match c.name("y2") {
        Some(y2) => normalize::range_end(y, y2.as_str())?,
        None => y,
    };
    let month = match c.name("m2").or_else(|| c.name("m")) {
        Some(m) => Some(normalize::month_number(m.as_str())?),
        None => None,
    };
    let m1 = c
        .name("m")
        .or_else(|| c.name("m2"))
        .and_then(|m| normalize::month_number(m.as_str()));
    match (month, num(c, "d2")) {
        (Some(m), Some(d2)) => {
            // A range must go forward ("3-7", "30 April to 2 May").
            if let (Some(m1), Some(d1)) = (m1, num(c, "d"))
                && (m1, d1) >= (m, d2)
            {
                return None;
            }
            normalize::ymd(year, m, d2)
        }
        (Some(m), None) => {
            if c.name("m2").is_some() && m1.is_some_and(|m1| m1 >= m) {
                return None;
            }
            normalize::ym(year, m)
        }
        _ => Some(year_value(year, false)),
    }
}

/// Keep the longest candidate of each overlap (ties: earlier pattern, then
/// earlier start), order by start, and anchor two-digit years on the first
/// four-digit year of the sentence ([`normalize::expand_two_digit`]);
/// without one their century stays a guess (`short_year`).
fn resolve(text: &str, mut cands: Vec<Candidate>, context: Option<u32>) -> Vec<DateMatch> {
    cands.sort_by(|a, b| {
        b.rank
            .cmp(&a.rank)
            .then(a.pattern.cmp(&b.pattern))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        if kept.iter().all(|k| c.end <= k.start || k.end <= c.start) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end));
    let anchor = kept
        .iter()
        .filter(|c| !c.short_year)
        .find_map(|c| {
            let v = c.value.as_bytes();
            (v.len() >= 4 && v[..4].iter().all(u8::is_ascii_digit))
                .then(|| normalize::leading_number(&c.value))
                .flatten()
        })
        .filter(|y| *y >= 1000);
    // Years a month or day without one may take: the full years of the
    // sentence, by position.
    let years: Vec<(usize, u32)> = kept
        .iter()
        .filter(|c| !c.short_year && !c.citation)
        .filter_map(|c| {
            let v = c.value.get(..4)?;
            let plain = v.bytes().all(|b| b.is_ascii_digit());
            plain
                .then(|| normalize::leading_number(v))
                .flatten()
                .map(|y| (c.start, y))
        })
        .collect();
    kept.into_iter()
        .filter_map(|c| {
            let pattern = DATE_PATTERNS.get(c.pattern)?.name;
            let mut value = c.value;
            let mut short_year = c.short_year;
            if short_year && let Some(a) = anchor {
                value = normalize::rebase_short_year(&value, a).unwrap_or(value);
                short_year = false;
            }
            if let Some(rest) = value.strip_prefix("XXXX") {
                let y = sentence_year(&years, c.start).or(context)?;
                if rest == "-02-29" && normalize::ymd(y, 2, 29).is_none() {
                    return None;
                }
                value = format!("{y:04}{rest}");
            }
            debug_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
            Some(DateMatch {
                pattern,
                start: c.start,
                end: c.end,
                value,
                citation: c.citation,
                short_year,
            })
        })
        .collect()
}

/// The year a yearless date at `at` takes: the nearest full year before it
/// in the sentence ("In 1921 ..., and on 3 May ..."). A year after it is
/// too often another event's ("On 3 May, ... the 1919 treaty"): `None`.
fn sentence_year(years: &[(usize, u32)], at: usize) -> Option<u32> {
    years.iter().rev().find(|(s, _)| *s < at).map(|(_, y)| *y)
}

/// Give the two-digit years of `dates` whose century is a guess
/// ([`DateMatch::short_year`]) the latest year with their digits at most
/// 10 years after `reference` ([`normalize::expand_two_digit`]) when the
/// guess lies more than 60 years after it: in a text about 1917, "the
/// class of '99" is 1899. A reference closer to the guess is more often an
/// older event a later text recalls (a speech of 1990 that names 1945 and
/// "the revolution of '89"), so the guess stays.
///
/// ```
/// use defmine::extract::date::{anchor_short_years, find_dates};
/// let mut d = find_dates("The veterans of '98 marched.");
/// assert_eq!(d[0].value, "1998");
/// anchor_short_years(&mut d, 1911);
/// assert_eq!((d[0].value.as_str(), d[0].short_year), ("1898", false));
/// ```
pub fn anchor_short_years(dates: &mut [DateMatch], reference: u32) {
    for d in dates.iter_mut().filter(|d| d.short_year) {
        let guess = d.value.get(..3).and_then(normalize::leading_number);
        if guess.is_none_or(|g| g * 10 <= reference + 60) {
            continue;
        }
        if let Some(v) = normalize::rebase_short_year(&d.value, reference) {
            d.value = v;
            d.short_year = false;
        }
    }
}

/// How far back [`reference_year`] looks: the paragraph or so before the
/// sentence. (Reaching 128 KB back took numbers of far-off lists for
/// years in mail: a '95 became 1295.)
const REFERENCE_WINDOW: usize = 2_048;

/// The reference year of a sentence that follows `before` (the document up
/// to it): the latest explicit year of the last 2 KB of `before` (the
/// neighbourhood before the sentence), as [`narrative_year`] reads a
/// four-digit date. `None` when that stretch names no year (or only
/// two-digit ones).
///
/// ```
/// use defmine::extract::date::reference_year;
/// assert_eq!(reference_year("The mill opened in 1871. It grew fast. "), Some(1871));
/// assert_eq!(reference_year("It grew fast. "), None);
/// ```
pub fn reference_year(before: &str) -> Option<u32> {
    let mut from = before.len().saturating_sub(REFERENCE_WINDOW);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let window = &before[from..];
    // A window cut inside a word starts after that word.
    let window = match window.find(char::is_whitespace) {
        Some(i) if from > 0 => &window[i..],
        _ => window,
    };
    // Only a year written with four digits is explicit: not a two-digit
    // year the window's own years anchor, nor a month that takes one.
    let mut dates = find_dates(window);
    dates.retain(|d| {
        window.get(d.start..d.end).is_some_and(|t| {
            t.as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        })
    });
    // The latest of them: a two-digit year looks back from the time the
    // text is in, and an older year nearby is often another event's ("in
    // 2002 ... as in 1937 ... since '87").
    dates
        .iter()
        .filter_map(|d| narrative_year(std::slice::from_ref(d)))
        .max()
}

/// A range written with a range word: two mentions of one sentence joined
/// by "-", "–", "/", "to", "until", "through", "and" (after "between") or
/// "to" (after "from").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRange {
    /// Start byte of the first end.
    pub start: usize,
    /// End byte of the second end.
    pub end: usize,
    /// The interval, `start/end` ("1997/2005").
    pub value: String,
}

static RANGE_GLUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s?[-–—/]\s?|\s+(?i:to|until|till|through|and|or)\s+)$")
        .unwrap_or_else(|e| panic!("range glue regex: {e}"))
});

/// Intervals formed by consecutive mentions of `dates` (as found by
/// [`find_dates`] on `text`): "between 1997 and 2005" -> `1997/2005`.
pub fn find_ranges(text: &str, dates: &[DateMatch]) -> Vec<DateRange> {
    let mut out = Vec::new();
    for w in dates.windows(2) {
        let [a, b] = w else { continue };
        if a.citation || b.citation || a.value >= b.value {
            continue;
        }
        let Some(glue) = text.get(a.end..b.start) else {
            continue;
        };
        if !RANGE_GLUE.is_match(glue) {
            continue;
        }
        let word = glue.trim().to_lowercase();
        let lead = text.get(..a.start).unwrap_or("").trim_end().to_lowercase();
        let ok = match word.as_str() {
            "and" => lead.ends_with("between"),
            "or" => false,
            "to" | "until" | "till" | "through" => true,
            _ => true,
        };
        if ok {
            out.push(DateRange {
                start: a.start,
                end: b.end,
                value: format!("{}/{}", a.value, b.value),
            });
        }
    }
    out
}

/// Render a match as the tables' examples write it: `value @ surface`.
pub fn render(text: &str, d: &DateMatch) -> String {
    format!(
        "{} @ {}",
        d.value,
        text.get(d.start..d.end).unwrap_or("<bad span>")
    )
}

#[cfg(test)]
mod tests;

//! Guards: filters that reject a date candidate on counter-evidence in its
//! context (a page or chapter label before it, a unit or counted noun after
//! it, neighbouring numbers, digits glued on by `-`, `.`, `,`).
//!
//! In: the sentence, the byte range of the whole pattern match and the
//! pattern's name. Out: `true` when the candidate must be dropped. Guards
//! are data with examples, like patterns: every `misses` sentence must give
//! no date at all from the whole extractor, every `hits` sentence must still
//! give the rendering shown (the guard must not over-reach).

use std::sync::LazyLock;

/// A filter on date candidates, with the examples that pin it.
pub struct Guard {
    /// Stable id, `guard/name`.
    pub name: &'static str,
    /// Names of the date patterns the guard looks at; empty = all.
    pub applies_to: &'static [&'static str],
    /// Decide on one candidate: `true` rejects it.
    pub reject: fn(&Ctx) -> bool,
    /// Sentences that must still give this `value @ surface`.
    pub hits: &'static [(&'static str, &'static str)],
    /// Sentences that must give no date at all.
    pub misses: &'static [&'static str],
}

/// One candidate in its sentence.
pub struct Ctx<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Start byte of the whole pattern match.
    pub start: usize,
    /// End byte of the whole pattern match.
    pub end: usize,
}

impl Ctx<'_> {
    fn before(&self) -> &str {
        self.text.get(..self.start).unwrap_or("")
    }
    fn after(&self) -> &str {
        self.text.get(self.end..).unwrap_or("")
    }
    fn surface(&self) -> &str {
        self.text.get(self.start..self.end).unwrap_or("")
    }
    /// The word before the match (letters only, lowercased, "" if none).
    fn prev_word(&self) -> String {
        last_token(self.before())
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    }
    /// The word after the match (lowercased, trailing punctuation cut).
    fn next_word(&self) -> String {
        first_token(self.after())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
            .to_lowercase()
    }
}

/// The last whitespace-separated token of `s` (after trimming the end).
fn last_token(s: &str) -> &str {
    let t = s.trim_end();
    match t.rfind(char::is_whitespace) {
        Some(i) => t[i..].trim_start(),
        None => t,
    }
}

/// The first whitespace-separated token of `s` (after trimming the start).
fn first_token(s: &str) -> &str {
    let t = s.trim_start();
    match t.find(char::is_whitespace) {
        Some(i) => &t[..i],
        None => t,
    }
}

fn is_glue(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | '/' | ':' | '–' | '—' | '‐')
}

/// A number (or a thing a number is part of) is glued to the match:
/// `1,914`, `3.1914`, `555-1987`, `1914.5`, `2019%`, `x1914`.
fn digit_glue(c: &Ctx) -> bool {
    let mut back = c.before().chars().rev();
    match back.next() {
        Some(p) if p.is_alphanumeric() => return true,
        Some(p) if is_glue(p) && back.next().is_some_and(|q| q.is_ascii_digit()) => return true,
        _ => {}
    }
    let mut fwd = c.after().chars();
    if c.surface().ends_with(|ch: char| ch.is_ascii_digit())
        && c.after().starts_with('T')
        && c.after()[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return false; // ISO 8601 date and time: 2021-03-04T10:00
    }
    let round = c.surface().ends_with("00");
    match fwd.next() {
        Some('%' | '+' | '$' | '€' | '£' | '¥' | '×') => true,
        Some(n) if n.is_alphanumeric() => true,
        // "a 1500-word essay", "a 2000-strong force"; "a 1969-built car" is kept.
        Some('-') if round => fwd.next().is_some_and(char::is_lowercase),
        Some(n) if is_glue(n) => fwd.next().is_some_and(|q| q.is_ascii_digit()),
        _ => false,
    }
}

/// Words that label a number as a reference, not a year. General English
/// document and record vocabulary, no subject words.
const REF_WORDS: &[&str] = &[
    "p",
    "pp",
    "page",
    "pages",
    "pg",
    "chapter",
    "chapters",
    "ch",
    "chap",
    "vol",
    "vols",
    "volume",
    "volumes",
    "no",
    "nos",
    "nr",
    "number",
    "numbers",
    "num",
    "issue",
    "isbn",
    "issn",
    "doi",
    "section",
    "sec",
    "sect",
    "article",
    "art",
    "fig",
    "figure",
    "figures",
    "table",
    "tables",
    "item",
    "line",
    "lines",
    "verse",
    "para",
    "paragraph",
    "part",
    "room",
    "route",
    "flight",
    "model",
    "resolution",
    "code",
    "version",
    "ver",
    "v",
    "patent",
    "case",
    "exhibit",
    "appendix",
    "row",
    "column",
    "col",
    "ext",
    "extension",
    "tel",
    "phone",
    "fax",
    "apt",
    "suite",
    "box",
    "step",
    "level",
    "grade",
    "episode",
    "ep",
    "size",
    "id",
    "ref",
    "op",
    "opus",
    "form",
    "rule",
    "bill",
    "highway",
    "interstate",
    "platform",
    "gate",
    "unit",
    "error",
    "port",
    "channel",
    "station",
    "rank",
    "top",
];

/// Capitalized words that may stand before a year in a heading ("THE WAR
/// OF 1812", "AD 79").
const CAPS_OK: &[&str] = &[
    "ad", "bc", "ce", "bce", "of", "in", "by", "to", "on", "at", "and", "or", "the", "since",
    "from", "until", "for", "after", "before", "during", "circa", "year", "fy",
];

/// A page, chapter, issue, currency or similar label sits right before the
/// number.
fn ref_label(c: &Ctx) -> bool {
    let raw = last_token(c.before());
    if raw.ends_with(['$', '€', '£', '¥', '#', '№', '§']) {
        return true;
    }
    let w = c.prev_word();
    // An acronym right before the number names a standard or a code
    // ("RFC 1918", "ISO 1996"), not a time.
    let acronym = (2..=5).contains(&raw.len())
        && raw.bytes().all(|b| b.is_ascii_uppercase())
        && !CAPS_OK.contains(&w.as_str());
    acronym || in_set(&REF_SET, &w)
}

/// Words that end a street address ("1600 Elm Street").
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "court",
    "ct",
    "place",
    "pl",
    "way",
    "square",
    "sq",
    "terrace",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "alley",
    "crescent",
    "close",
];

/// The number starts a street address: one to three capitalized words and
/// a street word follow it, and no time preposition stands before it.
fn street_address(c: &Ctx) -> bool {
    if TIME_PREPS.contains(&c.prev_word().as_str()) {
        return false;
    }
    let mut words = c.after().split_whitespace();
    for _ in 0..4 {
        let Some(w) = words.next() else { return false };
        let bare = w.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        if !bare.starts_with(|ch: char| ch.is_uppercase()) {
            return false;
        }
        if in_set(&STREET_SET, &bare.to_lowercase()) {
            return true;
        }
    }
    false
}

/// True for a number token: digits, with `,` `.` inside or an issue in
/// brackets ("1,088", "12(3)").
fn numeric_token(t: &str) -> bool {
    let t = t.trim_start_matches(['(', '[']).trim_end_matches([']']);
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.ends_with(|c: char| c.is_ascii_digit() || c == ')')
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '(' | ')'))
}

fn plausible_year(t: &str) -> bool {
    let t = t.trim_matches(|c: char| !c.is_ascii_digit());
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && (t.starts_with('1') || t.starts_with("20"))
}

fn is_joiner(t: &str) -> bool {
    matches!(t, "and" | "or" | "&")
}

/// The match stands in a run of numbers: a neighbour across white space
/// only is a number ("443 1088 1170"), or it is one of three or more
/// numbers joined by commas and "and"/"or" of which one is not a year
/// ("412, 1088, 1170 and 99"). A list of years ("1973, 1979 and 1990")
/// passes.
fn number_run(c: &Ctx) -> bool {
    let before = c.before().trim_end();
    let after = c.after().trim_start();
    let spaced_before = c.before().len() > before.len() || before.is_empty();
    let spaced_after = c.after().len() > after.len() || after.is_empty();
    if (spaced_before && numeric_token(last_token(before)))
        || (spaced_after && numeric_token(first_token(after)))
    {
        return true;
    }
    // A range after a comma-joined number is a page range ("12(3), 1045-1067").
    if c.surface().contains(['-', '–', '—'])
        && before.ends_with(',')
        && numeric_token(last_token(before.trim_end_matches(',')))
    {
        return true;
    }
    let mut members = vec![c.surface()];
    // Leftwards: the comma joining a number to the run sits on that number.
    let mut joiner = false;
    for t in before.split_whitespace().rev() {
        if is_joiner(t) {
            joiner = true;
            continue;
        }
        let num = t.trim_end_matches(',');
        if !(t.ends_with(',') || joiner) || !numeric_token(num) {
            break;
        }
        members.push(num);
        joiner = false;
    }
    // Rightwards: the comma sits on the number before.
    let mut joined = after.starts_with(',');
    for t in after.trim_start_matches(',').split_whitespace() {
        if is_joiner(t) {
            joined = true;
            continue;
        }
        let num = t.trim_end_matches([',', '.', ';', ':', ')']);
        if !joined || !numeric_token(num) {
            break;
        }
        members.push(num);
        joined = t.ends_with(',');
    }
    members.len() >= 3 && members.iter().any(|m| !plausible_year(m))
}

/// The number opens the sentence and is closed by a full stop: a list
/// item number ("1213. Soils differ ..."), not a year.
fn list_number(c: &Ctx) -> bool {
    let after = c.after();
    c.before().trim().is_empty()
        && after.starts_with('.')
        && after[1..].chars().next().is_none_or(char::is_whitespace)
}

/// Function words that end in "s" but are no plural nouns.
const S_WORDS: &[&str] = &[
    "was",
    "has",
    "is",
    "as",
    "this",
    "its",
    "his",
    "hers",
    "ours",
    "yours",
    "theirs",
    "thus",
    "always",
    "towards",
    "afterwards",
    "perhaps",
    "unless",
    "whereas",
    "across",
    "besides",
    "does",
    "goes",
    "us",
    "yes",
    "less",
    "plus",
    "versus",
    "various",
    "famous",
    "previous",
    "serious",
    "sometimes",
    "nevertheless",
    "regardless",
    "whereas",
];

/// English function words (and the commonest verbs) that may follow a
/// year: "in 1900 the", "by 1800 it", "1900 was".
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "was", "were", "is", "are", "be",
    "been", "had", "has", "have", "did", "do", "does", "would", "could", "should", "will", "might",
    "may", "must", "can", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "into",
    "onto", "upon", "over", "under", "until", "after", "before", "during", "that", "which", "who",
    "when", "where", "while", "whose", "it", "he", "she", "they", "we", "i", "you", "there",
    "this", "these", "those", "its", "his", "her", "their", "our", "also", "not", "only", "then",
    "still", "already", "saw", "marked", "brought", "began", "ended", "became", "came", "went",
    "found", "proved", "onward", "onwards", "through", "when", "about", "against", "between",
    "among", "if", "because", "although", "though", "once", "both", "all", "each", "every", "some",
    "many", "most", "no", "more", "less", "such",
];

/// Irregular English plurals (and collectives counted with a bare number).
const IRREGULAR_PLURALS: &[&str] = &[
    "men",
    "women",
    "people",
    "children",
    "persons",
    "feet",
    "teeth",
    "mice",
    "geese",
    "cattle",
    "police",
    "personnel",
    "staff",
    "sheep",
    "fish",
    "deer",
];

/// Prepositions that put a year in time ("in 1800 farmers still ...").
const TIME_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "during",
    "throughout",
    "circa",
    "year",
    "years",
    "before",
    "after",
];

/// Words after which a year may modify a plural noun ("the 1976
/// elections", "by 1950 things"), unless the number is round.
const YEAR_MODIFIER_CUES: &[&str] = &[
    "", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "by", "from",
    "and", "or", "of",
];

/// The number counts something: no time preposition stands before it, and
/// a plural noun follows a round number (`1500 troops`) or a number in a
/// slot where a year cannot modify a noun ("to 1461 pages"), or any other
/// word but a function word follows a round number in such a slot ("lost
/// 1200 aircraft").
fn quantity(c: &Ctx) -> bool {
    let next = c.next_word();
    let first_char_lower = first_token(c.after())
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if !first_char_lower || next.is_empty() {
        return false;
    }
    let plural = IRREGULAR_PLURALS.contains(&next.as_str())
        || (next.len() >= 4
            && next.ends_with('s')
            && !next.ends_with("ss")
            && next.chars().all(char::is_alphabetic)
            && !in_set(&S_SET, &next));
    if !plural && in_set(&FUNCTION_SET, &next) {
        return false;
    }
    let prev = c.prev_word();
    if TIME_PREPS.contains(&prev.as_str()) {
        return false;
    }
    let digits: String = c
        .surface()
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let round = digits.starts_with("00");
    let possessive =
        last_token(c.before()).ends_with("'s") || last_token(c.before()).ends_with("’s");
    let modifier_slot = YEAR_MODIFIER_CUES.contains(&prev.as_str()) || possessive;
    if plural {
        round || !modifier_slot
    } else {
        // "lost 1200 aircraft", but "the 1800 election", "1946 saw".
        round && !modifier_slot
    }
}

/// Units of measure and time-of-day words (general English).
const UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "m",
    "metres",
    "meters",
    "metre",
    "meter",
    "cm",
    "mm",
    "mi",
    "miles",
    "mile",
    "ft",
    "feet",
    "foot",
    "yd",
    "yards",
    "inches",
    "kg",
    "kgs",
    "kilograms",
    "g",
    "grams",
    "lb",
    "lbs",
    "oz",
    "t",
    "tons",
    "tonnes",
    "tonne",
    "ton",
    "l",
    "litres",
    "liters",
    "gallons",
    "hours",
    "hour",
    "hrs",
    "hr",
    "h",
    "minutes",
    "mins",
    "min",
    "seconds",
    "secs",
    "sec",
    "gmt",
    "utc",
    "am",
    "pm",
    "a.m",
    "p.m",
    "mph",
    "kph",
    "knots",
    "rpm",
    "hp",
    "kw",
    "mw",
    "gw",
    "kwh",
    "hz",
    "khz",
    "mhz",
    "ghz",
    "kb",
    "mb",
    "gb",
    "tb",
    "bytes",
    "bits",
    "dpi",
    "px",
    "pts",
    "points",
    "percent",
    "%",
    "usd",
    "eur",
    "gbp",
    "dollars",
    "euros",
    "yen",
    "calories",
    "kcal",
    "acres",
    "hectares",
    "ha",
    "sq",
    "square",
    "cubic",
    "degrees",
    "°",
    "°c",
    "°f",
    "mah",
    "ma",
    "mv",
    "kv",
    "v",
    "w",
    "mbps",
    "gbps",
    "kbps",
    "fps",
    "psi",
    "bar",
    "nm",
    "µm",
    "um",
    "ml",
    "cl",
    "dl",
    "mg",
    "µg",
    "mcg",
    "iu",
    "cc",
    "lumens",
    "lux",
    "db",
    "x",
    "×",
];

/// A unit of measure or a clock word follows the number ("kcal/day" counts
/// as "kcal").
fn unit(c: &Ctx) -> bool {
    let next = c.next_word();
    in_set(&UNIT_SET, next.split('/').next().unwrap_or(""))
        || first_token(c.after()).starts_with(['°', '%'])
        || c.after().starts_with("per cent")
        || c.after().trim_start().starts_with("per cent")
}

/// The match is part of a URL, a path or an e-mail address.
fn url(c: &Ctx) -> bool {
    let left = c.before().rsplit(char::is_whitespace).next().unwrap_or("");
    let right = c.after().split(char::is_whitespace).next().unwrap_or("");
    // As if `left` and `right` were one token, without building it.
    let joined_contains = |pat: &str| {
        left.contains(pat)
            || right.contains(pat)
            || (1..pat.len()).any(|k| left.ends_with(&pat[..k]) && right.starts_with(&pat[k..]))
    };
    joined_contains("://")
        || joined_contains("www.")
        || left.contains('@')
        || right.contains('@')
        || (left.ends_with('/') && right.starts_with('/'))
}

/// A word list sorted for [`in_set`] (built once; the lists stay as
/// written, for reading).
fn sorted(list: &[&'static str]) -> Vec<&'static str> {
    let mut v = list.to_vec();
    v.sort_unstable();
    v.dedup();
    v
}

/// Whether `w` is in `set` (a list from [`sorted`]): a binary search
/// instead of a walk through a hundred words for every candidate.
fn in_set(set: &[&str], w: &str) -> bool {
    set.binary_search(&w).is_ok()
}

static UNIT_SET: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(UNITS));
static REF_SET: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(REF_WORDS));
static STREET_SET: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(STREET_WORDS));
static S_SET: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(S_WORDS));
static FUNCTION_SET: LazyLock<Vec<&str>> = LazyLock::new(|| sorted(FUNCTION_WORDS));

/// Patterns whose match is a bare number (year, range, short year).
const BARE: &[&str] = &[
    "date/year",
    "date/future-year",
    "date/year-range",
    "date/year-month",
    "date/two-digit-year",
    "date/bc-year",
    "date/bc-range",
];

/// The guards, in the order they run.
pub static DATE_GUARDS: &[Guard] = &[
    Guard {
        name: "guard/digit-glue",
        applies_to: &[],
        reject: digit_glue,
        hits: &[
            ("It closed in 1987, then reopened.", "1987 @ 1987"),
            ("He drove a 1969-built car.", "1969 @ 1969"),
        ],
        misses: &[
            "Call 555-1987 after six.",
            "The ratio rose to 3.1962 overall.",
            "They counted 21,1980 entries.",
            "The forum has 2000+ members.",
            "She wrote a 1500-word essay.",
            "The price is 1999€ in stores.",
        ],
    },
    Guard {
        name: "guard/ref-label",
        applies_to: BARE,
        reject: ref_label,
        hits: &[
            ("The page was written in 1987.", "1987 @ 1987"),
            ("THE FLOOD OF 1927 WAS WORSE.", "1927 @ 1927"),
        ],
        misses: &[
            "See page 1204 for the table.",
            "The tickets cost $1500 each.",
            "Read chapter 1987 next.",
            "Order it by ISBN 1975 only.",
            "Quote pp. 1088 in the note.",
            "It was item #1776 in the list.",
            "Private ranges follow RFC 1918 closely.",
        ],
    },
    Guard {
        name: "guard/url",
        applies_to: &[],
        reject: url,
        hits: &[(
            "The site went live in 2004 (see the archive).",
            "2004 @ 2004",
        )],
        misses: &[
            "See http://example.org/news/2004/report for more.",
            "Files are under /docs/1786-1800/letters on the server.",
        ],
    },
    Guard {
        name: "guard/list-number",
        applies_to: BARE,
        reject: list_number,
        hits: &[("The dam opened in 1955.", "1955 @ 1955")],
        misses: &["1213. Soils differ in texture.", "2089."],
    },
    Guard {
        name: "guard/street-address",
        applies_to: &["date/year"],
        reject: street_address,
        hits: &[("In 1905 Elm Street was paved.", "1905 @ 1905")],
        misses: &[
            "The office is at 1600 Grove Street now.",
            "Send it to 1725 North Main Ave.",
        ],
    },
    Guard {
        name: "guard/number-run",
        applies_to: BARE,
        reject: number_run,
        hits: &[("Prices rose in 1973, 1979 and 1990.", "1973 @ 1973")],
        misses: &[
            "Views: 512 1088 1170 1461 1534 907",
            "The counts were 412, 1088, 1170 and 99.",
            "Journal of Rivers, 12(3), 1045-1067.",
        ],
    },
    Guard {
        name: "guard/quantity",
        applies_to: &["date/year", "date/year-mod", "date/future-year"],
        reject: quantity,
        hits: &[
            ("In 1800 farmers still used oxen.", "1800 @ 1800"),
            ("The 1976 elections were close.", "1976 @ 1976"),
            ("By 1950 things had changed.", "1950 @ 1950"),
            ("Output fell to half of 1929 levels.", "1929 @ 1929"),
            ("The 1800 election was close.", "1800 @ 1800"),
            ("By 1900 the town had grown.", "1900 @ 1900"),
        ],
        misses: &[
            "The firm hired 1500 workers.",
            "About 2000 people came.",
            "They sent some 1400 volunteers.",
            "The report runs to 1461 pages.",
            "The air force lost 1200 aircraft.",
        ],
    },
    Guard {
        name: "guard/unit",
        applies_to: &[],
        reject: unit,
        hits: &[(
            "The bridge opened in 1932 to great applause.",
            "1932 @ 1932",
        )],
        misses: &[
            "The trail runs 1200 km north.",
            "The engine gives 1800 rpm at idle.",
            "The meeting starts at 1930 hours.",
            "It climbs 2000 m above the sea.",
            "Adults need 1600 kcal/day at rest.",
        ],
    },
];

/// A guard's decision function.
type Reject = fn(&Ctx) -> bool;

/// Build the guard index now (see [`crate::extract::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&BY_PATTERN);
    for set in [&UNIT_SET, &REF_SET, &STREET_SET, &S_SET, &FUNCTION_SET] {
        LazyLock::force(set);
    }
}

/// The guards that look at each pattern of [`super::DATE_PATTERNS`], by
/// index (resolved once, not by name for every candidate).
static BY_PATTERN: LazyLock<Vec<Vec<Reject>>> = LazyLock::new(|| {
    super::DATE_PATTERNS
        .iter()
        .map(|p| {
            DATE_GUARDS
                .iter()
                .filter(|g| g.applies_to.is_empty() || g.applies_to.contains(&p.name))
                .map(|g| g.reject)
                .collect()
        })
        .collect()
});

/// True when any guard that applies to the pattern at `index` of
/// [`super::DATE_PATTERNS`] rejects the candidate.
pub(super) fn rejected_by(index: usize, c: &Ctx) -> bool {
    BY_PATTERN
        .get(index)
        .is_some_and(|guards| guards.iter().any(|reject| reject(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(text: &str, needle: &str) -> Option<bool> {
        let start = text.find(needle)?;
        let c = Ctx {
            text,
            start,
            end: start + needle.len(),
        };
        Some(number_run(&c))
    }

    #[test]
    fn number_runs() {
        assert_eq!(ctx("a 443 1088 b", "1088"), Some(true));
        assert_eq!(ctx("in 1914, 1915 and 1916", "1915"), Some(false));
        assert_eq!(ctx("in 1914", "1914"), Some(false));
    }

    #[test]
    fn sets_hold_their_lists() {
        for (set, list) in [
            (&UNIT_SET, UNITS),
            (&REF_SET, REF_WORDS),
            (&FUNCTION_SET, FUNCTION_WORDS),
        ] {
            for w in list {
                assert!(in_set(set, w), "{w}");
            }
            assert!(!in_set(set, "zzz") && !in_set(set, ""));
        }
        assert!(in_set(&STREET_SET, "avenue") && !in_set(&STREET_SET, "avenues"));
        assert!(in_set(&S_SET, "whereas") && !in_set(&S_SET, "trees"));
    }

    #[test]
    fn url_reads_the_token_around_the_match() {
        let url_at = |text: &str, needle: &str| {
            let start = text.find(needle).unwrap_or(0);
            url(&Ctx {
                text,
                start,
                end: start + needle.len(),
            })
        };
        // "://" and "www." across the match, on either side, or inside one.
        assert!(url_at("see http:2004//x", "2004"));
        assert!(url_at("see ww2004w.x", "2004"));
        assert!(url_at("see www.a/2004/b", "2004"));
        assert!(url_at("mail me@2004", "2004"));
        assert!(url_at("see /docs/2004/x", "2004"));
        assert!(!url_at("in 2004 (see the archive)", "2004"));
        assert!(!url_at("see w 2004 ww.", "2004"));
    }

    #[test]
    fn tokens() {
        assert_eq!(last_token("see page  "), "page");
        assert_eq!(first_token("  km north"), "km");
        assert_eq!(last_token(""), "");
    }
}

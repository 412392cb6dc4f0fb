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

mod table;
mod tech;

pub use table::DATE_GUARDS;

/// Where a date guard applies.
#[derive(Debug, Clone, Copy)]
pub struct DateScope {
    /// Names of the date patterns the guard looks at; empty = all.
    pub applies_to: &'static [&'static str],
    /// The examples are lines of a literal block (read with
    /// [`super::find_dates_in_code`]).
    pub code: bool,
}

/// A filter on date candidates: `test` decides on one candidate (`true`
/// rejects it). Hits must still give this `value @ surface`; misses must
/// give no date at all.
pub type DateGuard = crate::extract::guards::shape::Guard<fn(&Ctx) -> bool, DateScope>;

/// One candidate in its sentence.
pub struct Ctx<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Start byte of the whole pattern match.
    pub start: usize,
    /// End byte of the whole pattern match.
    pub end: usize,
    /// The sentence is a line of a literal block (code, a shell session).
    pub code: bool,
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

/// English prefixes a year may take with a hyphen ("post-1959 politics",
/// "pre-1914 borders"); any other word glued on by `-` makes the number
/// part of a name ("sshd-1991").
const YEAR_PREFIXES: &[&str] = &[
    "pre", "post", "mid", "early", "late", "anti", "pro", "non", "neo", "ex", "circa", "c", "ca",
    "since", "until", "by",
];

/// A number (or a thing a number is part of) is glued to the match:
/// `1,914`, `3.1914`, `555-1987`, `1914.5`, `2019%`, `x1914`, `x_1914`;
/// or the match is part of an identifier: a model or part number
/// (`ES-1688`, `IEEE-1284`, `bash-2042`), a `file:line` or `id:id` pair
/// (`sched.c:1425`, `08ca:2024`, `2040:b700`), a `name=value` (`size=2048`).
/// A month name after a year and a dash starts a new date (`March
/// 1944-May 1945`).
fn digit_glue(c: &Ctx) -> bool {
    let starts_with_digit = c.surface().starts_with(|ch: char| ch.is_ascii_digit());
    let mut back = c.before().chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    let word_char = |q: char| q.is_alphanumeric() || q == '_';
    let glued_before = match prev {
        Some(p) if word_char(p) => true,
        // A month after "1944-" starts a date of its own.
        Some(p) if is_glue(p) && prev2.is_some_and(|q| q.is_ascii_digit()) => starts_with_digit,
        // `sched.c:1425`, `size=2048` (`at: 1944` has a space).
        Some(':' | '=') => starts_with_digit && prev2.is_some_and(word_char),
        Some('-') => starts_with_digit && glued_name(c.before()),
        _ => false,
    };
    // A part number: "AD1848" (an era is spaced: "AD 79"; "AD79" has
    // fewer digits than a part number).
    let part_number = c
        .surface()
        .strip_prefix("AD")
        .is_some_and(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
    if glued_before || part_number {
        return true;
    }
    let mut fwd = c.after().chars();
    if c.after().starts_with(':')
        && c.after()[1..].starts_with(|ch: char| ch.is_ascii_alphanumeric())
        && !c.after()[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return true; // `2040:b700`; `1944:12` is read below
    }
    if c.surface().ends_with(|ch: char| ch.is_ascii_digit())
        && c.after().starts_with('T')
        && c.after()[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return false; // ISO 8601 date and time: 2021-03-04T10:00
    }
    let round = c.surface().ends_with("00");
    match fwd.next() {
        Some('%' | '+' | '$' | '€' | '£' | '¥' | '×') => true,
        Some(n) if n.is_alphanumeric() || n == '_' => true,
        // "a 1500-word essay", "a 2000-strong force"; "a 1969-built car" is kept.
        Some('-') if round => fwd.next().is_some_and(char::is_lowercase),
        Some(n) if is_glue(n) => fwd.next().is_some_and(|q| q.is_ascii_digit()),
        _ => false,
    }
}

/// The text before a `-` glued to a number ends in a name, not in a year
/// prefix: a token with a digit or two capitals (`ES-`, `DTT-`, `x86-`),
/// or a word that is no English prefix (`bash-`).
fn glued_name(before: &str) -> bool {
    let word = before
        .strip_suffix('-')
        .unwrap_or(before)
        .rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '-' || ch == '.'))
        .next()
        .unwrap_or("");
    // The part right before the dash ("IEEE" in "IEEE-1284").
    let last = word.rsplit('-').next().unwrap_or(word);
    if last.is_empty() {
        return false;
    }
    let lower = last.to_lowercase();
    // A month glued on ("17-DEC-1997" is a date, "Mar-1944" too).
    if super::normalize::month_number(&lower).is_some() || YEAR_PREFIXES.contains(&lower.as_str()) {
        return false;
    }
    if last.len() < word.len()
        || last
            .chars()
            .any(|ch| ch.is_ascii_digit() || ch == '_' || ch == '.')
        || last.chars().filter(|ch| ch.is_uppercase()).count() >= 2
    {
        return true;
    }
    // A plain word after another word is prose with a dash for a pause
    // ("of all-1945 can", "the past year-1954-was"); at the start of a line
    // or after a symbol it names a thing ("bash-2042", "task: sshd-1991").
    let head = before.strip_suffix('-').unwrap_or(before);
    let lead_raw = &head[..head.len() - word.len()];
    let lead = lead_raw.trim_end();
    let gap = &lead_raw[lead.len()..];
    let plain_word =
        !last_token(lead).is_empty() && last_token(lead).chars().all(char::is_alphabetic);
    !(!gap.is_empty() && !gap.contains('\n') && plain_word)
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
    "fiscal",
    "fy",
];

/// Words after which a year may modify a plural noun ("the 1976
/// elections", "by 1950 things"), unless the number is round.
const YEAR_MODIFIER_CUES: &[&str] = &[
    "", "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "by",
    "from", "and", "or", "of",
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
    // "-sis", "-us", "-ics" end singular or mass nouns ("a 2009 analysis",
    // "post-1959 politics", "the 1990 census").
    let plural = IRREGULAR_PLURALS.contains(&next.as_str())
        || (next.len() >= 4
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !next.ends_with("sis")
            && !next.ends_with("us")
            && !next.ends_with("ics")
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
    // A prefix glued on ("pre-1914 borders") makes the number a modifier.
    let prefixed = c.before().ends_with('-') && c.before().len() > 1;
    let modifier_slot = YEAR_MODIFIER_CUES.contains(&prev.as_str()) || possessive || prefixed;
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

/// Field names that give a year its context ("Date: 1999", "since:
/// 2004"): a value after them is a date, not a count or an id.
const TIME_FIELDS: &[&str] = &[
    "date",
    "dated",
    "year",
    "years",
    "since",
    "until",
    "from",
    "to",
    "copyright",
    "updated",
    "revised",
    "released",
    "published",
    "written",
    "created",
    "modified",
    "born",
    "died",
    "founded",
    "established",
    "built",
    "period",
    "era",
];

/// The match is the value of a `name: value` or `name = value` pair in a
/// record ("{ pid: 2037, prio: 9 }", "SERVICE_ID = 1587", "size = 2048"):
/// the name is an identifier with `_` or a digit; or the value is set in
/// aligned columns or ends its line or record ("Default: 1024"); or the
/// name is a lower-case word that opens the sentence or follows `{`, `}`,
/// `(`, `[`, `,` or `;`; or any identifier stands before `=`. A capitalized label ("Note: 1945 ...") and a
/// time field ("date: 1999") keep their year.
fn field_value(c: &Ctx) -> bool {
    let before = c.before().trim_end();
    let (name_part, eq) = if let Some(b) = before.strip_suffix(':') {
        (b, false)
    } else if let Some(b) = before.strip_suffix('=') {
        if b.ends_with(['=', '!', '<', '>']) {
            return false; // a comparison: left to the arithmetic test
        }
        (b, true)
    } else {
        return false;
    };
    let name_part = name_part.trim_end();
    let start = name_part
        .rfind(|ch: char| {
            !(ch.is_ascii_alphanumeric() || matches!(ch, '_' | '.' | '-' | '[' | ']'))
        })
        .map_or(0, |i| {
            i + name_part[i..].chars().next().map_or(1, char::len_utf8)
        });
    let name = name_part[start..].trim_start_matches('.');
    if name.is_empty() || !name.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '_') {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    if TIME_FIELDS.contains(&lower.as_str()) {
        return false;
    }
    if eq {
        return true;
    }
    if name.contains(|ch: char| ch == '_' || ch.is_ascii_digit()) {
        return true;
    }
    // Columns aligned with spaces ("hitcount:       2055"), or a value that
    // ends its line or its record ("Default: 1024", "Hits: 2016,").
    let gap = &c.before()[before.len()..];
    let value_ends = {
        let a = c.after();
        let line = a.split('\n').next().unwrap_or("");
        let rest = line.trim_start();
        rest.is_empty() || rest.starts_with([',', ';', '}', ')', ']', '\\'])
    };
    let lead = name_part[..start].trim_end();
    // ... for a single number whose name opens the line ("Exit of the
    // Americans: 1973-1975" is a heading with a range).
    let single = c.surface().len() == 4;
    let line_start = lead.is_empty() || name_part[..start].contains('\n');
    if single && ((gap.len() >= 3 && !gap.contains('\n')) || (value_ends && line_start)) {
        return true;
    }
    let record_slot = lead.is_empty() || lead.ends_with(['{', '}', '(', '[', ',', ';']);
    record_slot && name.bytes().all(|b| !b.is_ascii_uppercase())
}

/// The number before `text`'s end, across white space: true when `text`
/// ends in digits (`"0 - "` ends in `0`).
fn ends_in_number(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let tok = last_token(t).trim_start_matches(['(', '[']);
    (!tok.is_empty() && tok.bytes().all(|b| b.is_ascii_digit() || b == b'.')).then_some(tok)
}

/// The match is an operand of arithmetic: `*`, `^`, `×`, `<<`, `>>`, `+`
/// between numbers beside it ("8 * 1024", "1024*1024", "2^1024", "1 <<
/// 2048"), or a `-` or `/` between it and a number that is no year ("0 -
/// 1023", "2048 - 4", "1001 / 30000"). A range of years passes ("2008 -
/// 2014" is a range pattern's, and its ends are both years).
fn arithmetic(c: &Ctx) -> bool {
    let before = c.before().trim_end();
    let after = c.after().trim_start();
    let strong = |op: &str| {
        matches!(
            op,
            "*" | "^" | "×" | "<<" | ">>" | "**" | "==" | "!=" | "<=" | ">="
        )
    };
    // An operand: a number, a name or a bracket ("size * 1024", "(x) *
    // 2048"), not the start of a line (">> 1995" quotes mail, "* 1995"
    // is a bullet).
    let operand_end =
        |t: &str| t.ends_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == ')');
    let operand_start =
        |t: &str| t.starts_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == '(');
    // "800 - 1200 C.E." is a range of years.
    let era = ["AD", "A.D.", "CE", "C.E.", "BC", "B.C."]
        .iter()
        .any(|e| after.starts_with(e));
    if era {
        return false;
    }
    // Operator before.
    for op in OPERATORS {
        if let Some(rest) = before.strip_suffix(op) {
            // An operator that opens a line quotes or lists (">>", "*").
            let gap = &rest[rest.trim_end().len()..];
            if gap.contains('\n') || c.before()[before.len()..].contains('\n') {
                return false;
            }
            let rest = rest.trim_end();
            if strong(op) {
                return operand_end(rest);
            }
            let Some(n) = ends_in_number(rest) else {
                continue;
            };
            return op == "+" || !plausible_year(n);
        }
    }
    // Operator after (on the same line).
    if c.after()[..c.after().len() - after.len()].contains('\n') {
        return false;
    }
    for op in OPERATORS {
        if let Some(rest) = after.strip_prefix(op) {
            if strong(op) {
                return operand_start(rest.trim_start());
            }
            let rest = rest.trim_start();
            let tok = first_token(rest).trim_end_matches(|ch: char| !ch.is_ascii_digit());
            if tok.is_empty() || !tok.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            // "+ 1" after a year, "- 4", "/ 30000".
            return op == "+" || !plausible_year(tok);
        }
    }
    false
}

/// Operators, the longer first.
const OPERATORS: [&str; 14] = [
    "**", "<<", ">>", "==", "!=", "<=", ">=", "*", "^", "×", "+", "-", "–", "/",
];

/// The match stands inside a code span: an odd number of backtick runs
/// before it in the sentence and one after ("run `dd bs=2048` twice",
/// "``1024``").
pub(super) fn code_span(c: &Ctx) -> bool {
    let runs = |s: &str| {
        let b = s.as_bytes();
        (0..b.len())
            .filter(|&i| b[i] == b'`' && (i == 0 || b[i - 1] != b'`'))
            .count()
    };
    runs(c.before()) % 2 == 1 && c.after().contains('`')
}

/// A four-digit number in technical text is no year: the value of a field,
/// an operand of arithmetic, a number in a code span.
/// Only a bare number ("1024", "2008 - 2014") is looked at for fields and
/// arithmetic: "264 BC - 241 BC" names its era.
fn technical(c: &Ctx) -> bool {
    let bare = c.surface().starts_with(|ch: char| ch.is_ascii_digit())
        && c.surface().ends_with(|ch: char| ch.is_ascii_digit());
    code_span(c) || (bare && (field_value(c) || arithmetic(c) || literal(c)))
}

/// A number written as a literal: quoted alone ("'1010'", "\"1000\"") or
/// with a sign glued on after white space ("+1100", "line -1605").
fn literal(c: &Ctx) -> bool {
    let (before, after) = (c.before(), c.after());
    let quoted = c.surface().len() == 4
        && ['\'', '"']
            .iter()
            .any(|&q| before.ends_with(q) && after.starts_with(q));
    let mut back = before.chars().rev();
    let signed =
        matches!(back.next(), Some('+' | '-')) && back.next().is_none_or(char::is_whitespace);
    quoted || signed
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
                .filter(|g| g.scope.applies_to.is_empty() || g.scope.applies_to.contains(&p.name))
                .map(|g| g.test)
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
mod tests;

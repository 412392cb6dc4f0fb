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

pub use guard::{DATE_GUARDS, Guard};

use super::pattern::{Compiled, Pattern};
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
}

// Regex pieces, as macros so that `concat!` can build the static table.
macro_rules! year {
    () => {
        r"(?:1[0-9]{3}|20[0-9]{2})"
    };
}
macro_rules! month {
    () => {
        r"(?i:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?-u:\b)\.?)"
    };
}
// A capitalized month name, for dates without a year ("5 March"), where
// the lower-case verbs "march" and "may" must not count.
macro_rules! cap_month {
    () => {
        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?-u:\b)\.?)"
    };
}
macro_rules! day {
    () => {
        r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    };
}
macro_rules! weekday {
    () => {
        r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    };
}
// Modifiers kept in the span, value unchanged ("the end of", "early", "mid-").
macro_rules! modifier {
    () => {
        r"(?i:(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|dawn|outset)\s+of\s+(?:the\s+)?|(?:early|late|mid|middle|earlier|later)(?:\s+in\s+|\s*-\s*|\s+)|(?:around|about|circa|c\.|ca\.|approximately|roughly)\s+|(?:the\s+)?years?\s+)"
    };
}
macro_rules! era_bc {
    () => {
        r"(?:BCE?(?-u:\b)|B\.C\.(?:E\.)?)"
    };
}
// A year after a month or season: four digits, '99, or a BC year.
macro_rules! year_or_bc {
    () => {
        concat!(
            r"(?:(?P<bcy>[0-9]{1,4})\s?(?P<bc>",
            era_bc!(),
            r")|(?P<y>",
            year!(),
            r")(?-u:\b)|['’](?P<yy>[0-9]{2})(?-u:\b))"
        )
    };
}
// Between the two ends of a range: a dash or slash, or to/until/through/and.
macro_rules! range_joiner {
    () => {
        r"(?:\s?[-–—/]\s?|\s+(?i:to|until|till|through|and)\s+)"
    };
}
macro_rules! reporting_verb {
    () => {
        r"(?i:defines|defined|argues|argued|notes|noted|suggests|suggested|writes|wrote|states|stated|describes|described|claims|claimed|observes|observed|proposes|proposed|explains|explained|contends|contended|says|said|maintains|maintained|asserts|asserted|emphasi[sz]es|emphasi[sz]ed|shows|showed|finds|found|reports|reported|concludes|concluded|calls|called|coined|introduced|points\s+out|pointed\s+out|identifies|identified|characteri[sz]es|characteri[sz]ed|distinguishes|distinguished|refers|referred|uses|used)(?-u:\b)"
    };
}
macro_rules! name {
    () => {
        r"(?P<name>\p{L}[\p{L}'’\-]*(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]*)?)"
    };
}
// A capitalized author name, for the bracketed forms ("Nye (2004)").
macro_rules! cap_name {
    () => {
        r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]*)?)"
    };
}
macro_rules! page_ref {
    () => {
        r"(?:[,:]\s*(?:pp?\.\s*)?[0-9]+(?:[-–][0-9]+)?)?"
    };
}

/// The date patterns, most specific first (the earlier wins a tie).
///
/// Named groups: `t` / `t2` the span of the first / second mention (default:
/// the whole match); `y` year, `yy` two-digit year, `m` month, `d` day,
/// `wd` weekday, `s` season, `hw`/`hn` half, `qw`/`qn` quarter, `dec` /
/// `decyy` decade, `cent` century, `bc` / `ad` era, `hol` holiday, `na` /
/// `nb` numeric day and month; `y2`, `m2`, `d2` the second end of a range;
/// `name` the cited author.
pub static DATE_PATTERNS: &[Pattern] = &[
    Pattern {
        name: "date/iso-date",
        regex: concat!(
            r"(?-u:\b)(?P<y>",
            year!(),
            r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?-u:\b)"
        ),
        hits: &[(
            "The release shipped on 2019-07-11 as planned.",
            "2019-07-11 @ 2019-07-11",
        )],
        misses: &["The part number is 2019-13-45 in the catalogue."],
    },
    Pattern {
        name: "date/iso-datetime",
        regex: concat!(
            r"(?-u:\b)(?P<y>",
            year!(),
            r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
        ),
        hits: &[(
            "Version 2 went live at 2021-03-04T10:00:00Z.",
            "2021-03-04 @ 2021-03-04T10:00:00Z",
        )],
        misses: &["Version 2 went live at 2021-03-04."],
    },
    Pattern {
        name: "date/numeric-date",
        regex: concat!(
            r"(?-u:\b)(?P<na>[0-9]{1,2})(?P<sep>[/.])(?P<nb>[0-9]{1,2})[/.](?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[
            (
                "The form was signed on 25/12/2019 at noon.",
                "2019-12-25 @ 25/12/2019",
            ),
            (
                "The form was signed on 7/11/2019 at noon.",
                "2019-07-11 @ 7/11/2019",
            ),
            (
                "The form was signed on 7.11.2019 at noon.",
                "2019-11-07 @ 7.11.2019",
            ),
        ],
        misses: &["The score was 14/15/2019 on that scale."],
    },
    Pattern {
        name: "date/month-day-range",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<m>",
            month!(),
            r")\s+(?P<d>",
            day!(),
            r"))",
            range_joiner!(),
            r"(?P<t2>(?:(?P<m2>",
            month!(),
            r")\s+)?(?P<d2>",
            day!(),
            r"),?\s+(?P<y>",
            year!(),
            r"))(?-u:\b)"
        ),
        hits: &[
            (
                "The fair ran from August 3-7, 1998 in the park.",
                "1998-08-03 @ August 3",
            ),
            (
                "The fair ran from August 3-7, 1998 in the park.",
                "1998-08-07 @ 7, 1998",
            ),
            (
                "The fair ran from August 30 to September 2, 1998.",
                "1998-09-02 @ September 2, 1998",
            ),
        ],
        misses: &["The fair ran from August 3 to 7 in the park."],
    },
    Pattern {
        name: "date/day-month-range",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<d>",
            day!(),
            r")(?:\s+(?P<m>",
            month!(),
            r"))?)",
            range_joiner!(),
            r"(?P<t2>(?P<d2>",
            day!(),
            r")\s+(?P<m2>",
            month!(),
            r"),?\s+(?P<y>",
            year!(),
            r"))(?-u:\b)"
        ),
        hits: &[
            ("The course ran 12–16 May 2003 online.", "2003-05-12 @ 12"),
            (
                "The course ran 12–16 May 2003 online.",
                "2003-05-16 @ 16 May 2003",
            ),
            (
                "The course ran from 28 April to 2 May 2003.",
                "2003-04-28 @ 28 April",
            ),
        ],
        misses: &[
            "The course ran 12–16 hours a week.",
            "It ran 16–12 May 2003.",
        ],
    },
    Pattern {
        name: "date/month-range",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<m>",
            month!(),
            r"))",
            range_joiner!(),
            r"(?P<t2>(?P<m2>",
            month!(),
            r"),?\s+(?P<y>",
            year!(),
            r"))(?-u:\b)"
        ),
        hits: &[
            (
                "The survey ran in June–July 2016 across the region.",
                "2016-07 @ July 2016",
            ),
            (
                "The survey ran in June and July 2016 across the region.",
                "2016-06 @ June",
            ),
        ],
        misses: &["The survey ran in June and then in July."],
    },
    Pattern {
        name: "date/month-day-year",
        regex: concat!(
            r"(?:(?-u:\b)(?P<wd>",
            weekday!(),
            r"),?\s+)?(?-u:\b)(?P<m>",
            month!(),
            r")\s+(?P<d>",
            day!(),
            r"),?\s+(?:of\s+)?(?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[
            (
                "The store opened on Oct 11, 2010 downtown.",
                "2010-10-11 @ Oct 11, 2010",
            ),
            (
                "The store opened on Jan. 5, 2017 downtown.",
                "2017-01-05 @ Jan. 5, 2017",
            ),
            (
                "It rained on Sunday, June 2, 1985 all day.",
                "1985-06-02 @ Sunday, June 2, 1985",
            ),
            (
                "The letter is dated March 3rd 1921.",
                "1921-03-03 @ March 3rd 1921",
            ),
            (
                "the post went up on dec 08, 2021 late.",
                "2021-12-08 @ dec 08, 2021",
            ),
        ],
        misses: &["The store opened on Oct 41, 2010 downtown."],
    },
    Pattern {
        name: "date/day-month-year",
        regex: concat!(
            r"(?:(?-u:\b)(?P<wd>",
            weekday!(),
            r"),?\s+)?(?-u:\b)(?:(?i:the)\s+)?(?P<d>",
            day!(),
            r")\s+(?:of\s+)?(?P<m>",
            month!(),
            r"),?\s+(?:of\s+)?(?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[
            (
                "The bridge opened on 3 March 2013 to traffic.",
                "2013-03-03 @ 3 March 2013",
            ),
            (
                "It closed on the 21st of June 1999.",
                "1999-06-21 @ the 21st of June 1999",
            ),
            (
                "He wrote on 9 Sept, 1830 from home.",
                "1830-09-09 @ 9 Sept, 1830",
            ),
        ],
        misses: &["It closed on 30 February 1999 for repairs."],
    },
    Pattern {
        name: "date/holiday",
        regex: concat!(
            r"(?-u:\b)(?P<hol>(?i:christmas(?:\s+(?:day|eve))?|new\s+year['’]?s\s+(?:day|eve)|halloween|valentine['’]?s\s+day)),?\s+(?:of\s+)?(?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[(
            "They met again at Christmas 1953 in town.",
            "1953-12-25 @ Christmas 1953",
        )],
        misses: &["They met again at Christmas in town."],
    },
    Pattern {
        name: "date/month-year",
        regex: concat!(
            r"(?-u:\b)(?P<mod>",
            modifier!(),
            r")?(?P<m>",
            month!(),
            r"),?\s+(?:of\s+)?",
            year_or_bc!()
        ),
        hits: &[
            (
                "The plant closed in March 2013 for good.",
                "2013-03 @ March 2013",
            ),
            (
                "The fleet sailed in June 480 BC.",
                "BC0480-06 @ June 480 BC",
            ),
            (
                "The plant closed in January, 1918 for good.",
                "1918-01 @ January, 1918",
            ),
            (
                "Sales fell by the end of April 1992.",
                "1992-04 @ the end of April 1992",
            ),
            ("Sales fell in mid-June 1974.", "1974-06 @ mid-June 1974"),
            ("The road opened in May of 1931.", "1931-05 @ May of 1931"),
        ],
        misses: &["They march 20 miles a day."],
    },
    Pattern {
        name: "date/month-day-span",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<m>",
            cap_month!(),
            r")\s+(?P<d>",
            day!(),
            r"))",
            range_joiner!(),
            r"(?P<t2>(?P<d2>",
            day!(),
            r"))(?-u:\b)"
        ),
        hits: &[(
            "The fair of 1998 ran on August 3-7 in the park.",
            "1998-08-07 @ 7",
        )],
        misses: &["The fair ran on August 3-7 in the park."],
    },
    Pattern {
        name: "date/day-month",
        regex: concat!(
            r"(?-u:\b)(?:(?i:the)\s+)?(?P<d>",
            day!(),
            r")\s+(?:of\s+)?(?P<m>",
            cap_month!(),
            r")"
        ),
        hits: &[(
            "In 1921 the mill opened, and on 3 May it burned.",
            "1921-05-03 @ 3 May",
        )],
        misses: &["On 3 May it burned.", "In 1921 they walked 3 miles."],
    },
    Pattern {
        name: "date/month-day",
        regex: concat!(
            r"(?-u:\b)(?P<m>",
            cap_month!(),
            r")\s+(?P<d>",
            day!(),
            r")(?-u:\b)"
        ),
        hits: &[(
            "In 1921 the mill opened, and on May 3 it burned.",
            "1921-05-03 @ May 3",
        )],
        misses: &["On May 3 it burned."],
    },
    Pattern {
        name: "date/month",
        regex: concat!(
            r"(?-u:\b)(?i:in|on|by|until|till|since|during|from|of|through|throughout|before|after)\s+(?P<t>(?P<mod>",
            modifier!(),
            r")?(?P<m>",
            cap_month!(),
            r"))"
        ),
        hits: &[(
            "The mill opened in 1921 and by early June it was busy.",
            "1921-06 @ early June",
        )],
        misses: &[
            "In March the river rose, as it did in 1921.",
            "They began to march in 1921.",
            "The mill opened in 1921 and in the May sun it dried.",
        ],
    },
    Pattern {
        name: "date/half-year",
        regex: concat!(
            r"(?-u:\b)(?:(?i:the\s+)?(?P<hw>(?i:first|second|latter|last|final|1st|2nd))\s+half\s+of\s+(?:the\s+year\s+)?|(?P<hn>H[12])\s+)(?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[
            (
                "Output grew in the latter half of 2008.",
                "2008-H2 @ the latter half of 2008",
            ),
            (
                "Output grew in the first half of 1996.",
                "1996-H1 @ the first half of 1996",
            ),
            ("Output grew in H2 2015.", "2015-H2 @ H2 2015"),
        ],
        misses: &["Output grew in the latter half of the year."],
    },
    Pattern {
        name: "date/quarter",
        regex: concat!(
            r"(?-u:\b)(?:(?i:the\s+)?(?P<qw>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\s+quarter\s+of\s+|Q(?P<qn>[1-4])\s+)(?P<y>",
            year!(),
            r")(?-u:\b)"
        ),
        hits: &[
            (
                "Profits rose in the first quarter of 2008.",
                "2008-Q1 @ the first quarter of 2008",
            ),
            ("Profits rose in Q3 2011.", "2011-Q3 @ Q3 2011"),
        ],
        misses: &["Profits rose in the third quarter."],
    },
    Pattern {
        name: "date/year-quarter",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<y>",
            year!(),
            r")\s+(?:Q(?P<qn>[1-4])|(?P<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:\s+(?i:fiscal|calendar))?\s+(?i:quarter)))(?:[^\-\p{L}\p{N}_]|$)"
        ),
        hits: &[
            ("Profits rose in 2011 Q4 again.", "2011-Q4 @ 2011 Q4"),
            (
                "Profits fell in the 1989 second quarter.",
                "1989-Q2 @ 1989 second quarter",
            ),
            (
                "Sales in the 2004 third fiscal quarter were flat.",
                "2004-Q3 @ 2004 third fiscal quarter",
            ),
        ],
        misses: &[
            "Profits rose in 2011 again.",
            "The 1500 second quarter-mile runs.",
        ],
    },
    Pattern {
        name: "date/season-year",
        regex: concat!(
            r"(?-u:\b)(?i:(?:the\s+)?(?:(?:early|late|mid|middle)(?:\s*-\s*|\s+))?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?)(?P<s>(?i:spring|summer|fall|autumn|winter))(?i:time)?(?:\s+of|,)?\s+",
            year_or_bc!()
        ),
        hits: &[
            ("The course began in Spring 2009.", "2009-SP @ Spring 2009"),
            (
                "They moved in the fall of 2005.",
                "2005-FA @ the fall of 2005",
            ),
            (
                "Work stopped in early summer of 1961.",
                "1961-SU @ early summer of 1961",
            ),
            (
                "The band toured in the summer of '69.",
                "1969-SU @ the summer of '69",
            ),
            (
                "The army marched in the spring of 480 BC.",
                "BC0480-SP @ the spring of 480 BC",
            ),
        ],
        misses: &["The fall of the empire was slow."],
    },
    Pattern {
        name: "date/year-season",
        regex: concat!(
            r"(?-u:\b)(?P<y>",
            year!(),
            r")\s+(?P<s>(?i:spring|summer|autumn|winter))(?-u:\b)"
        ),
        hits: &[(
            "After the 1982 summer rally, prices fell.",
            "1982-SU @ 1982 summer",
        )],
        misses: &["After the summer rally of the year, prices fell."],
    },
    Pattern {
        name: "date/century",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?i:(?:the\s+)?(?:(?:early|mid|late|middle)(?:\s*-\s*|\s+))?)(?P<cent>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+(?i:century|centuries)(?:\s+(?P<bc>",
            era_bc!(),
            r"))?)"
        ),
        hits: &[
            (
                "Such mills spread in the 19th century.",
                "18XX @ the 19th century",
            ),
            (
                "Such mills spread in the 17th and 18th centuries.",
                "17XX @ 18th centuries",
            ),
            (
                "The temple dates to the 5th century BC.",
                "BC04 @ the 5th century BC",
            ),
        ],
        misses: &["Such mills spread in the 19th year."],
    },
    Pattern {
        name: "date/decade",
        regex: concat!(
            r"(?P<t>(?:(?-u:\b)(?i:the\s+(?:(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+the\s+)?(?:(?:early|mid|late|middle)(?:\s*-\s*|\s+))?|(?:early|mid|late|middle)(?:\s*-\s*|\s+)))?(?:(?-u:\b)(?P<dec>[0-9]{2,3}0)|['’](?P<decyy>[0-9]0))['’]?s(?-u:\b)(?:\s+(?P<bc>",
            era_bc!(),
            r"))?)"
        ),
        hits: &[
            ("Jazz clubs thrived in the 1920s.", "192X @ the 1920s"),
            ("Prices rose in the mid-1990s.", "199X @ the mid-1990s"),
            ("Prices rose in the early 2000s.", "200X @ the early 2000s"),
            ("Prices rose in the '70s again.", "197X @ the '70s"),
            ("The town was walled in the 470s BC.", "BC047 @ the 470s BC"),
            ("Steam spread in the 1800s.", "18XX @ the 1800s"),
        ],
        misses: &["She sang 470s notes.", "The code 1995s is wrong."],
    },
    Pattern {
        name: "date/bc-range",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<y>[0-9]{1,4}))\s?[-–—]\s?(?P<t2>(?P<y2>[0-9]{1,4})\s?(?P<bc>",
            era_bc!(),
            r"))"
        ),
        hits: &[
            ("The war lasted 264–241 BC in all.", "BC0264 @ 264"),
            ("The war lasted 264–241 BC in all.", "BC0241 @ 241 BC"),
        ],
        misses: &["The war lasted 241–264 BC in all."],
    },
    Pattern {
        name: "date/bc-year",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?:(?i:around|about|circa|c\.|ca\.)\s+)?(?P<y>[0-9]{1,4})\s?(?P<bc>",
            era_bc!(),
            r"))"
        ),
        hits: &[
            ("The city fell in 146 BC to its rival.", "BC0146 @ 146 BC"),
            (
                "The city was founded about 753 B.C. by legend.",
                "BC0753 @ about 753 B.C.",
            ),
        ],
        misses: &["The city fell in 146 to its rival."],
    },
    Pattern {
        name: "date/ad-year",
        regex: r"(?-u:\b)(?:(?P<ad>AD|A\.D\.)\s?(?P<y>[0-9]{1,4})(?-u:\b)|(?P<y2>[0-9]{1,4})\s?(?P<ad2>AD(?-u:\b)|A\.D\.|CE(?-u:\b)))",
        hits: &[
            (
                "The town burned in AD 79 after the eruption.",
                "0079 @ AD 79",
            ),
            ("The wall was built in 122 CE by soldiers.", "0122 @ 122 CE"),
        ],
        misses: &["The town burned in 79 after the eruption."],
    },
    Pattern {
        name: "date/year-range",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<mod>",
            modifier!(),
            r")?(?P<y>",
            year!(),
            r"))\s?[-–—/]\s?(?P<t2>(?P<y2>[0-9]{4}|[0-9]{2}))(?-u:\b)"
        ),
        hits: &[
            ("The treaty held 1917–1918 at least.", "1917 @ 1917"),
            ("The treaty held 1917–1918 at least.", "1918 @ 1918"),
            ("The season 1998-02 was long.", "2002 @ 02"),
            ("The 2007/08 budget was cut.", "2008 @ 08"),
        ],
        misses: &["The treaty held 1917–1880 at least."],
    },
    Pattern {
        name: "date/year-month",
        regex: concat!(
            r"(?-u:\b)(?P<y>",
            year!(),
            r")-(?P<m>0[1-9]|1[0-2])(?-u:\b)"
        ),
        hits: &[("The log from 2019-07 was lost.", "2019-07 @ 2019-07")],
        misses: &["The log from 2019-13 was lost."],
    },
    Pattern {
        name: "date/cite-paren",
        regex: concat!(
            cap_name!(),
            r"\s+\((?P<t>(?P<y>",
            year!(),
            r"))[a-z]?",
            page_ref!(),
            r"\)"
        ),
        hits: &[
            (
                "As Nye (2004) argues, power can attract.",
                "2004 @ 2004 (cited)",
            ),
            (
                "Lee et al. (1999, p. 12) found the same.",
                "1999 @ 1999 (cited)",
            ),
        ],
        misses: &[
            "The treaty of Paris (1856) ended the war.",
            "The Clean Harbors Act (1972) set limits.",
            "The school program (1965) grew.",
        ],
    },
    Pattern {
        name: "date/cite-source",
        regex: concat!(
            r"\[(?P<t>(?P<y>",
            year!(),
            r"))\s+(?P<name>\p{Lu}[\p{L}'’\-]*)[^\[\]]{0,60}\]"
        ),
        hits: &[
            (
                "A stiff felt hat worn in the rain. [1913 Webster]",
                "1913 @ 1913 (cited)",
            ),
            (
                "A kind of small boat. [1913 Ogilvie + Smith]",
                "1913 @ 1913 (cited)",
            ),
        ],
        misses: &[
            "A stiff felt hat. [1913 revision]",
            "The old list [1913 In] is gone.",
        ],
    },
    Pattern {
        name: "date/cite-source-name",
        regex: concat!(
            r"\[(?P<name>\p{Lu}[\p{L}'’\-]*)[^\[\]0-9]{0,40}?[\s,](?P<t>(?P<y>",
            year!(),
            r"))(?-u:\b)[^\[\]]{0,60}\]"
        ),
        hits: &[
            (
                "A loose woollen cloak. [Webster 1913 Suppl.]",
                "1913 @ 1913 (cited)",
            ),
            (
                "A loose woollen cloak. [Century Dict. 1906]",
                "1906 @ 1906 (cited)",
            ),
        ],
        misses: &[
            "The list [June 1913 only] is gone.",
            "The list [In 1913 only] is gone.",
        ],
    },
    Pattern {
        name: "date/cite-author-year",
        regex: concat!(
            r"\(\s*(?:(?i:see|cf\.|e\.g\.,?)\s+)?",
            cap_name!(),
            r"\s+(?P<t>(?P<y>",
            year!(),
            r"))[a-z]?",
            page_ref!(),
            r"\s*[;)]"
        ),
        hits: &[
            (
                "The effect is well known (Okafor 1991).",
                "1991 @ 1991 (cited)",
            ),
            (
                "The effect is well known (see Lee et al. 2003, p. 4).",
                "2003 @ 2003 (cited)",
            ),
        ],
        misses: &["The effect is well known (since 1991)."],
    },
    Pattern {
        name: "date/cite-comma",
        regex: concat!(
            name!(),
            r",\s+(?P<t>(?P<y>",
            year!(),
            r"))[a-z]?(?:[.;:)\]]|,\s*pp?\.|,\s*[0-9]|\s*$)"
        ),
        hits: &[
            (
                "The idea is older than it seems (Brown, 1998).",
                "1998 @ 1998 (cited)",
            ),
            (
                "the term was coined long ago okafor, 1987.",
                "1987 @ 1987 (cited)",
            ),
            (
                "It is a known result (Ito and Sato, 2001; Brown, 1998).",
                "2001 @ 2001 (cited)",
            ),
        ],
        misses: &["In 1961, 1962 and 1963 it rained."],
    },
    Pattern {
        name: "date/cite-verb",
        regex: concat!(
            name!(),
            r"\s+(?P<t>(?P<y>",
            year!(),
            r"))[a-z]?,?\s+",
            reporting_verb!()
        ),
        hits: &[(
            "Okafor 1987 defines the term as a loose network.",
            "1987 @ 1987 (cited)",
        )],
        misses: &["In 1987 defines were rare."],
    },
    Pattern {
        name: "date/two-digit-year",
        regex: r"(?:^|[^\p{L}\p{N}'’])(?P<t>['’](?P<yy>[0-9]{2}))(?:[^\p{L}\p{N}'’]|$)",
        hits: &[
            ("The class of '99 met again.", "1999 @ '99"),
            ("The class of '08 met again.", "2008 @ '08"),
        ],
        misses: &["The label read 'x99' in red."],
    },
    Pattern {
        name: "date/year-mod",
        regex: concat!(
            r"(?-u:\b)(?P<t>(?P<mod>",
            modifier!(),
            r")(?P<y>",
            year!(),
            r"))(?-u:\b)"
        ),
        hits: &[
            (
                "Sales fell in early 1941 after the fire.",
                "1941 @ early 1941",
            ),
            (
                "The mill closed by the end of 1958.",
                "1958 @ the end of 1958",
            ),
            ("Work resumed in mid-1916 slowly.", "1916 @ mid-1916"),
            ("The year 1950 was dry.", "1950 @ The year 1950"),
            (
                "The farm was built about 1910 by settlers.",
                "1910 @ about 1910",
            ),
        ],
        misses: &["The firm sent some 1500 letters."],
    },
    Pattern {
        name: "date/future-year",
        regex: r"(?-u:\b)(?i:by|in|until|till|before|after|through|from|to|since)\s+(?P<t>(?P<y>21[0-9]{2}))(?-u:\b)",
        hits: &[("Sea levels may rise a metre by 2100.", "2100 @ 2100")],
        misses: &["The tank holds 2100 litres."],
    },
    Pattern {
        name: "date/year",
        regex: concat!(r"(?-u:\b)(?P<y>", year!(), r")(?-u:\b)"),
        hits: &[
            ("The museum opened in 1981.", "1981 @ 1981"),
            (
                "Rules have changed since 1997 in most states.",
                "1997 @ 1997",
            ),
            ("Prices doubled between 1997 and 2005.", "2005 @ 2005"),
            ("By 1945 the city had grown.", "1945 @ 1945"),
        ],
        misses: &[
            "The order lists 1500 chairs.",
            "See page 1088 for details.",
            "Readers: 443 1088 1170 1461 1534",
            "The ridge is 1200 km long.",
            "The code 0598 is invalid.",
        ],
    },
];

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
/// of its last full, non-cited date (`None` when it names none).
pub fn narrative_year(dates: &[DateMatch]) -> Option<u32> {
    dates.iter().rev().filter(|d| !d.citation).find_map(|d| {
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
/// earlier start), order by start, and give two-digit years the century of
/// a four-digit year in the same sentence.
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
            if c.short_year
                && let Some(a) = anchor
            {
                value = rebase_century(&value, a);
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

/// Replace the century of a value that starts with a guessed `YYYY`.
fn rebase_century(value: &str, anchor: u32) -> String {
    match (value.get(..2), value.get(2..)) {
        (Some(_), Some(rest)) => format!("{:02}{rest}", anchor / 100),
        _ => value.to_string(),
    }
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

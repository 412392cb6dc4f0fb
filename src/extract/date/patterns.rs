//! The date patterns: one row per pattern, its regex built from the
//! pieces below, with the examples it must find and must not.

use crate::extract::pattern::Pattern;

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

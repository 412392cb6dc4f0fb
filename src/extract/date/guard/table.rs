//! The date guards as rows, each with the sentences it must still let
//! through (`hits`) and those it must empty (`misses`).

use super::*;

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

/// [`BARE`] and the citation after a comma ("f(NAME, 1024)"): the patterns
/// a number in code can take.
const TECH: &[&str] = &[
    "date/year",
    "date/future-year",
    "date/year-range",
    "date/year-month",
    "date/two-digit-year",
    "date/bc-year",
    "date/bc-range",
    "date/cite-comma",
];

/// The guards, in the order they run.
pub static DATE_GUARDS: &[DateGuard] = &[
    DateGuard {
        id: "guard/digit-glue",
        scope: DateScope {
            applies_to: &[],
            code: false,
        },
        test: digit_glue,
        hits: &[
            ("It closed in 1987, then reopened.", "1987 @ 1987"),
            ("He drove a 1969-built car.", "1969 @ 1969"),
            (
                "The war ran from March 1944-May 1945 in the north.",
                "1945-05 @ May 1945",
            ),
            ("They studied post-1959 politics in depth.", "1959 @ 1959"),
            ("Most of all-1945 can bring peace.", "1945 @ 1945"),
            ("The memo is dated 17-DEC-1997 at the top.", "1997 @ 1997"),
        ],
        misses: &[
            "Call 555-1987 after six.",
            "The ratio rose to 3.1962 overall.",
            "They counted 21,1980 entries.",
            "The forum has 2000+ members.",
            "She wrote a 1500-word essay.",
            "The price is 1999€ in stores.",
            "The card uses an ES-1688 chip.",
            "The bus follows IEEE-1284 closely.",
            "The trace shows task: bash-2042 waking.",
            "bash-2042 woke up first.",
            "The call came from ata_init <-ata\n  bash-2042    3d..1 : start",
            "The fault is at sched.c:1425 in the scheduler.",
            "The device 08ca:2024 was found.",
            "The ids run 2040:b700 to the end.",
            "The call set size=2048 on the queue.",
            "The flag x_2048 is set.",
            "The AD1848 chip needs a port.",
        ],
    },
    DateGuard {
        id: "guard/technical",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: technical,
        hits: &[
            ("Date: 1999 was a dry year.", "1999 @ 1999"),
            ("The years 1939 - 1945 were hard.", "1945 @ 1945"),
            ("Note: 1945 ended the war.", "1945 @ 1945"),
            ("Born: 1950", "1950 @ 1950"),
            ("Exit of the Americans: 1973-1975", "1975 @ 1975"),
            (
                "The tokens '1995-2000' and 'apps' were scored.",
                "2000 @ 2000",
            ),
            ("The song '1999' was a hit in 1983.", "1983 @ 1983"),
            ("Copyright (C) 2008 - 2014 the authors.", "2014 @ 2014"),
            ("It happened in 1944 (see `notes`).", "1944 @ 1944"),
            ("The war ran 264 BC - 241 BC in all.", "BC0264 @ 264 BC"),
            (">> 1995 and 2000 were good years.", "1995 @ 1995"),
            (
                "They paid for CDs between\n>> 1995 and 2000.",
                "1995 @ 1995",
            ),
            ("It was warm from ca. 800 - 1200 C.E. on.", "1200 @ 1200"),
        ],
        misses: &[
            "The trace shows { pid: 2037, prio: 9 } at the top.",
            "Each entry has common_pid: 1891 in it.",
            "Set SERVICE_ID = 1587 in the file.",
            "It sets .periods_max =      1024, first.",
            "The buffer holds 8 * 1024 bytes in all.",
            "The mask is 1 << 2048 here.",
            "Valid ports run 0 - 1023 on this host.",
            "The MTU will be 2048 - 4 bytes.",
            "A frame lasts 1001 / 30000 seconds.",
            "Run `dd bs=512 count=2048` on the disk.",
            "Use ``1024`` as the block size.",
            "{ pid: 2102 } hitcount:       1982",
            "Default: 1024",
            "The size is set in CDROMs (block_size == 2048) only.",
            "The value '1010' selects the source.",
            "The log ends at 13:58:54 +1100 again.",
        ],
    },
    DateGuard {
        id: "guard/comparison",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::comparison,
        hits: &[
            ("> 1995 was a good year for us.", "1995 @ 1995"),
            ("Prices went 1990 -> 2000 in one step.", "1990 @ 1990"),
            ("Copyright (c) 1997-2001 <BR>", "1997 @ 1997"),
            ("<p>Copyright 2003</p>", "2003 @ 2003"),
            ("The club (founded 1921) grew.", "1921 @ 1921"),
        ],
        misses: &[
            "Valid values lie in 0 < slot < 1024 only.",
            "The limit holds (1<budget<2046, default 8).",
            "Then run echo 1234 > cpu0/tasks again.",
            "Keep depth > 1500 for this test.",
        ],
    },
    DateGuard {
        id: "guard/setting-value",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::setting_value,
        hits: &[
            ("Date: 1999 was a dry year.", "1999 @ 1999"),
            ("Note: 1945 ended the war.", "1945 @ 1945"),
        ],
        misses: &[
            ":Default Value: 1536",
            "Default: 1250 (volts at rest)",
            "The queue keeps its limit: 2048 as set.",
            "Pick a port = 1080 for the proxy.",
        ],
    },
    DateGuard {
        id: "guard/slash-name",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::slash_name,
        hits: &[
            (
                "The plan dates from 2010/April of that year.",
                "2010 @ 2010",
            ),
            ("The 1996/97 season was wet.", "1996 @ 1996"),
            (
                "The file is under May 2003/Friday in the archive.",
                "2003-05 @ May 2003",
            ),
        ],
        misses: &[
            "The card is a NetMax PRO/1000 adapter.",
            "It runs on Windows NT4/2000/XP machines.",
            "The host runs Server 2012/R2 now.",
            "Counts rose by 1000/second at peak.",
        ],
    },
    DateGuard {
        id: "guard/argument",
        scope: DateScope {
            applies_to: TECH,
            code: false,
        },
        test: tech::argument,
        hits: &[
            ("The firm (1998) was sold.", "1998 @ 1998"),
            (
                "It is the first such case since the 1995(ish) crash.",
                "1995 @ 1995",
            ),
            ("He moved to Oslo in 1987 with his wife.", "1987 @ 1987"),
            ("Born: 1950", "1950 @ 1950"),
        ],
        misses: &[
            "Then sample with -I 1000 to see the rate.",
            "Set cache_limit 2048 before the run.",
            "Format it with mkfs /dev/loop0 2048 first.",
            "Write 0x3f00 1024 to the register.",
            "Write 1024 $DEVICE to the register.",
            "Attach the debugger with target remote :1234 now.",
            "The user is in groups=10(wheel),1000(web_users) now.",
            "The board is a XR5(1835) part.",
            "Call delay(1500) in the loop.",
            "It maps ioremap(BASE_ADDR, 1024); first.",
        ],
    },
    DateGuard {
        id: "guard/code-arithmetic",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::code_arithmetic,
        hits: &[
            ("The war ran 1939 - 1945 in Europe.", "1939 @ 1939"),
            ("It was (in 1999) - as we saw - late.", "1999 @ 1999"),
            (
                "The good days before, say, 2001 - I miss them.",
                "2001 @ 2001",
            ),
        ],
        misses: &[
            "The gain is (raw * 2500) / 1023 in all.",
            "Take rate_max / 1024 as the step.",
            "The load is V / (2000 + R) at most.",
        ],
    },
    DateGuard {
        id: "guard/code-block",
        scope: DateScope {
            applies_to: BARE,
            code: true,
        },
        test: tech::code_block,
        hits: &[
            ("/* seconds since 1970 */", "1970 @ 1970"),
            ("Copyright (C) 2004 Some Author", "2004 @ 2004"),
            ("Thu Apr  3 10:12:55 2014 boot", "2014 @ 2014"),
            ("released in 1998 by the group", "1998 @ 1998"),
        ],
        misses: &[
            "mkfs 2048",
            "pages free     1355",
            "#define SYS_CALL_NR 1274",
            "Hardware 1996 board",
        ],
    },
    DateGuard {
        id: "guard/ref-label",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: ref_label,
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
    DateGuard {
        id: "guard/url",
        scope: DateScope {
            applies_to: &[],
            code: false,
        },
        test: url,
        hits: &[(
            "The site went live in 2004 (see the archive).",
            "2004 @ 2004",
        )],
        misses: &[
            "See http://example.org/news/2004/report for more.",
            "Files are under /docs/1786-1800/letters on the server.",
        ],
    },
    DateGuard {
        id: "guard/list-number",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: list_number,
        hits: &[("The dam opened in 1955.", "1955 @ 1955")],
        misses: &["1213. Soils differ in texture.", "2089."],
    },
    DateGuard {
        id: "guard/street-address",
        scope: DateScope {
            applies_to: &["date/year"],
            code: false,
        },
        test: street_address,
        hits: &[("In 1905 Elm Street was paved.", "1905 @ 1905")],
        misses: &[
            "The office is at 1600 Grove Street now.",
            "Send it to 1725 North Main Ave.",
        ],
    },
    DateGuard {
        id: "guard/number-run",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: number_run,
        hits: &[("Prices rose in 1973, 1979 and 1990.", "1973 @ 1973")],
        misses: &[
            "Views: 512 1088 1170 1461 1534 907",
            "The counts were 412, 1088, 1170 and 99.",
            "Journal of Rivers, 12(3), 1045-1067.",
        ],
    },
    DateGuard {
        id: "guard/quantity",
        scope: DateScope {
            applies_to: &["date/year", "date/year-mod", "date/future-year"],
            code: false,
        },
        test: quantity,
        hits: &[
            ("In 1800 farmers still used oxen.", "1800 @ 1800"),
            ("The 1976 elections were close.", "1976 @ 1976"),
            ("By 1950 things had changed.", "1950 @ 1950"),
            ("Output fell to half of 1929 levels.", "1929 @ 1929"),
            ("The 1800 election was close.", "1800 @ 1800"),
            ("By 1900 the town had grown.", "1900 @ 1900"),
            ("It was a 2009 analysis of the data.", "2009 @ 2009"),
            ("Fiscal 1989 sales rose sharply.", "1989 @ 1989"),
            ("They favoured pre-1914 borders.", "1914 @ 1914"),
            ("The 1990 census was late.", "1990 @ 1990"),
        ],
        misses: &[
            "The firm hired 1500 workers.",
            "About 2000 people came.",
            "They sent some 1400 volunteers.",
            "The report runs to 1461 pages.",
            "The air force lost 1200 aircraft.",
            "The town gave 1500 bonus payments.",
        ],
    },
    DateGuard {
        id: "guard/unit",
        scope: DateScope {
            applies_to: &[],
            code: false,
        },
        test: unit,
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
    DateGuard {
        id: "guard/time-unit",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::time_unit,
        hits: &[
            ("In 1999 Ms. Lane won the seat.", "1999 @ 1999"),
            ("In 1999 us kids walked to school.", "1999 @ 1999"),
            ("The lab opened in 1962 and ms were rare.", "1962 @ 1962"),
        ],
        misses: &[
            "The watchdog fires in 1000 ms after boot.",
            "Each retry waits 1500 usecs.",
            "The pulse lasts 1200 us.",
            "The delay (in 2000 ns) is fixed.",
        ],
    },
    DateGuard {
        id: "guard/assigned",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::assigned,
        hits: &[
            ("Set year = 1999 in the form.", "1999 @ 1999"),
            ("The test 1 == 1 passed in 1999.", "1999 @ 1999"),
        ],
        misses: &[
            "The limit (Reg 0c = 1800 decimal) holds.",
            "The loop stops when n = 2048 here.",
        ],
    },
    DateGuard {
        id: "guard/word-arithmetic",
        scope: DateScope {
            applies_to: BARE,
            code: false,
        },
        test: tech::word_arithmetic,
        hits: &[
            ("The catalogue lists spring / 1999 first.", "1999 @ 1999"),
            ("The file Enron / 2001 was sent.", "2001 @ 2001"),
            ("They met in 1999 / the year after.", "1999 @ 1999"),
            ("See the 1997 / colour plates.", "1997 @ 1997"),
        ],
        misses: &[
            "The clock divider is base / 1024 now.",
            "The card has a radio tuner + 1394 port.",
            "Each slot holds rows / 2048 in all.",
        ],
    },
];

//! Unit tests of the date extractor: the pattern and guard tables, values,
//! never-dates, and laws (proptest) on arbitrary strings.

use super::*;
use crate::extract::pattern::{assert_no_failures, check_table, check_table_shape};

/// `value @ surface`, plus ` (cited)` for a citation year.
fn rendered(s: &str) -> Vec<(&'static str, String)> {
    rendered_as(s, false)
}

/// [`rendered`], for a line of a literal block when `code` is set.
fn rendered_as(s: &str, code: bool) -> Vec<(&'static str, String)> {
    let found = if code {
        find_dates_in_code(s)
    } else {
        find_dates(s)
    };
    found
        .iter()
        .map(|d| {
            let cite = if d.citation { " (cited)" } else { "" };
            (d.pattern, format!("{}{cite}", render(s, d)))
        })
        .collect()
}

fn values(s: &str) -> Vec<String> {
    find_dates(s).into_iter().map(|d| d.value).collect()
}

#[test]
fn date_table_examples() {
    let mut f = check_table_shape(DATE_PATTERNS, "date");
    f.extend(check_table(DATE_PATTERNS, &rendered));
    assert_no_failures("date", &f);
}

#[test]
fn guard_table_examples() {
    use crate::extract::guards::shape::check_guards;
    let filter = std::env::var("DEFMINE_PATTERN").unwrap_or_default();
    let mut f = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for g in DATE_GUARDS.iter().filter(|g| g.id.starts_with(&filter)) {
        if !seen.insert(g.id) || !g.id.starts_with("guard/") {
            f.push(format!("{}: duplicate or badly formed name", g.id));
        }
        if g.hits.is_empty() || g.misses.is_empty() {
            f.push(format!("{}: needs a positive and a negative example", g.id));
        }
    }
    // The shared guard test: hits give their value, misses no date, also
    // behind a leading space (guard/list-number reads the start of the
    // text it is given, one sentence in the pipeline, so leading words
    // make its misses dates).
    let table = DATE_GUARDS.iter().filter(|g| g.id.starts_with(&filter));
    let run = |g: &DateGuard, s: &str| -> Vec<String> {
        rendered_as(s, g.scope.code)
            .into_iter()
            .map(|(_, r)| r)
            .collect()
    };
    f.extend(check_guards(table, &["", " "], &run));
    for p in DATE_PATTERNS {
        for a in DATE_GUARDS.iter().flat_map(|g| g.scope.applies_to) {
            if !DATE_PATTERNS.iter().any(|q| q.name == *a) {
                f.push(format!("guard scope names unknown pattern {a}"));
            }
        }
        let _ = p;
    }
    assert_no_failures("guard", &f);
}

/// The kinds of numbers that are never dates, whatever pattern looks at them.
#[test]
fn never_dates() {
    let cases = [
        "The report runs to 1461 pages in print.",
        "Daily views: 312 1088 1170 1461 1534 1317 718 1310 994",
        "Order the book by ISBN 978-0-19-1861-2 today.",
        "Call 020 7946 1985 for bookings.",
        "Call (555) 241-1987 for bookings.",
        "The meeting starts at 10:30 sharp.",
        "See chapter 14 for the proof.",
        "This is page 1 of 11 of the form.",
        "The standard api 6339a covers valves.",
        "The file dr598 was lost.",
        "Cite it as pp. 1088-1090 in the note.",
        "It appeared in vol. 1962 of the series.",
        "The army sent 1500 troops north.",
        "The ticket costs $2000 now.",
        "The lake lies 1850 m above sea level.",
        "The hall seats 1200 people.",
        "The counter read 0014 and then 0011.",
        "It weighs 1.1975 kg exactly.",
        "Item no. 1999 is sold out.",
        "Turn to section 2020 of the code.",
        "The population was 1,962 at the census.",
    ];
    let mut f = Vec::new();
    for s in cases {
        let got = rendered(s);
        if !got.is_empty() {
            f.push(format!("{s:?} gave {got:?}"));
        }
    }
    assert_no_failures("never-date", &f);
}

#[test]
fn values_at_the_precision_given() {
    assert_eq!(values("It began in 1981."), ["1981"]);
    assert_eq!(values("It began in March 2013."), ["2013-03"]);
    assert_eq!(values("It began on Oct 11, 2010."), ["2010-10-11"]);
    assert_eq!(values("It began in Spring 2009."), ["2009-SP"]);
    assert_eq!(values("It began in the fall of 2005."), ["2005-FA"]);
    assert_eq!(values("It began in the winter of 1880."), ["1880-WI"]);
    assert_eq!(values("It grew in the second half of 2008."), ["2008-H2"]);
    assert_eq!(values("It began in the 1990s."), ["199X"]);
    assert_eq!(values("It began in the 20th century."), ["19XX"]);
    assert_eq!(values("It fell in 264 BC."), ["BC0264"]);
    assert_eq!(values("It began on 2019-07-11."), ["2019-07-11"]);
    assert_eq!(values("It ran 1990-94 in all."), ["1990", "1994"]);
    assert_eq!(values("It ran from 1914 to 1918."), ["1914", "1918"]);
    assert_eq!(values("It ran between 1997 and 2005."), ["1997", "2005"]);
    assert_eq!(
        values("The '89 vintage of 1889 was good."),
        ["1889", "1889"]
    );
}

#[test]
fn spans_are_the_dates_only() {
    let s = "Since 1997 the rule has applied.";
    let d = find_dates(s);
    assert_eq!(d.len(), 1);
    assert_eq!(&s[d[0].start..d[0].end], "1997");
}

#[test]
fn citations_are_flagged() {
    for s in [
        "Nye (2004) describes soft power.",
        "The phrase is due to okafor, 1991.",
        "Okafor 1991 defines the phrase.",
        "The phrase is old (see Brown, 1998).",
    ] {
        let d = find_dates(s);
        assert_eq!(d.len(), 1, "{s}");
        assert!(d[0].citation, "{s}: {d:?}");
    }
    for s in [
        "The school opened in 2004.",
        "The peace of Utrecht (1713) ended it.",
    ] {
        let d = find_dates(s);
        assert_eq!(d.len(), 1, "{s}");
        assert!(!d[0].citation, "{s}: {d:?}");
    }
}

#[test]
fn ranges_join_two_ends() {
    let s = "Trade grew between 1997 and 2005, and again from 2010 to 2014.";
    let d = find_dates(s);
    let r: Vec<String> = find_ranges(s, &d).into_iter().map(|r| r.value).collect();
    assert_eq!(r, ["1997/2005", "2010/2014"]);
    let s = "It rained in 1997 and 2005.";
    assert!(find_ranges(s, &find_dates(s)).is_empty());
    let s = "The war of 1917–1918 ended.";
    let r: Vec<String> = find_ranges(s, &find_dates(s))
        .into_iter()
        .map(|r| r.value)
        .collect();
    assert_eq!(r, ["1917/1918"]);
}

#[test]
fn a_prefix_shifts_every_span() {
    let s = "On 3 March 2013 and in the fall of 2005 it rained (Brown, 1998).";
    let base = find_dates(s);
    let shifted = find_dates(&format!("Note. {s}"));
    assert_eq!(base.len(), shifted.len());
    for (a, b) in base.iter().zip(&shifted) {
        assert_eq!(
            (a.start + 6, a.end + 6, &a.value),
            (b.start, b.end, &b.value)
        );
    }
}

#[test]
fn yearless_dates_take_the_narrative_year() {
    let s = "On 3 May the mill burned, and in early June it reopened.";
    assert!(find_dates(s).is_empty());
    let v: Vec<String> = find_dates_in_context(s, Some(1921))
        .into_iter()
        .map(|d| d.value)
        .collect();
    assert_eq!(v, ["1921-05-03", "1921-06"]);
    let s = "In 1922 it was sold, and on 3 May it closed.";
    let d = find_dates_in_context(s, Some(1921));
    assert_eq!(d[1].value, "1922-05-03");
    assert_eq!(narrative_year(&d), Some(1922));
    let leap = find_dates_in_context("It froze on 29 February.", Some(1921));
    assert!(leap.is_empty(), "{leap:?}");
    let cited = find_dates("As Nye (2004) argues, it works.");
    assert_eq!(narrative_year(&cited), None);
}

#[test]
fn two_digit_years_look_back_from_a_reference() {
    // In the sentence: the latest year with those digits at most 10 years
    // after it, not its century.
    assert_eq!(
        values("From 1998 to the spring of '02 it ran."),
        ["1998", "2002-SP"]
    );
    assert_eq!(
        values("The veterans of '98 met again in 1911."),
        ["1898", "1911"]
    );
    // Without one the century is a guess, for the document to anchor.
    let mut d = find_dates("The rising of '98 failed.");
    assert_eq!((d[0].value.as_str(), d[0].short_year), ("1998", true));
    anchor_short_years(&mut d, 1895);
    assert_eq!((d[0].value.as_str(), d[0].short_year), ("1898", false));
    let mut d = find_dates("The rising of '98 failed.");
    anchor_short_years(&mut d, 1847);
    assert_eq!(d[0].value, "1798");
    // Misses: a guess at most 60 years after the reference stays.
    let mut d = find_dates("It has been the rule since the '30s.");
    anchor_short_years(&mut d, 2011);
    assert_eq!(d[0].value, "193X");
    let mut d = find_dates("Prices fell as in the crash of '87.");
    anchor_short_years(&mut d, 1937);
    assert_eq!((d[0].value.as_str(), d[0].short_year), ("1987", true));
    let mut d = find_dates("Sales in the '80s were flat.");
    anchor_short_years(&mut d, 1795);
    assert_eq!(d[0].value, "178X");
    // Anchored years, four-digit years and the rest are left alone.
    let mut d = find_dates("In 1911 the veterans of '98 met on 3 May 1911.");
    anchor_short_years(&mut d, 1750);
    let v: Vec<&str> = d.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(v, ["1911", "1898", "1911-05-03"]);
}

#[test]
fn the_reference_year_is_the_nearest_earlier_explicit_year() {
    assert_eq!(
        reference_year("In 1871 it opened. In 1890 it grew. "),
        Some(1890)
    );
    assert_eq!(reference_year("In 1871 it opened on 3 May. "), Some(1871));
    // Misses: a cited year, a two-digit year, a page number.
    assert_eq!(reference_year("As Nye (2004) argues, it works. "), None);
    assert_eq!(reference_year("The class of '99 met. "), None);
    assert_eq!(reference_year("In 1871, and in '99. "), Some(1871));
    assert_eq!(reference_year("See page 1088 for details. "), None);
    assert_eq!(reference_year(""), None);
    // Only the last 2 KB count; a year cut at the window's edge is not
    // read as its tail.
    let near = format!("In 1871 it opened. {}", "It grew. ".repeat(200));
    assert_eq!(reference_year(&near), Some(1871));
    let far = format!("In 1871 it opened. {}", "It grew. ".repeat(1_000));
    assert_eq!(reference_year(&far), None);
    let cut = format!("x1871 {}", "ab ".repeat(682));
    assert_eq!(reference_year(&cut), None);
}

#[test]
fn no_digits_no_work() {
    assert!(find_dates("In the spring the river floods.").is_empty());
    assert!(find_dates("").is_empty());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn check_law(s: &str) -> Result<(), TestCaseError> {
        check_spans(s, &find_dates_in_context(s, Some(1950)))?;
        check_spans(s, &find_dates(s))
    }

    fn check_spans(s: &str, d: &[DateMatch]) -> Result<(), TestCaseError> {
        let mut last = 0;
        for m in d {
            prop_assert!(m.start < m.end && m.end <= s.len());
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            prop_assert!(m.start >= last, "ordered, non-overlapping: {d:?}");
            prop_assert!(!m.value.is_empty());
            last = m.end;
        }
        let _ = find_ranges(s, d);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_string(s in "\\PC*") {
            check_law(&s)?;
        }

        #[test]
        fn bare_years_are_the_year_regex(s in "([0-9]{1,5}|[ _a,.'’/–-]|é|x1|2a){0,12}") {
            let re = RES.get(*BARE_YEAR);
            let want: Vec<(usize, usize)> = re.find_iter(&s).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = bare_years(&s).map(|g| (g.start, g.end)).collect();
            prop_assert_eq!(got, want);
        }

        #[test]
        fn date_like_strings(s in "([0-9]{1,4}|[ ,.'’/–-]|Jan|May|March|Sept\\.|spring|of|in|the|to|and|BC|AD|s|mid-|early|\\(|\\)|é|Nye){0,14}") {
            check_law(&s)?;
        }
    }
}

#[test]
fn bare_years_are_bounded_runs_of_four_digits() {
    fn spans(s: &str) -> Vec<&str> {
        bare_years(s).map(|g| g.as_str()).collect()
    }
    assert_eq!(spans("In 1981 and 2024, not 2100."), vec!["1981", "2024"]);
    assert_eq!(spans("x1981 19811 1981_ 1981é 0981"), vec!["1981"]);
    assert!(spans("page 999, 12345").is_empty());
}

#[test]
fn digit_bytes_finds_exactly_the_ascii_digits() {
    for b in 0..=255u8 {
        for at in 0..8 {
            // One byte `b` among seven bytes that are no digit.
            let mut w = [b'a', 0x80, b' ', 0xFF, b'/', b':', 0x2F, 0xB0];
            w[at] = b;
            let x = u64::from_le_bytes(w);
            assert_eq!(
                super::digit_bytes(x) != 0,
                b.is_ascii_digit(),
                "byte {b:#x} at {at}"
            );
            // The mask marks that byte's lane alone.
            let lanes = super::digit_bytes(x).to_le_bytes();
            for (k, lane) in lanes.iter().enumerate() {
                let want = if k == at && b.is_ascii_digit() {
                    0x80
                } else {
                    0
                };
                assert_eq!(*lane, want, "byte {b:#x} at {at}, lane {k}");
            }
        }
    }
}

/// The date values `extract_document` finds in `text` (a whole document,
/// split as a run splits it): the layout reaches the date guards there.
fn document_dates(text: &str) -> Vec<String> {
    let doc = crate::types::Document {
        id: "d.txt".into(),
        text: text.into(),
    };
    let sentences = crate::split::split_document(text);
    crate::extract::extract_document(&doc, &sentences)
        .into_iter()
        .filter_map(|m| match m.fact {
            crate::types::Fact::Date { value, .. } => Some(value),
            _ => None,
        })
        .collect()
}

#[test]
fn numbers_in_literal_blocks_need_year_context() {
    let doc = "Write the pid of the task::\n\n    # echo 1234 > cpu0/tasks\n    \
               mkfs.ext2 -q /dev/loop1 2048\n    pages free     1355\n    \
               /* time since 1970 */\n\nThe driver was written in 1999.\n";
    assert_eq!(document_dates(doc), ["1970", "1999"]);
    // The same line out of a literal block keeps a plain year.
    assert_eq!(
        document_dates("Pages 1355 to the end.\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        document_dates("Run::\n\n    report 1987\n\nA report 1987 came out.\n"),
        ["1987"]
    );
}

#[test]
fn numbers_in_code_spans_are_no_years() {
    assert_eq!(
        document_dates("Set the key prefix ``1111`` first, then `size 2048`.\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        document_dates("The ``ext2`` driver came in 1993.\n"),
        ["1993"]
    );
}

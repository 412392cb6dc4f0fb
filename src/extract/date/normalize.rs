//! Value normalization: the pieces a date pattern captured in, one TIMEX3 /
//! ISO 8601 style value out (`1981`, `2013-03`, `2010-10-11`, `2009-SP`,
//! `2008-H2`, `2008-Q1`, `199X`, `19XX`, `BC0264`).
//!
//! Every function here is total: a piece that does not parse (a day 31 in
//! April, a month 13, a digit string too long for `u32`) gives `None`, never
//! a panic, and the caller then drops the candidate.

/// The month number (1-12) of an English month name or abbreviation
/// ("March", "mar", "Sept.", "SEP"), or of a one/two digit month number.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = w.parse().ok()?;
        return (1..=12).contains(&n).then_some(n);
    }
    let lower = w.to_ascii_lowercase();
    let key = lower.get(..3)?;
    let n = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// The TIMEX3 season code of an English season word.
pub fn season_code(word: &str) -> Option<&'static str> {
    let lower = word.to_ascii_lowercase();
    let code = match lower.trim_end_matches("time") {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    };
    Some(code)
}

/// Month and day of a fixed-date holiday named in English.
pub fn holiday(words: &str) -> Option<(u32, u32)> {
    let w: String = words
        .to_ascii_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['\'', '’'], "");
    let md = match w.as_str() {
        "christmas" | "christmas day" => (12, 25),
        "christmas eve" => (12, 24),
        "new years day" => (1, 1),
        "new years eve" => (12, 31),
        "halloween" => (10, 31),
        "valentines day" => (2, 14),
        _ => return None,
    };
    Some(md)
}

/// Leading digits of `s` as a number ("5th" -> 5, "2004a" -> 2004).
pub fn leading_number(s: &str) -> Option<u32> {
    let digits: &str = &s[..s.bytes().take_while(u8::is_ascii_digit).count()];
    if digits.is_empty() || digits.len() > 6 {
        return None;
    }
    digits.parse().ok()
}

/// Number of days in `month` of `year` (proleptic Gregorian).
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// `YYYY-MM-DD`, or `None` when the day does not exist.
pub fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// `YYYY-MM`, or `None` for a month out of range.
pub fn ym(year: u32, month: u32) -> Option<String> {
    (1..=12)
        .contains(&month)
        .then(|| format!("{year:04}-{month:02}"))
}

/// A year written with two digits ("'99"): with a reference year
/// (`anchor`: a four-digit year of the sentence, or the nearest earlier one
/// of the document) the latest year ending in `yy` at most 10 years after
/// it ('99 by 1917 -> 1899, '02 by 1998 -> 2002, '89 by 1790 -> 1789, the
/// '30s by 2011 -> 1930s): a two-digit year mostly looks back. (The
/// reference's own century gives 1999 for a '99 told in 1917; the closest
/// year within 50 gives the 2030s for "since the '30s" said in 2011.)
/// Without one, a pivot: 00-29 -> 20xx, 30-99 -> 19xx.
pub fn expand_two_digit(yy: u32, anchor: Option<u32>) -> u32 {
    match anchor {
        Some(a) => {
            let mut y = (a / 100) * 100 + yy % 100 + 100;
            while y > a + 10 && y >= 100 {
                y -= 100;
            }
            y
        }
        None if yy < 30 => 2000 + yy,
        None => 1900 + yy,
    }
}

/// A value whose century was guessed from a two-digit year (`1999`,
/// `1999-03`, `199X`), moved next to `reference`
/// ([`expand_two_digit`]): `1899`, `1899-03`, `189X`. `None` when the value
/// does not start with such a year.
pub fn rebase_short_year(value: &str, reference: u32) -> Option<String> {
    let head = value.get(..4)?;
    let rest = value.get(4..)?;
    let b = head.as_bytes();
    if !b[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let decade = match b[3] {
        b'X' => true,
        d if d.is_ascii_digit() => false,
        _ => return None,
    };
    let yy = u32::from(b[2] - b'0') * 10 + if decade { 0 } else { u32::from(b[3] - b'0') };
    let year = expand_two_digit(yy, Some(reference));
    Some(if decade {
        format!("{:03}X{rest}", year / 10)
    } else {
        format!("{year:04}{rest}")
    })
}

/// The second end of a year range written short ("1915-17", "1990-94"):
/// the century of `first`, rolled over when the short form is smaller
/// ("1998-02" -> 2002). `None` unless the end comes after the start, by
/// less than 50 years for a short end (so "2019-07" stays a month).
pub fn range_end(first: u32, second: &str) -> Option<u32> {
    let n = leading_number(second)?;
    let (end, limit) = match second.len() {
        2 => {
            let base = (first / 100) * 100 + n;
            (if base > first { base } else { base + 100 }, 50)
        }
        4 => (n, 100),
        _ => return None,
    };
    (end > first && end - first < limit).then_some(end)
}

/// `dd/mm/yyyy`, `mm/dd/yyyy` or `dd.mm.yyyy`: day first when the first
/// number cannot be a month or the separator is a dot (European usage),
/// month first otherwise (US usage).
pub fn numeric_date(a: u32, b: u32, year: u32, dot: bool) -> Option<String> {
    let (month, day) = if a > 12 || (dot && b <= 12) {
        (b, a)
    } else {
        (a, b)
    };
    ymd(year, month, day)
}

/// TIMEX half of a year: "first" -> 1, "second"/"latter"/"last" -> 2.
pub fn half_number(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" | "h1" | "earlier" | "early" => Some(1),
        "second" | "2nd" | "latter" | "last" | "final" | "h2" | "later" => Some(2),
        _ => None,
    }
}

/// Quarter number from an ordinal word or digit ("third", "3rd", "3").
pub fn quarter_number(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" | "1" => Some(1),
        "second" | "2nd" | "2" => Some(2),
        "third" | "3rd" | "3" => Some(3),
        "fourth" | "4th" | "4" | "last" | "final" => Some(4),
        _ => None,
    }
}

/// A decade from its written digits ("1990" -> `199X`), or a century when
/// the digits end in `00` before 2000 ("1800" -> `18XX`, as TIMEX writes
/// "the 1800s"). BC decades keep three digits (`BC047` for "the 470s BC").
pub fn decade(digits: &str, bc: bool) -> Option<String> {
    let n = leading_number(digits)?;
    if n % 10 != 0 {
        return None;
    }
    if bc {
        return Some(format!("BC{:03}", n / 10));
    }
    if digits.len() != 4 {
        return None;
    }
    if n % 100 == 0 && n < 2000 {
        return Some(format!("{:02}XX", n / 100));
    }
    Some(format!("{:03}X", n / 10))
}

/// A century from its ordinal number ("19th" -> `18XX`; BC "5th" -> `BC04`).
pub fn century(ordinal: u32, bc: bool) -> Option<String> {
    if ordinal == 0 || ordinal > 30 {
        return None;
    }
    if bc {
        Some(format!("BC{:02}", ordinal - 1))
    } else {
        Some(format!("{:02}XX", ordinal - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_from_names_and_numbers() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("dec"), Some(12));
        assert_eq!(month_number("June"), Some(6));
        assert_eq!(month_number("07"), Some(7));
        assert_eq!(month_number("13"), None);
        assert_eq!(month_number("xy"), None);
        assert_eq!(month_number("é"), None);
    }

    #[test]
    fn full_dates_check_the_calendar() {
        assert_eq!(ymd(2010, 10, 11).as_deref(), Some("2010-10-11"));
        assert_eq!(ymd(2001, 2, 29), None);
        assert_eq!(ymd(2000, 2, 29).as_deref(), Some("2000-02-29"));
        assert_eq!(ymd(1900, 2, 29), None);
        assert_eq!(ymd(2011, 4, 31), None);
        assert_eq!(ym(2013, 3).as_deref(), Some("2013-03"));
    }

    #[test]
    fn seasons_halves_quarters() {
        assert_eq!(season_code("Autumn"), Some("FA"));
        assert_eq!(season_code("summertime"), Some("SU"));
        assert_eq!(half_number("latter"), Some(2));
        assert_eq!(quarter_number("third"), Some(3));
        assert_eq!(holiday("Christmas  Eve"), Some((12, 24)));
        assert_eq!(holiday("New Year's Day"), Some((1, 1)));
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(decade("1990", false).as_deref(), Some("199X"));
        assert_eq!(decade("2000", false).as_deref(), Some("200X"));
        assert_eq!(decade("1800", false).as_deref(), Some("18XX"));
        assert_eq!(decade("470", true).as_deref(), Some("BC047"));
        assert_eq!(decade("470", false), None);
        assert_eq!(century(19, false).as_deref(), Some("18XX"));
        assert_eq!(century(5, true).as_deref(), Some("BC04"));
    }

    #[test]
    fn short_years_and_range_ends() {
        assert_eq!(expand_two_digit(99, None), 1999);
        assert_eq!(expand_two_digit(5, None), 2005);
        assert_eq!(expand_two_digit(99, Some(1898)), 1899);
        assert_eq!(expand_two_digit(99, Some(1917)), 1899);
        assert_eq!(expand_two_digit(99, Some(1950)), 1899);
        assert_eq!(expand_two_digit(2, Some(1998)), 2002);
        assert_eq!(expand_two_digit(89, Some(1790)), 1789);
        assert_eq!(expand_two_digit(30, Some(2011)), 1930);
        assert_eq!(expand_two_digit(20, Some(2010)), 2020);
        assert_eq!(expand_two_digit(21, Some(2010)), 1921);
        assert_eq!(expand_two_digit(60, Some(1900)), 1860);
        assert_eq!(rebase_short_year("1999", 1917).as_deref(), Some("1899"));
        assert_eq!(
            rebase_short_year("1999-03", 1898).as_deref(),
            Some("1899-03")
        );
        assert_eq!(rebase_short_year("199X", 1880).as_deref(), Some("189X"));
        assert_eq!(rebase_short_year("2005", 1998).as_deref(), Some("2005"));
        assert_eq!(rebase_short_year("2005", 1871).as_deref(), Some("1805"));
        assert_eq!(rebase_short_year("BC0264", 1871), None);
        assert_eq!(rebase_short_year("19", 1871), None);
        assert_eq!(range_end(1915, "17"), Some(1917));
        assert_eq!(range_end(1998, "02"), Some(2002));
        assert_eq!(range_end(1990, "1994"), Some(1994));
        assert_eq!(range_end(1990, "1980"), None);
        assert_eq!(range_end(1990, "1"), None);
        assert_eq!(range_end(2019, "07"), None);
    }

    #[test]
    fn numeric_dates_pick_an_order() {
        assert_eq!(
            numeric_date(25, 12, 2019, false).as_deref(),
            Some("2019-12-25")
        );
        assert_eq!(
            numeric_date(7, 11, 2019, false).as_deref(),
            Some("2019-07-11")
        );
        assert_eq!(
            numeric_date(7, 11, 2019, true).as_deref(),
            Some("2019-11-07")
        );
        assert_eq!(numeric_date(13, 13, 2019, false), None);
    }

    #[test]
    fn numbers_never_panic() {
        assert_eq!(leading_number("99999999999999"), None);
        assert_eq!(leading_number("2004a"), Some(2004));
        assert_eq!(leading_number(""), None);
    }
}

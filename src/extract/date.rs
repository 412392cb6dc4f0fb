//! Date extraction: text in, normalized date mentions out.
//!
//! PLACEHOLDER: years after "in" only. To be replaced by the real tables.

use super::pattern::{Pattern, compile};
use regex::Regex;
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

/// The date patterns.
pub static DATE_PATTERNS: &[Pattern] = &[Pattern {
    name: "date/in-year",
    regex: r"\b(?i:in|since) (?P<y>1[0-9]{3}|20[0-9]{2})\b",
    hits: &[("It began in 1914.", "1914 @ 1914")],
    misses: &["It weighed 1914 kg."],
}];

static RES: LazyLock<Vec<Regex>> = LazyLock::new(|| compile(DATE_PATTERNS));

/// Find every date in `text`, ordered by start.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    let mut out = Vec::new();
    for (p, re) in DATE_PATTERNS.iter().zip(RES.iter()) {
        for c in re.captures_iter(text) {
            let Some(y) = c.name("y") else { continue };
            out.push(DateMatch {
                pattern: p.name,
                start: y.start(),
                end: y.end(),
                value: y.as_str().to_string(),
                citation: false,
            });
        }
    }
    out.sort_by_key(|d| (d.start, d.end));
    out
}

/// Render a match as the tables' examples write it: `value @ surface`.
pub fn render(text: &str, d: &DateMatch) -> String {
    format!("{} @ {}", d.value, &text[d.start..d.end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::pattern::{assert_no_failures, check_table, check_table_shape};

    #[test]
    fn date_table_examples() {
        let run = |s: &str| {
            find_dates(s)
                .iter()
                .map(|d| (d.pattern, render(s, d)))
                .collect()
        };
        let mut f = check_table_shape(DATE_PATTERNS, "date");
        f.extend(check_table(DATE_PATTERNS, &run));
        assert_no_failures("date", &f);
    }
}

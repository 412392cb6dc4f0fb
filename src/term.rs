//! Term folding: when two surface forms name the same term, and how a term
//! is shown.
//!
//! Folding is case-insensitive; hyphens and spaces are the same; numerals
//! fold to digits ("two", "ii", "2"); a number word run into the word before
//! it is split off ("tracktwo" = "track two"); the last word is made
//! singular; a leading article is dropped.

/// Drop a leading "a", "an" or "the" (when more words follow).
fn strip_article(s: &str) -> &str {
    let t = s.trim_start();
    for a in ["a ", "an ", "the "] {
        if t.len() > a.len() && t.get(..a.len()).is_some_and(|h| h.eq_ignore_ascii_case(a)) {
            return t[a.len()..].trim_start();
        }
    }
    t
}

/// The display form of a term: [`display_form`] without a leading article.
pub fn term_display(surface: &str) -> String {
    display_form(strip_article(
        surface.trim_start_matches(|c: char| !c.is_alphanumeric()),
    ))
}

/// Number words and the digits they fold to.
pub const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
];
const ROMAN: &[(&str, &str)] = &[
    ("i", "1"),
    ("ii", "2"),
    ("iii", "3"),
    ("iv", "4"),
    ("v", "5"),
    ("vi", "6"),
    ("vii", "7"),
    ("viii", "8"),
    ("ix", "9"),
    ("x", "10"),
];

/// Fold one word (already lowercase) into `out`, as [`term_tokens`] does
/// for each word but the plural: numerals become digits, a run-together
/// trailing number word is split off. `first` says whether it opens the term
/// (a leading "i" is no numeral).
pub fn fold_word(w: &str, first: bool, out: &mut String) {
    if let Some((_, d)) = NUMBER_WORDS.iter().find(|(n, _)| *n == w) {
        out.push_str(d);
    } else if let Some((_, d)) = ROMAN.iter().find(|(n, _)| !first && *n == w) {
        out.push_str(d);
    } else if let Some((n, d)) = NUMBER_WORDS
        .iter()
        .find(|(n, _)| w.len() >= n.len() + 4 && w.ends_with(*n))
    {
        out.push_str(&w[..w.len() - n.len()]);
        out.push_str(d);
    } else {
        out.push_str(w);
    }
}

/// The folded tokens of a term: lowercase words, hyphens split, numerals as
/// digits, a run-together trailing number word split off, the last word
/// singular.
pub fn term_tokens(surface: &str) -> Vec<String> {
    let lower = surface.to_lowercase();
    let lower = strip_article(&lower);
    let mut out: Vec<String> = Vec::new();
    for raw in lower.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        let w = raw.trim_matches('\'');
        if w.is_empty() {
            continue;
        }
        let first = out.is_empty();
        if let Some((_, d)) = NUMBER_WORDS.iter().find(|(n, _)| *n == w) {
            out.push((*d).to_string());
        } else if let Some((_, d)) = ROMAN.iter().find(|(n, _)| !first && *n == w) {
            out.push((*d).to_string());
        } else if let Some((n, d)) = NUMBER_WORDS
            .iter()
            .find(|(n, _)| w.len() >= n.len() + 4 && w.ends_with(*n))
        {
            out.push(w[..w.len() - n.len()].to_string());
            out.push((*d).to_string());
        } else {
            out.push(w.to_string());
        }
    }
    if let Some(last) = out.last_mut() {
        *last = singular(last);
    }
    out
}

fn singular(w: &str) -> String {
    let n = w.chars().count();
    if n <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for keep in ["ss", "us", "is", "ous", "ics"] {
        if w.ends_with(keep) {
            return w.to_string();
        }
    }
    for suf in ["ches", "shes", "xes", "sses"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// The key two surface forms share when they name the same term.
pub fn term_key(surface: &str) -> String {
    term_tokens(surface).concat()
}

/// The form a term or name is shown in: white space collapsed, surrounding
/// punctuation dropped, words lowercased unless they carry a capital after
/// their first letter ("DNA", "McDonald").
pub fn display_form(surface: &str) -> String {
    cased_form(surface)
        .split(' ')
        .map(|w| {
            if w.chars().skip(1).any(|c| c.is_uppercase()) {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name as written: [`display_form`] without the case folding
/// ("Joseph  Montville," gives "Joseph Montville").
pub fn cased_form(surface: &str) -> String {
    let trimmed = surface.trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '(');
    let trimmed = trimmed.trim_start_matches(')').trim_end_matches('(');
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_hyphens_numerals_plurals_articles() {
        let k = term_key("Track Two Diplomacy");
        for s in [
            "track ii diplomacy",
            "track 2 diplomacy",
            "tracktwo diplomacy",
            "Track-Two diplomacies",
            "the track two diplomacy",
        ] {
            assert_eq!(term_key(s), k, "{s}");
        }
        assert_ne!(term_key("track three diplomacy"), k);
        assert_eq!(term_key("Vesicles"), term_key("a vesicle"));
        assert_eq!(term_key("class"), "class");
        assert_eq!(term_key("I"), "i", "a leading 'i' is not a numeral");
        assert_eq!(term_key("A"), "a", "a lone article stays");
        assert_eq!(
            term_key("cpu\u{a0}0"),
            "cpu0",
            "no panic inside a multi-byte character"
        );
    }

    #[test]
    fn display_keeps_acronyms_and_drops_articles() {
        assert_eq!(display_form("  The DNA molecule, "), "the DNA molecule");
        assert_eq!(term_display("The DNA molecule"), "DNA molecule");
        assert_eq!(term_display("Track Two"), "track two");
    }
}

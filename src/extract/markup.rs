//! Light markup removal before the patterns run: Markdown and plain-text
//! list items, headings, emphasis, inline code and links.
//!
//! In: one sentence. Out: `None` when it holds no markup (the common case,
//! found with one byte scan), else the sentence without the markup and a
//! map from each byte of the clean text back to its byte in the sentence,
//! so that every range a pattern finds still points at the original text.
//!
//! - a list or heading marker opening the sentence: `- `, `* `, `+ `, `• `,
//!   `1. `, `2) `, `(a) `, `# `, `## `; a numbered marker only when a
//!   capital letter follows, so "2. 5 litres" is left alone;
//! - emphasis: `**` and `__` anywhere; one `*` or `_` only at the edge of a
//!   word (`*term*`, `_term_`), never inside one (`snake_case`, `a*b`);
//! - inline code: backticks;
//! - links: `[text](target)` keeps `text`.

/// A sentence with its markup removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clean {
    /// The text without markup.
    pub text: String,
    /// `map[i]` is the sentence byte of clean byte `i`; one more entry maps
    /// the end of the clean text.
    map: Vec<usize>,
}

impl Clean {
    /// The sentence byte that clean byte `i` came from (`i` may be the end).
    pub fn original(&self, i: usize) -> usize {
        self.map
            .get(i)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0))
    }

    /// A clean range as a sentence range: from the first byte's origin to
    /// just after the last byte's origin.
    pub fn original_range(&self, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        if r.is_empty() {
            let at = self.original(r.start);
            return at..at;
        }
        let width = self
            .text
            .get(r.clone())
            .and_then(|t| t.chars().next_back())
            .map_or(1, char::len_utf8);
        let last = self.original(r.end.saturating_sub(width));
        self.original(r.start)..last + width
    }
}

/// Bytes that can start markup. A sentence with none of them is returned
/// as it is.
fn may_hold_markup(s: &str) -> bool {
    let b = s.as_bytes();
    let opens_with_marker = b
        .iter()
        .find(|c| !c.is_ascii_whitespace())
        .is_some_and(|c| matches!(c, b'-' | b'+' | b'#' | b'(' | b'0'..=b'9' | 0xE2));
    opens_with_marker || memchr::memchr3(b'*', b'_', b'`', b).is_some() || b.contains(&b'[')
}

/// Length of the list or heading marker (with its trailing space) at the
/// start of `s`, or 0.
fn marker_len(s: &str) -> usize {
    let b = s.as_bytes();
    let space_after = |i: usize| b.get(i).is_some_and(|c| *c == b' ' || *c == b'\t');
    let upper_after = |i: usize| {
        s.get(i..)
            .map(str::trim_start)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
    };
    match b.first() {
        Some(b'-' | b'*' | b'+') if space_after(1) => 2,
        Some(b'#') => {
            let n = b.iter().take_while(|c| **c == b'#').count();
            if n <= 6 && space_after(n) { n + 1 } else { 0 }
        }
        Some(b'0'..=b'9') => {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if n <= 3
                && matches!(b.get(n), Some(b'.' | b')'))
                && space_after(n + 1)
                && upper_after(n + 1)
            {
                n + 2
            } else {
                0
            }
        }
        Some(b'(') => {
            let n = b[1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            if (1..=3).contains(&n) && b.get(n + 1) == Some(&b')') && space_after(n + 2) {
                n + 3
            } else {
                0
            }
        }
        _ => ["• ", "· ", "‣ ", "◦ "]
            .iter()
            .find(|m| s.starts_with(**m))
            .map_or(0, |m| m.len()),
    }
}

/// Remove the markup of one sentence; `None` when there is none.
pub fn clean(sentence: &str) -> Option<Clean> {
    if !may_hold_markup(sentence) {
        return None;
    }
    let lead = sentence.len() - sentence.trim_start().len();
    let mut start = lead + marker_len(&sentence[lead..]);
    // Leading white space after a marker is dropped too.
    start += sentence[start..].len() - sentence[start..].trim_start().len();
    let b = sentence.as_bytes();
    // The clean text and its map are built only once something changes:
    // most sentences that may hold markup hold none ("[1913 Webster]").
    let mut out: Option<(String, Vec<usize>)> = None;
    // Bytes from `seg` up to the current position are kept as they are.
    let mut seg = start;
    let keep = |out: &mut Option<(String, Vec<usize>)>, from: usize, to: usize| {
        let (text, map) = out.get_or_insert_with(|| {
            (
                String::with_capacity(sentence.len()),
                Vec::with_capacity(sentence.len() + 1),
            )
        });
        text.push_str(&sentence[from..to]);
        map.extend(from..to);
    };
    if start > 0 {
        keep(&mut out, start, start);
    }
    let mut i = start;
    while i < sentence.len() {
        // Only these ASCII bytes can start markup; every other character is
        // kept, so jump to the next of them.
        let Some(j) = b[i..]
            .iter()
            .position(|c| matches!(c, b'*' | b'_' | b'`' | b'[' | b']'))
        else {
            break;
        };
        i += j;
        let skip = markup_len(sentence, i);
        if skip > 0 {
            keep(&mut out, seg, i);
            i += skip;
            seg = i;
        } else {
            i += 1;
        }
    }
    let (mut text, mut map) = out?;
    text.push_str(&sentence[seg..]);
    map.extend(seg..sentence.len());
    map.push(sentence.len());
    Some(Clean { text, map })
}

/// How many bytes of markup start at byte `i` of `sentence` (one of `*`,
/// `_`, `` ` ``, `[`, `]`): a run of two or more emphasis markers, one at a
/// word's edge, a backtick, a link's `[`, a link target `](...)`; 0 when
/// the byte is kept.
fn markup_len(sentence: &str, i: usize) -> usize {
    let b = sentence.as_bytes();
    let word = |i: usize| -> bool {
        // Is the char at byte i part of a word?
        sentence
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    let word_before = |i: usize| -> bool {
        sentence
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    };
    let c = b[i];
    let skip = match c {
        b'*' | b'_' => {
            let run = b[i..].iter().take_while(|x| **x == c).count();
            if run >= 2 {
                run
            } else if word_before(i) != word(i + 1) {
                // One marker at a word's edge: opening or closing.
                1
            } else {
                0
            }
        }
        b'`' => 1,
        b'[' => link_len(sentence, i).map_or(0, |_| 1),
        _ => 0,
    };
    if skip == 0 && c == b']' {
        link_target_len(sentence, i).unwrap_or(0)
    } else {
        skip
    }
}

/// `[text](target)` starting at byte `i` (the `[`): its whole length.
fn link_len(s: &str, i: usize) -> Option<usize> {
    let close = s.get(i + 1..)?.find(']')? + i + 1;
    if s[i + 1..close].contains('[') {
        return None;
    }
    let t = link_target_len(s, close)?;
    Some(close + t - i)
}

/// At a `]` (byte `i`) that ends a link's text: the length of `](target)`.
fn link_target_len(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i + 1..)?;
    if !rest.starts_with('(') {
        return None;
    }
    let end = rest.find(')')?;
    let target = &rest[1..end];
    if target.is_empty() || target.contains(char::is_whitespace) {
        return None;
    }
    // Only after a `[` on the same sentence.
    s[..i].rfind('[')?;
    Some(end + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(s: &str) -> String {
        clean(s).map_or_else(|| s.to_string(), |c| c.text)
    }

    #[test]
    fn removes_list_heading_and_emphasis_markup() {
        for (input, want) in [
            (
                "- **Osmosis**: the movement of water.",
                "Osmosis: the movement of water.",
            ),
            (
                "* *Tariff* - a tax on imports.",
                "Tariff - a tax on imports.",
            ),
            (
                "12. Matter is anything that has mass.",
                "Matter is anything that has mass.",
            ),
            (
                "(b) A lever is a simple machine.",
                "A lever is a simple machine.",
            ),
            ("## Glossary", "Glossary"),
            (
                "• __Delta__ — a landform at a river mouth.",
                "Delta — a landform at a river mouth.",
            ),
            ("A `mutex` is a lock.", "A mutex is a lock."),
            (
                "See [the guide](https://example.org/guide) for more.",
                "See the guide for more.",
            ),
        ] {
            assert_eq!(cleaned(input), want, "{input}");
        }
    }

    #[test]
    fn leaves_plain_text_and_word_inner_marks_alone() {
        for s in [
            "Osmosis is the movement of water.",
            "The variable max_len holds the limit.",
            "Compute a*b first.",
            "2. 5 litres were left.",
            "-5 degrees is cold.",
            "He said [sic] nothing.",
            "#hashtag is a tag.",
        ] {
            assert!(clean(s).is_none(), "{s}");
        }
    }

    #[test]
    fn ranges_map_back_to_the_original_bytes() {
        let s = "- **Café au lait**: a drink of coffee with hot milk.";
        let c = clean(s).unwrap();
        assert_eq!(c.text, "Café au lait: a drink of coffee with hot milk.");
        let term = 0..c.text.find(':').unwrap();
        assert_eq!(&s[c.original_range(term)], "Café au lait");
        let def = c.text.find("a drink").unwrap()..c.text.len() - 1;
        assert_eq!(&s[c.original_range(def)], "a drink of coffee with hot milk");
        assert_eq!(c.original(c.text.len()), s.len());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "*", "**", "[", "](", "[a](", "[a](b", "- ", "#", "(", "1.", "é*é", "_é_", "•",
        ] {
            if let Some(c) = clean(s) {
                let _ = c.original_range(0..c.text.len());
            }
        }
    }
}

//! Patterns as data: a name, a regex, and the examples that pin its behaviour.
//!
//! Every extractor keeps one `static` table of [`Pattern`]s. Each pattern
//! carries positive examples (`hits`: a sentence and the rendered result the
//! whole extractor must give for this pattern) and negative ones (`misses`:
//! sentences on which this pattern must give nothing once guards ran). The
//! table runner [`check_table`] checks them all and reports every failure at
//! once, as regex-test and nlprule's `Rule::test` do.

use rayon::prelude::*;
use regex::Regex;
use std::sync::OnceLock;

/// One extraction pattern with its examples.
#[derive(Debug, Clone, Copy)]
pub struct Pattern {
    /// Stable id, `family/name`, e.g. `def/copular`.
    pub name: &'static str,
    /// The regex, with named groups the extractor reads.
    pub regex: &'static str,
    /// Positive examples: `(sentence, expected rendering)`.
    pub hits: &'static [(&'static str, &'static str)],
    /// Negative examples: sentences on which this pattern must not fire.
    pub misses: &'static [&'static str],
}

/// The regexes of a table, each compiled on first use, or all ahead of time
/// and in parallel by [`Compiled::warm`] (compiling is a fixed cost of
/// about a quarter second per process, and one regex at a time it is a
/// serial step at the start of a run).
#[derive(Debug)]
pub struct Compiled {
    /// Name (for the panic message) and regex source of each entry.
    sources: Vec<(&'static str, String)>,
    cells: Vec<OnceLock<Regex>>,
}

impl Compiled {
    /// Regexes `(name, source)`, not yet compiled.
    pub fn new(sources: Vec<(&'static str, String)>) -> Compiled {
        let cells = sources.iter().map(|_| OnceLock::new()).collect();
        Compiled { sources, cells }
    }

    /// The regexes of a pattern table, in order, not yet compiled, with
    /// `\w` read as [`WORD`] (see [`narrow_word_class`]).
    pub fn table<'a>(table: impl IntoIterator<Item = &'a Pattern>) -> Compiled {
        Compiled::new(
            table
                .into_iter()
                .map(|p| (p.name, narrow_word_class(p.regex)))
                .collect(),
        )
    }

    /// How many regexes there are.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// Regex `i`, compiled now if it was not yet. Panics name the pattern:
    /// the sources are static program text, so a bad regex is a bug caught
    /// by the table tests.
    pub fn get(&self, i: usize) -> &Regex {
        self.cells[i].get_or_init(|| {
            let (name, source) = &self.sources[i];
            match Regex::new(source) {
                Ok(r) => r,
                Err(e) => panic!("pattern {name} does not compile: {e}"),
            }
        })
    }

    /// The regexes in order, each compiled when the iterator reaches it.
    pub fn iter(&self) -> impl Iterator<Item = &Regex> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Compile every regex not compiled yet, in parallel on the current
    /// rayon pool. Each compile is a leaf (it starts no rayon work), so a
    /// thread that waits for one another thread is compiling cannot
    /// deadlock.
    pub fn warm(&self) {
        (0..self.len()).into_par_iter().for_each(|i| {
            self.get(i);
        });
    }
}

/// The characters a pattern table's `\w` stands for: ASCII letters,
/// digits and `_`, and every character from U+00C0 on except the general
/// punctuation block (dashes, curly quotes, ellipsis: U+2000 to U+206F).
/// Letters with accents and other scripts are still word characters.
pub const WORD: &str = r"0-9A-Za-z_\x{C0}-\x{1FFF}\x{2070}-\x{10FFFF}";

/// Whether `c` is one of the characters of [`WORD`] (for code that reads
/// the text the way a pattern's `\w` does).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || (c >= '\u{C0}' && !('\u{2000}'..='\u{206F}').contains(&c))
}

/// Lowercase `s` without moving any byte offset: the result has the same
/// length as `s` and the same char boundaries, so a position found in it
/// (`find`, `matches`) can slice `s`. A character whose lowercase has
/// another UTF-8 length (the Kelvin sign U+212A, the angstrom sign U+212B,
/// the ohm sign U+2126, U+0130, U+1E9E, ...) or is several characters is
/// kept as it is; every ASCII letter and every other letter is lowercased
/// as `str::to_lowercase` would.
pub fn lowercase_aligned(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) if one.len_utf8() == c.len_utf8() => out.push(one),
            _ => out.push(c),
        }
    }
    out
}

/// `re` with each `\w` replaced by the ranges of [`WORD`]. Unicode's `\w`
/// is hundreds of ranges, and under `(?i)` each lazy DFA state built over it
/// costs a walk through all of them: with these few ranges the textbook
/// patterns ran 2-4 times faster on first sight of new text. A class that
/// holds `\w` is wrapped in `(?-i:...)`: the ranges are closed under case
/// already, and folding them again would cost seconds of compiling.
pub fn narrow_word_class(re: &str) -> String {
    let mut out = String::with_capacity(re.len() + 64);
    let b = re.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if b.get(i + 1) == Some(&b'w') => {
                out.push_str("(?-i:[");
                out.push_str(WORD);
                out.push_str("])");
                i += 2;
            }
            b'\\' => {
                let n = re[i + 1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&re[i..i + 1 + n]);
                i += 1 + n;
            }
            b'[' => {
                let end = class_end(b, i);
                let class = &re[i..end];
                if class.contains(r"\w") {
                    out.push_str("(?-i:");
                    out.push_str(&class.replace(r"\w", WORD));
                    out.push(')');
                } else {
                    out.push_str(class);
                }
                i = end;
            }
            _ => {
                let n = re[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&re[i..i + n]);
                i += n;
            }
        }
    }
    out
}

/// The end (exclusive) of the bracket class that opens at `b[start]`; a
/// `]` right after `[` or `[^` is a literal. (The tables hold no nested
/// classes.)
fn class_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    if b.get(i) == Some(&b'^') {
        i += 1;
    }
    if b.get(i) == Some(&b']') {
        i += 1;
    }
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b']' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Run every task, in parallel on the current rayon pool (for warming up
/// the lazily built regexes and automata of several statics at once).
pub fn in_parallel(tasks: &[&(dyn Fn() + Sync)]) {
    tasks.par_iter().for_each(|t| t());
}

/// Compile a table, in order. Panics name the pattern: the tables are
/// static program text, so a bad regex is a bug caught by the table tests.
pub fn compile(table: &[Pattern]) -> Vec<Regex> {
    table
        .iter()
        .map(|p| match Regex::new(p.regex) {
            Ok(r) => r,
            Err(e) => panic!("pattern {} does not compile: {e}", p.name),
        })
        .collect()
}

/// Run every example of `table` through `run` (which returns
/// `(pattern name, rendering)` for one sentence) and collect failures.
///
/// `DEFMINE_PATTERN=prefix` narrows the run to patterns whose name starts
/// with `prefix`.
pub fn check_table<'a>(
    table: impl IntoIterator<Item = &'a Pattern>,
    run: &dyn Fn(&str) -> Vec<(&'static str, String)>,
) -> Vec<String> {
    let filter = std::env::var("DEFMINE_PATTERN").unwrap_or_default();
    let mut failures = Vec::new();
    for p in table.into_iter().filter(|p| p.name.starts_with(&filter)) {
        for (sentence, want) in p.hits {
            let got: Vec<String> = run(sentence)
                .into_iter()
                .filter(|(n, _)| *n == p.name)
                .map(|(_, r)| r)
                .collect();
            if !got.iter().any(|g| g == want) {
                failures.push(format!(
                    "{}: {sentence:?}\n    expected {want:?}\n    got      {got:?}",
                    p.name
                ));
            }
        }
        for sentence in p.misses {
            let got: Vec<String> = run(sentence)
                .into_iter()
                .filter(|(n, _)| *n == p.name)
                .map(|(_, r)| r)
                .collect();
            if !got.is_empty() {
                failures.push(format!(
                    "{}: {sentence:?}\n    expected nothing\n    got      {got:?}",
                    p.name
                ));
            }
        }
    }
    failures
}

/// Table-wide checks: names unique and of the form `family/name`, every
/// regex compiles, every pattern has a positive and a negative example.
pub fn check_table_shape<'a>(
    table: impl IntoIterator<Item = &'a Pattern>,
    family: &str,
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for p in table {
        if !seen.insert(p.name) {
            failures.push(format!("{}: duplicate name", p.name));
        }
        let ok_name = p
            .name
            .strip_prefix(family)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|r| {
                !r.is_empty()
                    && r.bytes().all(|b| {
                        b.is_ascii_lowercase() || b == b'-' || b == b'_' || b.is_ascii_digit()
                    })
            });
        if !ok_name {
            failures.push(format!("{}: name must be {family}/lowercase-name", p.name));
        }
        if let Err(e) = Regex::new(p.regex) {
            failures.push(format!("{}: regex does not compile: {e}", p.name));
        }
        if p.hits.is_empty() {
            failures.push(format!("{}: no positive example", p.name));
        }
        if p.misses.is_empty() {
            failures.push(format!("{}: no negative example", p.name));
        }
    }
    failures
}

/// Panic with all failures, one block each, when there are any.
pub fn assert_no_failures(what: &str, failures: &[String]) {
    if !failures.is_empty() {
        panic!(
            "{} {what} example(s) failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::lowercase_aligned;

    #[test]
    fn lowercase_aligned_keeps_every_offset() {
        for s in [
            "Key \u{212A}ey \u{212B}ngstr\u{F6}m \u{130}stanbul STRA\u{1E9E}E \u{2126}",
            "PLAIN Ascii",
            "\u{C9}T\u{C9} \u{3A3}\u{39F}\u{3A6}",
        ] {
            let l = lowercase_aligned(s);
            assert_eq!(l.len(), s.len(), "{s}");
            assert!(s.char_indices().all(|(i, _)| l.is_char_boundary(i)), "{s}");
        }
        assert_eq!(lowercase_aligned("PLAIN Ascii"), "plain ascii");
        assert_eq!(lowercase_aligned("\u{C9}T\u{C9}"), "\u{E9}t\u{E9}");
        // The Kelvin sign (3 bytes) lowercases to "k" (1 byte): kept.
        assert_eq!(lowercase_aligned("\u{212A}EY"), "\u{212A}ey");
    }

    use super::*;

    #[test]
    fn is_word_char_is_the_word_class() {
        let re = Regex::new(&format!("^[{WORD}]$")).unwrap();
        let edges = [
            '0',
            '9',
            'A',
            'z',
            '_',
            '-',
            ' ',
            '/',
            '\u{BF}',
            '\u{C0}',
            '\u{1FFF}',
            '\u{2000}',
            '\u{2014}',
            '\u{206F}',
            '\u{2070}',
            '\u{10FFFF}',
            '\u{e9}',
            '\u{4E2D}',
        ];
        for c in edges
            .into_iter()
            .chain((0..0x3000).filter_map(char::from_u32))
        {
            assert_eq!(is_word_char(c), re.is_match(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn narrow_word_class_rewrites_only_w() {
        let w = format!("(?-i:[{WORD}])");
        assert_eq!(narrow_word_class(r"\w+ly"), format!("{w}+ly"));
        assert_eq!(
            narrow_word_class(r"[\w'-]+ \d \\w [a-z]"),
            format!("(?-i:[{WORD}'-])+ \\d \\\\w [a-z]")
        );
        assert_eq!(narrow_word_class(r"[]\w]"), format!("(?-i:[]{WORD}])"));
        assert_eq!(
            narrow_word_class(r"[^]\w] \s [\]]"),
            format!("(?-i:[^]{WORD}]) \\s [\\]]")
        );
        let re = Regex::new(&narrow_word_class(r"(?i)^[\w-]+$")).unwrap();
        for word in ["caf\u{e9}", "na\u{ef}ve", "X-ray", "\u{3b1}\u{3b2}", "K"] {
            assert!(re.is_match(word), "{word}");
        }
        for not_word in ["a\u{2014}b", "\u{201c}a", "a b", "a.b"] {
            assert!(!re.is_match(not_word), "{not_word}");
        }
    }

    static TABLE: &[Pattern] = &[Pattern {
        name: "demo/year",
        regex: r"\b(?P<y>1[89]\d\d)\b",
        hits: &[("It ended in 1918.", "1918")],
        misses: &["It cost 250 dollars."],
    }];

    fn run(s: &str) -> Vec<(&'static str, String)> {
        let re = compile(TABLE);
        re[0]
            .captures_iter(s)
            .map(|c| (TABLE[0].name, c["y"].to_string()))
            .collect()
    }

    #[test]
    fn runner_passes_good_table() {
        assert!(check_table(TABLE, &run).is_empty());
        assert!(check_table_shape(TABLE, "demo").is_empty());
    }

    #[test]
    fn runner_reports_wrong_expectation() {
        static BAD: &[Pattern] = &[Pattern {
            name: "demo/year",
            regex: r"\b(?P<y>1[89]\d\d)\b",
            hits: &[("It ended in 1918.", "1919")],
            misses: &["In 1850 it began."],
        }];
        let f = check_table(BAD, &run);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(!check_table_shape(BAD, "other").is_empty());
    }
}

//! Definition extraction: one sentence in, definitions and aliases out.
//!
//! PLACEHOLDER: a copular pattern only. To be replaced by the real tables.

use super::pattern::{Pattern, compile};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A definition found in one sentence; ranges index that sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// The defined term.
    pub term: Range<usize>,
    /// The defining phrase (never empty).
    pub text: Range<usize>,
    /// Who gives the definition ("according to A", "A defines X as").
    pub attributed_to: Vec<Range<usize>>,
}

/// Two names for one concept found in one sentence; ranges index it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasMatch {
    /// Id of the pattern that fired.
    pub pattern: &'static str,
    /// The main form.
    pub term: Range<usize>,
    /// The other form.
    pub alias: Range<usize>,
}

/// The definition patterns.
pub static DEFINITION_PATTERNS: &[Pattern] = &[Pattern {
    name: "def/copular",
    regex: r"^(?P<term>[A-Za-z][\w -]{0,60}?) (?:is|are) (?P<text>(?:a|an|the) .+?)[.!]?$",
    hits: &[(
        "A cell is the basic unit of life.",
        "a cell := the basic unit of life",
    )],
    misses: &["Is a cell alive?"],
}];

static RES: LazyLock<Vec<Regex>> = LazyLock::new(|| compile(DEFINITION_PATTERNS));

/// Find the definitions in one sentence.
pub fn find_definitions(sentence: &str) -> Vec<DefinitionMatch> {
    let mut out = Vec::new();
    for (p, re) in DEFINITION_PATTERNS.iter().zip(RES.iter()) {
        if let Some(c) = re.captures(sentence) {
            let (Some(t), Some(x)) = (c.name("term"), c.name("text")) else {
                continue;
            };
            out.push(DefinitionMatch {
                pattern: p.name,
                term: t.range(),
                text: x.range(),
                attributed_to: Vec::new(),
            });
        }
    }
    out
}

/// Find explicit aliases (abbreviations, "also called") in one sentence.
pub fn find_aliases(_sentence: &str) -> Vec<AliasMatch> {
    Vec::new()
}

/// Render a match as the tables' examples write it: `term := text`
/// (lowercased), with ` [by A; B]` when attributed.
pub fn render(sentence: &str, d: &DefinitionMatch) -> String {
    let mut s = format!(
        "{} := {}",
        sentence[d.term.clone()].to_lowercase(),
        sentence[d.text.clone()].to_lowercase()
    );
    if !d.attributed_to.is_empty() {
        let by: Vec<String> = d
            .attributed_to
            .iter()
            .map(|r| sentence[r.clone()].to_lowercase())
            .collect();
        s.push_str(&format!(" [by {}]", by.join("; ")));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::pattern::{assert_no_failures, check_table, check_table_shape};

    #[test]
    fn definition_table_examples() {
        let run = |s: &str| {
            find_definitions(s)
                .iter()
                .map(|d| (d.pattern, render(s, d)))
                .collect()
        };
        let mut f = check_table_shape(DEFINITION_PATTERNS, "def");
        f.extend(check_table(DEFINITION_PATTERNS, &run));
        assert_no_failures("definition", &f);
    }
}

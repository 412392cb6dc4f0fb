//! Surface variants of defined terms: "track 2 diplomacy", "tracktwo
//! diplomacy" and "track ii diplomacy" are one term (see [`crate::term`]).
//!
//! In: the multi-word terms a document defines (from its mentions) and the
//! document's sentences. Out: one `alias/variant` mention for each place
//! where a different surface form of such a term occurs, so consolidation
//! can list every spelling under its entry. Only multi-word terms are
//! searched: one-word variants are plain case or plural changes.
//!
//! The search is one aho-corasick pass over the first words of the terms;
//! a hit is confirmed by folding the words that follow it.

use crate::term::term_tokens;
use crate::types::{Document, Fact, Mention, Sentence};
use aho_corasick::AhoCorasick;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The terms to look for. Lookups only (never iterated into output), so
/// hash maps are fine here.
#[derive(Debug)]
pub struct Targets {
    /// Folded key (last word as written: "diplomacy", "diplomacies") -> the
    /// term's surface as defined.
    full: HashMap<String, String>,
    /// Folded keys of the leading words of some target ("track", "track2").
    prefixes: HashSet<String>,
    max_words: usize,
    first_words: AhoCorasick,
}

/// The multi-word terms defined or aliased in `mentions`, or `None` when
/// there are none (then there is nothing to search).
pub fn targets(mentions: &[Mention]) -> Option<Targets> {
    let mut by_key: BTreeMap<String, String> = BTreeMap::new();
    let mut firsts: Vec<String> = Vec::new();
    let mut max_words = 0;
    for m in mentions {
        let surfaces: Vec<&String> = match &m.fact {
            Fact::Definition { term, .. } => vec![term],
            Fact::Alias { term, alias } if m.pattern != PATTERN => vec![term, alias],
            _ => continue,
        };
        for s in surfaces {
            let toks = term_tokens(s);
            let words = s.split_whitespace().count();
            if toks.len() < 2 || words > 6 {
                continue;
            }
            max_words = max_words.max(toks.len() + 1);
            // The first word as written, and its folded token: "track".
            firsts.push(toks[0].clone());
            by_key.entry(toks.concat()).or_insert_with(|| s.clone());
        }
    }
    if by_key.is_empty() {
        return None;
    }
    firsts.sort();
    firsts.dedup();
    let first_words = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&firsts)
        .ok()?;
    let mut full = HashMap::new();
    let mut prefixes = HashSet::new();
    for (key, term) in &by_key {
        let toks = term_tokens(term);
        let Some((last, lead)) = toks.split_last() else {
            continue;
        };
        let lead = lead.concat();
        for i in 1..toks.len() {
            prefixes.insert(toks[..i].concat());
        }
        // The last word may be written plural: fold it back the same way.
        for form in [
            last.clone(),
            format!("{last}s"),
            format!("{last}es"),
            plural_y(last),
        ] {
            full.entry(format!("{lead}{form}"))
                .or_insert_with(|| term.clone());
            prefixes.insert(format!("{lead}{form}"));
        }
        full.entry(key.clone()).or_insert_with(|| term.clone());
    }
    Some(Targets {
        full,
        prefixes,
        max_words,
        first_words,
    })
}

/// "policy" -> "policies" (other words unchanged).
fn plural_y(w: &str) -> String {
    match w.strip_suffix('y') {
        Some(stem) if !stem.is_empty() => format!("{stem}ies"),
        _ => w.to_string(),
    }
}

/// Id of the pattern on variant mentions.
pub const PATTERN: &str = "alias/variant";

/// Find the variants of `targets` in the sentences of `doc`; offsets are
/// shifted by `base` (the block's offset in its document).
///
/// At each hit of a first word, the following words are folded one at a
/// time into a growing key; the walk stops as soon as no target key starts
/// with it, so most hits cost one comparison and no allocation.
pub fn find_variants(
    doc: &Document,
    base: usize,
    sentences: &[Sentence],
    targets: &Targets,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut lower = String::new();
    for s in sentences {
        let text = &doc.text[s.start..s.end];
        for hit in targets.first_words.find_iter(text) {
            let at = hit.start();
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
            {
                continue;
            }
            key.clear();
            let mut words = 0;
            let mut pos = at;
            while words < targets.max_words {
                // The next word: letters, digits, apostrophes; hyphens and
                // spaces separate words (and fold the same).
                let rest = &text[pos..];
                let skip = rest.len() - rest.trim_start_matches([' ', '-']).len();
                if words > 0 && skip == 0 {
                    break;
                }
                let word_start = pos + skip;
                let wlen = text[word_start..]
                    .char_indices()
                    .find(|(_, c)| !(c.is_alphanumeric() || *c == '\''))
                    .map_or(text.len() - word_start, |(i, _)| i);
                if wlen == 0 {
                    break;
                }
                let word_end = word_start + wlen;
                lower.clear();
                lower.extend(
                    text[word_start..word_end]
                        .chars()
                        .flat_map(char::to_lowercase),
                );
                crate::term::fold_word(&lower, words == 0, &mut key);
                words += 1;
                pos = word_end;
                // Does a target end here? (A one-letter last word is a stray
                // possessive "s" or an initial, never a plural.)
                if words >= 2
                    && wlen > 1
                    && let Some(term) = targets.full.get(key.as_str())
                {
                    let surface = &text[at..word_end];
                    if !term.eq_ignore_ascii_case(surface) {
                        out.push(Mention {
                            doc: doc.id.clone(),
                            sentence: Sentence::new(base + s.start, base + s.end),
                            pattern: PATTERN.into(),
                            fact: Fact::Alias {
                                term: term.clone(),
                                alias: surface.to_string(),
                            },
                        });
                    }
                }
                // Stop when no target continues this prefix.
                if !targets.prefixes.contains(key.as_str()) {
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Span;

    fn def(term: &str) -> Mention {
        Mention {
            doc: "d".into(),
            sentence: Span::new(0, 1),
            pattern: "def/test".into(),
            fact: Fact::Definition {
                term: term.into(),
                text: "x".into(),
                attributed_to: vec![],
            },
        }
    }

    fn variants(text: &str, terms: &[&str]) -> Vec<String> {
        let ms: Vec<Mention> = terms.iter().map(|t| def(t)).collect();
        let Some(t) = targets(&ms) else { return vec![] };
        let doc = Document {
            id: "d".into(),
            text: text.into(),
        };
        let sents = vec![Span::new(0, text.len())];
        find_variants(&doc, 0, &sents, &t)
            .into_iter()
            .map(|m| match m.fact {
                Fact::Alias { alias, .. } => alias,
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn finds_numeral_hyphen_and_run_together_variants() {
        let got = variants(
            "Phase 2 trials and phase-two trials differ from phasetwo trials and Phase II trials.",
            &["phase two trials"],
        );
        assert_eq!(
            got,
            vec![
                "Phase 2 trials",
                "phase-two trials",
                "phasetwo trials",
                "Phase II trials"
            ]
        );
    }

    #[test]
    fn ignores_the_same_spelling_and_other_words() {
        assert!(
            variants(
                "Phase two trials began. Phase three trials ended.",
                &["phase two trials"]
            )
            .is_empty()
        );
        assert!(
            variants("The emphasis two trials.", &["phase two trials"]).is_empty(),
            "not at a word start"
        );
        assert!(
            variants("Cells divide.", &["cell"]).is_empty(),
            "one-word terms are not searched"
        );
    }
}

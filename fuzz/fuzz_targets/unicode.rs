//! Fuzz target `unicode`: documents built from sentences with rare
//! Unicode, through the whole pipeline.
//!
//! The fuzzer's bytes choose, for each of a few sentences, a template
//! (definition, alias, abbreviation, attribution, date) and fill its slots
//! with words mixing plain letters and characters that are hard on byte
//! offsets: case-changing characters whose lowercase has another UTF-8
//! length (U+212A KELVIN SIGN, U+212B ANGSTROM SIGN, U+0130, U+1E9E, U+2126),
//! combining marks, right-to-left text, full-width punctuation and unusual
//! white space. Checks as `pipeline` does: JSON that reads back equal, and
//! every evidence range a non-empty, in-bounds span on char boundaries;
//! plus no panic anywhere.
#![no_main]

use defmine::output::Evidence;
use libfuzzer_sys::fuzz_target;

/// Pieces of words: plain letters and hard characters.
const PIECES: &[&str] = &[
    "a", "ka", "lo", "ter", "mi", "On", "Dr", "\u{212A}", "\u{212B}", "\u{0130}", "\u{1E9E}",
    "\u{2126}", "\u{0301}", "\u{0308}", "e\u{0301}", "\u{05D0}\u{05D1}", "\u{0627}\u{0644}",
    "\u{200F}", "\u{200E}", "\u{FF08}", "\u{FF09}", "\u{FF0C}", "\u{3002}", "\u{FF1A}",
    "\u{00A0}", "\u{2028}", "\u{FB03}", "\u{0149}", "\u{1F600}", "I", "\u{0131}", "\u{03A3}",
];

/// Sentence templates; `{}` slots take a word each.
const TEMPLATES: &[&str] = &[
    "The {} {} is a {} of {} that {} the {}.",
    "A {} (also called {}) is the {} of {}.",
    "The {} {} ({}) was {} in {}.",
    "{} {} coined the term {} {} in 1981.",
    "{} {}, also known as {}, is a {} {}.",
    "{}, or {} {}, is a {} used in {}.",
    "In March 2010 the {} defined {} as the {} of {}.",
    "According to {} {}, a {} means the {} {}.",
    "{}\u{FF08}{}\u{FF09}\u{FF1A}{} {}\u{3002}",
];

/// A word from the next bytes of `data` (one to four pieces).
fn word(data: &mut &[u8]) -> String {
    let mut w = String::new();
    let n = 1 + next(data) % 4;
    for _ in 0..n {
        w.push_str(PIECES[next(data) % PIECES.len()]);
    }
    w
}

fn next(data: &mut &[u8]) -> usize {
    match data.split_first() {
        Some((&b, rest)) => {
            *data = rest;
            usize::from(b)
        }
        None => 0,
    }
}

fn check(text: &str, e: &Evidence) {
    assert!(e.start < e.end, "empty evidence {e:?}");
    assert!(e.end <= text.len(), "evidence {e:?} out of bounds");
    assert!(
        text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
        "evidence {e:?} not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    let mut data = data;
    let mut text = String::new();
    let sentences = 1 + next(&mut data) % 12;
    for _ in 0..sentences {
        let t = TEMPLATES[next(&mut data) % TEMPLATES.len()];
        let mut parts = t.split("{}");
        if let Some(first) = parts.next() {
            text.push_str(first);
        }
        for part in parts {
            text.push_str(&word(&mut data));
            text.push_str(part);
        }
        text.push_str(if next(&mut data) % 3 == 0 { "\n\n" } else { " " });
    }
    let k = defmine::mine_text("u.txt", &text);
    let json = defmine::output::to_json(&k);
    let back: defmine::Knowledge = match serde_json::from_slice(&json) {
        Ok(v) => v,
        Err(e) => panic!("knowledge JSON does not parse: {e}"),
    };
    assert_eq!(back, k, "knowledge JSON does not round-trip");
    for t in &k.terms {
        for d in &t.definitions {
            d.evidence.iter().for_each(|e| check(&text, e));
        }
        for a in &t.alias_evidence {
            a.evidence.iter().for_each(|e| check(&text, e));
        }
    }
    for a in &k.attributions {
        a.evidence.iter().for_each(|e| check(&text, e));
    }
    for d in &k.dates {
        d.evidence.iter().for_each(|e| check(&text, e));
    }
});

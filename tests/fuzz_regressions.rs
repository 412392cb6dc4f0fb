//! Regressions found by the fuzz targets in `fuzz/` (see `fuzz/README.md`).
//!
//! Each crash the fuzzer found is a test here, named after what broke, with
//! its minimized input as a byte-string literal, run through the same API
//! and the same checks as the fuzz target that found it. The committed seeds
//! (`fuzz/seeds/`) are replayed through all three checks as well, so the
//! invariants hold on stable Rust in CI without libFuzzer.

use defmine::extract::{attribution, date, definition};
use defmine::output::Evidence;
use defmine::split::{split, split_chunked, split_document};
use std::ops::Range;
use std::path::Path;

/// The checks of the `split` fuzz target.
fn check_split(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let spans = split(text);
    let mut prev_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "empty or reversed span {s:?}");
        assert!(s.end <= text.len(), "span {s:?} out of bounds");
        assert!(
            prev_end <= s.start,
            "span {s:?} overlaps or is out of order"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = &text[s.start..s.end];
        assert_eq!(piece.trim(), piece, "span {s:?} not trimmed");
        assert!(
            text[prev_end..s.start].trim().is_empty(),
            "text before {s:?} in no sentence"
        );
        prev_end = s.end;
    }
    assert!(
        text[prev_end..].trim().is_empty(),
        "text at the end in no sentence"
    );
    assert_eq!(split_document(text), spans);
    let target = 1 + usize::from(data.first().copied().unwrap_or(0) % 64);
    assert_eq!(
        split_chunked(text, target),
        spans,
        "split_chunked({target})"
    );
    assert_eq!(split_chunked(text, 16), spans, "split_chunked(16)");
}

/// A range of `s` that is not reversed, in bounds and on char boundaries.
fn check_range(s: &str, r: &Range<usize>, what: &str) {
    assert!(
        r.start <= r.end && r.end <= s.len(),
        "{what} range {r:?} in {s:?}"
    );
    assert!(
        s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
        "{what} range {r:?}"
    );
}

/// The checks of the `extract` fuzz target (`s` is one sentence).
fn check_extract(s: &str) {
    for d in definition::find_definitions(s) {
        check_range(s, &d.term, "definition term");
        check_range(s, &d.text, "definition text");
        assert!(!d.text.is_empty(), "empty definition text");
        for a in &d.attributed_to {
            check_range(s, a, "definition attributed_to");
        }
        let _ = definition::render(s, &d);
    }
    for a in definition::find_aliases(s) {
        check_range(s, &a.term, "alias term");
        check_range(s, &a.alias, "alias alias");
        let _ = definition::render_alias(s, &a);
    }
    let dates = date::find_dates(s);
    let mut prev_end = 0;
    for d in &dates {
        check_range(s, &(d.start..d.end), "date");
        assert!(prev_end <= d.start, "dates overlap or out of order");
        prev_end = d.end;
        let _ = date::render(s, d);
    }
    for r in date::find_ranges(s, &dates) {
        check_range(s, &(r.start..r.end), "date range");
    }
    for d in date::find_dates_in_context(s, Some(1999)) {
        check_range(s, &(d.start..d.end), "date in context");
    }
    for a in attribution::find_attributions(s, &dates) {
        check_range(s, &a.agent, "attribution agent");
        check_range(s, &a.object, "attribution object");
        let _ = attribution::render(s, &a);
    }
}

/// The checks of the `pipeline` fuzz target.
fn check_pipeline(data: &[u8]) {
    let Ok((doc, _)) = defmine::load::decode("f.txt", data.to_vec()) else {
        return;
    };
    let k = defmine::mine_text(&doc.id, &doc.text);
    let json = defmine::output::to_json(&k);
    let back: defmine::Knowledge = serde_json::from_slice(&json).expect("knowledge JSON parses");
    assert_eq!(back, k, "knowledge JSON round-trips");
    let text = doc.text.as_str();
    let check = |e: &Evidence| {
        assert!(e.start < e.end && e.end <= text.len(), "evidence {e:?}");
        assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "evidence {e:?}"
        );
    };
    let defs = k
        .terms
        .iter()
        .flat_map(|t| &t.definitions)
        .flat_map(|d| &d.evidence);
    let atts = k.attributions.iter().flat_map(|a| &a.evidence);
    let dates = k.dates.iter().flat_map(|d| &d.evidence);
    defs.chain(atts).chain(dates).for_each(check);
}

/// Every file of `fuzz/seeds/<target>`, sorted by name.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn fuzz_seeds_hold_the_split_invariants() {
    let seeds = seeds("split");
    assert!(!seeds.is_empty());
    for (name, bytes) in seeds {
        eprintln!("split seed {name}");
        check_split(&bytes);
    }
}

#[test]
fn fuzz_seeds_hold_the_extract_invariants() {
    let seeds = seeds("extract");
    assert!(!seeds.is_empty());
    for (name, bytes) in seeds {
        eprintln!("extract seed {name}");
        check_extract(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn fuzz_seeds_hold_the_pipeline_invariants() {
    let seeds = seeds("pipeline");
    assert!(!seeds.is_empty());
    for (name, bytes) in seeds {
        eprintln!("pipeline seed {name}");
        check_pipeline(&bytes);
    }
}

/// `find_aliases` (Schwartz-Hearst long form of an abbreviation) started the
/// long form one byte after the last white space before it, inside U+2028
/// LINE SEPARATOR (three bytes), and sliced off a char boundary. Found by
/// the `extract` target; fixed in `definition::long_form`.
#[test]
fn alias_long_form_after_multibyte_whitespace() {
    let input = b"s\xe2\x80\xa8hJJs(hJJ)";
    check_extract(std::str::from_utf8(input).unwrap());
    // The same bytes as a whole document reach it through `mine_text`.
    check_pipeline(input);
    check_split(input);
    // The same shape with other wide white space, and a real abbreviation.
    for ws in ["\u{2028}", "\u{3000}", "\u{a0}", "\u{2003}"] {
        let s = format!("the{ws}World Health Organization (WHO) met.");
        check_extract(&s);
        let a = definition::find_aliases(&s);
        assert!(a.iter().all(|m| s.is_char_boundary(m.term.start)), "{s:?}");
    }
}

/// `word… . Next`: a one-character ellipsis (three bytes), a space and a
/// period read as "a period, then an ellipsis", and the splitter cut one
/// byte after the run's start, inside the ellipsis. Found by the `split`
/// target after 7.0 M executions; fixed in `split::Splitter::ellipsis_end`.
#[test]
fn split_ellipsis_char_then_spaced_period() {
    let input = b"m\xe2\x80\xa6 . M";
    check_split(input);
    check_pipeline(input);
    for s in [
        "He paused… . Then he left.",
        "Wait… . . Go",
        "so…. Then",
        "x… . y",
    ] {
        check_split(s.as_bytes());
        check_pipeline(s.as_bytes());
    }
}

/// Every character whose lowercase has another UTF-8 length than itself
/// (the Kelvin sign, the angstrom sign, the ohm sign, U+0130, U+1E9E, ...).
fn length_changing_lowercase() -> Vec<char> {
    (0..=0x10FFFFu32)
        .filter_map(char::from_u32)
        .filter(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8())
        .collect()
}

/// Every example sentence of every rule and guard table.
fn rule_examples() -> Vec<&'static str> {
    use defmine::extract::guards::GUARDS;
    let rules = definition::DEFINITION_PATTERNS
        .iter()
        .chain(definition::ALIAS_PATTERNS)
        .map(|r| &r.pattern);
    let patterns = attribution::ATTRIBUTION_PATTERNS
        .iter()
        .map(|r| &r.pattern)
        .chain(date::DATE_PATTERNS);
    let mut out: Vec<&str> = Vec::new();
    for p in rules.chain(patterns) {
        out.extend(p.hits.iter().map(|(s, _)| *s));
        out.extend(p.misses.iter().copied());
    }
    for g in GUARDS {
        out.extend(g.hits.iter().map(|(s, _)| *s));
        out.extend(g.misses.iter().copied());
    }
    out
}

/// Regression: "The unit \u{212B} · or angstrom is a unit of length ..."
/// crashed a whole run, because a position found in the lowercased text
/// was used on the original, and U+212B lowercases to a shorter character.
#[test]
fn angstrom_sign_before_or_does_not_panic() {
    let s =
        "The unit \u{212B} \u{B7} or angstrom is a unit of length equal to a tenth of a nanometre.";
    check_extract(s);
    check_pipeline(s.as_bytes());
}

/// Found by the `extract` fuzz target on `29ed23e`: a year glued by `/`
/// to a word that ends in a multi-byte character (here the Kelvin sign)
/// cut that character in two in the slash-name date guard, which stepped
/// one byte past the last non-identifier character.
#[test]
fn a_year_after_a_slash_and_a_kelvin_sign_does_not_panic() {
    for s in [
        "Version te\u{212A}/2004, the process, ended.",
        "\u{212A}/2004 was the year.",
        "The model \u{E9}\u{212A}/1998 and 2004/\u{212A}x shipped.",
    ] {
        check_extract(s);
        check_pipeline(s.as_bytes());
    }
}

/// Property: every rule's and guard's examples, with a character whose
/// lowercase has another byte length put before each word, as a word of
/// its own before each word, in place of each word's first letter, and
/// glued to each punctuation mark (and every such character before the
/// first word and after the last), go through every extractor and the
/// whole pipeline without a panic and with ranges on char boundaries.
#[test]
fn length_changing_lowercase_through_every_rule() {
    let chars = length_changing_lowercase();
    assert!(chars.len() > 10, "{} characters", chars.len());
    assert!(chars.contains(&'\u{212A}') && chars.contains(&'\u{130}'));
    let mut n = 0usize;
    for (i, s) in rule_examples().into_iter().enumerate() {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(s.match_indices(' ').map(|(k, _)| k + 1))
            .collect();
        for (j, &at) in starts.iter().enumerate() {
            let c = chars[(i + j) % chars.len()];
            // Before the word, as a word of its own, and in place of the
            // word's first letter.
            let first = s[at..].chars().next().map_or(0, char::len_utf8);
            for t in [
                format!("{}{c}{}", &s[..at], &s[at..]),
                format!("{}{c} {}", &s[..at], &s[at..]),
                format!("{}{c}{}", &s[..at], &s[at + first..]),
            ] {
                check_extract(&t);
                n += 1;
            }
        }
        // Glued to each punctuation mark, before and after it ("K/2004"
        // cut the Kelvin sign in a guard that looks past a slash).
        for (j, (at, p)) in s
            .char_indices()
            .filter(|(_, p)| p.is_ascii_punctuation())
            .enumerate()
        {
            let c = chars[(i + j) % chars.len()];
            let after = at + p.len_utf8();
            check_extract(&format!("{}{c}{}", &s[..at], &s[at..]));
            check_extract(&format!("{}{c}{}", &s[..after], &s[after..]));
            n += 2;
        }
        if i % 7 == 0 {
            for &c in &chars {
                check_extract(&format!("{c}{s}"));
                check_extract(&format!("{s} {c}"));
            }
        }
    }
    assert!(n > 1000, "only {n} sentences built");
}

/// The three places that found a position in a lowercased copy and used it
/// on the original: a term before " or ", a definer before ", who", an
/// agent before " et al". Each sentence holds a character whose lowercase
/// is shorter (U+212A, U+212B) or longer (U+0130) before the cue.
#[test]
fn lowercase_positions_never_index_the_original() {
    for c in ['\u{212A}', '\u{212B}', '\u{130}', '\u{1E9E}', '\u{2126}'] {
        for s in [
            format!("The unit {c} \u{B7} or angstrom is a unit of length."),
            format!(
                "According to Ann {c}ay, who studied reefs, a lagoon is a shallow body of water."
            ),
            format!("The term lagoon was coined by Ann {c}ay et al. in 1901."),
            format!("The word lagoon was first used by Ann {c}ay and others in 1901."),
        ] {
            check_extract(&s);
            check_pipeline(s.as_bytes());
        }
    }
}

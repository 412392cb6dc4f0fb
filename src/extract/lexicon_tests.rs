//! Tests of the lexicon's place: word lists live in `lexicon.rs`.

/// No closed-class word list outside `lexicon.rs`: a `const X: &[&str]`
/// under `src/extract` lives here, in `rules/` (tables) or `date/`
/// (patterns). Guard-id lists and the example shifts are table data.
#[test]
fn word_lists_live_in_the_lexicon() {
    const TABLE_DATA: &[&str] = &["_GUARDS:", "ALIAS_EXEMPT:", "SHIFTS:", "TERM_RELATIONS:"];
    let mut bad = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("src/extract")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("src/extract").flatten() {
            let p = e.path();
            let skip = ["lexicon.rs", "lexicon_tests.rs", "rules", "date"]
                .iter()
                .any(|s| p.ends_with(s));
            if p.is_dir() && !skip {
                dirs.push(p);
            } else if !skip && p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).unwrap_or_default();
                for l in src.lines().map(str::trim_start) {
                    let l = l
                        .trim_start_matches("pub(crate) ")
                        .trim_start_matches("pub ");
                    let list = l.starts_with("const ") && l.contains(": &[&str]");
                    if list && !TABLE_DATA.iter().any(|t| l.contains(t)) {
                        bad.push(format!("{}: {l}", p.display()));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "word lists outside lexicon.rs: {bad:#?}");
}

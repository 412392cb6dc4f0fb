//! Golden files: `tests/data/<case>.{txt,md}` beside `<case>.json`, and the
//! committed `output/knowledge.json`.
//!
//! `UPDATE_GOLDEN=1 cargo test` rewrites the `.json` files; without it a
//! difference fails the test with a diff of the first differing lines.

use crate::util::{defmine, root};

fn first_difference(want: &str, got: &str) -> String {
    for (i, (a, b)) in want.lines().zip(got.lines()).enumerate() {
        if a != b {
            return format!("line {}:\n  expected: {a}\n  got:      {b}", i + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {}",
        want.lines().count(),
        got.lines().count()
    )
}

#[test]
fn golden_cases() {
    let dir = root().join("tests").join("data");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for case in cases {
        let golden = case.with_extension("json");
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("k.json");
        defmine()
            .arg("run")
            .arg(&case)
            .arg("-o")
            .arg(&out)
            .arg("--quiet")
            .assert()
            .success();
        crate::util::read_knowledge(&out);
        let got = std::fs::read_to_string(&out).unwrap();
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "{}: {}",
                golden.display(),
                first_difference(&want, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden files differ (UPDATE_GOLDEN=1 cargo test rewrites them):\n{}",
        failures.join("\n")
    );
}

/// The committed dataset follows the schema.
#[test]
fn committed_output_follows_the_schema() {
    crate::util::read_knowledge(&root().join("output").join("knowledge.json"));
}

/// The committed dataset is what the current code produces.
#[test]
fn committed_output_is_fresh() {
    let r = root();
    defmine()
        .current_dir(&r)
        .args(["run", "--check"])
        .assert()
        .code(0);
}

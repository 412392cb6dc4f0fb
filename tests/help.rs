//! `--help` of every subcommand, against golden files in `tests/help/`
//! (`UPDATE_EXPECT=1 cargo test` rewrites them), and the messages of a
//! mistyped command line.

use crate::util::defmine;
use predicates::prelude::*;

fn help_of(args: &[&str]) -> String {
    let out = defmine().args(args).arg("--help").assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn every_help_matches_its_golden_file_and_has_examples_and_exit_codes() {
    for (name, args) in [
        ("defmine", &[][..]),
        ("run", &["run"][..]),
        ("split", &["split"][..]),
        ("extract", &["extract"][..]),
        ("consolidate", &["consolidate"][..]),
        ("explain", &["explain"][..]),
    ] {
        let help = help_of(args);
        assert!(help.contains("Examples"), "{name}: no examples");
        assert!(help.contains("Exit codes"), "{name}: no exit codes");
        expect_test::expect_file![format!("help/{name}.txt")].assert_eq(&help);
    }
}

#[test]
fn a_mistyped_subcommand_is_an_error_with_a_tip() {
    let tmp = tempfile::tempdir().unwrap();
    defmine()
        .current_dir(tmp.path())
        .arg("runn")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unrecognized subcommand 'runn'")
                .and(predicate::str::contains("'run'")),
        );
    // A file of that name is an input, as always.
    std::fs::write(tmp.path().join("runn"), "A cell is the unit of life.").unwrap();
    defmine()
        .current_dir(tmp.path())
        .args(["runn", "-q", "-o", "k.json"])
        .assert()
        .success();
}

#[test]
fn a_subcommand_after_options_says_where_it_goes() {
    defmine()
        .args(["-q", "run"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("must come before"));
}

/// The README's library example is `examples/library.rs` (built by `cargo
/// test`), and the README's copy runs as a doc test: they must not drift.
#[test]
fn readme_library_example_is_the_examples_file() {
    let root = crate::util::root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let example = std::fs::read_to_string(root.join("examples/library.rs")).unwrap();
    let body: String = example
        .lines()
        .skip_while(|l| l.starts_with("//!") || l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&format!("```rust\n{body}```")),
        "README's ```rust block differs from examples/library.rs"
    );
}

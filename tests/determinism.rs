//! The output is a function of the input only: not of the thread count, nor
//! of the order the paths are listed in.

use crate::util::{defmine, root};
use std::path::PathBuf;

fn run(paths: &[PathBuf], threads: &str) -> Vec<u8> {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .args(paths)
        .args(["-j", threads, "--quiet", "-o"])
        .arg(&out)
        .assert()
        .success();
    crate::util::read_knowledge(&out);
    std::fs::read(&out).unwrap()
}

fn inputs() -> Vec<PathBuf> {
    let r = root();
    vec![
        r.join("input"),
        r.join("tests").join("data").join("glossary.txt"),
        r.join("tests").join("data").join("notes.md"),
    ]
}

#[test]
fn same_bytes_for_one_and_four_threads() {
    let p = inputs();
    assert_eq!(run(&p, "1"), run(&p, "4"));
}

#[test]
fn same_bytes_whatever_the_listing_order() {
    let mut p = inputs();
    let a = run(&p, "2");
    p.reverse();
    let b = run(&p, "2");
    p.rotate_left(1);
    let c = run(&p, "3");
    assert_eq!(a, b);
    assert_eq!(a, c);
}

/// A directory copied under shuffled file creation order gives the same bytes.
#[test]
fn same_bytes_whatever_the_creation_order() {
    let src = root().join("tests").join("data");
    let make = |order: &[&str]| {
        let tmp = tempfile::tempdir().unwrap();
        for name in order {
            std::fs::copy(src.join(name), tmp.path().join(name)).unwrap();
        }
        let bytes = run(&[tmp.path().to_path_buf()], "2");
        (tmp, bytes)
    };
    let (_a, x) = make(&["glossary.txt", "notes.md"]);
    let (_b, y) = make(&["notes.md", "glossary.txt"]);
    assert_eq!(x, y);
}

/// Sharded extraction then consolidation gives the same bytes as one run.
#[test]
fn shards_consolidate_to_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let p = inputs();
    let mut parts = Vec::new();
    for (i, path) in p.iter().enumerate() {
        let part = tmp.path().join(format!("part{i}.jsonl"));
        defmine()
            .arg("extract")
            .arg(path)
            .arg("-o")
            .arg(&part)
            .arg("--quiet")
            .assert()
            .success();
        parts.push(part);
    }
    parts.reverse();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("consolidate")
        .args(&parts)
        .arg("-o")
        .arg(&out)
        .arg("--quiet")
        .assert()
        .success();
    assert_eq!(std::fs::read(&out).unwrap(), run(&p, "2"));
}

/// The README's GNU parallel example runs and gives the single-run bytes.
#[test]
fn gnu_parallel_example_runs() {
    let have = std::process::Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        eprintln!("GNU parallel not installed: example not run");
        return;
    }
    let o = std::process::Command::new("bash")
        .arg(root().join("scripts/shard-example.sh"))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("identical bytes"));
}

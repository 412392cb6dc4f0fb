//! Ratchet on the DEFT dev set: run the binary on `deft-dev-docs`, score it
//! with `../shared/tools/score_defs.py`, and fail when a figure falls below
//! its committed floor (measured value minus 0.005).
//!
//! Skips with a note when `../shared` or `python3` is missing: the data is
//! read at run time and never copied into the repository.

use crate::util;
use std::process::Command;

/// Committed floors: (SUMMARY key, minimum).
const FLOORS: &[(&str, f64)] = &[
    ("P", 0.830),
    ("F1", 0.595),
    ("term_exact", 0.851),
    ("def_tokF1", 0.906),
];

/// The `key=value` pairs of the scorer's SUMMARY line.
fn summary(out: &str) -> Option<Vec<(String, String)>> {
    let line = out.lines().rev().find(|l| l.starts_with("SUMMARY"))?;
    Some(
        line.split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

#[test]
fn deft_dev_ratchet() {
    let Some(shared) = util::shared() else {
        eprintln!("note: ../shared not found; DEFT ratchet skipped");
        return;
    };
    let docs = shared.join("data/defs/deft-dev-docs");
    let gold = shared.join("data/defs/deft-dev-docs.gold.jsonl");
    let scorer = shared.join("tools/score_defs.py");
    if !docs.is_dir() || !gold.is_file() || !scorer.is_file() {
        eprintln!("note: DEFT dev data or scorer missing; DEFT ratchet skipped");
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; DEFT ratchet skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("deft-dev.json");
    util::defmine()
        .arg("run")
        .arg(&docs)
        .arg("-o")
        .arg(&out)
        .arg("--quiet")
        .assert()
        .success();
    let scored = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(&out)
        .output()
        .expect("run score_defs.py");
    let text = String::from_utf8_lossy(&scored.stdout);
    let pairs = summary(&text).unwrap_or_else(|| panic!("no SUMMARY line in:\n{text}"));
    eprintln!("{}", text.lines().last().unwrap_or(""));
    let mut failures = Vec::new();
    for (key, floor) in FLOORS {
        let got = pairs
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("SUMMARY has no numeric {key}: {text}"));
        if got < *floor {
            failures.push(format!("{key} = {got:.3} < floor {floor:.3}"));
        }
    }
    assert!(
        failures.is_empty(),
        "DEFT dev fell below its floors:\n{}",
        failures.join("\n")
    );
}

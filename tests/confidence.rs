//! Confidences: on every definition, attribution and alias mention of
//! `extract`, on the claims of the knowledge file, and the threshold of
//! `run --min-confidence`.

use crate::util::{defmine, read_knowledge};
use serde_json::Value;
use std::fs;

/// Two plain definitions, and prose whose claims are weak: a list, a
/// value read as a term, a dictionary sense line, an "X, or Y"
/// alternative (the precision guards reject some of them outright).
const MIX: &str = "A sluice is a channel that carries water away from a dam. \
A weir is a low barrier across a river that raises its level.\n\n\
We packed a stove, a tent, two lamps and a rope, and we left at dawn. \
The default value 0 denotes disabled. \
Relating to, or made of, copper. \
The act of folding, or state of being folded.\n";

fn definitions(k: &Value) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for t in k["terms"].as_array().unwrap() {
        for d in t["definitions"].as_array().unwrap() {
            let c = d["confidence"]
                .as_f64()
                .expect("a definition has a confidence");
            assert!((0.0..=1.0).contains(&c));
            out.push((t["term"].as_str().unwrap().to_string(), c));
        }
    }
    out
}

fn run(dir: &std::path::Path, extra: &[&str]) -> Value {
    let out = dir.join(format!("k{}.json", extra.len()));
    defmine()
        .arg("run")
        .arg(dir.join("in"))
        .arg("-o")
        .arg(&out)
        .args(extra)
        .arg("-q")
        .assert()
        .success();
    read_knowledge(&out)
}

#[test]
fn zero_keeps_every_claim_and_the_default_keeps_fewer() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir(tmp.path().join("in")).unwrap();
    fs::write(tmp.path().join("in/mix.txt"), MIX).unwrap();
    let all = run(tmp.path(), &["--min-confidence", "0"]);
    let kept = run(tmp.path(), &[]);
    assert_eq!(all["min_confidence"].as_f64(), Some(0.0));
    let min = kept["min_confidence"].as_f64().unwrap();
    assert!(min > 0.0);
    let (all, kept) = (definitions(&all), definitions(&kept));
    assert!(kept.len() < all.len(), "{kept:?} vs {all:?}");
    assert!(kept.iter().all(|(_, c)| *c >= min), "{kept:?}");
    // The dropped claims are exactly those below the threshold.
    let below = all.iter().filter(|(_, c)| *c < min).count();
    assert_eq!(kept.len() + below, all.len());
    for term in ["sluice", "weir"] {
        assert!(kept.iter().any(|(t, _)| t == term), "{term} kept: {kept:?}");
    }
}

#[test]
fn extract_gives_each_claim_a_confidence_and_no_date_one() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("mix.txt");
    fs::write(&p, format!("{MIX}The dam was finished in May 1931.\n")).unwrap();
    let out = defmine().args(["extract", "-q"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    let mut kinds = std::collections::BTreeSet::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let m: Value = serde_json::from_str(line).unwrap();
        let Some(kind) = m["kind"].as_str() else {
            continue;
        };
        kinds.insert(kind.to_string());
        let c = m.get("confidence").and_then(Value::as_f64);
        if kind == "date" {
            assert_eq!(c, None, "{m}");
        } else {
            assert!(c.is_some_and(|c| (0.0..=1.0).contains(&c)), "{m}");
        }
    }
    assert!(
        kinds.contains("definition") && kinds.contains("date"),
        "{kinds:?}"
    );
}

#[test]
fn a_threshold_outside_zero_to_one_is_refused() {
    for bad in ["1.5", "-0.1", "high"] {
        defmine()
            .args(["run", "--min-confidence", bad, "-o", "/dev/null"])
            .assert()
            .code(2);
    }
}

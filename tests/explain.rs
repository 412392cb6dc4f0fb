//! `defmine explain`: the rules' steps on a sentence, as text and as jsonl.

use crate::util::defmine;
use predicates::prelude::*;

/// One sentence a rule accepts, one a guard rejects (a question).
const TEXT: &str = "A moat is a deep trench that circles a castle. \
                    A fjord is a long inlet of the sea, is it not?";

#[test]
fn explain_text_shows_the_rule_that_fires_and_the_guard_that_rejects() {
    defmine().args(["explain", TEXT]).assert().success().stdout(
        predicate::str::contains("def/copular: triggers fired, regex matched")
            .and(predicate::str::contains("subj 0..6 \"A moat\""))
            .and(predicate::str::contains("=> accepted"))
            .and(predicate::str::contains(
                "definition \"moat\" := \"a deep trench that circles a castle\"",
            ))
            .and(predicate::str::contains("=> rejected by guard/question")),
    );
}

#[test]
fn explain_jsonl_has_one_object_per_sentence_with_groups_checks_and_claims() {
    let out = defmine()
        .args(["explain", "--format", "jsonl", TEXT])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let rule = |v: &serde_json::Value, id: &str| {
        v["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["rule"] == id)
            .cloned()
            .unwrap()
    };
    let first = rule(&lines[0], "def/copular");
    assert_eq!(first["matched"], true);
    let m = &first["matches"][0];
    assert_eq!(m["accepted"], true);
    assert_eq!(m["groups"]["subj"]["start"], 0);
    assert_eq!(m["groups"]["subj"]["end"], 6);
    assert_eq!(m["groups"]["subj"]["text"], "A moat");
    assert_eq!(lines[0]["claims"][0]["term"], "moat");
    let second = rule(&lines[1], "def/copular");
    assert_eq!(second["matches"][0]["rejected_by"], "guard/question");
    assert_eq!(lines[1]["claims"].as_array().unwrap().len(), 0);
    assert_eq!(lines[1]["start"], 47);
}

#[test]
fn explain_reads_a_file_and_help_has_an_example() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("one.txt");
    std::fs::write(&f, "A moat is a deep trench that circles a castle.").unwrap();
    defmine()
        .args(["explain", f.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("one.txt sentence 1"));
    defmine()
        .args(["explain", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("defmine explain \""));
}

#[test]
fn explain_reads_a_jsonl_file_record_by_record() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("docs.jsonl");
    std::fs::write(
        &f,
        "{\"id\": \"moat\", \"text\": \"A moat is a deep trench that circles a castle.\"}\n\
         {\"text\": \"Nothing is defined here.\"}\n",
    )
    .unwrap();
    // Each record is a document of its own (its id, else FILE#LINE), and
    // the JSON syntax is not read as text.
    defmine()
        .args(["explain", f.to_str().unwrap()])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("moat sentence 1 (bytes 0..46)")
                .and(predicate::str::contains("docs.jsonl#2 sentence 1"))
                .and(predicate::str::contains(
                    "definition \"moat\" := \"a deep trench that circles a castle\"",
                ))
                .and(predicate::str::contains("\"id\"").not()),
        );
}

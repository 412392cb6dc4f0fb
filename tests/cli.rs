//! The binary's behaviour: exit codes, messages, bad input, `--check`.

use crate::util::defmine;
use predicates::prelude::*;
use std::fs;

#[test]
fn missing_path_exits_2_and_names_it() {
    defmine()
        .args(["run", "no/such/dir", "-o", "/dev/null"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn bad_flag_exits_2() {
    defmine().arg("--no-such-flag").assert().code(2);
}

#[test]
fn help_lists_exit_codes_and_subcommands() {
    defmine().arg("--help").assert().success().stdout(
        predicate::str::contains("Exit codes").and(predicate::str::contains("consolidate")),
    );
}

#[test]
fn bad_files_warn_and_the_rest_is_processed() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(
        d.join("good.txt"),
        "Osmosis is the movement of water across a membrane.",
    )
    .unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(d.join("binary.txt"), b"abc\0def").unwrap();
    fs::write(
        d.join("latin1.txt"),
        b"Caf\xe9 is a small restaurant that serves coffee.",
    )
    .unwrap();
    fs::create_dir(d.join("dir.txt")).unwrap();
    let out = d.join("k.json");
    defmine()
        .arg("run")
        .arg(d)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("empty.txt: empty")
                .and(predicate::str::contains("binary.txt: binary"))
                .and(predicate::str::contains(
                    "latin1.txt: invalid UTF-8 at byte 3",
                )),
        );
    let k: serde_json::Value = crate::util::read_knowledge(&out);
    let ids = crate::util::doc_ids(&k);
    assert_eq!(ids, vec!["good.txt", "latin1.txt"]);
}

#[test]
fn invalid_utf8_keeps_offsets_of_the_original_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let bytes: &[u8] = b"Caf\xe9 au lait. Osmosis is the movement of water across a membrane.";
    let f = tmp.path().join("x.txt");
    fs::write(&f, bytes).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&f)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    let k: serde_json::Value = crate::util::read_knowledge(&out);
    let ev = &k["terms"][0]["definitions"][0]["evidence"][0];
    let (s, e) = crate::util::span(ev);
    assert_eq!(
        &bytes[s..e],
        b"Osmosis is the movement of water across a membrane."
    );
}

#[test]
fn output_in_missing_dir_exits_2_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    fs::write(&f, "A cell is the unit of life.").unwrap();
    let out = tmp.path().join("missing").join("k.json");
    defmine()
        .arg("run")
        .arg(&f)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
    assert!(!tmp.path().join("missing").exists());
}

#[test]
fn check_tells_fresh_stale_missing_and_corrupt() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    fs::write(
        &f,
        "A cell is the unit of life. Osmosis is the movement of water.",
    )
    .unwrap();
    let out = tmp.path().join("k.json");
    let check = || {
        let mut c = defmine();
        c.arg("run").arg(&f).arg("-o").arg(&out).arg("--check");
        c
    };
    check()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing"));
    defmine()
        .arg("run")
        .arg(&f)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    check()
        .assert()
        .code(0)
        .stderr(predicate::str::contains("up to date"));
    fs::write(
        &f,
        "A cell is the unit of life. A tissue is a group of cells.",
    )
    .unwrap();
    check()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("stale").and(predicate::str::contains("term")));
    fs::write(&out, "{ not json").unwrap();
    check()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a valid knowledge file"));
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "{ not json",
        "--check never writes"
    );
}

#[test]
fn quiet_prints_nothing_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("a.txt");
    fs::write(&f, "A cell is the unit of life.").unwrap();
    fs::write(tmp.path().join("e.txt"), "").unwrap();
    defmine()
        .arg("run")
        .arg(tmp.path())
        .arg("-o")
        .arg(tmp.path().join("k.json"))
        .arg("-q")
        .assert()
        .success()
        .stderr("");
}

#[test]
fn split_reads_stdin_and_prints_one_sentence_per_line() {
    defmine()
        .arg("split")
        .write_stdin("Hello there. How are you?\n\nFine.")
        .assert()
        .success()
        .stdout("Hello there.\nHow are you?\nFine.\n");
}

#[test]
fn split_jsonl_gives_byte_offsets() {
    let out = defmine()
        .args(["split", "--format", "jsonl"])
        .write_stdin("Été est là. Oui.")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["start"], 0);
    assert_eq!(first["end"], "Été est là.".len());
}

#[test]
fn extract_names_the_pattern_on_every_mention() {
    let out = defmine()
        .args(["extract", "-"])
        .write_stdin("Osmosis is the movement of water across a membrane.")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let mentions: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v.get("kind").is_some())
        .collect();
    assert!(!mentions.is_empty());
    assert!(
        mentions
            .iter()
            .all(|m| m["pattern"].as_str().is_some_and(|p| p.contains('/')))
    );
}

#[test]
fn consolidate_rejects_a_bad_mentions_file() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("bad.jsonl");
    fs::write(&p, "{\"document\": 5}\n").unwrap();
    defmine()
        .arg("consolidate")
        .arg(&p)
        .arg("-o")
        .arg(tmp.path().join("k.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.jsonl:1"));
}

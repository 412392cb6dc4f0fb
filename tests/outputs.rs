//! Where outputs go: file modes, missing folders, `-`, `/dev/stdout`,
//! links, FIFOs, outputs that are also inputs, thread counts, the flat
//! formats and the evidence cap.

use crate::util::{defmine, read_knowledge, span};
use predicates::prelude::*;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const GOOD: &str = "Osmosis is the movement of water across a membrane.\n\n\
    The term osmosis was coined by Henri Dutrochet in 1827.\n";

fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// `defmine ARGS` run by `sh` with `umask` set first.
fn with_umask(umask: &str, args: &[&std::ffi::OsStr]) -> assert_cmd::assert::Assert {
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    let mut c = assert_cmd::Command::new("sh");
    c.arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args);
    c.assert()
}

#[test]
fn a_new_output_gets_0666_less_the_umask_like_a_shell_redirect() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    for (umask, want) in [("022", 0o644), ("027", 0o640), ("002", 0o664)] {
        let out = tmp.path().join(format!("k{umask}.json"));
        with_umask(
            umask,
            &[
                "run".as_ref(),
                input.as_os_str(),
                "-q".as_ref(),
                "-o".as_ref(),
                out.as_os_str(),
            ],
        )
        .success();
        assert_eq!(mode(&out), want, "umask {umask}");
    }
}

#[test]
fn an_existing_output_keeps_its_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let out = tmp.path().join("k.json");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o604)).unwrap();
    with_umask(
        "077",
        &[
            "run".as_ref(),
            input.as_os_str(),
            "-q".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
    )
    .success();
    assert_eq!(mode(&out), 0o604);
    assert!(fs::read_to_string(&out).unwrap().contains("osmosis"));
}

#[test]
fn the_default_output_folder_is_created_when_missing() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir(tmp.path().join("input")).unwrap();
    fs::write(tmp.path().join("input/a.txt"), GOOD).unwrap();
    defmine()
        .current_dir(tmp.path())
        .arg("-q")
        .assert()
        .success();
    let k = read_knowledge(&tmp.path().join("output/knowledge.json"));
    assert_eq!(k["terms"][0]["term"], "osmosis");
}

#[test]
fn a_missing_output_folder_fails_before_mining_and_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let out = tmp.path().join("nope").join("k.json");
    defmine()
        .arg("run")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(out.to_str().unwrap())
                .and(predicate::str::contains("mkdir -p"))
                .and(predicate::str::contains(".defmine-").not())
                // Refused before mining: no summary of a run.
                .and(predicate::str::contains("document(s)").not()),
        );
    assert!(!tmp.path().join("nope").exists());
}

#[test]
fn dash_writes_to_stdout_and_makes_no_file_named_dash() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), GOOD).unwrap();
    let out = defmine()
        .current_dir(tmp.path())
        .args(["run", "a.txt", "-q", "-o", "-"])
        .assert()
        .success();
    let k: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(k["terms"][0]["term"], "osmosis");
    assert!(!tmp.path().join("-").exists());
}

#[test]
fn dev_stdout_appended_to_a_log_keeps_the_log() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), GOOD).unwrap();
    fs::write(tmp.path().join("app.log"), "earlier line\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    assert_cmd::Command::new("sh")
        .current_dir(tmp.path())
        .arg("-c")
        .arg("\"$0\" run a.txt -q -o /dev/stdout >> app.log")
        .arg(bin)
        .assert()
        .success();
    let log = fs::read_to_string(tmp.path().join("app.log")).unwrap();
    assert!(log.starts_with("earlier line\n{"), "{log}");
    assert!(log.contains("osmosis"));
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 2, "no temp file");
}

#[test]
fn a_dangling_symlink_output_is_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let link = tmp.path().join("k.json");
    std::os::unix::fs::symlink(tmp.path().join("gone.json"), &link).unwrap();
    defmine()
        .arg("run")
        .arg(&input)
        .arg("-o")
        .arg(&link)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("symbolic link").and(predicate::str::contains("gone.json")),
        );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!tmp.path().join("gone.json").exists());
}

#[test]
fn check_against_a_fifo_is_refused_without_hanging() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let fifo = tmp.path().join("k.fifo");
    if !crate::util::mkfifo(&fifo) {
        return;
    }
    defmine()
        .arg("run")
        .arg(&input)
        .arg("--check")
        .arg("-o")
        .arg(&fifo)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("FIFO"));
}

#[test]
fn an_output_that_is_an_input_is_refused_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    // The same file by another path: a link.
    let alias = tmp.path().join("alias.txt");
    fs::hard_link(&input, &alias).unwrap();
    for out in [&input, &alias] {
        defmine()
            .arg("run")
            .arg(&input)
            .arg("-o")
            .arg(out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("also an input"));
    }
    assert_eq!(fs::read_to_string(&input).unwrap(), GOOD);
}

#[test]
fn an_output_the_walk_would_read_back_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir_all(dir.join("sub")).unwrap();
    fs::write(dir.join("a.txt"), GOOD).unwrap();
    for name in ["k.jsonl", "sub/k.md", "k.txt.gz"] {
        defmine()
            .arg("run")
            .arg(&dir)
            .args(["--format", "jsonl", "-o"])
            .arg(dir.join(name))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("read as an input"));
        assert!(!dir.join(name).exists());
    }
    // A name the walk skips is fine.
    defmine()
        .arg("run")
        .arg(&dir)
        .args(["-q", "-o"])
        .arg(dir.join("k.json"))
        .assert()
        .success();
}

#[test]
fn a_huge_thread_count_is_clamped_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    defmine()
        .args(["run", "-j", "3000", "-o"])
        .arg(tmp.path().join("k.json"))
        .arg(&input)
        .assert()
        .success()
        .stderr(predicate::str::contains("-j 3000").and(predicate::str::contains("using")));
}

/// A document where one date is cited in `n` sentences.
fn many_dates(n: usize) -> String {
    (0..n)
        .map(|i| format!("Report {i} was filed on 12 March 1913.\n\n"))
        .collect()
}

#[test]
fn evidence_lists_are_capped_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    let text = many_dates(25);
    fs::write(&input, &text).unwrap();
    let date = |args: &[&str]| {
        let out = tmp.path().join("k.json");
        defmine()
            .arg("run")
            .arg(&input)
            .args(["-q", "-o"])
            .arg(&out)
            .args(args)
            .assert()
            .success();
        let k = read_knowledge(&out);
        k["dates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["value"] == "1913-03-12")
            .unwrap()
            .clone()
    };
    let d = date(&[]);
    assert_eq!(d["evidence_count"], 25);
    let ev = d["evidence"].as_array().unwrap();
    assert_eq!(ev.len(), 10);
    // The first ten in document order.
    let starts: Vec<usize> = ev.iter().map(|e| span(e).0).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(starts[0], 0);
    assert_eq!(
        date(&["--max-evidence", "3"])["evidence"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        date(&["--all-evidence"])["evidence"]
            .as_array()
            .unwrap()
            .len(),
        25
    );
}

#[test]
fn evidence_text_is_the_sentence_the_offsets_slice() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    let text = format!("Ünïcode first. {GOOD}");
    fs::write(&input, &text).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&input)
        .args(["-q", "--evidence-text", "-o"])
        .arg(&out)
        .assert()
        .success();
    let k = read_knowledge(&out);
    let mut seen = 0;
    for ev in k["terms"][0]["definitions"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .chain(k["dates"][0]["evidence"].as_array().unwrap())
    {
        let (s, e) = span(ev);
        assert_eq!(ev["text"].as_str().unwrap(), &text[s..e]);
        seen += 1;
    }
    assert!(seen >= 2);
    // Without the flag, no text.
    defmine()
        .arg("run")
        .arg(&input)
        .args(["-q", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        !fs::read_to_string(&out)
            .unwrap()
            .contains("\"text\": \"Osmosis is")
    );
}

#[test]
fn jsonl_format_gives_one_claim_per_line_with_sentences() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let out = defmine()
        .arg("run")
        .arg(&input)
        .args(["-q", "--format", "jsonl", "-o", "-"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let claims: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: std::collections::BTreeSet<&str> =
        claims.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert!(
        kinds.contains("definition") && kinds.contains("attribution") && kinds.contains("date")
    );
    let def = claims.iter().find(|c| c["kind"] == "definition").unwrap();
    assert_eq!(def["term"], "osmosis");
    assert_eq!(def["documents"], serde_json::json!(["a.txt"]));
    assert_eq!(
        def["evidence"][0]["text"],
        "Osmosis is the movement of water across a membrane."
    );
    let att = claims.iter().find(|c| c["kind"] == "attribution").unwrap();
    assert_eq!(att["relation"], "coined");
    assert_eq!(att["term"], "osmosis");
}

#[test]
fn tsv_format_has_a_header_and_one_line_per_claim() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir(tmp.path().join("input")).unwrap();
    // A sentence with a tab and a backslash inside.
    fs::write(
        tmp.path().join("input/a.txt"),
        "Osmosis is the movement of water across a membrane (see\ttable 2\\b).\n",
    )
    .unwrap();
    defmine()
        .current_dir(tmp.path())
        .args(["--format", "tsv", "-q"])
        .assert()
        .success();
    let tsv = fs::read_to_string(tmp.path().join("output/knowledge.tsv")).unwrap();
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][0], "kind");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let def = rows.iter().find(|r| r[0] == "definition").unwrap();
    assert_eq!(def[1], "osmosis");
    assert_eq!(
        *def.last().unwrap(),
        "Osmosis is the movement of water across a membrane (see\\ttable 2\\\\b)."
    );
}

#[test]
fn consolidate_writes_flat_formats_too() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, GOOD).unwrap();
    let part = tmp.path().join("p.jsonl");
    defmine()
        .arg("extract")
        .arg(&input)
        .arg("-o")
        .arg(&part)
        .assert()
        .success();
    let out = defmine()
        .arg("consolidate")
        .arg(&part)
        .args(["--format", "jsonl", "-o", "-"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.lines().any(|l| l.contains("\"kind\":\"definition\"")));
}

#[test]
fn tsv_fields_escape_tabs_newlines_and_backslashes() {
    use defmine::output::tsv_escape;
    assert_eq!(tsv_escape("plain"), "plain");
    assert_eq!(tsv_escape("a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
}

/// On a terminal (`script` gives one), the bar shows the ETA and the file
/// being read, a line for consolidation, and warnings printed as they come.
#[test]
fn progress_on_a_terminal_shows_eta_file_steps_and_warnings() {
    let have_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_script {
        eprintln!("script unavailable: skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("big.txt"), GOOD.repeat(20_000)).unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    let cmd = format!(
        "'{}' run '{}' -o '{}'",
        bin.display(),
        dir.display(),
        tmp.path().join("k.json").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env("TERM", "xterm")
        .output()
        .unwrap();
    assert!(out.status.success());
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("ETA"), "{screen}");
    assert!(screen.contains("big.txt"), "{screen}");
    assert!(screen.contains("consolidating"), "{screen}");
    assert!(screen.contains("writing"), "{screen}");
    assert!(screen.contains("empty.txt: empty file"), "{screen}");
}

/// `-o >(cmd)`: bash passes `/dev/fd/N`, a link to a pipe with no path;
/// it is written in place, not refused as a dangling link.
#[test]
fn a_process_substitution_output_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), GOOD).unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    assert_cmd::Command::new("bash")
        .current_dir(tmp.path())
        .arg("-c")
        .arg("\"$0\" run a.txt -q -o >(cat > got.json); wait $!")
        .arg(bin)
        .assert()
        .success();
    let got = tmp.path().join("got.json");
    // The reader may finish just after the shell.
    for _ in 0..100 {
        if fs::read_to_string(&got).is_ok_and(|t| t.ends_with("}\n")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let k: serde_json::Value = serde_json::from_str(&fs::read_to_string(&got).unwrap()).unwrap();
    assert_eq!(k["terms"][0]["term"], "osmosis");
}

#[test]
fn stdout_closed_early_is_a_quiet_success() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), GOOD.repeat(2000)).unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    assert_cmd::Command::new("bash")
        .current_dir(tmp.path())
        .arg("-c")
        .arg("set -o pipefail; \"$0\" run a.txt -q --all-evidence -o - | head -c 10 >/dev/null")
        .arg(bin)
        .assert()
        .success()
        .stderr("");
}

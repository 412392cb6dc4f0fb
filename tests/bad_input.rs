//! The bad-input matrix: whatever arrives, defmine finishes with a clear
//! message, keeps every good document and never leaves a broken output.

use crate::util::defmine;
use predicates::prelude::*;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

const GOOD: &str = "Osmosis is the movement of water across a membrane.";

fn ids(out: &Path) -> Vec<String> {
    let k: serde_json::Value = crate::util::read_knowledge(out);
    crate::util::doc_ids(&k)
}

#[test]
fn special_files_and_links_warn_and_are_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("good.txt"), GOOD).unwrap();
    let fifo = d.join("pipe.txt");
    let have_fifo = crate::util::mkfifo(&fifo);
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).unwrap();
    fs::create_dir(d.join("loop")).unwrap();
    std::os::unix::fs::symlink(&d, d.join("loop").join("back")).unwrap();
    fs::create_dir(d.join("folder.txt")).unwrap();
    let out = tmp.path().join("k.json");
    // Links are not followed by default: one note for the dangling `.txt`
    // link and the link to a folder.
    let mut expect = predicate::str::contains("2 symbolic link(s) not followed").boxed();
    if have_fifo {
        expect = expect
            .and(predicate::str::contains("pipe.txt: not a regular file"))
            .boxed();
    }
    defmine()
        .arg("run")
        .arg(&d)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .stderr(expect);
    assert_eq!(ids(&out), vec!["good.txt"]);
    // With -L: the dangling link and the loop are said, and the walk ends.
    defmine()
        .arg("run")
        .arg("-L")
        .arg(&d)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .stderr(predicate::str::contains("dangling.txt").and(predicate::str::contains("loop")));
    assert_eq!(ids(&out), vec!["good.txt"]);
}

#[test]
fn a_fifo_named_on_the_command_line_does_not_block() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe.txt");
    if !crate::util::mkfifo(&fifo) {
        return;
    }
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&fifo)
        .arg(&good)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .stderr(predicate::str::contains("not a regular file"));
    assert_eq!(ids(&out), vec!["good.txt"]);
}

#[test]
fn crlf_cr_bom_and_utf16_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(
        d.join("crlf.txt"),
        "Title line\r\n\r\nOsmosis is the movement of water across a membrane.\r\nA cell is the basic structural unit of all living things.\r\n",
    )
    .unwrap();
    fs::write(
        d.join("cr.txt"),
        "Title line\r\rA tissue is a group of similar cells that work together.\r",
    )
    .unwrap();
    fs::write(
        d.join("bom.txt"),
        b"\xEF\xBB\xBFA gene is a sequence of DNA that codes for a protein.",
    )
    .unwrap();
    let mut u16 = vec![0xFF, 0xFE];
    for u in "An organ is a group of tissues that performs a function.".encode_utf16() {
        u16.extend_from_slice(&u.to_le_bytes());
    }
    fs::write(d.join("utf16.txt"), u16).unwrap();
    let out = d.join("k.json");
    defmine()
        .arg("run")
        .arg(d)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("utf16.txt: UTF-16"));
    assert_eq!(
        ids(&out),
        vec!["bom.txt", "cr.txt", "crlf.txt", "utf16.txt"]
    );
    let k: serde_json::Value = crate::util::read_knowledge(&out);
    let terms: Vec<&str> = k["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    for t in ["gene", "organ", "osmosis", "tissue"] {
        assert!(
            terms.iter().any(|x| x.ends_with(t)),
            "{t} missing from {terms:?}"
        );
    }
    // The BOM is kept as spaces: offsets still index the file's bytes.
    let bom = fs::read(d.join("bom.txt")).unwrap();
    let gene = k["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"].as_str().unwrap().ends_with("gene"))
        .unwrap();
    let ev = &gene["definitions"][0]["evidence"][0];
    let (s, e) = crate::util::span(ev);
    assert_eq!(
        &bom[s..e],
        b"A gene is a sequence of DNA that codes for a protein."
    );
}

#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(tmp.path().join(name), GOOD).unwrap();
    let out = tempfile::tempdir().unwrap();
    let k = out.path().join("k.json");
    defmine()
        .arg("run")
        .arg(tmp.path())
        .arg("-o")
        .arg(&k)
        .arg("-q")
        .assert()
        .success();
    assert_eq!(ids(&k), vec!["caf\u{FFFD}.txt"]);
}

#[test]
fn a_huge_line_without_punctuation_is_capped_and_said() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("huge.txt");
    let word = "lorem ipsum dolor sit amet ";
    let mut text = String::with_capacity(100 << 20);
    while text.len() < 100 << 20 {
        text.push_str(word);
    }
    fs::write(&p, &text).unwrap();
    drop(text);
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success()
        .stderr(predicate::str::contains("exceeds the length cap"));
    assert_eq!(ids(&out), vec!["huge.txt"]);
}

#[test]
fn output_under_a_file_exits_2_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let blocker = tmp.path().join("blocker");
    fs::write(&blocker, "not a folder").unwrap();
    defmine()
        .arg("run")
        .arg(&good)
        .arg("-o")
        .arg(blocker.join("k.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write").and(predicate::str::contains("blocker")));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "not a folder");
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 2);
}

/// `-o` naming a FIFO (as `/dev/stdout` on a pipe, or `/dev/null`, would):
/// the knowledge is written into it, and it stays a FIFO. Renaming a temp
/// file over it would replace the special file itself.
#[test]
fn output_to_a_fifo_writes_into_it_and_keeps_it() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let fifo = tmp.path().join("out.fifo");
    if !crate::util::mkfifo(&fifo) {
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    defmine()
        .arg("run")
        .arg(&good)
        .arg("-q")
        .arg("-o")
        .arg(&fifo)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success();
    // Checked before joining: had the FIFO been replaced, the reader would
    // wait on it for ever.
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    let text = reader.join().unwrap();
    let k: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(k["terms"][0]["term"], "osmosis");
    assert_eq!(
        fs::read_dir(tmp.path()).unwrap().count(),
        2,
        "no temp file left"
    );
}

/// `-o` naming a symbolic link replaces the file it points at; the link stays.
#[test]
fn output_through_a_symlink_replaces_its_target() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let real = tmp.path().join("real.json");
    fs::write(&real, "old").unwrap();
    let link = tmp.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    defmine()
        .arg("run")
        .arg(&good)
        .arg("-q")
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).unwrap().contains("osmosis"));
}

/// A write that fails half-way (the file-size limit is hit: EFBIG) keeps the
/// old output and leaves no temporary file.
#[test]
fn a_write_failing_half_way_keeps_the_old_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    for i in 0..200 {
        fs::write(
            input.join(format!("{i}.txt")),
            format!("Item {i} is a small test document. {GOOD}"),
        )
        .unwrap();
    }
    let outdir = tmp.path().join("out");
    fs::create_dir(&outdir).unwrap();
    let out = outdir.join("k.json");
    fs::write(&out, "old").unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("defmine");
    // Ignore SIGXFSZ so the write returns EFBIG; limit files to 8 KiB.
    let script = format!(
        "trap '' XFSZ; ulimit -f 8; exec '{}' run '{}' -o '{}'",
        bin.display(),
        input.display(),
        out.display()
    );
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot write"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "old");
    assert_eq!(
        fs::read_dir(&outdir).unwrap().count(),
        1,
        "a temporary file was left"
    );
}

/// SIGTERM or SIGINT during a run: the old output stays, no temporary file.
#[test]
fn a_signal_during_a_run_keeps_the_old_output() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("big.txt");
    let mut text = String::new();
    while text.len() < 60 << 20 {
        text.push_str(GOOD);
        text.push(' ');
    }
    fs::write(&p, &text).unwrap();
    let outdir = tmp.path().join("out");
    fs::create_dir(&outdir).unwrap();
    let out = outdir.join("k.json");
    for signal in ["TERM", "INT"] {
        fs::write(&out, "old").unwrap();
        let bin = assert_cmd::cargo::cargo_bin!("defmine");
        let mut child = std::process::Command::new(bin)
            .arg("run")
            .arg(&p)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        let _ = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status();
        let status = child.wait().unwrap();
        if status.success() {
            eprintln!("the run finished before SIG{signal}: nothing to check");
        } else {
            assert_eq!(status.code(), Some(130), "SIG{signal}");
        }
        if !status.success() {
            assert_eq!(fs::read_to_string(&out).unwrap(), "old");
        }
        assert_eq!(
            fs::read_dir(&outdir).unwrap().count(),
            1,
            "a temporary file was left"
        );
    }
}

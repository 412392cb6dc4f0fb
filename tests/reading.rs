//! How inputs are found and read: folder walks (ignore files, hidden
//! files, links), unique document ids, HTML pages, PDF and Office files,
//! JSONL with any field names, runs that read nothing, and the read-path
//! reliability cases (binary files, truncated archives, later blocks).

use crate::util::{defmine, doc_ids, read_knowledge, root, span};
use predicates::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::Path;

const GOOD: &str = "Osmosis is the movement of water across a membrane.";

/// Run `defmine run ARGS -o DIR/k.json -q` (must succeed) and read the result.
fn run_ok(args: &[&std::ffi::OsStr], dir: &Path) -> serde_json::Value {
    let out = dir.join("k.json");
    defmine()
        .arg("run")
        .args(args)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success();
    read_knowledge(&out)
}

fn os<P: AsRef<std::ffi::OsStr> + ?Sized>(p: &P) -> &std::ffi::OsStr {
    p.as_ref()
}

/// Every evidence object of a knowledge file (definitions and dates).
fn all_evidence(k: &serde_json::Value) -> Vec<&serde_json::Value> {
    let mut out = Vec::new();
    for t in k["terms"].as_array().unwrap() {
        for d in t["definitions"].as_array().unwrap() {
            out.extend(d["evidence"].as_array().unwrap());
        }
    }
    for d in k["dates"].as_array().unwrap() {
        out.extend(d["evidence"].as_array().unwrap());
    }
    out
}

// ---- Walks ----------------------------------------------------------------

#[test]
fn a_walk_skips_hidden_and_ignored_files_unless_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    for sub in ["node_modules", ".hidden", "docs"] {
        fs::create_dir_all(d.join(sub)).unwrap();
    }
    fs::write(d.join(".gitignore"), "node_modules/\n").unwrap();
    fs::write(d.join(".ignore"), "draft.txt\n").unwrap();
    fs::write(d.join("node_modules/dep.txt"), GOOD).unwrap();
    fs::write(d.join(".hidden/secret.txt"), GOOD).unwrap();
    fs::write(d.join(".dotfile.txt"), GOOD).unwrap();
    fs::write(d.join("draft.txt"), GOOD).unwrap();
    fs::write(d.join("keep.txt"), GOOD).unwrap();
    fs::write(d.join("docs/notes.markdown"), GOOD).unwrap();
    fs::write(d.join("docs/guide.rst"), GOOD).unwrap();
    let ids = |extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> = extra.iter().map(os).collect();
        args.push(d.as_os_str());
        doc_ids(&run_ok(&args, tmp.path()))
    };
    assert_eq!(
        ids(&[]),
        ["docs/guide.rst", "docs/notes.markdown", "keep.txt"]
    );
    assert_eq!(
        ids(&["--hidden"]),
        [
            ".dotfile.txt",
            ".hidden/secret.txt",
            "docs/guide.rst",
            "docs/notes.markdown",
            "keep.txt"
        ]
    );
    assert_eq!(
        ids(&["--no-ignore"]),
        [
            "docs/guide.rst",
            "docs/notes.markdown",
            "draft.txt",
            "keep.txt",
            "node_modules/dep.txt"
        ]
    );
}

#[test]
fn links_are_followed_only_with_follow_or_when_named() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("outside.txt");
    fs::write(&outside, GOOD).unwrap();
    let d = tmp.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("own.txt"), "A tissue is a group of similar cells.").unwrap();
    let link = d.join("l.txt");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    // A link to a folder outside: not entered either.
    let far = tmp.path().join("far");
    fs::create_dir(&far).unwrap();
    fs::write(far.join("far.txt"), "A gene is a sequence of DNA.").unwrap();
    std::os::unix::fs::symlink(&far, d.join("far")).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&d)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 symbolic link(s) not followed (use -L/--follow",
        ));
    assert_eq!(doc_ids(&read_knowledge(&out)), ["own.txt"]);
    let k = run_ok(&[os("--follow"), d.as_os_str()], tmp.path());
    assert_eq!(doc_ids(&k), ["far/far.txt", "l.txt", "own.txt"]);
    // A link named on the command line is read, as rg and fd do.
    let k = run_ok(&[link.as_os_str()], tmp.path());
    assert_eq!(doc_ids(&k), ["l.txt"]);
}

#[test]
fn an_output_written_into_an_input_folder_is_not_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("a.txt"), GOOD).unwrap();
    // An output whose name the walk would read (.md, .jsonl) is refused
    // before any work: the next run would read it back as a document.
    for (cmd, name) in [
        ("run", "knowledge.md"),
        ("run", "mentions.jsonl"),
        ("extract", "mentions.jsonl"),
    ] {
        let out = d.join(name);
        defmine()
            .arg(cmd)
            .arg(&d)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("inside the input folder"));
        assert!(!out.exists(), "{cmd} {name}: nothing written");
    }
    // A knowledge file (.json) there is allowed, and never read back.
    let out = d.join("knowledge.json");
    for _ in 0..2 {
        defmine()
            .arg("run")
            .arg(&d)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .assert()
            .success();
        assert_eq!(doc_ids(&read_knowledge(&out)), ["a.txt"]);
    }
}

// ---- Document ids -----------------------------------------------------------

#[test]
fn the_same_file_name_under_two_roots_gives_two_ids() {
    let tmp = tempfile::tempdir().unwrap();
    for (r, text) in [
        ("r1", GOOD),
        ("r2", "A tissue is a group of similar cells."),
    ] {
        fs::create_dir(tmp.path().join(r)).unwrap();
        fs::write(tmp.path().join(r).join("notes.txt"), text).unwrap();
    }
    let out = tmp.path().join("k.json");
    let run = || {
        defmine()
            .current_dir(tmp.path())
            .args(["run", "r1", "r2", "-q", "-o"])
            .arg(&out)
            .assert()
            .success();
        fs::read(&out).unwrap()
    };
    let first = run();
    let k = read_knowledge(&out);
    assert_eq!(doc_ids(&k), ["r1/notes.txt", "r2/notes.txt"]);
    let docs: BTreeSet<&str> = all_evidence(&k)
        .iter()
        .map(|e| e["doc"].as_str().unwrap())
        .collect();
    assert_eq!(docs.len(), 2, "evidence tells the two files apart");
    assert_eq!(run(), first, "ids are stable");
    // A single root keeps the ids of a walk: paths relative to it.
    let k = run_ok(&[tmp.path().join("r1").as_os_str()], tmp.path());
    assert_eq!(doc_ids(&k), ["notes.txt"]);
    // The same file named twice is read once.
    let f = tmp.path().join("r1/notes.txt");
    let k = run_ok(&[f.as_os_str(), f.as_os_str()], tmp.path());
    assert_eq!(doc_ids(&k), ["notes.txt"]);
}

#[test]
fn duplicate_jsonl_ids_warn_once_and_are_made_unique() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("c.jsonl");
    let lines: Vec<String> = [
        ("a", GOOD),
        ("b", "A gene is a sequence of DNA that codes for a protein."),
        ("a", "A tissue is a group of similar cells."),
        (
            "a",
            "An organ is a group of tissues that performs a function.",
        ),
    ]
    .iter()
    .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string())
    .collect();
    fs::write(&p, lines.join("\n")).unwrap();
    let out = tmp.path().join("k.json");
    let assert = defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        stderr.matches("defmine: warning:").count(),
        1,
        "one warning for the file: {stderr}"
    );
    assert!(
        stderr.contains("c.jsonl: 2 record id(s) already taken (first: \"a\")"),
        "{stderr}"
    );
    assert_eq!(doc_ids(&read_knowledge(&out)), ["a", "a#2", "a#3", "b"]);
    // Across inputs too: a later file's record whose id an earlier input
    // took is renamed, the same way on every run.
    let q = tmp.path().join("d.jsonl");
    let lines = [
        serde_json::json!({"id": "b", "text": "A cell is the basic unit of life."}).to_string(),
        serde_json::json!({"id": "c.jsonl", "text": GOOD}).to_string(),
    ];
    fs::write(&q, lines.join("\n")).unwrap();
    let mut first = None;
    for _ in 0..3 {
        let k = run_ok(&[p.as_os_str(), q.as_os_str()], tmp.path());
        let ids = doc_ids(&k);
        assert_eq!(ids, ["a", "a#2", "a#3", "b", "b#2", "c.jsonl"]);
        let bytes = k.to_string();
        assert_eq!(first.get_or_insert(bytes.clone()), &bytes);
    }
}

// ---- HTML, PDF, Office ------------------------------------------------------

/// Collapse white space, for comparing sentences across formats.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// term -> definition text -> the evidence sentences, as text.
type Defs = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn definitions(k: &serde_json::Value, sentence: &dyn Fn(&str, usize, usize) -> String) -> Defs {
    let mut out = Defs::new();
    for t in k["terms"].as_array().unwrap() {
        let term = t["term"].as_str().unwrap().to_string();
        for d in t["definitions"].as_array().unwrap() {
            let evidence = d["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let (s, end) = span(e);
                    sentence(e["doc"].as_str().unwrap(), s, end)
                })
                .collect();
            out.entry(term.clone())
                .or_default()
                .insert(d["text"].as_str().unwrap().to_string(), evidence);
        }
    }
    out
}

#[test]
fn html_pages_give_what_their_text_gives_and_evidence_slices_the_page() {
    let data = root().join("tests/data/html");
    let tmp = tempfile::tempdir().unwrap();
    let pages = run_ok(&[data.join("pages").as_os_str()], tmp.path());
    let text = run_ok(&[data.join("text").as_os_str()], tmp.path());
    assert_eq!(doc_ids(&pages), ["pottery.html", "sailing.htm"]);
    // Page evidence: the page's bytes from start to end, markup inside,
    // read back as text.
    let from_page = |doc: &str, s: usize, e: usize| {
        let bytes = fs::read(data.join("pages").join(doc)).unwrap();
        let slice = std::str::from_utf8(&bytes[s..e]).unwrap();
        assert!(!slice.starts_with(char::is_whitespace) && !slice.ends_with(char::is_whitespace));
        squash(&defmine::html::to_text(slice).text)
    };
    let from_text = |doc: &str, s: usize, e: usize| {
        let bytes = fs::read(data.join("text").join(doc)).unwrap();
        squash(std::str::from_utf8(&bytes[s..e]).unwrap())
    };
    let got = definitions(&pages, &from_page);
    let want = definitions(&text, &from_text);
    assert!(got.len() >= 8, "too few definitions: {got:#?}");
    assert_eq!(got, want);
    for (term, defs) in &got {
        for (def, sentences) in defs {
            for s in sentences {
                assert!(
                    s.contains(def.as_str()) || s.to_lowercase().contains(&def.to_lowercase()),
                    "{term}: {def:?} not in {s:?}"
                );
            }
        }
    }
    // Scripts, styles, comments and markup never become terms.
    let terms: Vec<&str> = pages["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    assert!(
        !terms
            .iter()
            .any(|t| t.contains('<') || t.contains("fake") || t.contains("comment")),
        "{terms:?}"
    );
    // Dates too point into the page.
    let dates: Vec<(&str, String)> = pages["dates"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| {
            d["evidence"].as_array().unwrap().iter().map(|e| {
                let (s, end) = span(e);
                (
                    d["value"].as_str().unwrap(),
                    from_page(e["doc"].as_str().unwrap(), s, end),
                )
            })
        })
        .collect();
    assert!(
        dates
            .iter()
            .any(|(v, s)| *v == "2021-03-04" && s == "Page written on 4 March 2021."),
        "{dates:?}"
    );
}

#[test]
fn split_of_an_html_page_gives_page_offsets() {
    let page = root().join("tests/data/html/pages/pottery.html");
    let html = fs::read_to_string(&page).unwrap();
    let out = defmine()
        .args(["split", "--format", "jsonl"])
        .arg(&page)
        .assert()
        .success();
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.get_output().stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 8, "{lines:?}");
    for l in &lines {
        let (s, e) = span(l);
        let text = l["text"].as_str().unwrap();
        assert_eq!(
            squash(&defmine::html::to_text(&html[s..e]).text),
            squash(text)
        );
        assert!(!text.contains('<'), "{text}");
    }
}

#[test]
fn gzipped_html_named_on_the_command_line_is_read_as_text() {
    let data = root().join("tests/data/html/pages/pottery.html");
    let page = fs::read(&data).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let gz = tmp.path().join("pottery.html.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(&page).unwrap();
    fs::write(&gz, e.finish().unwrap()).unwrap();
    let a = run_ok(&[data.as_os_str()], tmp.path());
    let b = run_ok(&[gz.as_os_str()], tmp.path());
    assert_eq!(
        a["terms"].to_string(),
        b["terms"]
            .to_string()
            .replace("pottery.html.gz", "pottery.html")
    );
    assert!(
        a["terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["term"] == "kiln")
    );
}

#[test]
fn pdf_and_office_files_name_the_tool_that_converts_them() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("good.txt"), GOOD).unwrap();
    fs::write(
        d.join("paper.pdf"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\0",
    )
    .unwrap();
    fs::write(
        d.join("letter.docx"),
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\0\0word/document.xml\0\0",
    )
    .unwrap();
    // Named on the command line under another name: known by its bytes.
    let named = tmp.path().join("report.txt");
    fs::write(&named, b"%PDF-1.4\n\0\0binary").unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&d)
        .arg(&named)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(
            predicate::str::contains(
                "paper.pdf: PDF file, skipped; convert it to text first, e.g. `pdftotext",
            )
            .and(predicate::str::contains(
                "letter.docx: Word (.docx) file, skipped",
            ))
            .and(predicate::str::contains("pandoc"))
            .and(predicate::str::contains("report.txt: PDF file"))
            .and(predicate::str::contains("binary").not()),
        );
    assert_eq!(doc_ids(&read_knowledge(&out)), ["good.txt"]);
}

// ---- Runs that read nothing -------------------------------------------------

#[test]
fn a_run_that_reads_nothing_exits_2_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let pdfs = tmp.path().join("pdfs");
    fs::create_dir(&pdfs).unwrap();
    fs::write(pdfs.join("a.pdf"), b"%PDF-1.7\n\0").unwrap();
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let bad = tmp.path().join("bad.jsonl");
    fs::write(&bad, "{\"url\": \"u\", \"content\": \"Text.\"}\nnot json\n").unwrap();
    let out = tmp.path().join("k.json");
    fs::write(&out, "old").unwrap();
    for (input, says) in [
        (&pdfs, "every input was skipped"),
        (&bad, "every input was skipped"),
        (&empty, "no document found"),
    ] {
        defmine()
            .arg("run")
            .arg(input)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(says).and(predicate::str::contains("nothing written")),
            );
        assert_eq!(
            fs::read_to_string(&out).unwrap(),
            "old",
            "{}",
            input.display()
        );
    }
    // extract follows the same rule.
    defmine()
        .arg("extract")
        .arg(&pdfs)
        .assert()
        .code(2)
        .stdout("");
    // One good file among the bad is a success.
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let k = run_ok(&[pdfs.as_os_str(), good.as_os_str()], tmp.path());
    assert_eq!(doc_ids(&k), ["good.txt"]);
}

// ---- JSONL ------------------------------------------------------------------

#[test]
fn jsonl_with_other_field_names_warns_once_and_reads_with_field_flags() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("crawl.jsonl");
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(
            &serde_json::json!({"url": format!("https://example.org/{i}"), "content": format!("Item {i} is a small test page.")})
                .to_string(),
        );
        text.push('\n');
    }
    fs::write(&p, text).unwrap();
    let out = tmp.path().join("k.json");
    let assert = defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("defmine: warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].contains("crawl.jsonl: 300 line(s) skipped (line 1, 2, 3, 4, 5, ...)")
            && warnings[0].contains("no \"text\" field (fields: ")
            && warnings[0].contains("\"url\"")
            && warnings[0].contains("\"content\"")
            && warnings[0].contains("--text-field"),
        "{stderr}"
    );
    let k = run_ok(
        &[
            os("--text-field"),
            os("content"),
            os("--id-field"),
            os("url"),
            p.as_os_str(),
        ],
        tmp.path(),
    );
    let ids = doc_ids(&k);
    assert_eq!(ids.len(), 300);
    assert!(ids.contains(&"https://example.org/7".to_string()));
}

#[test]
fn jsonl_text_gets_the_repairs_file_text_gets() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "\u{FEFF}Cells\rA tissue is a group of similar cells that work together.\r\rOsmosis is the movement of water in 1827.";
    let d = tmp.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::write(d.join("x"), text).unwrap();
    fs::write(
        d.join("c.jsonl"),
        serde_json::json!({"id": "x", "text": text}).to_string(),
    )
    .unwrap();
    let from_file = run_ok(&[d.join("x").as_os_str()], tmp.path());
    let from_jsonl = run_ok(&[d.join("c.jsonl").as_os_str()], tmp.path());
    assert_eq!(from_file["terms"], from_jsonl["terms"]);
    assert_eq!(from_file["dates"], from_jsonl["dates"]);
    assert_eq!(from_file["documents"], from_jsonl["documents"]);
    assert!(!from_file["terms"].as_array().unwrap().is_empty());
}

// ---- Read-path reliability --------------------------------------------------

#[test]
fn a_gigabyte_of_zeros_is_judged_binary_from_its_first_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let zeros = tmp.path().join("zeros.txt");
    // Sparse: no disk used, and reading it whole would take a gigabyte.
    fs::File::create(&zeros).unwrap().set_len(1 << 30).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&zeros)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zeros.txt: binary file"));
}

/// Paragraphs of plain sentences, about `len` bytes, ending with a blank line.
fn filler(len: usize) -> String {
    let mut text = String::with_capacity(len + 200);
    let mut i = 0;
    while text.len() < len {
        text.push_str(&format!("Line {i} says nothing new here. "));
        if i % 20 == 19 {
            text.push_str("\n\n");
        }
        i += 1;
    }
    text.push_str("\n\n");
    text
}

#[test]
fn a_truncated_gz_keeps_the_claims_it_lists_and_lists_what_it_claims() {
    let mut text = filler(defmine::BLOCK_BYTES + 1000);
    text.push_str("The first dam was built in 1905.\n\n");
    text.push_str(&filler(2 << 20));
    text.push_str("The second dam was built in 1931.\n\n");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(text.as_bytes()).unwrap();
    let gz = e.finish().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("cut.txt.gz");
    fs::write(&p, &gz[..gz.len() - 2000]).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "cut.txt.gz: read failed after byte",
        ));
    let k = read_knowledge(&out);
    assert_eq!(doc_ids(&k), ["cut.txt.gz"]);
    let bytes = k["documents"][0]["bytes"].as_u64().unwrap() as usize;
    assert!(
        bytes > defmine::BLOCK_BYTES && bytes < text.len(),
        "{bytes}"
    );
    for ev in all_evidence(&k) {
        assert_eq!(ev["doc"], "cut.txt.gz");
        assert!(span(ev).1 <= bytes, "evidence past the bytes read: {ev}");
    }
    let values: Vec<&str> = k["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["value"].as_str().unwrap())
        .collect();
    assert!(values.contains(&"1905"), "{values:?}");
}

/// One paragraph (no blank line) of about `len` bytes, then a blank line:
/// the first block ends just after it.
fn one_paragraph(len: usize) -> Vec<u8> {
    let mut text = String::with_capacity(len + 100);
    let mut i = 0;
    while text.len() < len {
        text.push_str(&format!("Line {i} says nothing new here. "));
        i += 1;
    }
    text.push_str("\n\n");
    text.into_bytes()
}

/// Run on `bytes` as one file; stderr and the knowledge.
fn run_bytes(bytes: &[u8]) -> (String, serde_json::Value) {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("big.txt");
    fs::write(&p, bytes).unwrap();
    let out = tmp.path().join("k.json");
    let assert = defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let k = read_knowledge(&out);
    assert_eq!(
        k["documents"][0]["bytes"].as_u64().unwrap() as usize,
        bytes.len()
    );
    for ev in all_evidence(&k) {
        assert!(span(ev).1 <= bytes.len(), "evidence past the end: {ev}");
    }
    (stderr, k)
}

#[test]
fn a_later_block_starting_with_ff_fe_is_not_utf16() {
    let mut bytes = one_paragraph(defmine::BLOCK_BYTES);
    let ff = bytes.len();
    bytes.extend_from_slice(b"\xFF\xFEA gene is a sequence of DNA that codes for a protein.\n\n");
    let (stderr, k) = run_bytes(&bytes);
    assert!(!stderr.contains("UTF-16"), "{stderr}");
    assert!(
        stderr.contains(&format!("invalid UTF-8 at byte {ff} (2 bad byte(s)")),
        "{stderr}"
    );
    let gene = k["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "gene")
        .expect("the gene definition");
    // The sentence starts at the two repaired bytes, in file offsets.
    let (s, e) = span(&gene["definitions"][0]["evidence"][0]);
    assert_eq!(s, ff);
    assert_eq!(
        &bytes[s + 2..e],
        b"A gene is a sequence of DNA that codes for a protein."
    );
}

#[test]
fn a_nul_in_a_later_block_is_reported_at_its_file_offset() {
    let mut bytes = one_paragraph(defmine::BLOCK_BYTES);
    let nul = bytes.len() + 11;
    bytes.extend_from_slice(b"The dam was\0 built in 1931.\n\n");
    let (stderr, _) = run_bytes(&bytes);
    assert!(
        stderr.contains(&format!("NUL bytes in text at byte {nul} (1 bad byte(s)")),
        "{stderr}"
    );
}

/// 100,000 tiny files (slow: set DEFMINE_SLOW_TESTS=1).
#[test]
fn a_hundred_thousand_tiny_files() {
    if std::env::var_os("DEFMINE_SLOW_TESTS").is_none() {
        eprintln!("note: set DEFMINE_SLOW_TESTS=1 to run the 100,000-file test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("many");
    fs::create_dir(&d).unwrap();
    for i in 0..100_000 {
        let sub = d.join(format!("{:03}", i % 1000));
        if i < 1000 {
            fs::create_dir(&sub).unwrap();
        }
        fs::write(
            sub.join(format!("{i}.txt")),
            format!("Item {i} is a small test document."),
        )
        .unwrap();
    }
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&d)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .timeout(std::time::Duration::from_secs(600))
        .assert()
        .success();
    assert_eq!(doc_ids(&read_knowledge(&out)).len(), 100_000);
}

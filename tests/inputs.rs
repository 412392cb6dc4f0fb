//! Inputs people have at scale: JSONL corpora, gzip and zstd files, and
//! files larger than one processing block.

use crate::util::{defmine, root};
use std::fs;
use std::io::Write;

fn knowledge(path: &std::path::Path) -> serde_json::Value {
    crate::util::read_knowledge(path)
}

fn run_to_json(args: &[&std::path::Path], dir: &std::path::Path) -> serde_json::Value {
    let out = dir.join("k.json");
    defmine()
        .arg("run")
        .args(args)
        .arg("-o")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    knowledge(&out)
}

#[test]
fn jsonl_documents_take_their_ids_and_bad_lines_warn() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("corpus.jsonl");
    let lines = [
        serde_json::json!({"id": "doc-1", "text": "Osmosis is the movement of water across a membrane."}).to_string(),
        "{ broken".to_string(),
        serde_json::json!({"id": 2, "text": "A tissue is a group of similar cells that work together."}).to_string(),
        serde_json::json!({"text": "A cell is the basic structural unit of all living things."}).to_string(),
    ];
    fs::write(&p, lines.join("\n")).unwrap();
    let out = tmp.path().join("k.json");
    defmine()
        .arg("run")
        .arg(&p)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "corpus.jsonl: 1 line(s) skipped (line 2)",
        ));
    let k = knowledge(&out);
    let ids = crate::util::doc_ids(&k);
    assert_eq!(ids, vec!["2", "corpus.jsonl#4", "doc-1"]);
    assert_eq!(k["terms"].as_array().unwrap().len(), 3);
}

#[test]
fn compressed_inputs_give_the_same_knowledge() {
    let tmp = tempfile::tempdir().unwrap();
    let text = fs::read(root().join("tests/data/glossary.txt")).unwrap();
    let plain = tmp.path().join("plain");
    let packed = tmp.path().join("packed");
    fs::create_dir_all(&plain).unwrap();
    fs::create_dir_all(&packed).unwrap();
    fs::write(plain.join("a.txt"), &text).unwrap();
    fs::write(plain.join("b.txt"), &text).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&text).unwrap();
    fs::write(packed.join("a.txt.gz"), gz.finish().unwrap()).unwrap();
    let zst =
        ruzstd::encoding::compress_to_vec(&text[..], ruzstd::encoding::CompressionLevel::Fastest);
    fs::write(packed.join("b.txt.zst"), zst).unwrap();
    let a = run_to_json(&[&plain], tmp.path());
    let b = run_to_json(&[&packed], tmp.path());
    // Same knowledge; only the document ids keep their real file names.
    let renamed = b["terms"]
        .to_string()
        .replace("a.txt.gz", "a.txt")
        .replace("b.txt.zst", "b.txt");
    assert_eq!(a["terms"].to_string(), renamed);
    assert_eq!(
        a["dates"].as_array().unwrap().len(),
        b["dates"].as_array().unwrap().len()
    );
    assert_eq!(
        b["documents"][0]["bytes"].as_u64().unwrap() as usize,
        text.len()
    );
}

#[test]
fn a_file_larger_than_a_block_gives_what_one_block_gives() {
    // More than BLOCK_BYTES, so the file is read in several blocks.
    let para = fs::read_to_string(root().join("tests/data/notes.md")).unwrap();
    let mut text = String::new();
    let mut i = 0;
    while text.len() <= defmine::BLOCK_BYTES + 200_000 {
        text.push_str(&para.replace("Scope creep", &format!("Scope creep {i}")));
        text.push_str("\n\n");
        i += 1;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("big.txt");
    fs::write(&p, &text).unwrap();
    // Every evidence sentence, as `mine_text` keeps them.
    let got = run_to_json(&[&p, std::path::Path::new("--all-evidence")], tmp.path());
    let whole = defmine::mine_text("big.txt", &text);
    let want: serde_json::Value =
        serde_json::from_slice(&defmine::output::to_json(&whole)).unwrap();
    assert_eq!(got, want);
}

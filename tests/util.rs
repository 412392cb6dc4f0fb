//! Shared helpers for the integration tests.

use assert_cmd::Command;
use std::path::PathBuf;

/// The project root.
#[allow(dead_code)]
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project, when present. A ratchet skips without
/// it, with a note on stderr (`--nocapture` shows it), but never in CI:
/// with `CI` set, a missing `../shared` fails the test that needs it.
#[allow(dead_code)]
pub fn shared() -> Option<PathBuf> {
    let p = root().join("..").join("shared");
    if p.is_dir() {
        return Some(p);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing: the dev-set ratchets must not skip in CI",
        p.display()
    );
    None
}

/// The built `defmine` binary, with an environment that cannot change output.
#[allow(dead_code)]
pub fn defmine() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin!("defmine"));
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    c
}

/// Read a knowledge file the binary wrote, checking it against
/// `schema/knowledge.schema.json` on the way.
#[allow(dead_code)]
pub fn read_knowledge(path: &std::path::Path) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    check_schema(&value, &path.display().to_string());
    value
}

/// Panic with every schema violation of `value`.
#[allow(dead_code)]
pub fn check_schema(value: &serde_json::Value, what: &str) {
    static VALIDATOR: std::sync::LazyLock<jsonschema::Validator> = std::sync::LazyLock::new(|| {
        let schema: serde_json::Value = serde_json::from_slice(
            &std::fs::read(root().join("schema/knowledge.schema.json")).unwrap(),
        )
        .unwrap();
        jsonschema::draft202012::new(&schema).unwrap()
    });
    let errors: Vec<String> = VALIDATOR
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not follow the schema:\n{}",
        errors.join("\n")
    );
}

/// The `(start, end)` byte range of an evidence object.
#[allow(dead_code)]
pub fn span(ev: &serde_json::Value) -> (usize, usize) {
    (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    )
}

/// The `documents[].id` of a knowledge file, in file order.
#[allow(dead_code)]
pub fn doc_ids(k: &serde_json::Value) -> Vec<String> {
    k["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// Make a FIFO at `path` with `mkfifo`; false (and a note) when the command
/// is missing, so that the calling test can skip.
pub fn mkfifo(path: &std::path::Path) -> bool {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("mkfifo unavailable: skipped");
    }
    made
}

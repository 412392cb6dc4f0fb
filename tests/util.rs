//! Shared helpers for the integration tests.

use assert_cmd::Command;
use std::path::PathBuf;

/// The project root.
#[allow(dead_code)]
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project, when present (absent on some CI clones).
#[allow(dead_code)]
pub fn shared() -> Option<PathBuf> {
    let p = root().join("..").join("shared");
    p.is_dir().then_some(p)
}

/// The built `defmine` binary, with an environment that cannot change output.
#[allow(dead_code)]
pub fn defmine() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin!("defmine"));
    c.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    c
}

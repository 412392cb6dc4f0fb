//! The knowledge file: serde wire types, pretty JSON, atomic write, diff.
//!
//! Field order here is key order in the file. The contract is
//! `KNOWLEDGE-FORMAT.md` (documents, terms, attributions, dates, evidence);
//! fields beyond it are additions. Nothing here depends on time, paths or
//! thread counts.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// The `$id` of `schema/knowledge.schema.json`, in the file's `$schema` field.
pub const SCHEMA: &str = "urn:defmine:knowledge:1";
/// Name of the format, in the file's `format` field.
pub const FORMAT: &str = "defmine-knowledge";
/// Version of the format.
pub const VERSION: u32 = 1;

/// The whole knowledge file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Knowledge {
    /// Always [`SCHEMA`]: the JSON Schema this file follows.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// The documents read, sorted by id.
    pub documents: Vec<DocumentOut>,
    /// One entry per concept, sorted by `term`.
    pub terms: Vec<TermOut>,
    /// Who did what to which term, sorted by (object, relation, agent).
    pub attributions: Vec<AttributionOut>,
    /// Every date, sorted by value.
    pub dates: Vec<DateOut>,
}

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentOut {
    /// Path relative to the input root.
    pub id: String,
    /// Size in bytes.
    pub bytes: usize,
    /// Number of sentences found.
    pub sentences: usize,
}

/// Where a claim comes from: a sentence of a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    #[serde(with = "crate::types::doc_id")]
    pub doc: crate::types::DocId,
    /// First byte of the sentence.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// One concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermOut {
    /// Canonical surface form.
    pub term: String,
    /// Every other surface form merged into it, sorted.
    pub aliases: Vec<String>,
    /// For each alias, in the same order: the rule and the sentences that
    /// tie it directly to this term.
    #[serde(default)]
    pub alias_evidence: Vec<AliasOut>,
    /// Its definitions, most supported first (by distinct documents, then
    /// distinct sentences).
    pub definitions: Vec<DefinitionOut>,
}

/// Why an alias belongs to its term: the rules and sentences that tie the
/// two directly (never through another alias).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasOut {
    /// The alias, as in `aliases`.
    pub alias: String,
    /// The rules that tie it: an alias pattern that saw both forms in one
    /// sentence (`alias/abbreviation`, `alias/also-known-as`, ...),
    /// `alias/fold` (the same term after folding case, plural, numerals,
    /// hyphens) or `alias/elliptical` (the unique longer term it shortens).
    pub rules: Vec<String>,
    /// Number of distinct sentences that tie it.
    pub support: usize,
    /// The first of those sentences (at most three).
    pub evidence: Vec<Evidence>,
}

/// One definition of a term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefinitionOut {
    /// The defining phrase.
    pub text: String,
    /// How many mentions were consolidated into it.
    pub support: usize,
    /// How many distinct documents give it.
    #[serde(default)]
    pub documents: usize,
    /// Who gives it, when the text says so.
    pub attributed_to: Vec<String>,
    /// Dates tied to this definition (the year of a cited definer).
    pub dates: Vec<String>,
    /// Other wordings grouped into this one (near-identical), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// The patterns that found it, sorted.
    pub patterns: Vec<String>,
    /// The supporting sentences.
    pub evidence: Vec<Evidence>,
}

/// One attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributionOut {
    /// Who.
    pub agent: String,
    /// Past-tense verb.
    pub relation: String,
    /// The term (canonical form when it is one of `terms`).
    pub object: String,
    /// Every date tied to the act, sorted.
    pub dates: Vec<String>,
    /// Each date with the number of mentions that give it.
    pub date_support: Vec<DateSupport>,
    /// Number of mentions.
    pub support: usize,
    /// The supporting sentences.
    pub evidence: Vec<Evidence>,
}

/// A date value with its support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSupport {
    /// The value.
    pub value: String,
    /// How many mentions give it.
    pub support: usize,
}

/// One normalized date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateOut {
    /// TIMEX3-style value.
    pub value: String,
    /// Number of mentions.
    pub support: usize,
    /// Surface forms seen, sorted.
    pub texts: Vec<String>,
    /// True when every mention is the year of a cited work.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub citation_only: bool,
    /// The supporting sentences.
    pub evidence: Vec<Evidence>,
}

/// Serialize as pretty JSON with a trailing newline.
pub fn to_json(k: &Knowledge) -> Vec<u8> {
    let mut v = Vec::new();
    // Writing plain owned data to a Vec cannot fail.
    let _ = write_pretty(&mut v, k);
    v
}

/// Elements of one list pretty-printed per parallel job.
const JOB_ELEMENTS: usize = 256;
/// Elements of one list rendered before they are written (bounds memory).
const WINDOW_ELEMENTS: usize = 16 * 1024;

/// Write `k` as `serde_json::to_writer_pretty` does, with a trailing
/// newline, pretty-printing the elements of its lists in parallel on the
/// current rayon pool (serializing 25 MB of JSON one element at a time was
/// a serial step at the end of a run).
///
/// The bytes are serde_json's: the file is the skeleton with empty lists,
/// and each list that is not empty is `[`, its elements each on their own
/// lines, indented by two levels, joined by `,`, then `]` on its own
/// line. An element is indented by prefixing each line of its own pretty
/// form: JSON strings never hold a raw newline, so every newline in that
/// form is one the printer put there.
fn write_pretty(w: &mut dyn Write, k: &Knowledge) -> std::io::Result<()> {
    let skeleton = Knowledge {
        schema: k.schema.clone(),
        format: k.format.clone(),
        version: k.version,
        documents: Vec::new(),
        terms: Vec::new(),
        attributions: Vec::new(),
        dates: Vec::new(),
    };
    let skeleton = serde_json::to_string_pretty(&skeleton).map_err(std::io::Error::other)?;
    let mut rest = skeleton.as_str();
    let lists: [(&str, &(dyn ListOut + Sync)); 4] = [
        ("documents", &k.documents),
        ("terms", &k.terms),
        ("attributions", &k.attributions),
        ("dates", &k.dates),
    ];
    for (name, list) in lists {
        // The skeleton's top-level field: a newline (never inside a string)
        // and two spaces open it.
        let field = format!("\n  \"{name}\": []");
        let Some(at) = rest.find(&field) else {
            return Err(std::io::Error::other(format!("no field {name}")));
        };
        let (head, tail) = rest.split_at(at + field.len() - 2);
        w.write_all(head.as_bytes())?;
        list.write_pretty(w)?;
        rest = &tail[2..];
    }
    w.write_all(rest.as_bytes())?;
    w.write_all(b"\n")
}

/// A list of the knowledge file, written as [`write_pretty`] does.
trait ListOut {
    fn write_pretty(&self, w: &mut dyn Write) -> std::io::Result<()>;
}

impl<T: Serialize + Sync> ListOut for Vec<T> {
    fn write_pretty(&self, w: &mut dyn Write) -> std::io::Result<()> {
        use rayon::prelude::*;
        if self.is_empty() {
            return w.write_all(b"[]");
        }
        w.write_all(b"[")?;
        for (n, window) in self.chunks(WINDOW_ELEMENTS).enumerate() {
            let parts: Vec<std::io::Result<Vec<u8>>> = window
                .par_chunks(JOB_ELEMENTS)
                .enumerate()
                .map(|(i, job)| {
                    let mut out = Vec::new();
                    for (j, e) in job.iter().enumerate() {
                        let first = n == 0 && i == 0 && j == 0;
                        out.extend_from_slice(if first { b"\n" } else { b",\n" });
                        let one = serde_json::to_vec_pretty(e).map_err(std::io::Error::other)?;
                        for (l, line) in one.split(|&b| b == b'\n').enumerate() {
                            if l > 0 {
                                out.push(b'\n');
                            }
                            out.extend_from_slice(b"    ");
                            out.extend_from_slice(line);
                        }
                    }
                    Ok(out)
                })
                .collect();
            for p in parts {
                w.write_all(&p?)?;
            }
        }
        w.write_all(b"\n  ]")
    }
}

/// The temporary file being written, if any, so that a signal handler can
/// remove it before the process exits (see [`remove_pending_temp`]).
static PENDING: std::sync::Mutex<Option<std::path::PathBuf>> = std::sync::Mutex::new(None);

/// Remove the temporary file of a write in progress, if there is one. Meant
/// for SIGINT/SIGTERM handlers: the target file is never touched.
pub fn remove_pending_temp() {
    if let Ok(mut p) = PENDING.lock()
        && let Some(path) = p.take()
    {
        let _ = std::fs::remove_file(path);
    }
}

fn set_pending(p: Option<std::path::PathBuf>) {
    if let Ok(mut g) = PENDING.lock() {
        *g = p;
    }
}

/// Write `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed, then renamed over `path`. On failure nothing is left behind and
/// an existing file is untouched. A symbolic link is followed (its target is
/// replaced); a device or FIFO (`/dev/null`, `/dev/stdout` on a pipe) is
/// written in place, never replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] with the content streamed by `fill` (no copy of the
/// whole file in memory).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let err = |source| Error::Output {
        path: path.to_path_buf(),
        source,
    };
    // A link is followed: the file it points at is replaced, not the link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            resolved.as_path()
        }
        _ => path,
    };
    // `/dev/null`, `/dev/stdout`, a FIFO: renaming a file over them would
    // replace the device or pipe itself, so they are written in place.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let result = (|| {
            let f = std::fs::OpenOptions::new().write(true).open(path)?;
            let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
            fill(&mut w)?;
            w.flush()
        })();
        return result.map_err(err);
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".defmine-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    set_pending(Some(tmp.path().to_path_buf()));
    let result = (|| {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp);
        fill(&mut w)?;
        let tmp = w.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map(|_| ()).map_err(|e| e.error)
    })();
    set_pending(None);
    result.map_err(err)
}

/// Write the knowledge file atomically, streaming the JSON: the same bytes
/// as [`to_json`].
pub fn write_knowledge(path: &Path, k: &Knowledge) -> Result<()> {
    write_atomic_with(path, |w| write_pretty(w, k))
}

/// A short, readable summary of how `old` differs from `new`: terms added,
/// removed and changed, and counts of the other sections.
pub fn diff_summary(old: &Knowledge, new: &Knowledge) -> Vec<String> {
    use std::collections::BTreeMap;
    let mut lines = Vec::new();
    let index = |k: &Knowledge| -> BTreeMap<String, TermOut> {
        k.terms
            .iter()
            .map(|t| (t.term.clone(), t.clone()))
            .collect()
    };
    let (a, b) = (index(old), index(new));
    for t in b.keys().filter(|t| !a.contains_key(*t)) {
        lines.push(format!("+ term {t:?}"));
    }
    for t in a.keys().filter(|t| !b.contains_key(*t)) {
        lines.push(format!("- term {t:?}"));
    }
    for (t, x) in &a {
        if let Some(y) = b.get(t)
            && x != y
        {
            lines.push(format!(
                "~ term {t:?}: {} -> {} definitions, {} -> {} aliases",
                x.definitions.len(),
                y.definitions.len(),
                x.aliases.len(),
                y.aliases.len()
            ));
        }
    }
    if old.documents != new.documents {
        lines.push(format!(
            "~ documents: {} -> {}",
            old.documents.len(),
            new.documents.len()
        ));
    }
    if old.attributions != new.attributions {
        lines.push(format!(
            "~ attributions: {} -> {}",
            old.attributions.len(),
            new.attributions.len()
        ));
    }
    if old.dates != new.dates {
        lines.push(format!(
            "~ dates: {} -> {}",
            old.dates.len(),
            new.dates.len()
        ));
    }
    if lines.is_empty() && (old.format != new.format || old.version != new.version) {
        lines.push(format!(
            "~ format: {} v{} -> {} v{}",
            old.format, old.version, new.format, new.version
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Knowledge {
        Knowledge {
            schema: SCHEMA.into(),
            format: FORMAT.into(),
            version: VERSION,
            documents: vec![],
            terms: vec![],
            attributions: vec![],
            dates: vec![],
        }
    }

    #[test]
    fn json_round_trips_and_ends_with_newline() {
        let k = empty();
        let bytes = to_json(&k);
        assert_eq!(bytes.last(), Some(&b'\n'));
        let back: Knowledge = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, k);
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn streamed_write_gives_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.json");
        let k = empty();
        write_knowledge(&p, &k).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), to_json(&k));
    }

    #[test]
    fn parallel_pretty_json_is_serde_json_pretty() {
        let mut k = empty();
        assert_eq!(
            to_json(&k),
            [serde_json::to_vec_pretty(&k).unwrap(), b"\n".to_vec()].concat()
        );
        k.documents.push(DocumentOut {
            id: "a \"b\"\n.txt".into(),
            bytes: 3,
            sentences: 1,
        });
        for i in 0..(JOB_ELEMENTS * 2 + 3) {
            k.terms.push(TermOut {
                term: format!("term {i} é"),
                aliases: if i % 2 == 0 {
                    vec![]
                } else {
                    vec!["x\ty".into()]
                },
                alias_evidence: vec![],
                definitions: vec![],
            });
        }
        assert_eq!(
            to_json(&k),
            [serde_json::to_vec_pretty(&k).unwrap(), b"\n".to_vec()].concat()
        );
    }

    #[test]
    fn atomic_write_to_missing_dir_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("nope").join("k.json");
        assert!(write_atomic(&p, b"x").is_err());
        assert!(!p.exists());
    }

    #[test]
    fn diff_names_added_and_removed_terms() {
        let a = empty();
        let mut b = empty();
        b.terms.push(TermOut {
            term: "cell".into(),
            aliases: vec![],
            alias_evidence: vec![],
            definitions: vec![],
        });
        assert_eq!(diff_summary(&a, &b), vec!["+ term \"cell\"".to_string()]);
        assert_eq!(diff_summary(&b, &a), vec!["- term \"cell\"".to_string()]);
        assert!(diff_summary(&a, &a).is_empty());
    }
}

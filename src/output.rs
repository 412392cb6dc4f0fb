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
    /// The confidence threshold the claims were kept at (0 keeps every
    /// claim; see [`crate::confidence`]).
    #[serde(default)]
    pub min_confidence: crate::confidence::Confidence,
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
    /// The sentence itself, `document[start..end]`: written only when
    /// asked for (`--evidence-text`, and the flat exports of `run`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<str>>,
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
    /// How far to trust it: the best confidence of its mentions, raised by
    /// support from other documents ([`crate::confidence::apply`]).
    #[serde(default)]
    pub confidence: crate::confidence::Confidence,
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
    /// How many supporting sentences there are; `evidence` lists the
    /// first of them in document order (all with `--all-evidence`).
    #[serde(default)]
    pub evidence_count: usize,
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
    /// How many supporting sentences there are; `evidence` lists the
    /// first of them in document order (all with `--all-evidence`).
    #[serde(default)]
    pub evidence_count: usize,
    /// How far to trust it, as for a definition.
    #[serde(default)]
    pub confidence: crate::confidence::Confidence,
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
    /// How many supporting sentences there are; `evidence` lists the
    /// first of them in document order (all with `--all-evidence`).
    #[serde(default)]
    pub evidence_count: usize,
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

/// Stream `k` to `w` as [`to_json`] renders it (the same bytes), without
/// holding the whole file in memory; list elements are pretty-printed in
/// parallel on the current rayon pool, a bounded window at a time.
pub fn write_json(w: &mut dyn Write, k: &Knowledge) -> std::io::Result<()> {
    write_pretty(w, k)
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
        min_confidence: k.min_confidence,
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

/// Where an output goes, decided before any work (see [`Target::resolve`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Standard output: `-o -`, `/dev/stdout`, `/dev/fd/1`,
    /// `/proc/self/fd/1`. Written through the process's own descriptor, so
    /// `-o /dev/stdout >> log` appends to `log` and never replaces it.
    Stdout,
    /// Standard error (`/dev/stderr` and its aliases).
    Stderr,
    /// A FIFO, a character device or another non-regular file (`/dev/null`):
    /// opened and written in place, never replaced by a rename.
    Direct(std::path::PathBuf),
    /// A regular file, existing or not: written to a temporary file in the
    /// same folder, then renamed over it. `path` is where the bytes land
    /// (the target of a symbolic link), `shown` the path as given.
    File {
        /// The file written (a link's target, resolved).
        path: std::path::PathBuf,
        /// The path as the user gave it, for messages.
        shown: std::path::PathBuf,
    },
}

/// The error of an output path, with the path as given and a cause that
/// never names a temporary file.
fn out_err(path: &Path, source: std::io::Error) -> Error {
    Error::Output {
        path: path.to_path_buf(),
        source,
    }
}

/// An I/O error without the path some crates add to its message (tempfile
/// names its temporary file): only the OS's own words are kept.
fn plain(e: std::io::Error) -> std::io::Error {
    if let Some(code) = e.raw_os_error() {
        return std::io::Error::from_raw_os_error(code);
    }
    let inner_os = e
        .get_ref()
        .and_then(|inner| inner.source())
        .and_then(|src| src.downcast_ref::<std::io::Error>())
        .and_then(std::io::Error::raw_os_error);
    match inner_os {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None if e.to_string().contains(".defmine-") => {
            std::io::Error::new(e.kind(), e.kind().to_string())
        }
        None => e,
    }
}

/// What an output path names, when it is a well-known alias of a standard
/// stream.
fn std_stream(path: &Path) -> Option<Target> {
    let s = path.as_os_str().to_str()?;
    match s {
        "-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1" => Some(Target::Stdout),
        "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2" => Some(Target::Stderr),
        _ => None,
    }
}

impl Target {
    /// Decide where `path` is written, before any work, so that a bad
    /// output fails in a second, not after mining:
    ///
    /// - `-` and the aliases of standard output or error write to the
    ///   stream itself;
    /// - a symbolic link is followed: its target is written (the link
    ///   stays); a dangling link is refused;
    /// - a FIFO or device is written in place;
    /// - a directory is refused;
    /// - otherwise the file's folder must exist (`create_dir`: it is made
    ///   first, as for the default `output/`) and take a new file.
    ///
    /// `check` (for `--check`, which reads the file and never writes)
    /// refuses everything but a regular file or a missing one, and does not
    /// probe the folder.
    pub fn resolve(path: &Path, create_dir: bool, check: bool) -> Result<Target> {
        let fail = |msg: String| Err(out_err(path, std::io::Error::other(msg)));
        if let Some(t) = std_stream(path) {
            if check {
                return fail(
                    "--check compares with a file; give the path of a knowledge file, not standard output".into(),
                );
            }
            return Ok(t);
        }
        let mut real = path.to_path_buf();
        if let Ok(m) = std::fs::symlink_metadata(path)
            && m.file_type().is_symlink()
        {
            match std::fs::canonicalize(path) {
                Ok(p) => real = p,
                // A link the kernel resolves to no path, like `/dev/fd/63`
                // to a pipe (bash's `>(cmd)`): written in place.
                Err(_) if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                    if check {
                        return fail(
                            "--check compares with a regular file, and this is a pipe or device"
                                .into(),
                        );
                    }
                    return Ok(Target::Direct(path.to_path_buf()));
                }
                Err(_) => {
                    let to = std::fs::read_link(path)
                        .map(|t| t.display().to_string())
                        .unwrap_or_default();
                    return fail(format!(
                        "it is a symbolic link to {to}, which does not exist; create the target or remove the link"
                    ));
                }
            }
        }
        match std::fs::metadata(&real) {
            Ok(m) if m.is_dir() => {
                return fail(
                    "it is a directory; give a file name, e.g. -o DIR/knowledge.json".into(),
                );
            }
            Ok(m) if !m.is_file() => {
                if check {
                    return fail(
                        "--check compares with a regular file, and this is a FIFO or device".into(),
                    );
                }
                return Ok(Target::Direct(real));
            }
            _ => {}
        }
        let dir = match real.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        if !check {
            match std::fs::metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    return fail(format!(
                        "{} is not a folder; choose another -o",
                        dir.display()
                    ));
                }
                Err(_) if create_dir => {
                    std::fs::create_dir_all(&dir).map_err(|e| {
                        out_err(
                            path,
                            std::io::Error::other(format!(
                                "cannot create its folder {}: {}",
                                dir.display(),
                                plain(e)
                            )),
                        )
                    })?;
                }
                Err(_) => {
                    return fail(format!(
                        "the folder {} does not exist; create it (mkdir -p {}) or choose another -o",
                        dir.display(),
                        dir.display()
                    ));
                }
            }
            // Probe: can a file be made there? (Read-only folder, full disk.)
            tempfile::Builder::new()
                .prefix(".defmine-")
                .suffix(".tmp")
                .tempfile_in(&dir)
                .map_err(|e| {
                    out_err(
                        path,
                        std::io::Error::other(format!(
                            "cannot create a file in {}: {}",
                            dir.display(),
                            plain(e)
                        )),
                    )
                })?;
        }
        Ok(Target::File {
            path: real,
            shown: path.to_path_buf(),
        })
    }

    /// The path to name in messages (`-` for standard output).
    pub fn shown(&self) -> std::path::PathBuf {
        match self {
            Target::Stdout => "-".into(),
            Target::Stderr => "/dev/stderr".into(),
            Target::Direct(p) => p.clone(),
            Target::File { shown, .. } => shown.clone(),
        }
    }

    /// The regular file written, if this target is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Target::File { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Write the content `fill` streams. A regular file is replaced
    /// atomically: a temporary file in the same folder, flushed, given the
    /// mode the user expects (an existing file's own mode; for a new file
    /// 0666 less the umask, as a shell's `>` gives), renamed over the file,
    /// then the folder is synced. On failure nothing is left behind and an
    /// existing file is untouched.
    pub fn write_with(
        &self,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let shown = self.shown();
        let err = |e: std::io::Error| out_err(&shown, plain(e));
        let stream =
            |w: &mut dyn Write, fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>| {
                let mut b = std::io::BufWriter::with_capacity(1 << 16, w);
                fill(&mut b)?;
                b.flush()
            };
        let mut fill = Some(fill);
        let mut call = |w: &mut dyn Write| match fill.take() {
            Some(f) => f(w),
            None => Ok(()),
        };
        match self {
            Target::Stdout => stream(&mut std::io::stdout().lock(), &mut call).map_err(err),
            Target::Stderr => stream(&mut std::io::stderr().lock(), &mut call).map_err(err),
            Target::Direct(p) => {
                let r = std::fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .and_then(|mut f| stream(&mut f, &mut call));
                r.map_err(err)
            }
            Target::File { path, .. } => write_replacing(path, &mut call).map_err(err),
        }
    }
}

/// The atomic replacement of a regular file (see [`Target::write_with`]).
fn write_replacing(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".defmine-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666: the kernel takes the umask off, as for `>`.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir)?;
    set_pending(Some(tmp.path().to_path_buf()));
    let result = (|| {
        // An existing output keeps its mode.
        if let Ok(m) = std::fs::metadata(path) {
            tmp.as_file().set_permissions(m.permissions())?;
        }
        let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp);
        fill(&mut w)?;
        let tmp = w.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map(|_| ()).map_err(|e| e.error)?;
        // The rename is durable once the folder is synced.
        std::fs::File::open(dir).and_then(|d| d.sync_all())
    })();
    set_pending(None);
    result
}

/// Write `bytes` to `path` (see [`Target::resolve`] and
/// [`Target::write_with`]): atomically for a regular file, in place for a
/// FIFO or device, to the stream for `-` or `/dev/stdout`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] with the content streamed by `fill` (no copy of the
/// whole file in memory).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    Target::resolve(path, false, false)?.write_with(fill)
}

/// Write the knowledge file atomically, streaming the JSON: the same bytes
/// as [`to_json`].
pub fn write_knowledge(path: &Path, k: &Knowledge) -> Result<()> {
    write_atomic_with(path, |w| write_pretty(w, k))
}

/// Keep the first `max` evidence sentences (in document order) of every
/// claim; `evidence_count` keeps the full number. Deterministic: the lists
/// are sorted before the cut.
pub fn cap_evidence(k: &mut Knowledge, max: usize) {
    for ev in evidence_lists(k) {
        ev.truncate(max);
    }
}

/// Every evidence list of the file, in file order.
pub fn evidence_lists(k: &mut Knowledge) -> impl Iterator<Item = &mut Vec<Evidence>> {
    let defs = k
        .terms
        .iter_mut()
        .flat_map(|t| t.definitions.iter_mut().map(|d| &mut d.evidence));
    let atts = k.attributions.iter_mut().map(|a| &mut a.evidence);
    let dates = k.dates.iter_mut().map(|d| &mut d.evidence);
    defs.chain(atts).chain(dates)
}

/// The format of a file `run` or `consolidate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The knowledge file (pretty JSON).
    #[default]
    Json,
    /// One claim per line ([`FlatClaim`]).
    Jsonl,
    /// One claim per line, tab-separated, with a header line.
    Tsv,
}

/// One claim of the knowledge file as a flat record: a line of
/// `--format jsonl` (and a row of `--format tsv`).
///
/// `term` is what the claim is about and `text` what it says:
/// a definition (term, its defining phrase), an alias (term, the other
/// form), an attribution (the object, the agent; `relation` is the verb),
/// a date (the normalized value, the surface forms joined by ` | `).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlatClaim {
    /// `definition`, `alias`, `attribution` or `date`.
    pub kind: String,
    /// What the claim is about.
    pub term: String,
    /// What it says.
    pub text: String,
    /// The verb of an attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// Who gives a definition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributed_to: Vec<String>,
    /// Dates tied to a definition or an attribution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<String>,
    /// Mentions consolidated into the claim (0 for an alias: aliases carry
    /// no evidence of their own).
    pub support: usize,
    /// The documents of all its evidence, sorted.
    pub documents: Vec<String>,
    /// Number of supporting sentences.
    pub evidence_count: usize,
    /// The first supporting sentences (see [`cap_evidence`]).
    pub evidence: Vec<Evidence>,
}

fn documents_of(ev: &[Evidence]) -> Vec<String> {
    let set: std::collections::BTreeSet<&str> = ev.iter().map(|e| &*e.doc).collect();
    set.into_iter().map(str::to_string).collect()
}

/// The claims of `k` as flat records, in file order: each term's aliases
/// then definitions, the attributions, the dates. `documents` is taken
/// from the evidence lists as they are (call before [`cap_evidence`] to
/// list every document).
pub fn flatten(k: &Knowledge) -> Vec<FlatClaim> {
    let mut out = Vec::new();
    for t in &k.terms {
        for a in &t.aliases {
            out.push(FlatClaim {
                kind: "alias".into(),
                term: t.term.clone(),
                text: a.clone(),
                relation: None,
                attributed_to: vec![],
                dates: vec![],
                support: 0,
                documents: vec![],
                evidence_count: 0,
                evidence: vec![],
            });
        }
        for d in &t.definitions {
            out.push(FlatClaim {
                kind: "definition".into(),
                term: t.term.clone(),
                text: d.text.clone(),
                relation: None,
                attributed_to: d.attributed_to.clone(),
                dates: d.dates.clone(),
                support: d.support,
                documents: documents_of(&d.evidence),
                evidence_count: d.evidence_count,
                evidence: d.evidence.clone(),
            });
        }
    }
    for a in &k.attributions {
        out.push(FlatClaim {
            kind: "attribution".into(),
            term: a.object.clone(),
            text: a.agent.clone(),
            relation: Some(a.relation.clone()),
            attributed_to: vec![],
            dates: a.dates.clone(),
            support: a.support,
            documents: documents_of(&a.evidence),
            evidence_count: a.evidence_count,
            evidence: a.evidence.clone(),
        });
    }
    for d in &k.dates {
        out.push(FlatClaim {
            kind: "date".into(),
            term: d.value.clone(),
            text: d.texts.join(" | "),
            relation: None,
            attributed_to: vec![],
            dates: vec![],
            support: d.support,
            documents: documents_of(&d.evidence),
            evidence_count: d.evidence_count,
            evidence: d.evidence.clone(),
        });
    }
    out
}

/// Write flat claims as JSON lines.
pub fn write_jsonl(w: &mut dyn Write, claims: &[FlatClaim]) -> std::io::Result<()> {
    for c in claims {
        serde_json::to_writer(&mut *w, c).map_err(std::io::Error::other)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// The columns of `--format tsv`.
pub const TSV_HEADER: &str = "kind\tterm\ttext\trelation\tattributed_to\tdates\tsupport\tevidence_count\tdocuments\tdoc\tstart\tend\tsentence";

/// A TSV field: backslash, tab, newline and carriage return escaped as
/// `\\`, `\t`, `\n`, `\r` (the IANA TSV convention), so a row is one line.
pub fn tsv_escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return s.into();
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\t' => o.push_str("\\t"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            c => o.push(c),
        }
    }
    o.into()
}

/// Write flat claims as TSV: a header line, then one row per claim with its
/// first evidence (`doc`, `start`, `end`, `sentence`); lists joined by `; `.
pub fn write_tsv(w: &mut dyn Write, claims: &[FlatClaim]) -> std::io::Result<()> {
    writeln!(w, "{TSV_HEADER}")?;
    for c in claims {
        let first = c.evidence.first();
        let cols: [std::borrow::Cow<'_, str>; 13] = [
            c.kind.as_str().into(),
            c.term.as_str().into(),
            c.text.as_str().into(),
            c.relation.as_deref().unwrap_or("").into(),
            c.attributed_to.join("; ").into(),
            c.dates.join("; ").into(),
            c.support.to_string().into(),
            c.evidence_count.to_string().into(),
            c.documents.join("; ").into(),
            first.map(|e| &*e.doc).unwrap_or("").into(),
            first
                .map(|e| e.start.to_string())
                .unwrap_or_default()
                .into(),
            first.map(|e| e.end.to_string()).unwrap_or_default().into(),
            first.and_then(|e| e.text.as_deref()).unwrap_or("").into(),
        ];
        let line: Vec<std::borrow::Cow<'_, str>> = cols
            .iter()
            .map(|c| tsv_escape(c).into_owned().into())
            .collect();
        writeln!(w, "{}", line.join("\t"))?;
    }
    Ok(())
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
            min_confidence: Default::default(),
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

//! Loading: paths in, sorted document sources out; bytes in, decoded text out.
//!
//! Directories are walked recursively (with the `ignore` crate, as ripgrep
//! and fd walk) for `.txt`, `.md`, `.markdown`, `.rst`, `.html`, `.htm` and
//! `.jsonl` files, each also as `.gz` or `.zst` (decompressed on the fly).
//! A walk skips hidden files and folders and what `.gitignore`, `.ignore`
//! and `.git/info/exclude` files exclude ([`WalkOptions`] turns both off),
//! and does not follow symbolic links unless asked. Files named on the
//! command line are read whatever their extension (a link named there is
//! followed); `-` is standard input. A `.jsonl` file holds one document per
//! line, `{"id": ..., "text": ...}` (the field names are options); its
//! documents take their ids from `id`. HTML is read as its text (see
//! [`crate::html`]). Sources are sorted by id, so the run never depends on
//! directory order; ids are unique (see [`collect_sources_with`]).
//!
//! Decoding keeps byte offsets: a UTF-8 BOM becomes three spaces and every
//! invalid byte becomes U+001A (one byte), so offsets into the decoded text
//! are offsets into the file. Only UTF-16 (decoded) breaks that, and says
//! so in a warning.

use crate::error::{Error, Result, Warning, WarningKind};
use crate::types::Document;
use std::io::Read;

use std::path::{Path, PathBuf};

/// File extensions read when walking a directory (each also with `.gz` or `.zst`).
pub const TEXT_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "rst", "jsonl", "ndjson", "html", "htm", "xhtml",
];

/// How a source's bytes are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`).
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
}

/// How a source's (decompressed) bytes hold documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// The whole source is one document.
    Text,
    /// One JSON object `{"id", "text"}` per line.
    Jsonl,
    /// One HTML page: its text is mined, offsets index the markup.
    Html,
}

/// The compression and layout a file name announces: `x.jsonl.gz` is
/// gzip-compressed JSONL.
pub fn kind_of(name: &str) -> (Compression, Layout) {
    let lower = name.to_ascii_lowercase();
    let (comp, rest) = if let Some(r) = lower.strip_suffix(".gz") {
        (Compression::Gzip, r.to_string())
    } else if let Some(r) = lower.strip_suffix(".zst") {
        (Compression::Zstd, r.to_string())
    } else {
        (Compression::None, lower)
    };
    let layout = if rest.ends_with(".jsonl") || rest.ends_with(".ndjson") {
        Layout::Jsonl
    } else if rest.ends_with(".html") || rest.ends_with(".htm") || rest.ends_with(".xhtml") {
        Layout::Html
    } else {
        Layout::Text
    };
    (comp, layout)
}

/// The extension of a name, lowercased, past any `.gz`/`.zst`.
fn base_extension(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    let base = lower
        .strip_suffix(".gz")
        .or_else(|| lower.strip_suffix(".zst"))
        .unwrap_or(&lower);
    base.rsplit_once('.').map(|(_, x)| x.to_string())
}

fn wanted_when_walking(name: &str) -> bool {
    base_extension(name).is_some_and(|x| TEXT_EXTENSIONS.contains(&x.as_str()))
}

/// A document format defmine does not read, known by its extension: its
/// name and the command that converts it to text.
pub fn needs_conversion(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match base_extension(name)?.as_str() {
        "pdf" => ("PDF", "pdftotext FILE.pdf"),
        "docx" => ("Word (.docx)", "pandoc -t plain FILE.docx -o FILE.txt"),
        "doc" => (
            "Word (.doc)",
            "libreoffice --headless --convert-to txt FILE.doc",
        ),
        "odt" => ("OpenDocument", "pandoc -t plain FILE.odt -o FILE.txt"),
        "rtf" => ("RTF", "libreoffice --headless --convert-to txt FILE.rtf"),
        "epub" => ("EPUB", "pandoc -t plain FILE.epub -o FILE.txt"),
        _ => return None,
    })
}

/// A document format known by its first bytes (for files named on the
/// command line whatever their extension, and for misnamed ones).
pub fn sniff_conversion(head: &[u8]) -> Option<(&'static str, &'static str)> {
    if head.starts_with(b"%PDF-") {
        Some(("PDF", "pdftotext FILE.pdf"))
    } else if head.starts_with(b"PK\x03\x04") {
        let has = |needle: &[u8]| memchr::memmem::find(head, needle).is_some();
        if has(b"word/") {
            Some(("Word (.docx)", "pandoc -t plain FILE.docx -o FILE.txt"))
        } else if has(b"opendocument") {
            Some(("OpenDocument", "pandoc -t plain FILE.odt -o FILE.txt"))
        } else if has(b"epub") {
            Some(("EPUB", "pandoc -t plain FILE.epub -o FILE.txt"))
        } else {
            Some((
                "zip archive (Office document?)",
                "libreoffice --headless --convert-to txt FILE",
            ))
        }
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some((
            "Word (.doc) or other OLE",
            "libreoffice --headless --convert-to txt FILE.doc",
        ))
    } else {
        None
    }
}

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Bytes already in memory (standard input).
    Bytes(Vec<u8>),
}

/// A document to read: its id and where its bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Document id: the path relative to the root it was found under.
    pub id: String,
    /// Where to read it.
    pub origin: Origin,
}

/// How folders are walked.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Read hidden files and enter hidden folders (names starting with `.`).
    pub hidden: bool,
    /// Do not read `.gitignore`, `.ignore` and `.git/info/exclude` files.
    pub no_ignore: bool,
    /// Follow symbolic links met while walking (loops are detected and
    /// reported).
    pub follow: bool,
    /// Files never to read: the run's own outputs, so that a knowledge or
    /// export file written into an input folder is not read back.
    pub exclude: Vec<PathBuf>,
}

/// Turn command-line paths into sources, sorted by id, with the default
/// [`WalkOptions`].
pub fn collect_sources(paths: &[PathBuf]) -> Result<(Vec<Source>, Vec<Warning>)> {
    collect_sources_with(paths, &WalkOptions::default())
}

/// Turn command-line paths into sources, sorted by id.
///
/// A path that does not exist is an error (the run stops); problems with
/// single files found while walking (dangling links, loops, unreadable
/// directories) become warnings.
///
/// Ids: a file named on the command line is known by its file name, a
/// file found in a folder by its path relative to that folder (`/`
/// separated). When two sources would share an id (`notes.txt` in two
/// folders), each of them is known instead by its path relative to the
/// deepest folder holding every command-line path; a file given twice is
/// read once. Ids are a function of the command line and the files, never
/// of listing order.
pub fn collect_sources_with(
    paths: &[PathBuf],
    opts: &WalkOptions,
) -> Result<(Vec<Source>, Vec<Warning>)> {
    let mut sources = Vec::new();
    let mut warnings = Vec::new();
    let exclude = Exclude::new(&opts.exclude);
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Input {
                    path: path.clone(),
                    source,
                })?;
            sources.push(Source {
                id: "stdin".to_string(),
                origin: Origin::Bytes(bytes),
            });
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|source| Error::Input {
            path: path.clone(),
            source,
        })?;
        if meta.is_dir() {
            walk_dir(path, opts, &exclude, &mut sources, &mut warnings);
        } else {
            let id = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.to_string_lossy().into_owned());
            sources.push(Source {
                id,
                origin: Origin::File(path.clone()),
            });
        }
    }
    unique_ids(paths, &mut sources);
    sources.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| origin_key(&a.origin).cmp(&origin_key(&b.origin)))
    });
    Ok((sources, warnings))
}

/// The files a run must not read, known by device and inode (so that a
/// link or another spelling of the path is caught too).
struct Exclude {
    names: Vec<std::ffi::OsString>,
    ids: Vec<(u64, u64)>,
}

impl Exclude {
    fn new(paths: &[PathBuf]) -> Exclude {
        use std::os::unix::fs::MetadataExt;
        let mut names = Vec::new();
        let mut ids = Vec::new();
        for p in paths {
            if let Ok(m) = std::fs::metadata(p) {
                ids.push((m.dev(), m.ino()));
                if let Some(n) = p.file_name() {
                    names.push(n.to_os_string());
                }
            }
        }
        Exclude { names, ids }
    }

    /// Whether the walk must skip `p` (checked by name first: one `stat`
    /// only for a file named like an output).
    fn skips(&self, p: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        let named = p
            .file_name()
            .is_some_and(|n| self.names.iter().any(|x| x == n));
        named && std::fs::metadata(p).is_ok_and(|m| self.ids.contains(&(m.dev(), m.ino())))
    }
}

/// The files `sources` read, resolved (symbolic links and `..` followed):
/// for checking that an output is not also an input before any work.
pub fn input_files(sources: &[Source]) -> Vec<PathBuf> {
    sources
        .iter()
        .filter_map(|s| match &s.origin {
            Origin::File(p) => Some(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
            Origin::Bytes(_) => None,
        })
        .collect()
}

/// Whether `path` (existing) is one of the files `sources` read, by device
/// and inode: hard links, symbolic links and other spellings count.
pub fn reads_file(sources: &[Source], path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(target) = std::fs::metadata(path) else {
        return false;
    };
    let key = (target.dev(), target.ino());
    sources.iter().any(|s| match &s.origin {
        Origin::File(p) => std::fs::metadata(p).is_ok_and(|m| (m.dev(), m.ino()) == key),
        Origin::Bytes(_) => false,
    })
}

fn origin_key(o: &Origin) -> Option<&Path> {
    match o {
        Origin::File(p) => Some(p),
        Origin::Bytes(_) => None,
    }
}

/// An absolute path without `.` and `..` (lexically: links are not
/// resolved, so that ids follow the paths as the user wrote them).
fn absolute(p: &Path) -> PathBuf {
    use std::path::Component;
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The deepest folder holding every command-line path.
fn common_root(paths: &[PathBuf]) -> Option<PathBuf> {
    let mut root: Option<PathBuf> = None;
    for p in paths.iter().filter(|p| p.as_os_str() != "-") {
        let abs = absolute(p);
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent().map(Path::to_path_buf).unwrap_or(abs)
        };
        root = Some(match root {
            None => dir,
            Some(r) => r
                .components()
                .zip(dir.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    root
}

fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Make ids unique (see [`collect_sources_with`]).
fn unique_ids(paths: &[PathBuf], sources: &mut Vec<Source>) {
    use std::collections::{HashMap, HashSet};
    let mut count: HashMap<&str, usize> = HashMap::new();
    for s in sources.iter() {
        *count.entry(s.id.as_str()).or_default() += 1;
    }
    if count.values().all(|&n| n == 1) {
        return;
    }
    let clash: HashSet<String> = count
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(id, _)| id.to_string())
        .collect();
    // A file named twice (or found under two roots) is read once.
    let mut seen = HashSet::new();
    sources.retain(|s| match &s.origin {
        Origin::File(p) if clash.contains(&s.id) => {
            seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| absolute(p)))
        }
        _ => true,
    });
    let root = common_root(paths);
    for s in sources.iter_mut() {
        if let (true, Origin::File(p), Some(root)) = (clash.contains(&s.id), &s.origin, &root) {
            let abs = absolute(p);
            if let Ok(rel) = abs.strip_prefix(root) {
                s.id = slash_path(rel);
            }
        }
    }
    // Whatever still clashes (stdin and a file named `stdin`) takes a
    // suffix, in a fixed order.
    sources.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| origin_key(&a.origin).cmp(&origin_key(&b.origin)))
    });
    let mut taken: HashSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    for i in 1..sources.len() {
        if sources[i].id == sources[i - 1].id {
            let base = sources[i].id.clone();
            let id = (2..)
                .map(|n| format!("{base}#{n}"))
                .find(|c| !taken.contains(c))
                .unwrap_or(base);
            taken.insert(id.clone());
            sources[i].id = id;
        }
    }
}

/// What an `ignore` error says, and where.
fn walk_error(e: &ignore::Error, root: &Path) -> (String, String) {
    match e {
        ignore::Error::WithPath { path, err } => (path.to_string_lossy().into_owned(), {
            let (_, m) = walk_error(err, root);
            m
        }),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err, root)
        }
        ignore::Error::Loop { child, ancestor } => (
            child.to_string_lossy().into_owned(),
            format!("symbolic link loop back to {}", ancestor.display()),
        ),
        other => (root.to_string_lossy().into_owned(), other.to_string()),
    }
}

fn walk_dir(
    root: &Path,
    opts: &WalkOptions,
    exclude: &Exclude,
    sources: &mut Vec<Source>,
    warnings: &mut Vec<Warning>,
) {
    let use_ignore = !opts.no_ignore;
    let walk = ignore::WalkBuilder::new(root)
        .hidden(!opts.hidden)
        .ignore(use_ignore)
        .git_ignore(use_ignore)
        .git_exclude(use_ignore)
        .parents(use_ignore)
        // The user's global excludes file would make the output depend on
        // their home folder.
        .git_global(false)
        // A .gitignore counts in any folder, not only inside a repository.
        .require_git(false)
        .follow_links(opts.follow)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let (mut links, mut converts) = (0usize, Vec::new());
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let (path, msg) = walk_error(&e, root);
                // An unreadable ignore file is no reason to skip anything.
                if matches!(e, ignore::Error::Partial(_)) {
                    continue;
                }
                warnings.push(Warning {
                    path,
                    kind: WarningKind::Unreadable(msg),
                });
                continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            continue;
        };
        if ft.is_dir() {
            continue;
        }
        let p = entry.path();
        let name = entry.file_name().to_string_lossy();
        if ft.is_symlink() {
            // Not followed (with -L the walk reports the target's type, or
            // an error for a dangling link). Counted for the note when it
            // leads to something the walk would read: a folder or a file
            // with a wanted extension.
            if wanted_when_walking(&name) || std::fs::metadata(p).is_ok_and(|m| m.is_dir()) {
                links += 1;
            }
            continue;
        }
        if !wanted_when_walking(&name) {
            if let Some(c) = needs_conversion(&name) {
                converts.push((p.to_path_buf(), c));
            }
            continue;
        }
        if exclude.skips(p) {
            continue;
        }
        let rel = p.strip_prefix(root).unwrap_or(p);
        let id = slash_path(rel);
        if !ft.is_file() {
            warnings.push(Warning {
                path: p.to_string_lossy().into_owned(),
                kind: WarningKind::NotAFile,
            });
            continue;
        }
        sources.push(Source {
            id,
            origin: Origin::File(p.to_path_buf()),
        });
    }
    for (p, (format, tool)) in converts {
        warnings.push(Warning {
            path: p.to_string_lossy().into_owned(),
            kind: WarningKind::NeedsConversion { format, tool },
        });
    }
    if links > 0 {
        warnings.push(Warning {
            path: root.to_string_lossy().into_owned(),
            kind: WarningKind::LinksSkipped { count: links },
        });
    }
}

/// Open a source for reading, decompressing as its name says.
pub fn open(src: &Source) -> std::result::Result<Box<dyn Read + Send>, Warning> {
    let warn = |kind| Warning {
        path: src.id.clone(),
        kind,
    };
    let (comp, _) = kind_of(&src.id);
    let raw: Box<dyn Read + Send> = match &src.origin {
        Origin::Bytes(b) => Box::new(std::io::Cursor::new(b.clone())),
        Origin::File(p) => {
            let meta =
                std::fs::metadata(p).map_err(|e| warn(WarningKind::Unreadable(e.to_string())))?;
            if !meta.is_file() {
                return Err(warn(WarningKind::NotAFile));
            }
            Box::new(
                std::fs::File::open(p).map_err(|e| warn(WarningKind::Unreadable(e.to_string())))?,
            )
        }
    };
    Ok(match comp {
        Compression::None => raw,
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(raw)),
        Compression::Zstd => {
            let d = ruzstd::decoding::StreamingDecoder::new(raw)
                .map_err(|e| warn(WarningKind::Unreadable(format!("not a zstd stream: {e}"))))?;
            Box::new(d)
        }
    })
}

/// Read and decode a whole single-document source. `Err` is a warning: the
/// document is skipped. `Ok` may carry a warning too (repaired text). An
/// HTML source gives its text (see [`crate::html`]), whose offsets are not
/// the file's: [`read_source_mapped`] gives the map too.
pub fn read_source(src: &Source) -> std::result::Result<(Document, Option<Warning>), Warning> {
    read_source_mapped(src).map(|(doc, w, _)| (doc, w))
}

/// [`read_source`], with the map from the text's offsets to the page's
/// bytes for an HTML source.
pub fn read_source_mapped(
    src: &Source,
) -> std::result::Result<(Document, Option<Warning>, Option<crate::html::Mapped>), Warning> {
    let mut r = open(src)?;
    let mut bytes = Vec::new();
    read_probe(&mut r, &mut bytes).map_err(|e| Warning {
        path: src.id.clone(),
        kind: WarningKind::Unreadable(e.to_string()),
    })?;
    if let Some(w) = judge_head(&src.id, &bytes) {
        return Err(w);
    }
    r.read_to_end(&mut bytes).map_err(|e| Warning {
        path: src.id.clone(),
        kind: WarningKind::Unreadable(e.to_string()),
    })?;
    let (mut doc, w) = decode(&src.id, bytes)?;
    if kind_of(&src.id).1 != Layout::Html {
        return Ok((doc, w, None));
    }
    let mut map = crate::html::to_text(&doc.text);
    doc.text = std::mem::take(&mut map.text);
    Ok((doc, w, Some(map)))
}

/// Read the first [`BINARY_PROBE`] bytes (fewer at the end of input) into
/// `carry`, to judge a source before reading more of it.
pub fn read_probe(r: &mut dyn Read, carry: &mut Vec<u8>) -> std::io::Result<()> {
    let mut chunk = [0u8; 4096];
    while carry.len() < BINARY_PROBE {
        let want = (BINARY_PROBE - carry.len()).min(chunk.len());
        let n = r.read(&mut chunk[..want])?;
        if n == 0 {
            break;
        }
        carry.extend_from_slice(&chunk[..n]);
    }
    Ok(())
}

/// What the first bytes of a source say about it: a warning when it is no
/// text to read (binary, a PDF or Office file), judged before the rest of
/// the source is read.
pub fn judge_head(id: &str, head: &[u8]) -> Option<Warning> {
    let warn = |kind| {
        Some(Warning {
            path: id.to_string(),
            kind,
        })
    };
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let probe = &head[..head.len().min(BINARY_PROBE)];
    let binary = !utf16 && memchr::memchr(0, probe).is_some();
    // By its magic bytes, or by its name when it is binary too (an `.rtf`
    // or a misnamed text file is read as text).
    let known = sniff_conversion(head).or_else(|| needs_conversion(id).filter(|_| binary));
    if let Some((format, tool)) = known {
        return warn(WarningKind::NeedsConversion { format, tool });
    }
    binary.then_some(Warning {
        path: id.to_string(),
        kind: WarningKind::Binary,
    })
}

/// Bytes a block is given room for past its target (the end of the
/// paragraph it stops in).
const BLOCK_SLACK: usize = 1 << 20;

/// Read up to about `target` bytes, then on to the end of the next blank
/// line (a paragraph break), so that a block never cuts a sentence. Returns
/// an empty vector at the end of input.
pub fn read_block(
    r: &mut dyn Read,
    carry: &mut Vec<u8>,
    target: usize,
) -> std::io::Result<Vec<u8>> {
    let mut buf = std::mem::take(carry);
    // Room for the block and the rest of its paragraph: growing by
    // doubling past `target` would hold twice the block.
    buf.reserve_exact((target + BLOCK_SLACK).saturating_sub(buf.len()));
    let mut chunk = vec![0u8; 1 << 16];
    // Where the search for a blank line resumes: never rescan bytes.
    let mut scan_from = target;
    loop {
        if buf.len() >= target {
            // Cut after the first blank line past the target; keep the rest.
            if let Some(cut) = paragraph_cut(&buf, scan_from) {
                *carry = buf.split_off(cut);
                return Ok(buf);
            }
            scan_from = buf.len();
        }
        let n = r.read(&mut chunk)?;
        if n == 0 {
            return Ok(buf);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// The offset just after the first "\n\n" (or "\n\r\n") at or after `from`.
fn paragraph_cut(buf: &[u8], from: usize) -> Option<usize> {
    let mut i = from.saturating_sub(2);
    while let Some(j) = memchr::memchr(b'\n', &buf[i..]) {
        let at = i + j;
        let rest = &buf[at + 1..];
        let blank = rest.first() == Some(&b'\n') || rest.starts_with(b"\r\n");
        if blank {
            let end = at + 1 + if rest[0] == b'\n' { 1 } else { 2 };
            return Some(end);
        }
        i = at + 1;
    }
    None
}

/// The field names a JSONL record keeps its text and id in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// The field holding the text (a string): `text` by default.
    pub text: String,
    /// The field holding the id (a string or number): `id` by default.
    pub id: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            text: "text".to_string(),
            id: "id".to_string(),
        }
    }
}

/// One JSONL record, as [`parse_jsonl_record`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlRecord {
    /// The id field, when it is a string or number.
    pub id: Option<String>,
    /// The text, repaired as file text is (see [`repair_text`]).
    pub text: String,
}

/// Picks two fields out of a JSON object, skipping the others unparsed.
struct Pick<'a>(&'a JsonlFields);

#[derive(Default)]
struct Picked {
    id: Option<String>,
    text: Option<std::result::Result<String, &'static str>>,
    others: Vec<String>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Pick<'_> {
    type Value = Picked;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Picked, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Pick<'_> {
    type Value = Picked;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Picked, A::Error> {
        use serde_json::Value;
        let mut out = Picked::default();
        while let Some(key) = map.next_key::<String>()? {
            if key == self.0.text {
                out.text = Some(match map.next_value::<Value>()? {
                    Value::String(s) => Ok(s),
                    Value::Null => Err("null"),
                    _ => Err("not a string"),
                });
            } else if key == self.0.id {
                out.id = match map.next_value::<Value>()? {
                    Value::String(s) => Some(s),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                };
            } else {
                if out.others.len() < 6 {
                    out.others.push(key);
                }
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

/// Parse one JSONL line. `None` for a blank line; `Err` says why the line
/// holds no document.
pub fn parse_jsonl_record(
    line: &[u8],
    fields: &JsonlFields,
) -> Option<std::result::Result<JsonlRecord, String>> {
    use serde::de::DeserializeSeed;
    if line.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let mut de = serde_json::Deserializer::from_slice(line);
    let picked = match Pick(fields).deserialize(&mut de).and_then(|p| {
        de.end()?;
        Ok(p)
    }) {
        Ok(p) => p,
        Err(e) => return Some(Err(format!("not a JSON object: {e}"))),
    };
    let text = match picked.text {
        Some(Ok(t)) => t,
        Some(Err(what)) => return Some(Err(format!("field {:?} is {what}", fields.text))),
        None => {
            let others: Vec<String> = picked.others.iter().map(|k| format!("{k:?}")).collect();
            return Some(Err(format!(
                "no {:?} field (fields: {}); name the text field with --text-field",
                fields.text,
                if others.is_empty() {
                    "none".to_string()
                } else {
                    others.join(", ")
                }
            )));
        }
    };
    Some(Ok(JsonlRecord {
        id: picked.id,
        text: repair_text(text),
    }))
}

/// The repairs file text gets that keep it valid UTF-8, for text that is
/// already a string (a JSONL record's): a leading BOM becomes three spaces,
/// NUL becomes U+001A, a lone CR becomes LF. Lengths are kept, so the same
/// text gives the same claims and offsets as a file holding it.
pub fn repair_text(text: String) -> String {
    let needs = text.starts_with('\u{FEFF}') || text.bytes().any(|b| b == 0 || b == b'\r');
    if !needs {
        return text;
    }
    let mut bytes = text.into_bytes();
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes[..3].copy_from_slice(b"   ");
    }
    for b in bytes.iter_mut().filter(|b| **b == 0) {
        *b = 0x1A;
    }
    lone_cr_to_lf(&mut bytes);
    // Only ASCII bytes (and a whole BOM) were replaced by ASCII: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Decode bytes into a [`Document`], keeping byte offsets (see the module docs).
pub fn decode(
    id: &str,
    bytes: Vec<u8>,
) -> std::result::Result<(Document, Option<Warning>), Warning> {
    decode_block(id, bytes, true)
}

/// How many leading bytes are probed for NUL to call a file binary.
pub const BINARY_PROBE: usize = 8192;

/// [`decode`] for one block of a document; only the first block can make
/// the document binary.
pub fn decode_block(
    id: &str,
    mut bytes: Vec<u8>,
    first_block: bool,
) -> std::result::Result<(Document, Option<Warning>), Warning> {
    let warn = |kind| Warning {
        path: id.to_string(),
        kind,
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(warn(WarningKind::Empty));
    }
    if let Some(w) = judge_head(id, &bytes).filter(|_| first_block) {
        return Err(w);
    }
    // Only a file's first bytes can announce UTF-16: a later block that
    // happens to start with FF FE is UTF-8 with bad bytes.
    if first_block && (bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        let text: String = char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{1A}'))
            .collect();
        return Ok((
            Document {
                id: id.to_string(),
                text,
            },
            Some(warn(WarningKind::Utf16)),
        ));
    }
    // A NUL near the start means a binary file (as git and ripgrep judge,
    // see judge_head); a stray NUL later in a text file is repaired like a
    // bad byte.
    let mut nul = None;
    if let Some(at) = memchr::memchr(0, &bytes) {
        let count = bytes[at..].iter().filter(|&&b| b == 0).count();
        for b in bytes[at..].iter_mut().filter(|b| **b == 0) {
            *b = 0x1A;
        }
        nul = Some((at, count));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes[..3].copy_from_slice(b"   ");
    }
    lone_cr_to_lf(&mut bytes);
    let doc = |text| Document {
        id: id.to_string(),
        text,
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let w = nul.map(|(offset, count)| warn(WarningKind::NulBytes { offset, count }));
            Ok((doc(text), w))
        }
        Err(e) => {
            let mut bytes = e.into_bytes();
            let (offset, count) = repair_utf8(&mut bytes);
            // repair_utf8 leaves only valid UTF-8; the fallback is unreachable
            // but keeps this path panic-free.
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            let kind = match nul {
                // Both kinds of repair: report the first offset and the total.
                Some((at, n)) => WarningKind::NulBytes {
                    offset: at.min(offset),
                    count: n + count,
                },
                None => WarningKind::InvalidUtf8 { offset, count },
            };
            Ok((doc(text), Some(warn(kind))))
        }
    }
}

/// Old Mac line ends: a CR not followed by LF becomes LF (one byte for one,
/// so offsets hold), so that the splitter sees lines and blank lines.
fn lone_cr_to_lf(bytes: &mut [u8]) {
    let mut i = 0;
    while let Some(j) = memchr::memchr(b'\r', &bytes[i..]) {
        let at = i + j;
        if bytes.get(at + 1) != Some(&b'\n') {
            bytes[at] = b'\n';
        }
        i = at + 1;
    }
}

/// Replace every byte of every invalid UTF-8 sequence by 0x1A, in place.
/// Returns the offset of the first bad byte and how many were replaced.
fn repair_utf8(bytes: &mut [u8]) -> (usize, usize) {
    let mut first = None;
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        match std::str::from_utf8(&bytes[i..]) {
            Ok(_) => break,
            Err(e) => {
                let bad_at = i + e.valid_up_to();
                let bad_len = e.error_len().unwrap_or(bytes.len() - bad_at);
                first.get_or_insert(bad_at);
                for b in &mut bytes[bad_at..bad_at + bad_len] {
                    *b = 0x1A;
                }
                count += bad_len;
                i = bad_at + bad_len;
            }
        }
    }
    (first.unwrap_or(0), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_keeps_length_and_reports_offset() {
        let bytes = b"abc \xff\xfe def. ok \xc3".to_vec();
        let n = bytes.len();
        let (doc, w) = decode("x.txt", bytes).unwrap();
        assert_eq!(doc.text.len(), n);
        assert_eq!(
            w.unwrap().kind,
            WarningKind::InvalidUtf8 {
                offset: 4,
                count: 3
            }
        );
        assert!(doc.text.starts_with("abc \u{1A}\u{1A} def."));
    }

    #[test]
    fn lone_cr_becomes_lf_and_crlf_stays() {
        let (doc, _) = decode("x", b"a\rb\r\nc\r".to_vec()).unwrap();
        assert_eq!(doc.text, "a\nb\r\nc\n");
    }

    #[test]
    fn a_late_nul_is_repaired_an_early_one_is_binary() {
        let mut b = vec![b'a'; BINARY_PROBE + 10];
        b[BINARY_PROBE + 2] = 0;
        let n = b.len();
        let (doc, w) = decode("x", b).unwrap();
        assert_eq!(doc.text.len(), n);
        assert_eq!(
            w.unwrap().kind,
            WarningKind::NulBytes {
                offset: BINARY_PROBE + 2,
                count: 1
            }
        );
        let mut b = vec![b'a'; 100];
        b[50] = 0;
        assert_eq!(
            decode("x", b.clone()).unwrap_err().kind,
            WarningKind::Binary
        );
        assert!(
            decode_block("x", b, false).is_ok(),
            "a later block is never binary"
        );
    }

    #[test]
    fn bom_becomes_spaces() {
        let (doc, w) = decode("x.txt", b"\xEF\xBB\xBFHello.".to_vec()).unwrap();
        assert_eq!(doc.text, "   Hello.");
        assert!(w.is_none());
    }

    #[test]
    fn empty_and_binary_are_skipped() {
        assert_eq!(
            decode("e", b"  \n".to_vec()).unwrap_err().kind,
            WarningKind::Empty
        );
        assert_eq!(
            decode("b", b"ab\0cd".to_vec()).unwrap_err().kind,
            WarningKind::Binary
        );
    }

    #[test]
    fn utf16_is_decoded() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Hi there.".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let (doc, w) = decode("u", b).unwrap();
        assert_eq!(doc.text, "Hi there.");
        assert_eq!(w.unwrap().kind, WarningKind::Utf16);
    }

    #[test]
    fn valid_text_is_unchanged() {
        let (doc, w) = decode("v", "Café – ok.".as_bytes().to_vec()).unwrap();
        assert_eq!(doc.text, "Café – ok.");
        assert!(w.is_none());
    }

    #[test]
    fn jsonl_records_take_any_field_names_and_say_what_is_missing() {
        let f = JsonlFields {
            text: "content".into(),
            id: "url".into(),
        };
        let rec = parse_jsonl_record(
            br#"{"url": "u1", "x": [1, {"y": 2}], "content": "Hi."}"#,
            &f,
        )
        .unwrap()
        .unwrap();
        assert_eq!(rec.id.as_deref(), Some("u1"));
        assert_eq!(rec.text, "Hi.");
        let err = parse_jsonl_record(br#"{"url": "u1", "body": "Hi."}"#, &JsonlFields::default())
            .unwrap()
            .unwrap_err();
        assert!(
            err.contains(r#"no "text" field (fields: "url", "body")"#),
            "{err}"
        );
        let err = parse_jsonl_record(br#"{"text": 3}"#, &JsonlFields::default())
            .unwrap()
            .unwrap_err();
        assert!(err.contains("not a string"), "{err}");
        assert!(
            parse_jsonl_record(b"[1]", &JsonlFields::default())
                .unwrap()
                .is_err()
        );
        assert!(
            parse_jsonl_record(br#"{"text": "a"} x"#, &JsonlFields::default())
                .unwrap()
                .is_err()
        );
        assert!(parse_jsonl_record(b"  \r", &JsonlFields::default()).is_none());
    }

    #[test]
    fn jsonl_text_is_repaired_as_file_text_is() {
        let raw = "\u{FEFF}a\rb\r\nc\0d";
        // (A NUL this early makes a file binary; past the probe it is repaired.)
        let (file, _) = decode_block("x", raw.as_bytes().to_vec(), false).unwrap();
        let (start, _) = decode("x", "\u{FEFF}a\rb\r\n".as_bytes().to_vec()).unwrap();
        assert!(file.text.starts_with(&start.text));
        assert_eq!(repair_text(raw.to_string()), file.text);
        assert_eq!(repair_text("plain".into()), "plain");
    }

    #[test]
    fn pdf_and_office_files_are_known_by_bytes_or_by_binary_name() {
        let w = judge_head("a.txt", b"%PDF-1.5\n").unwrap();
        assert!(matches!(
            w.kind,
            WarningKind::NeedsConversion { format: "PDF", .. }
        ));
        let w = judge_head("a", b"PK\x03\x04....word/document.xml").unwrap();
        assert!(matches!(w.kind, WarningKind::NeedsConversion { .. }));
        // An `.rtf` that is text is read as text; a binary `.doc` is named.
        assert!(judge_head("a.rtf", b"{\\rtf1 Hello}").is_none());
        let w = judge_head("a.doc", b"\x01\x00\x00junk").unwrap();
        assert!(matches!(w.kind, WarningKind::NeedsConversion { .. }));
        assert_eq!(
            judge_head("a.bin", b"ab\0").unwrap().kind,
            WarningKind::Binary
        );
        assert!(
            judge_head("u.txt", b"\xFF\xFEa\0").is_none(),
            "UTF-16 is not binary"
        );
    }

    #[test]
    fn clashing_ids_take_their_path_from_the_common_root() {
        let tmp = tempfile::tempdir().unwrap();
        for r in ["r1", "r2/deep"] {
            std::fs::create_dir_all(tmp.path().join(r)).unwrap();
            std::fs::write(tmp.path().join(r).join("notes.txt"), "x").unwrap();
        }
        std::fs::write(tmp.path().join("r1/other.txt"), "x").unwrap();
        let paths = [tmp.path().join("r1"), tmp.path().join("r2/deep/../deep")];
        let (sources, _) = collect_sources(&paths).unwrap();
        let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        // Only clashing ids change.
        assert_eq!(ids, ["other.txt", "r1/notes.txt", "r2/deep/notes.txt"]);
        assert!(reads_file(&sources, &tmp.path().join("r2/../r1/notes.txt")));
        assert!(!reads_file(&sources, &tmp.path().join("r1")));
        assert_eq!(input_files(&sources).len(), 3);
    }
}

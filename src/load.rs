//! Loading: paths in, sorted document sources out; bytes in, decoded text out.
//!
//! Directories are walked recursively for `.txt`, `.md` and `.jsonl` files,
//! each also as `.gz` or `.zst` (decompressed on the fly); files named on
//! the command line are read whatever their extension; `-` is standard
//! input. A `.jsonl` file holds one document per line, `{"id": ..., "text":
//! ...}`; its documents take their ids from `id`. Sources are sorted by id, so the run never depends on
//! directory order. Decoding keeps byte offsets: a UTF-8 BOM becomes three
//! spaces and every invalid byte becomes U+001A (one byte), so offsets into
//! the decoded text are offsets into the file. Only UTF-16 (decoded) breaks
//! that, and says so in a warning.

use crate::error::{Error, Result, Warning, WarningKind};
use crate::types::Document;
use std::io::Read;

use std::path::{Path, PathBuf};

/// File extensions read when walking a directory (each also with `.gz` or `.zst`).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "jsonl"];

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
    } else {
        Layout::Text
    };
    (comp, layout)
}

fn wanted_when_walking(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower
        .strip_suffix(".gz")
        .or_else(|| lower.strip_suffix(".zst"))
        .unwrap_or(&lower);
    TEXT_EXTENSIONS
        .iter()
        .any(|e| base.rsplit_once('.').is_some_and(|(_, x)| x == *e))
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

/// Turn command-line paths into sources, sorted by id.
///
/// A path that does not exist is an error (the run stops); problems with
/// single files found while walking (dangling links, loops, unreadable
/// directories) become warnings.
pub fn collect_sources(paths: &[PathBuf]) -> Result<(Vec<Source>, Vec<Warning>)> {
    let mut sources = Vec::new();
    let mut warnings = Vec::new();
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
            walk_dir(path, &mut sources, &mut warnings);
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
    sources.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| origin_key(&a.origin).cmp(&origin_key(&b.origin)))
    });
    Ok((sources, warnings))
}

fn origin_key(o: &Origin) -> Option<&Path> {
    match o {
        Origin::File(p) => Some(p),
        Origin::Bytes(_) => None,
    }
}

fn walk_dir(root: &Path, sources: &mut Vec<Source>, warnings: &mut Vec<Warning>) {
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_string_lossy().into_owned();
                let msg = match e.loop_ancestor() {
                    Some(_) => "symbolic link loop".to_string(),
                    None => e
                        .io_error()
                        .map(|io| io.to_string())
                        .unwrap_or_else(|| e.to_string()),
                };
                warnings.push(Warning {
                    path,
                    kind: WarningKind::Unreadable(msg),
                });
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let p = entry.path();
        if !wanted_when_walking(&entry.file_name().to_string_lossy()) {
            continue;
        }
        let rel = p.strip_prefix(root).unwrap_or(p);
        let id = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if !entry.file_type().is_file() {
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
/// document is skipped. `Ok` may carry a warning too (repaired text).
pub fn read_source(src: &Source) -> std::result::Result<(Document, Option<Warning>), Warning> {
    let mut r = open(src)?;
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes).map_err(|e| Warning {
        path: src.id.clone(),
        kind: WarningKind::Unreadable(e.to_string()),
    })?;
    decode(&src.id, bytes)
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

/// One line of a JSONL corpus.
#[derive(serde::Deserialize)]
struct JsonlDoc {
    id: Option<serde_json::Value>,
    text: String,
}

/// Parse one JSONL line into a document. `line_no` is 1-based; a line
/// without an `id` gets `FILE#LINE`.
pub fn parse_jsonl_line(
    src_id: &str,
    line_no: usize,
    line: &[u8],
) -> Option<std::result::Result<Document, Warning>> {
    if line.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let warn = |msg: String| Warning {
        path: format!("{src_id}:{line_no}"),
        kind: WarningKind::Unreadable(msg),
    };
    let rec: JsonlDoc = match serde_json::from_slice(line) {
        Ok(r) => r,
        Err(e) => {
            return Some(Err(warn(format!(
                "not a {{\"id\", \"text\"}} JSON line: {e}"
            ))));
        }
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{src_id}#{line_no}"),
    };
    Some(Ok(Document { id, text: rec.text }))
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
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
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
    // A NUL near the start means a binary file (as git and ripgrep judge);
    // a stray NUL later in a text file is repaired like a bad byte.
    let head = &bytes[..bytes.len().min(BINARY_PROBE)];
    if first_block && memchr::memchr(0, head).is_some() {
        return Err(warn(WarningKind::Binary));
    }
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
}

//! Errors and warnings of the library.

use std::path::PathBuf;

/// A failure that stops a run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path does not exist or cannot be opened.
    #[error("cannot read {path}")]
    Input {
        /// The path as given.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The output could not be written.
    #[error("cannot write {path}")]
    Output {
        /// The output path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A mentions file (shard) could not be parsed.
    #[error("{path}:{line}: not a mention line: {message}")]
    Mentions {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What the parser said.
        message: String,
    },
}

/// Result alias of the library.
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong with one input file that was skipped or repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// The file has no bytes (or only white space).
    Empty,
    /// The file holds NUL bytes: not text.
    Binary,
    /// Invalid UTF-8 at this byte offset (and maybe later); each bad byte became U+001A.
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
        /// How many bytes were replaced.
        count: usize,
    },
    /// NUL bytes after the first 8 KiB (and maybe invalid UTF-8 too): each
    /// became U+001A.
    NulBytes {
        /// Offset of the first repaired byte.
        offset: usize,
        /// How many bytes were replaced.
        count: usize,
    },
    /// UTF-16 text, decoded; offsets index the UTF-8 re-encoding.
    Utf16,
    /// The file could not be read.
    Unreadable(String),
    /// Not a regular file (a FIFO, a socket, a device): skipped.
    NotAFile,
    /// A sentence longer than the cap was cut into pieces.
    LongSentence {
        /// Where the long run starts.
        offset: usize,
    },
    /// A document format defmine does not read (PDF, Word, OpenDocument):
    /// skipped, with the tool that converts it to text.
    NeedsConversion {
        /// What the file is: "PDF", "Word (.docx)", ...
        format: &'static str,
        /// A command that converts it to text.
        tool: &'static str,
    },
    /// JSONL lines that hold no document, reported once per file.
    BadLines {
        /// How many lines were skipped.
        count: usize,
        /// The first few of their 1-based line numbers.
        lines: Vec<usize>,
        /// What was wrong with the first one.
        first_error: String,
    },
    /// JSONL records whose id was already taken (in this file or by an
    /// earlier input): each got a `#N` suffix, reported once per file.
    DuplicateIds {
        /// How many records were renamed.
        count: usize,
        /// The first duplicated id.
        first: String,
    },
    /// Reading failed part-way (a truncated `.gz`, an I/O error): what came
    /// before `offset` was mined and the document is listed with that size.
    PartialRead {
        /// Bytes read (and mined) before the failure.
        offset: usize,
        /// What failed.
        error: String,
    },
    /// Symbolic links met while walking a folder, not followed.
    LinksSkipped {
        /// How many.
        count: usize,
    },
}

/// A problem with one input that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file (or document id).
    pub path: String,
    /// What happened.
    pub kind: WarningKind,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            WarningKind::Empty => write!(f, "{}: empty file, skipped", self.path),
            WarningKind::Binary => write!(f, "{}: binary file (NUL bytes), skipped", self.path),
            WarningKind::InvalidUtf8 { offset, count } => write!(
                f,
                "{}: invalid UTF-8 at byte {offset} ({count} bad byte(s) replaced by U+001A; offsets unchanged)",
                self.path
            ),
            WarningKind::NulBytes { offset, count } => write!(
                f,
                "{}: NUL bytes in text at byte {offset} ({count} bad byte(s) replaced by U+001A; offsets unchanged)",
                self.path
            ),
            WarningKind::Utf16 => write!(
                f,
                "{}: UTF-16 text decoded; evidence offsets index its UTF-8 form",
                self.path
            ),
            WarningKind::Unreadable(e) => write!(f, "{}: cannot read ({e}), skipped", self.path),
            WarningKind::NotAFile => write!(f, "{}: not a regular file, skipped", self.path),
            WarningKind::LongSentence { offset } => write!(
                f,
                "{}: sentence at byte {offset} exceeds the length cap and was cut",
                self.path
            ),
            WarningKind::NeedsConversion { format, tool } => write!(
                f,
                "{}: {format} file, skipped; convert it to text first, e.g. `{tool}`",
                self.path
            ),
            WarningKind::BadLines {
                count,
                lines,
                first_error,
            } => {
                let list: Vec<String> = lines.iter().map(usize::to_string).collect();
                let more = if *count > lines.len() { ", ..." } else { "" };
                write!(
                    f,
                    "{}: {count} line(s) skipped (line {}{more}); first: {first_error}",
                    self.path,
                    list.join(", ")
                )
            }
            WarningKind::DuplicateIds { count, first } => write!(
                f,
                "{}: {count} record id(s) already taken (first: {first:?}), renamed with a #N suffix",
                self.path
            ),
            WarningKind::PartialRead { offset, error } => write!(
                f,
                "{}: read failed after byte {offset} ({error}); the first {offset} bytes were mined",
                self.path
            ),
            WarningKind::LinksSkipped { count } => write!(
                f,
                "{}: {count} symbolic link(s) not followed (use -L/--follow to follow links)",
                self.path
            ),
        }
    }
}

//! defmine mines definitions, attributions and dates from documents and
//! writes one deduplicated JSON knowledge file.
//!
//! The stages, each a module, pass plain data:
//!
//! 1. [`load`]: paths → sorted [`load::Source`]s → decoded [`Document`]s
//!    (bad files become [`Warning`]s, never a stop);
//! 2. [`split`]: a document's text → sentence spans (in parallel chunks for
//!    large documents);
//! 3. [`extract`]: sentences → raw [`Mention`]s (definitions, aliases,
//!    attributions, dates), by patterns kept as data with their examples;
//! 4. [`consolidate`]: mentions → [`Knowledge`] (aliases merged, duplicates
//!    counted as support, evidence kept);
//! 5. [`output`]: pretty JSON, written atomically.
//!
//! Documents are processed in parallel with rayon; the output depends only on
//! the input, never on thread count or listing order.
//!
//! ```
//! let k = defmine::mine_text("notes.txt", "Osmosis is the movement of water across a membrane. \
//!     The term osmosis was coined by Henri Dutrochet in 1827.");
//! assert_eq!(k.terms[0].term, "osmosis");
//! assert_eq!(k.terms[0].definitions[0].text, "the movement of water across a membrane");
//! assert_eq!(k.documents[0].sentences, 2);
//! ```
#![deny(missing_docs)]
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used))]

pub mod consolidate;
pub mod error;
pub mod extract;
pub mod load;
pub mod output;
pub mod split;
pub mod types;

pub use error::{Error, Result, Warning, WarningKind};
pub use output::Knowledge;
pub use types::{Document, Fact, Mention, Sentence, Span};

use output::DocumentOut;
use rayon::prelude::*;

/// Options the stages read.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Worker threads; 0 means one per core.
    pub threads: usize,
}

/// What extraction produced for a set of sources: the map step's result.
#[derive(Debug, Default)]
pub struct Extraction {
    /// One entry per document read, in source order.
    pub documents: Vec<DocumentOut>,
    /// Every mention, in source order.
    pub mentions: Vec<Mention>,
    /// Problems with single inputs.
    pub warnings: Vec<Warning>,
    /// Bytes read.
    pub bytes: u64,
    /// Sentences found.
    pub sentences: usize,
}

struct DocResult {
    document: Option<DocumentOut>,
    mentions: Vec<Mention>,
    warnings: Vec<Warning>,
    bytes: u64,
}

/// Read, split and extract one source. Never fails: problems are warnings.
fn process_source(src: &load::Source) -> DocResult {
    let mut warnings = Vec::new();
    let (doc, warning) = match load::read_source(src) {
        Ok(x) => x,
        Err(w) => {
            return DocResult {
                document: None,
                mentions: Vec::new(),
                warnings: vec![w],
                bytes: 0,
            };
        }
    };
    warnings.extend(warning);
    let sentences = split::split_document(&doc.text);
    if let Some(s) = sentences.iter().find(|s| split::reaches_cap(s)) {
        warnings.push(Warning {
            path: doc.id.clone(),
            kind: WarningKind::LongSentence { offset: s.start },
        });
    }
    let mentions = extract::extract_document(&doc, &sentences);
    DocResult {
        document: Some(DocumentOut {
            id: doc.id.clone(),
            bytes: doc.text.len(),
            sentences: sentences.len(),
        }),
        mentions,
        warnings,
        bytes: doc.text.len() as u64,
    }
}

fn with_pool<T: Send>(opts: &Options, f: impl FnOnce() -> T + Send) -> T {
    match rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
    {
        Ok(pool) => pool.install(f),
        // No pool could be built (resource limits): run on the global one.
        Err(_) => f(),
    }
}

/// Extract mentions from every source, in parallel. `progress` is called
/// with the byte count of each document when it is done.
pub fn extract_sources(
    sources: &[load::Source],
    opts: &Options,
    progress: &(dyn Fn(u64) + Sync),
) -> Extraction {
    let results: Vec<DocResult> = with_pool(opts, || {
        sources
            .par_iter()
            .map(|s| {
                let r = process_source(s);
                progress(r.bytes);
                r
            })
            .collect()
    });
    let mut ex = Extraction::default();
    for r in results {
        if let Some(d) = r.document {
            ex.sentences += d.sentences;
            ex.documents.push(d);
        }
        ex.mentions.extend(r.mentions);
        ex.warnings.extend(r.warnings);
        ex.bytes += r.bytes;
    }
    ex
}

/// Mine one text held in memory (a convenience for tests and examples).
pub fn mine_text(id: &str, text: &str) -> Knowledge {
    let doc = Document {
        id: id.to_string(),
        text: text.to_string(),
    };
    let sentences = split::split_document(&doc.text);
    let mentions = extract::extract_document(&doc, &sentences);
    let docs = vec![DocumentOut {
        id: doc.id.clone(),
        bytes: text.len(),
        sentences: sentences.len(),
    }];
    consolidate::consolidate(docs, mentions)
}

/// One line of a mentions file (`defmine extract --format jsonl`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Record {
    /// A document that was read (its id, size and sentence count).
    Document {
        /// The document.
        document: DocumentOut,
    },
    /// One mention.
    Mention(Mention),
}

/// Read a mentions file back: its documents and mentions.
pub fn read_records(
    reader: impl std::io::BufRead,
    path: &std::path::Path,
) -> Result<(Vec<DocumentOut>, Vec<Mention>)> {
    let mut docs = Vec::new();
    let mut mentions = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| Error::Input {
            path: path.to_path_buf(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(&line).map_err(|e| Error::Mentions {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        match rec {
            Record::Document { document } => docs.push(document),
            Record::Mention(m) => mentions.push(m),
        }
    }
    Ok((docs, mentions))
}

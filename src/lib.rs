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

/// The README's Rust code, run as a doc test (`cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod confidence;
pub mod consolidate;
pub mod error;
pub mod extract;
pub mod html;
pub mod load;
pub mod output;
pub mod split;
pub mod term;
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
    /// The field names of JSONL records.
    pub jsonl: load::JsonlFields,
    /// Claims below this confidence are left out of the knowledge file
    /// (0 keeps every claim; `run` defaults to
    /// [`confidence::DEFAULT_MIN`]).
    pub min_confidence: f64,
}

/// What extraction produced for a set of sources: the map step's result.
#[derive(Debug, Default)]
pub struct Extraction {
    /// One entry per document read, in source order.
    pub documents: Vec<DocumentOut>,
    /// Every mention, in source order (but the dates of
    /// [`extract_sources_folded`], which are in `dates`).
    pub mentions: Vec<Mention>,
    /// The date mentions of [`extract_sources_folded`], folded; empty after
    /// [`extract_sources`].
    pub dates: consolidate::DateFold,
    /// Problems with single inputs.
    pub warnings: Vec<Warning>,
    /// Bytes read.
    pub bytes: u64,
    /// Sentences found.
    pub sentences: usize,
}

/// Plain-text sources are read and processed in blocks of about this many
/// bytes, cut at paragraph breaks (which no sentence crosses), so memory
/// stays flat however large a file is.
pub const BLOCK_BYTES: usize = 8 << 20;

/// JSONL sources are processed in batches of this many lines.
const JSONL_BATCH: usize = 2048;

/// Where date mentions go as soon as a block is extracted: folded, or
/// kept with the others.
type Fold<'a> = Option<&'a std::sync::Mutex<consolidate::DateFold>>;

/// Add a block's mentions to `out`, folding the dates when `fold` says so.
fn keep(out: &mut DocResult, mut mentions: Vec<Mention>, fold: Fold) {
    if let Some(f) = fold {
        let mut f = f.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        f.take_dates(&mut mentions);
    }
    out.mentions.append(&mut mentions);
}

#[derive(Default)]
struct DocResult {
    document: Option<DocumentOut>,
    mentions: Vec<Mention>,
    warnings: Vec<Warning>,
    bytes: u64,
}

fn skipped(w: Warning) -> Vec<DocResult> {
    vec![DocResult {
        warnings: vec![w],
        ..DocResult::default()
    }]
}

/// Split and extract one decoded document (or block of one); spans are
/// shifted by `base`, the block's offset in its document. Returns the
/// sentences (block-relative).
fn process_text_block(
    doc: &Document,
    base: usize,
    out: &mut DocResult,
    fold: Fold,
) -> Vec<Sentence> {
    let sentences = split::split_document(&doc.text);
    if let Some(s) = sentences.iter().find(|s| split::reaches_cap(s)) {
        out.warnings.push(Warning {
            path: doc.id.clone(),
            kind: WarningKind::LongSentence {
                offset: base + s.start,
            },
        });
    }
    let mut mentions = extract::extract_document(doc, &sentences);
    if base > 0 {
        for m in &mut mentions {
            m.shift(base);
        }
    }
    keep(out, mentions, fold);
    sentences
}

/// [`process_source`], with the file and its warnings reported to `progress`.
fn process_reported(
    src: &load::Source,
    opts: &Options,
    progress: &dyn Progress,
    fold: Fold,
    taken: Option<&mut std::collections::HashSet<String>>,
) -> Vec<DocResult> {
    progress.file(&src.id);
    let done = process_source(src, opts, progress, fold, taken);
    for w in done.iter().flat_map(|r| &r.warnings) {
        progress.warning(w);
    }
    done
}

/// Read, split and extract one source. Never fails: problems are warnings.
/// `taken`: the document ids already given out, for a JSONL source.
fn process_source(
    src: &load::Source,
    opts: &Options,
    progress: &dyn Progress,
    fold: Fold,
    taken: Option<&mut std::collections::HashSet<String>>,
) -> Vec<DocResult> {
    let reader = match load::open(src) {
        Ok(r) => r,
        Err(w) => return skipped(w),
    };
    match load::kind_of(&src.id).1 {
        load::Layout::Jsonl => {
            let mut own = std::collections::HashSet::new();
            let taken = taken.unwrap_or(&mut own);
            process_jsonl(src, reader, &opts.jsonl, progress, fold, taken)
        }
        load::Layout::Text => process_text(src, reader, progress, fold, BLOCK_BYTES),
        load::Layout::Html => process_html(src, reader, progress, fold),
    }
}

/// How a block-by-block read ended.
struct ReadEnd {
    /// Bytes handed to the callback.
    bytes: usize,
    /// The read error that stopped it early, if any.
    error: Option<std::io::Error>,
}

/// Read a text source block by block (cut at paragraph breaks), decode each
/// and hand it to `f` with its offset. A UTF-16 source is decoded whole.
/// The first [`load::BINARY_PROBE`] bytes are judged before anything more
/// is read: a binary file is never read whole.
fn for_each_block(
    src: &load::Source,
    mut reader: Box<dyn std::io::Read + Send>,
    block_bytes: usize,
    mut f: impl FnMut(usize, Decoded) + Send,
) -> ReadEnd {
    let mut carry = Vec::new();
    let stop = |bytes, e| ReadEnd {
        bytes,
        error: Some(e),
    };
    if let Err(e) = load::read_probe(&mut reader, &mut carry) {
        return stop(0, e);
    }
    if let Some(w) = load::judge_head(&src.id, &carry) {
        f(0, Err(w));
        return ReadEnd {
            bytes: 0,
            error: None,
        };
    }
    let mut block = match load::read_block(&mut reader, &mut carry, block_bytes) {
        Ok(b) => b,
        Err(e) => return stop(0, e),
    };
    if block.starts_with(&[0xFF, 0xFE]) || block.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 cannot be cut at byte patterns: decode it whole.
        block.append(&mut carry);
        if let Err(e) = reader.read_to_end(&mut block) {
            return stop(0, e);
        }
    }
    let mut base = 0usize;
    let mut len = block.len();
    let mut decoded = load::decode_block(&src.id, block, true);
    while len > 0 {
        // Read and decode the next block while this one is processed: the
        // reading is no serial step between blocks.
        let next_base = base + len;
        let (next, ()) = rayon::join(
            || -> std::io::Result<(usize, Decoded)> {
                let block = load::read_block(&mut reader, &mut carry, block_bytes)?;
                Ok((block.len(), load::decode_block(&src.id, block, false)))
            },
            || f(base, decoded),
        );
        base = next_base;
        match next {
            Ok(n) => (len, decoded) = n,
            Err(e) => return stop(base, e),
        }
    }
    ReadEnd {
        bytes: base,
        error: None,
    }
}

/// A block as [`load::decode_block`] returns it.
type Decoded = std::result::Result<(Document, Option<Warning>), Warning>;

/// A text source, block by block.
///
/// A read that fails part-way (a truncated `.gz`) keeps what was mined
/// before the failure: the document is listed with the bytes read, and a
/// [`WarningKind::PartialRead`] says so. Claims never point at a document
/// that is not listed.
fn process_text(
    src: &load::Source,
    reader: Box<dyn std::io::Read + Send>,
    progress: &dyn Progress,
    fold: Fold,
    block_bytes: usize,
) -> Vec<DocResult> {
    let warn = |kind| Warning {
        path: src.id.clone(),
        kind,
    };
    let mut out = DocResult::default();
    let (mut sentences, mut blocks, mut bad, mut fatal) =
        (0usize, 0usize, None::<(usize, usize)>, None);
    // The multi-word terms of the blocks read so far, and their search
    // tables (rebuilt only when a block brings a new term).
    let mut terms = extract::variant::TermSet::default();
    let mut targets = None;
    let read = for_each_block(src, reader, block_bytes, |base, decoded| match decoded {
        _ if fatal.is_some() => {}
        Ok((doc, w)) => {
            match w {
                Some(Warning {
                    kind: WarningKind::InvalidUtf8 { offset, count },
                    ..
                }) => {
                    let (first, total) = bad.unwrap_or((base + offset, 0));
                    bad = Some((first, total + count));
                }
                // Block offsets are file offsets once the block's base is added.
                Some(Warning {
                    kind: WarningKind::NulBytes { offset, count },
                    path,
                }) => out.warnings.push(Warning {
                    path,
                    kind: WarningKind::NulBytes {
                        offset: base + offset,
                        count,
                    },
                }),
                Some(w) => out.warnings.push(w),
                None => {}
            }
            let first = out.mentions.len();
            let s = process_text_block(&doc, base, &mut out, fold);
            // One pass: the block's variants of every term defined so far,
            // this block's included (a variant before its term's block is
            // not found; see `extract::variant`).
            if terms.add(&out.mentions[first..]) {
                targets = terms.targets();
            }
            if let Some(t) = &targets {
                let v = extract::variant::find_variants(&doc, base, &s, t);
                keep(&mut out, v, fold);
            }
            progress.bytes(doc.text.len() as u64);
            sentences += s.len();
            blocks += 1;
        }
        Err(Warning {
            kind: WarningKind::Empty,
            ..
        }) => {}
        Err(w) => fatal = Some(w),
    });
    let bytes = read.bytes;
    if let Some(e) = read.error {
        if blocks == 0 {
            return skipped(warn(WarningKind::Unreadable(e.to_string())));
        }
        // Mentions of the blocks read are kept (dates may be folded
        // already): the document is listed as partly read.
        out.warnings.push(warn(WarningKind::PartialRead {
            offset: bytes,
            error: e.to_string(),
        }));
    }
    if let Some(w) = fatal {
        return skipped(w);
    }
    if sentences == 0 {
        // Nothing mined: skipped, with what else was said about it.
        let mut warnings = std::mem::take(&mut out.warnings);
        warnings.push(warn(WarningKind::Empty));
        return vec![DocResult {
            warnings,
            ..DocResult::default()
        }];
    }
    if let Some((offset, count)) = bad {
        out.warnings
            .insert(0, warn(WarningKind::InvalidUtf8 { offset, count }));
    }
    out.bytes = bytes as u64;
    out.document = Some(DocumentOut {
        id: src.id.clone(),
        bytes,
        sentences,
    });
    vec![out]
}

/// Move a mention's offsets from an HTML page's text to the page's bytes.
fn remap(m: &mut Mention, map: &html::Mapped) {
    m.sentence = Span::new(map.start(m.sentence.start), map.end(m.sentence.end));
    if let Fact::Date { span, .. } = &mut m.fact {
        *span = Span::new(map.start(span.start), map.end(span.end));
    }
}

/// An HTML page: read whole, its text mined, every offset mapped back to
/// the page's bytes (see [`html`]).
fn process_html(
    src: &load::Source,
    mut reader: Box<dyn std::io::Read + Send>,
    progress: &dyn Progress,
    fold: Fold,
) -> Vec<DocResult> {
    let warn = |kind| Warning {
        path: src.id.clone(),
        kind,
    };
    let mut bytes = Vec::new();
    if let Err(e) = load::read_probe(&mut reader, &mut bytes) {
        return skipped(warn(WarningKind::Unreadable(e.to_string())));
    }
    if let Some(w) = load::judge_head(&src.id, &bytes) {
        return skipped(w);
    }
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return skipped(warn(WarningKind::Unreadable(e.to_string())));
    }
    let (page, w) = match load::decode(&src.id, bytes) {
        Ok(d) => d,
        Err(w) => return skipped(w),
    };
    let mut mapped = html::to_text(&page.text);
    let doc = Document {
        id: src.id.clone(),
        text: std::mem::take(&mut mapped.text),
    };
    let mut out = DocResult::default();
    out.warnings.extend(w);
    // Mentions stay in text offsets until mapped: no folding before.
    let mut local = DocResult::default();
    let s = process_text_block(&doc, 0, &mut local, None);
    if let Some(t) = extract::variant::targets(&local.mentions) {
        let v = extract::variant::find_variants(&doc, 0, &s, &t);
        local.mentions.extend(v);
    }
    for w in &mut local.warnings {
        if let WarningKind::LongSentence { offset } = &mut w.kind {
            *offset = mapped.start(*offset);
        }
    }
    out.warnings.append(&mut local.warnings);
    for m in &mut local.mentions {
        remap(m, &mapped);
    }
    keep(&mut out, local.mentions, fold);
    progress.bytes(page.text.len() as u64);
    if s.is_empty() {
        out.warnings.push(warn(WarningKind::Empty));
        return vec![DocResult {
            warnings: out.warnings,
            ..DocResult::default()
        }];
    }
    out.bytes = page.text.len() as u64;
    out.document = Some(DocumentOut {
        id: src.id.clone(),
        bytes: page.text.len(),
        sentences: s.len(),
    });
    vec![out]
}

/// What went wrong in a JSONL file, gathered to be said once.
#[derive(Default)]
struct JsonlTrouble {
    bad: usize,
    bad_lines: Vec<usize>,
    first_error: String,
    dups: usize,
    first_dup: String,
}

/// How many bad line numbers a JSONL warning lists.
const BAD_LINES_SHOWN: usize = 5;

fn process_jsonl(
    src: &load::Source,
    reader: Box<dyn std::io::Read + Send>,
    fields: &load::JsonlFields,
    progress: &dyn Progress,
    fold: Fold,
    taken: &mut std::collections::HashSet<String>,
) -> Vec<DocResult> {
    use std::io::BufRead;
    let mut results = Vec::new();
    let mut lines = std::io::BufReader::new(reader).split(b'\n').enumerate();
    let mut trouble = JsonlTrouble::default();
    let (mut read_bytes, mut read_error) = (0usize, None);
    while read_error.is_none() {
        let mut batch = Vec::with_capacity(JSONL_BATCH);
        for (i, line) in lines.by_ref().take(JSONL_BATCH) {
            match line {
                Ok(l) => {
                    read_bytes += l.len() + 1;
                    batch.push((i + 1, l));
                }
                Err(e) => {
                    read_error = Some(e);
                    break;
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let parsed: Vec<(
            usize,
            Option<std::result::Result<load::JsonlRecord, String>>,
        )> = batch
            .par_iter()
            .map(|(n, line)| (*n, load::parse_jsonl_record(line, fields)))
            .collect();
        drop(batch);
        // Ids in line order, so that the renaming is deterministic.
        let mut docs = Vec::with_capacity(parsed.len());
        for (n, rec) in parsed {
            match rec {
                None => {}
                Some(Err(msg)) => {
                    trouble.bad += 1;
                    if trouble.bad_lines.len() < BAD_LINES_SHOWN {
                        trouble.bad_lines.push(n);
                    }
                    if trouble.first_error.is_empty() {
                        trouble.first_error = msg;
                    }
                }
                Some(Ok(rec)) => {
                    let mut id = rec.id.unwrap_or_else(|| format!("{}#{n}", src.id));
                    if taken.contains(&id) {
                        trouble.dups += 1;
                        if trouble.first_dup.is_empty() {
                            trouble.first_dup = id.clone();
                        }
                        id = (2..)
                            .map(|k| format!("{id}#{k}"))
                            .find(|c| !taken.contains(c))
                            .unwrap_or(id);
                    }
                    taken.insert(id.clone());
                    docs.push(Document { id, text: rec.text });
                }
            }
        }
        let done: Vec<DocResult> = docs
            .par_iter()
            .map(|doc| {
                let mut out = DocResult::default();
                let s = process_text_block(doc, 0, &mut out, fold);
                if let Some(t) = extract::variant::targets(&out.mentions) {
                    let v = extract::variant::find_variants(doc, 0, &s, &t);
                    keep(&mut out, v, fold);
                }
                let sentences = s.len();
                out.bytes = doc.text.len() as u64;
                out.document = Some(DocumentOut {
                    id: doc.id.clone(),
                    bytes: doc.text.len(),
                    sentences,
                });
                out
            })
            .collect();
        progress.bytes(done.iter().map(|d| d.bytes).sum());
        results.extend(done);
    }
    let mut warnings = Vec::new();
    let warn = |kind| Warning {
        path: src.id.clone(),
        kind,
    };
    if trouble.bad > 0 {
        warnings.push(warn(WarningKind::BadLines {
            count: trouble.bad,
            lines: trouble.bad_lines,
            first_error: trouble.first_error,
        }));
    }
    if trouble.dups > 0 {
        warnings.push(warn(WarningKind::DuplicateIds {
            count: trouble.dups,
            first: trouble.first_dup,
        }));
    }
    if let Some(e) = read_error {
        warnings.push(warn(if results.is_empty() {
            WarningKind::Unreadable(e.to_string())
        } else {
            WarningKind::PartialRead {
                offset: read_bytes,
                error: e.to_string(),
            }
        }));
    }
    if !warnings.is_empty() {
        results.push(DocResult {
            warnings,
            ..DocResult::default()
        });
    }
    results
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

/// Run `f` on the thread pool `opts` asks for: for the steps outside
/// extraction and consolidation that use rayon, such as writing the
/// knowledge file ([`output::write_knowledge`]).
pub fn on_pool<T: Send>(opts: &Options, f: impl FnOnce() -> T + Send) -> T {
    with_pool(opts, f)
}

/// What a run reports while it extracts: for a progress bar or a log.
/// Calls come from worker threads, in no fixed order.
pub trait Progress: Sync {
    /// `n` more bytes of input are done.
    fn bytes(&self, n: u64);
    /// A source starts being read.
    fn file(&self, _id: &str) {}
    /// A problem with one input, as soon as its source is done (it is in
    /// [`Extraction::warnings`] too).
    fn warning(&self, _w: &Warning) {}
}

/// A byte-count callback as a [`Progress`].
struct Bytes<'a>(&'a (dyn Fn(u64) + Sync));

impl Progress for Bytes<'_> {
    fn bytes(&self, n: u64) {
        (self.0)(n)
    }
}

/// [`extract_sources`] or, with `folded`, [`extract_sources_folded`],
/// reporting to `progress` as it goes.
pub fn extract_sources_with(
    sources: &[load::Source],
    opts: &Options,
    progress: &dyn Progress,
    folded: bool,
) -> Extraction {
    extract_with(sources, opts, progress, folded)
}

/// Extract mentions from every source, in parallel. `progress` is called
/// with the byte count of each document when it is done.
pub fn extract_sources(
    sources: &[load::Source],
    opts: &Options,
    progress: &(dyn Fn(u64) + Sync),
) -> Extraction {
    extract_with(sources, opts, &Bytes(progress), false)
}

/// [`extract_sources`] for a run that consolidates at once: the date
/// mentions (most of a large corpus's) are folded into
/// [`Extraction::dates`] as each block is extracted instead of being kept,
/// so memory grows far slower with the corpus. [`consolidate_folded_with`]
/// then gives the same knowledge as consolidating every mention.
pub fn extract_sources_folded(
    sources: &[load::Source],
    opts: &Options,
    progress: &(dyn Fn(u64) + Sync),
) -> Extraction {
    extract_with(sources, opts, &Bytes(progress), true)
}

fn extract_with(
    sources: &[load::Source],
    opts: &Options,
    progress: &dyn Progress,
    folded: bool,
) -> Extraction {
    let dates = std::sync::Mutex::new(consolidate::DateFold::default());
    let fold = folded.then_some(&dates);
    let results: Vec<DocResult> = with_pool(opts, || {
        // Build the regexes on all threads at once, not one at a time as
        // the first sentences need them.
        extract::warm_up();
        let is_jsonl = |s: &load::Source| load::kind_of(&s.id).1 == load::Layout::Jsonl;
        if !sources.iter().any(is_jsonl) {
            return sources
                .par_iter()
                .flat_map_iter(|s| process_reported(s, opts, progress, fold, None))
                .collect();
        }
        // JSONL records name their own ids: the JSONL sources are read one
        // after another (each in parallel batches), in source order, so
        // that an id already taken (by a file or an earlier record) is
        // renamed the same way on every run. Other sources run beside them.
        let (mut done, jsonl): (Vec<_>, Vec<_>) = rayon::join(
            || {
                sources
                    .par_iter()
                    .enumerate()
                    .filter(|(_, s)| !is_jsonl(s))
                    .map(|(i, s)| (i, process_reported(s, opts, progress, fold, None)))
                    .collect()
            },
            || {
                let mut taken: std::collections::HashSet<String> = sources
                    .iter()
                    .filter(|s| !is_jsonl(s))
                    .map(|s| s.id.clone())
                    .collect();
                sources
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| is_jsonl(s))
                    .map(|(i, s)| {
                        (
                            i,
                            process_reported(s, opts, progress, fold, Some(&mut taken)),
                        )
                    })
                    .collect::<Vec<_>>()
            },
        );
        done.extend(jsonl);
        done.sort_unstable_by_key(|(i, _)| *i);
        done.into_iter().flat_map(|(_, r)| r).collect()
    });
    // Grow the first list to hold them all, then move: no doubling growth,
    // and no second copy of a single large document's mentions.
    let total: usize = results.iter().map(|r| r.mentions.len()).sum();
    let mut ex = Extraction {
        dates: dates
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
        ..Extraction::default()
    };
    for (i, mut r) in results.into_iter().enumerate() {
        if i == 0 {
            ex.mentions = std::mem::take(&mut r.mentions);
            ex.mentions.reserve_exact(total - ex.mentions.len());
        } else {
            ex.mentions.append(&mut r.mentions);
        }
        if let Some(d) = r.document {
            ex.sentences += d.sentences;
            ex.documents.push(d);
        }
        ex.warnings.extend(r.warnings);
        ex.bytes += r.bytes;
    }
    ex
}

/// [`consolidate::consolidate`] on the thread pool `opts` asks for (the
/// sort and the date section run in parallel).
pub fn consolidate_with(
    opts: &Options,
    documents: Vec<DocumentOut>,
    mentions: Vec<Mention>,
) -> Knowledge {
    let ix = confidence::Index::new(&mentions);
    let mut k = with_pool(opts, || consolidate::consolidate(documents, mentions));
    confidence::apply(&mut k, &ix, opts.min_confidence);
    k
}

/// [`consolidate::consolidate_folded`] on the thread pool `opts` asks for:
/// the knowledge of [`extract_sources_folded`]'s result.
pub fn consolidate_folded_with(
    opts: &Options,
    documents: Vec<DocumentOut>,
    mentions: Vec<Mention>,
    dates: consolidate::DateFold,
) -> Knowledge {
    let ix = confidence::Index::new(&mentions);
    let mut k = with_pool(opts, || {
        consolidate::consolidate_folded(documents, mentions, dates)
    });
    confidence::apply(&mut k, &ix, opts.min_confidence);
    k
}

/// Fill in the `text` of every evidence in `evidence` (sentences of the
/// documents of `sources`): `document[start..end]`.
///
/// The pipeline does not keep documents once they are extracted (memory
/// stays flat), so this reads again, block by block, every source that some
/// evidence points into: about the cost of reading and decoding those
/// documents once more, without splitting or extraction. A span that does
/// not fall on character boundaries of its block (it cannot, for spans this
/// crate wrote from the same bytes) keeps no text.
pub fn fill_evidence_text<'a>(
    sources: &[load::Source],
    evidence: impl IntoIterator<Item = &'a mut output::Evidence>,
    opts: &Options,
) {
    use std::collections::{BTreeSet, HashMap};
    let mut evidence: Vec<&mut output::Evidence> = evidence.into_iter().collect();
    let mut wanted: HashMap<&str, BTreeSet<(usize, usize)>> = HashMap::new();
    for e in &evidence {
        wanted.entry(&*e.doc).or_default().insert((e.start, e.end));
    }
    let found: HashMap<(String, usize, usize), Box<str>> = with_pool(opts, || {
        sources
            .par_iter()
            .flat_map_iter(|src| sentence_texts(src, &wanted, &opts.jsonl))
            .collect()
    });
    for e in &mut evidence {
        if let Some(t) = found.get(&(e.doc.to_string(), e.start, e.end)) {
            e.text = Some(t.clone());
        }
    }
}

/// The texts of the `wanted` spans of one source's documents.
fn sentence_texts(
    src: &load::Source,
    wanted: &std::collections::HashMap<&str, std::collections::BTreeSet<(usize, usize)>>,
    fields: &load::JsonlFields,
) -> Vec<((String, usize, usize), Box<str>)> {
    let mut out = Vec::new();
    let mut take =
        |id: &str, base: usize, text: &str, spans: &std::collections::BTreeSet<(usize, usize)>| {
            for &(s, e) in spans.range((base, 0)..(base + text.len() + 1, 0)) {
                if let Some(t) = text.get(s - base..e.saturating_sub(base)) {
                    out.push(((id.to_string(), s, e), Box::from(t)));
                }
            }
        };
    match load::kind_of(&src.id).1 {
        load::Layout::Text => {
            let Some(spans) = wanted.get(src.id.as_str()) else {
                return out;
            };
            let Ok(reader) = load::open(src) else {
                return out;
            };
            let _ = for_each_block(src, reader, BLOCK_BYTES, |base, decoded| {
                if let Ok((doc, _)) = decoded {
                    take(&src.id, base, &doc.text, spans);
                }
            });
        }
        load::Layout::Jsonl => {
            use std::io::BufRead;
            let Ok(reader) = load::open(src) else {
                return out;
            };
            // (A record whose id was renamed as a duplicate keeps no text.)
            for (i, line) in std::io::BufReader::new(reader).split(b'\n').enumerate() {
                let Ok(line) = line else { break };
                if let Some(Ok(rec)) = load::parse_jsonl_record(&line, fields) {
                    let id = rec.id.unwrap_or_else(|| format!("{}#{}", src.id, i + 1));
                    if let Some(spans) = wanted.get(id.as_str()) {
                        take(&id, 0, &rec.text, spans);
                    }
                }
            }
        }
        load::Layout::Html => {
            // Evidence offsets of a page slice the page itself (markup
            // included).
            use std::io::Read;
            let Some(spans) = wanted.get(src.id.as_str()) else {
                return out;
            };
            let Ok(mut reader) = load::open(src) else {
                return out;
            };
            let mut bytes = Vec::new();
            if reader.read_to_end(&mut bytes).is_ok()
                && let Ok(page) = String::from_utf8(bytes)
            {
                take(&src.id, 0, &page, spans);
            }
        }
    }
    out
}

/// Mine one text held in memory (a convenience for tests and examples),
/// keeping what `run` keeps by default
/// ([`confidence::DEFAULT_MIN`]).
pub fn mine_text(id: &str, text: &str) -> Knowledge {
    let doc = Document {
        id: id.to_string(),
        text: text.to_string(),
    };
    let sentences = split::split_document(&doc.text);
    let mentions = extract::extract_all(&doc, &sentences);
    let docs = vec![DocumentOut {
        id: doc.id.clone(),
        bytes: text.len(),
        sentences: sentences.len(),
    }];
    let ix = confidence::Index::new(&mentions);
    let mut k = consolidate::consolidate(docs, mentions);
    confidence::apply(&mut k, &ix, confidence::DEFAULT_MIN);
    k
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

#[cfg(test)]
#[path = "lib_tests.rs"]
mod tests;

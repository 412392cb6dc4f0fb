//! Tests of the block-by-block reading of text sources: one pass, variants
//! found per block, read errors reported.

use super::*;

struct Quiet;
impl Progress for Quiet {
    fn bytes(&self, _n: u64) {}
}

/// A reader that gives `data` and then fails (a truncated archive).
struct FailAfter {
    data: std::io::Cursor<Vec<u8>>,
}

impl std::io::Read for FailAfter {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.data.read(buf)? {
            0 => Err(std::io::Error::other("disk went away")),
            n => Ok(n),
        }
    }
}

fn source(id: &str, text: &str) -> load::Source {
    load::Source {
        id: id.to_string(),
        origin: load::Origin::Bytes(text.as_bytes().to_vec()),
    }
}

/// Paragraphs of filler, each its own block at a 64-byte block size.
fn filler(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("Paragraph {i} talks about the weather and the harbour at some length.\n\n")
        })
        .collect()
}

const DEFINITION: &str =
    "A quiet zone is an area in which radio transmitters are restricted by law.\n\n";
const VARIANT: &str = "The observatory sits inside the quiet-zone near the river.\n\n";

fn mined(text: &str, block: usize) -> Vec<DocResult> {
    let src = source("doc.txt", text);
    let reader = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
    process_text(&src, reader, &Quiet, None, block)
}

fn variants(r: &[DocResult]) -> Vec<(usize, String)> {
    r.iter()
        .flat_map(|d| &d.mentions)
        .filter(|m| m.pattern == extract::variant::PATTERN)
        .filter_map(|m| match &m.fact {
            Fact::Alias { alias, .. } => Some((m.sentence.start, alias.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn variant_in_a_later_block_than_its_definition_is_found() {
    let text = format!("{DEFINITION}{}{VARIANT}", filler(5));
    let at = text.find("The observatory").unwrap();
    let small = mined(&text, 64);
    let whole = mined(&text, BLOCK_BYTES);
    assert_eq!(variants(&small), vec![(at, "quiet-zone".to_string())]);
    assert_eq!(variants(&small), variants(&whole));
    assert_eq!(small[0].document.as_ref().unwrap().sentences, 7);
}

#[test]
fn variant_in_a_block_before_its_definition_is_not_found() {
    // The documented limit of the one pass: a block is searched for the
    // terms of the blocks up to it, not those after it.
    let text = format!("{VARIANT}{}{DEFINITION}", filler(5));
    assert!(variants(&mined(&text, 64)).is_empty());
    // One block (any document under BLOCK_BYTES) finds it.
    assert_eq!(variants(&mined(&text, BLOCK_BYTES)).len(), 1);
}

#[test]
fn variant_in_the_block_of_its_definition_is_found() {
    let text = format!("{}{DEFINITION}{VARIANT}", filler(3));
    // A block reaches the first blank line past its size: definition and
    // variant together.
    let at = text.find("A quiet zone").unwrap();
    let r = mined(&text, at + 1);
    assert_eq!(variants(&r).len(), 1);
}

#[test]
fn read_error_midway_keeps_every_block_read_and_says_so() {
    // Past the binary probe, so that the failure comes after some blocks.
    let text = format!("{DEFINITION}{}{VARIANT}", filler(load::BINARY_PROBE / 32));
    let src = source("doc.txt", &text);
    let reader = Box::new(FailAfter {
        data: std::io::Cursor::new(text.as_bytes().to_vec()),
    });
    let r = process_text(&src, reader, &Quiet, None, 64);
    assert_eq!(r.len(), 1);
    let partial: Vec<_> = r[0]
        .warnings
        .iter()
        .filter_map(|w| match &w.kind {
            WarningKind::PartialRead { offset, error } => Some((*offset, error.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(partial.len(), 1, "{:?}", r[0].warnings);
    assert!(partial[0].1.contains("disk went away"));
    let doc = r[0].document.as_ref().unwrap();
    assert_eq!(doc.bytes, partial[0].0);
    // Every block handed over before the failure is mined (the last one,
    // cut short, is not listed and not mined).
    assert!(r[0].mentions.iter().any(|m| m.pattern == "def/copular"));
    assert!(r[0].mentions.iter().all(|m| m.sentence.end <= doc.bytes));
    assert!(doc.bytes > 0 && doc.bytes <= text.len());
}

#[test]
fn read_error_before_any_block_is_unreadable() {
    let src = source("doc.txt", "");
    let reader = Box::new(FailAfter {
        data: std::io::Cursor::new(Vec::new()),
    });
    let r = process_text(&src, reader, &Quiet, None, 64);
    assert!(r[0].document.is_none());
    assert!(matches!(r[0].warnings[0].kind, WarningKind::Unreadable(_)));
}

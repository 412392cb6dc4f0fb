//! Literal blocks: whether a sentence is a line of code set in the text.
//!
//! In: a document and a byte offset (a sentence's start). Out: whether the
//! line holding that offset is inside a reStructuredText literal block: an
//! indented block after a paragraph that ends in `::`, or after a
//! `.. code-block::`, `.. code::` or `.. sourcecode::` directive. Such a
//! line is code, a shell session or a table set as code, so its numbers
//! are read as numbers (see `guard/code-block`).
//!
//! How: the line's indent is measured; then the lines above are walked up,
//! blank lines skipped, until one is indented less: if it opens a literal
//! block the answer is yes; if it is a deeper line of the same block
//! (nested code), the walk goes on from its indent; at indent 0 it stops.
//! The walk reads at most [`MAX_LINES`] lines, so a sentence costs a
//! bounded amount whatever the document.

/// Lines above a sentence read at most to find its block's opener.
pub const MAX_LINES: usize = 400;

/// The indent of `line` in columns (a tab to the next multiple of 8), and
/// whether the line is blank.
fn indent(line: &[u8]) -> (usize, bool) {
    let mut col = 0;
    for &b in line {
        match b {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            b'\r' => {}
            _ => return (col, false),
        }
    }
    (col, true)
}

/// The line opens a literal block: it ends in `::` or is a code directive.
fn opens_block(line: &[u8]) -> bool {
    let t = line.trim_ascii();
    (t.ends_with(b"::") && !t.ends_with(b":::"))
        || t.starts_with(b".. code-block::")
        || t.starts_with(b".. code::")
        || t.starts_with(b".. sourcecode::")
}

/// Whether the line of `text` holding byte `at` lies in a literal block.
///
/// ```
/// use defmine::split::in_literal_block;
/// let doc = "Run this::\n\n    echo 1024 > size\n\nIn 1999 it changed.\n";
/// assert!(in_literal_block(doc, doc.find("echo").unwrap()));
/// assert!(!in_literal_block(doc, doc.find("In 1999").unwrap()));
/// ```
pub fn in_literal_block(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let line_start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
    let (mut need, blank) = indent(&b[line_start..line_end]);
    if need == 0 || blank {
        return false;
    }
    let mut end = line_start; // end of the line above (exclusive, at its '\n' + 1)
    for _ in 0..MAX_LINES {
        if end == 0 {
            return false;
        }
        let stop = end - 1; // the '\n' ending the line above
        let start = memchr::memrchr(b'\n', &b[..stop]).map_or(0, |i| i + 1);
        let line = &b[start..stop];
        end = start;
        let (col, blank) = indent(line);
        if blank || col >= need {
            continue;
        }
        if opens_block(line) {
            return true;
        }
        if col == 0 {
            return false;
        }
        need = col;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(doc: &str, needle: &str) -> bool {
        in_literal_block(doc, doc.find(needle).expect("needle"))
    }

    #[test]
    fn lines_after_a_double_colon_are_literal() {
        let doc = "To count, run::\n\n    $ wc -l 2048\n    $ echo done\n\nThen 1999 came.\n";
        assert!(at(doc, "$ wc"));
        assert!(at(doc, "$ echo"));
        assert!(!at(doc, "Then"));
    }

    #[test]
    fn nested_code_stays_in_its_block() {
        let doc = "Example::\n\n    if x:\n        y = 1024\n    end\n";
        assert!(at(doc, "y = 1024"));
        assert!(at(doc, "end"));
    }

    #[test]
    fn directives_open_blocks() {
        let doc = ".. code-block:: c\n\n\tint x = 2048;\n";
        assert!(at(doc, "int x"));
    }

    #[test]
    fn indented_prose_is_not_literal() {
        let doc = "Terms:\n\n  quota\n    The limit set in 1999 for a user.\n";
        assert!(!at(doc, "The limit"));
        let doc = "A list:\n\n - item one from 1999\n";
        assert!(!at(doc, "item one"));
        // A line at indent 0 is never literal.
        assert!(!at("Run::\n\nls 1999\n", "ls"));
    }

    #[test]
    fn the_walk_is_bounded() {
        let mut doc = String::from("Code::\n\n");
        for _ in 0..MAX_LINES + 10 {
            doc.push_str("    x\n");
        }
        doc.push_str("    last 2048\n");
        assert!(!at(&doc, "last"));
        assert!(!in_literal_block("", 0) && !in_literal_block("  a", 99));
    }
}

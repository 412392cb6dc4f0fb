//! HTML pages as text, with a map back to the page's bytes.
//!
//! The page is tokenized with `html5gum` (a WHATWG tokenizer that gives the
//! byte span of every token). The text keeps what a reader sees: scripts,
//! styles, templates and comments are dropped, block elements (`p`, `div`,
//! `li`, `h1`..`h6`, `br`, `tr`, `td`, `section`, ...) become paragraph
//! breaks, inline elements (`em`, `a`, `span`, ...) vanish without a space
//! (as a browser shows them), character references are decoded, and line
//! breaks inside a paragraph become spaces (but in `pre`).
//!
//! The text is shorter than the page, so a [`Mapped`] keeps segments: runs
//! copied from the page byte for byte (offsets map linearly) and
//! replacements (a decoded reference, a paragraph break for a tag) that map
//! to their whole source span. A sentence of the text maps to the page
//! range from its first character to its last, markup inside included.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// The text of a page and how to map its offsets back to the page.
#[derive(Debug, Clone, Default)]
pub struct Mapped {
    /// The text a reader sees.
    pub text: String,
    /// Segments by text offset (see the module docs).
    segs: Vec<Seg>,
}

#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Where the segment starts in the text.
    text: usize,
    /// Its source span.
    src_start: usize,
    src_end: usize,
    /// Copied byte for byte (same length): offsets inside map linearly.
    verbatim: bool,
}

impl Mapped {
    fn seg_at(&self, t: usize) -> Option<&Seg> {
        let i = self.segs.partition_point(|s| s.text <= t);
        i.checked_sub(1).map(|i| &self.segs[i])
    }

    /// The page offset of text offset `t` taken as a start.
    pub fn start(&self, t: usize) -> usize {
        match self.seg_at(t) {
            Some(s) if s.verbatim => (s.src_start + (t - s.text)).min(s.src_end),
            Some(s) => s.src_start,
            None => 0,
        }
    }

    /// The page offset of text offset `t` taken as an end (exclusive): just
    /// after the source of the text byte before `t`.
    pub fn end(&self, t: usize) -> usize {
        if t == 0 {
            return self.start(0);
        }
        match self.seg_at(t - 1) {
            Some(s) if s.verbatim => (s.src_start + (t - s.text)).min(s.src_end),
            Some(s) => s.src_end,
            None => 0,
        }
    }

    fn push(&mut self, text: &str, src_start: usize, src_end: usize, verbatim: bool) {
        if text.is_empty() {
            return;
        }
        self.segs.push(Seg {
            text: self.text.len(),
            src_start,
            src_end,
            verbatim,
        });
        self.text.push_str(text);
    }

    /// A paragraph break for the markup at `start..end`, unless the text
    /// already ends with one (or is empty).
    fn paragraph(&mut self, start: usize, end: usize) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            let sep = if self.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            self.push(sep, start, end, false);
        }
    }
}

/// Elements whose content is not text a reader sees.
const DROPPED: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"math",
    b"iframe",
    b"object",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"body",
    b"br",
    b"caption",
    b"dd",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"html",
    b"legend",
    b"li",
    b"main",
    b"nav",
    b"ol",
    b"option",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"title",
    b"tr",
    b"ul",
];

/// Elements whose line breaks are kept.
const PREFORMATTED: &[&[u8]] = &[b"pre", b"textarea", b"listing", b"plaintext"];

/// The text of the page `html` (already decoded, see [`crate::load`]).
pub fn to_text(html: &str) -> Mapped {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style contents are raw text, not markup.
    emitter.naively_switch_states(true);
    let mut out = Mapped::default();
    // The dropped element being skipped, and how deep in it.
    let mut skip: Option<(Vec<u8>, usize)> = None;
    let mut pre = 0usize;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name: &[u8] = &tag.name;
                if let Some((n, depth)) = &mut skip {
                    if n.as_slice() == name && !tag.self_closing {
                        *depth += 1;
                    }
                    continue;
                }
                if DROPPED.contains(&name) && !tag.self_closing {
                    skip = Some((name.to_vec(), 1));
                    out.paragraph(tag.span.start, tag.span.end);
                    continue;
                }
                if PREFORMATTED.contains(&name) && !tag.self_closing {
                    pre += 1;
                }
                if BLOCKS.contains(&name) {
                    out.paragraph(tag.span.start, tag.span.end);
                }
            }
            Token::EndTag(tag) => {
                let name: &[u8] = &tag.name;
                if let Some((n, depth)) = &mut skip {
                    if n.as_slice() == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                    continue;
                }
                if PREFORMATTED.contains(&name) {
                    pre = pre.saturating_sub(1);
                }
                if BLOCKS.contains(&name) || DROPPED.contains(&name) {
                    out.paragraph(tag.span.start, tag.span.end);
                }
            }
            Token::String(s) if skip.is_none() => {
                let (start, end) = (s.span.start, s.span.end.min(html.len()));
                let value = String::from_utf8_lossy(&s.value);
                push_text(&mut out, html, start, end, &value, pre > 0);
            }
            _ => {}
        }
    }
    out
}

/// Append a text token: `value` is what the tokenizer decoded from
/// `html[start..end]`. Runs equal to the source are copied (line breaks
/// becoming spaces unless `pre`); each character reference becomes its
/// value, mapped to the reference.
fn push_text(out: &mut Mapped, html: &str, start: usize, end: usize, value: &str, pre: bool) {
    let raw = html.get(start..end).unwrap_or("");
    let flat = |s: &str| -> String {
        if pre {
            s.to_string()
        } else {
            s.replace(['\n', '\r', '\t'], " ")
        }
    };
    if raw == value {
        out.push(&flat(raw), start, end, true);
        return;
    }
    // Walk both: the value is the source with each reference replaced.
    let (rb, vb) = (raw.as_bytes(), value.as_bytes());
    let (mut i, mut j) = (0usize, 0usize);
    let mut run = 0usize;
    let aligned = loop {
        if i == rb.len() || j == vb.len() {
            break i == rb.len() && j == vb.len();
        }
        if rb[i] == b'&' {
            let k = reference_end(rb, i);
            let decoded = decode_reference(&raw[i..k]);
            if k > i + 1
                && value
                    .get(j..)
                    .is_some_and(|v| v.starts_with(decoded.as_str()))
            {
                out.push(&flat(&raw[run..i]), start + run, start + i, true);
                // A no-break space is a space to the splitter and extractors.
                let shown = if pre {
                    decoded.clone()
                } else {
                    decoded.replace('\u{A0}', " ")
                };
                out.push(&shown, start + i, start + k, false);
                i = k;
                j += decoded.len();
                run = i;
                continue;
            }
        }
        if rb[i] == b'\r' && vb[j] == b'\n' && rb.get(i + 1) == Some(&b'\n') {
            // CR LF read as one line break.
            out.push(&flat(&raw[run..i]), start + run, start + i, true);
            out.push(
                if pre { "\n" } else { " " },
                start + i,
                start + i + 2,
                false,
            );
            i += 2;
            j += 1;
            run = i;
            continue;
        }
        if rb[i] != vb[j] {
            // Back to a character boundary (both moved in step from one).
            while i > run && !raw.is_char_boundary(i) {
                i -= 1;
                j -= 1;
            }
            break false;
        }
        i += 1;
        j += 1;
    };
    if aligned {
        out.push(&flat(&raw[run..]), start + run, end, true);
    } else {
        // Never expected: keep the decoded rest, mapped to the rest whole.
        out.push(
            &flat(raw.get(run..i).unwrap_or("")),
            start + run,
            start + i,
            true,
        );
        out.push(&flat(value.get(j..).unwrap_or("")), start + i, end, false);
    }
}

/// Where a character reference starting at `i` (`&`) ends: `&#123;`,
/// `&#x1F;`, `&name;`, each `;` optional as in legacy HTML.
fn reference_end(b: &[u8], i: usize) -> usize {
    let mut k = i + 1;
    if b.get(k) == Some(&b'#') {
        k += 1;
        let hex = matches!(b.get(k), Some(b'x' | b'X'));
        if hex {
            k += 1;
        }
        while b.get(k).is_some_and(|c| {
            if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        }) {
            k += 1;
        }
    } else {
        while b.get(k).is_some_and(u8::is_ascii_alphanumeric) {
            k += 1;
        }
    }
    if b.get(k) == Some(&b';') {
        k += 1;
    }
    k
}

/// The value of one character reference, as the tokenizer reads it in text.
fn decode_reference(r: &str) -> String {
    let mut v = String::new();
    for t in Tokenizer::new(r).flatten() {
        if let Token::String(s) = t {
            v.push_str(&String::from_utf8_lossy(&s.value));
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sentence-like range of the text maps to a page range whose
    /// markup-stripped text is the same.
    fn check_map(html: &str, needle: &str) {
        let m = to_text(html);
        let t = m
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {:?}", m.text));
        let (a, b) = (m.start(t), m.end(t + needle.len()));
        let again = to_text(&html[a..b]).text;
        assert_eq!(again.trim(), needle, "page range {:?}", &html[a..b]);
    }

    #[test]
    fn markup_scripts_and_comments_are_dropped() {
        let m = to_text(
            "<html><head><title>T</title><style>p{}</style></head><body>\
             <script>if (a < b) { x = '<p>'; }</script><!-- note -->\
             <p>A <em>kiln</em> is an oven.</p><div>Next</div></body></html>",
        );
        assert!(!m.text.contains("if (a"), "{:?}", m.text);
        assert!(!m.text.contains("note"));
        assert!(!m.text.contains("p{}"));
        assert!(
            m.text.contains("A kiln is an oven.\n\nNext"),
            "{:?}",
            m.text
        );
        assert!(m.text.starts_with("T\n\n"), "{:?}", m.text);
    }

    #[test]
    fn references_are_decoded_and_map_to_their_source() {
        let html = "<p>Salt &amp; pepper&nbsp;mix is a blend &#8212; or &#x2014; &lt;tag&gt;. AT&T &copy</p>";
        let m = to_text(html);
        assert!(
            m.text
                .contains("Salt & pepper mix is a blend \u{2014} or \u{2014} <tag>. AT&T \u{A9}"),
            "{:?}",
            m.text
        );
        check_map(html, "Salt & pepper mix is a blend");
        check_map(html, "<tag>.");
        let t = m.text.find("pepper mix").unwrap();
        assert_eq!(&html[m.start(t)..m.end(t + 10)], "pepper&nbsp;mix");
    }

    #[test]
    fn blocks_break_paragraphs_and_lines_join() {
        let html = "<ul><li>One\nline</li><li>Two</li></ul>A<br>B<pre>x\ny</pre>";
        let m = to_text(html);
        assert_eq!(m.text.trim(), "One line\n\nTwo\n\nA\n\nB\n\nx\ny");
    }

    #[test]
    fn crlf_and_inline_markup_keep_the_map() {
        let html = "<p>A <b>kiln</b> is\r\nan &quot;oven&quot;.</p>";
        let m = to_text(html);
        assert_eq!(m.text.trim(), "A kiln is an \"oven\".");
        check_map(html, "A kiln is an \"oven\".");
        let t = m.text.find('A').unwrap();
        let e = t + "A kiln is an \"oven\".".len();
        assert_eq!(
            &html[m.start(t)..m.end(e)],
            "A <b>kiln</b> is\r\nan &quot;oven&quot;."
        );
    }

    proptest::proptest! {
        /// Any page: no panic, and every text offset maps into the page,
        /// in order.
        #[test]
        fn any_page_maps_into_itself_in_order(
            html in "(<[a-z/!]{0,3}[a-z]{0,6}( [a-z]+=\"[^\"]{0,4}\")?>|&[a-z#x0-9]{0,6};?|[a-zé€ .\r\n<>&;]{0,8}|<script>[^<]{0,6}</script>){0,30}"
        ) {
            let m = to_text(&html);
            let mut last = 0;
            for t in (0..=m.text.len()).filter(|&t| m.text.is_char_boundary(t)) {
                let (a, b) = (m.start(t), m.end(t));
                proptest::prop_assert!(a <= html.len() && b <= html.len());
                proptest::prop_assert!(b >= last, "end({t}) = {b} < {last}");
                last = b;
            }
        }
    }
}

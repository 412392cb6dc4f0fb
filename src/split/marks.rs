//! Byte-level helpers of the splitter: finding the next candidate mark,
//! reading list markers, quotes, citations and the shape of lines.

use super::*;

pub(super) fn find_emoticon(b: &[u8], from: usize) -> usize {
    memchr::memchr2(b':', b';', &b[from..]).map_or(b.len(), |k| from + k)
}

pub(super) fn find_punct(b: &[u8], from: usize) -> usize {
    memchr3(b'.', b'!', b'?', &b[from..]).map_or(b.len(), |k| from + k)
}

/// Next `"` or 0xE2 (the lead byte of curly quotes) at or after `from`.
pub(super) fn find_quote(b: &[u8], from: usize) -> usize {
    memchr::memchr2(b'"', 0xE2, &b[from..]).map_or(b.len(), |k| from + k)
}

/// Byte length of a full-width mark.
pub(super) const FULLWIDTH_LEN: usize = 3;

/// True when a full-width `．` (U+FF0E), `！` (U+FF01) or `？` (U+FF1F)
/// starts at `k`.
pub(super) fn is_fullwidth_mark(b: &[u8], k: usize) -> bool {
    matches!(
        b.get(k..k + FULLWIDTH_LEN),
        Some([0xEF, 0xBC, 0x8E | 0x81 | 0x9F])
    )
}

/// Next full-width mark at or after `from`, or `b.len()`.
pub(super) fn find_fullwidth(b: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(k) = memchr(0xEF, &b[at..]) {
        if is_fullwidth_mark(b, at + k) {
            return at + k;
        }
        at += k + 1;
    }
    b.len()
}

pub(super) fn find_newline(b: &[u8], from: usize) -> usize {
    memchr(b'\n', &b[from..]).map_or(b.len(), |k| from + k)
}

pub(super) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn lead_ws(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_whitespace()).count()
}

/// `“`, `”`, `‘`, `’` in UTF-8.
pub(super) const LDQUO: &[u8] = "\u{201c}".as_bytes();
pub(super) const RDQUO: &[u8] = "\u{201d}".as_bytes();
pub(super) const LSQUO: &[u8] = "\u{2018}".as_bytes();
pub(super) const RSQUO: &[u8] = "\u{2019}".as_bytes();

/// Does the straight `"` at `pos` open a quotation? Only at the sentence
/// start or after white space or a bracket, and before a non-space (so
/// `3/4" wide` is an inch mark).
pub(super) fn opens_here(b: &[u8], pos: usize, lo: usize) -> bool {
    let before = pos == lo || matches!(b[pos - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[');
    before && b.get(pos + 1).is_some_and(|c| !c.is_ascii_whitespace())
}

/// Does `line` hold a closing double quote (`"` after a non-space, or `”`)?
pub(super) fn double_close_in(line: &[u8]) -> bool {
    let mut at = 0;
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &line[at..]) {
        let pos = at + k;
        if line[pos] == b'"' {
            if pos > 0 && !line[pos - 1].is_ascii_whitespace() {
                return true;
            }
        } else if line[pos..].starts_with(RDQUO) {
            return true;
        }
        at = pos + 1;
    }
    false
}

/// Does `line` hold a closing curly single quote (`’` not inside a word)?
pub(super) fn single_close_in(line: &[u8]) -> bool {
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&line[at..], RSQUO) {
        let pos = at + k;
        if !line.get(pos + 3).is_some_and(u8::is_ascii_alphabetic) {
            return true;
        }
        at = pos + 3;
    }
    false
}

/// End of a reference mark at `k` (`[3]`, `[2–11]`, `[4, 7]`), or `k`.
#[inline]
pub(super) fn citation_at(b: &[u8], k: usize, limit: usize) -> usize {
    if b.get(k) != Some(&b'[') {
        return k;
    }
    let mut j = k + 1;
    let mut digits = false;
    while j < limit && j - k <= 12 {
        match b[j] {
            b'0'..=b'9' => digits = true,
            b',' | b'-' | b' ' => {}
            0xE2 if b[j..limit].starts_with("\u{2013}".as_bytes()) => j += 2,
            b']' if digits => return j + 1,
            _ => break,
        }
        j += 1;
    }
    k
}

/// Skips reference marks written right after sentence punctuation
/// (`end.[1][2]`); returns where they stop.
pub(super) fn skip_citations(b: &[u8], mut k: usize, limit: usize) -> usize {
    loop {
        let e = citation_at(b, k, limit);
        if e == k {
            return k;
        }
        k = e;
    }
}

/// A sentence ending at `e`, followed on the same line by reference marks
/// and then white space (`a gas. [1] It`), keeps the marks: returns the
/// end after them, or `e`.
pub(super) fn trailing_citations(b: &[u8], e: usize, limit: usize) -> usize {
    let mut j = e;
    let mut last = e;
    loop {
        while j < limit && matches!(b[j], b' ' | b'\t') {
            j += 1;
        }
        let c = citation_at(b, j, limit);
        if c == j {
            break;
        }
        j = c;
        last = c;
    }
    if last == e || (last < b.len() && !b[last].is_ascii_whitespace()) {
        return e;
    }
    last
}

/// The last white-space separated word of `b` (empty when none).
pub(super) fn last_word(b: &[u8]) -> &[u8] {
    b.trim_ascii_end()
        .rsplit(u8::is_ascii_whitespace)
        .next()
        .unwrap_or_default()
}

/// True when `before` (the sentence up to a clock abbreviation) ends with a
/// number: `at 6`, `by 10:30`.
pub(super) fn clock_number_before(before: &[u8]) -> bool {
    let w = last_word(before);
    w.first().is_some_and(u8::is_ascii_digit)
        && w.iter()
            .all(|c| c.is_ascii_digit() || *c == b':' || *c == b'.')
}

/// Byte length of a closing quote or bracket at the start of `b`, or 0.
pub(super) fn closer_len(b: &[u8]) -> usize {
    match b {
        [b'"' | b'\'' | b')' | b']' | b'}', ..] => 1,
        [0xC2, 0xBB, ..] => 2,                     // »
        [0xE2, 0x80, 0x99 | 0x9D | 0xBA, ..] => 3, // ’ ” ›
        _ => 0,
    }
}

/// Byte length of an opening quote or bracket at the start of `b`, or 0.
pub(super) fn opener_len(b: &[u8]) -> usize {
    match b {
        [b'"' | b'\'' | b'(' | b'[' | b'{', ..] => 1,
        [0xC2, 0xAB, ..] => 2,                     // «
        [0xE2, 0x80, 0x98 | 0x9C | 0xB9, ..] => 3, // ‘ “ ‹
        _ => 0,
    }
}

/// Classifies what follows the white space at `k`.
pub(super) fn next_token(text: &str, k: usize) -> Next {
    let b = text.as_bytes();
    let len = b.len();
    let mut j = k;
    let mut newlines = 0;
    while j < len && b[j].is_ascii_whitespace() {
        newlines += usize::from(b[j] == b'\n');
        j += 1;
    }
    if newlines >= 2 {
        // A blank line ends the paragraph: nothing beyond it counts.
        return Next {
            kind: Kind::End,
            word: (j, j),
            opened: false,
        };
    }
    let start = j;
    let mut guard = 0;
    while j < len && guard < 4 {
        match opener_len(&b[j..]) {
            0 => break,
            o => j += o,
        }
        guard += 1;
    }
    let opened = j > start;
    let Some(c) = text[j..].chars().next() else {
        return Next {
            kind: Kind::End,
            word: (j, j),
            opened,
        };
    };
    let kind = if c.is_lowercase() {
        Kind::Lower
    } else if c.is_uppercase() {
        Kind::Upper
    } else if c.is_ascii_digit() {
        Kind::Digit
    } else {
        Kind::Other
    };
    let mut e = j;
    while e < len && b[e].is_ascii_alphabetic() && e - j < 16 {
        e += 1;
    }
    Next {
        kind,
        word: (j, e),
        opened,
    }
}

/// Counts white-space separated words in `b`, stopping at `max`.
pub(super) fn words_before(b: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &c in b {
        if c.is_ascii_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            n += 1;
            if n >= max {
                break;
            }
        }
    }
    n
}

/// Byte length of a list bullet at the start of `b`, or 0.
pub(super) fn bullet_len(b: &[u8]) -> usize {
    match b {
        [b'-' | b'*' | b'+', ..] => 1,
        [0xC2, 0xB7, ..] => 2, // ·
        // • ‣ ⁃ – ▪ ■ ◦ ● ○
        [0xE2, 0x80, 0xA2 | 0xA3 | 0x93, ..]
        | [0xE2, 0x81, 0x83, ..]
        | [0xE2, 0x96, 0xAA | 0xA0, ..]
        | [0xE2, 0x97, 0xA6 | 0x8F | 0x8B, ..] => 3,
        _ => 0,
    }
}

/// Parses a list marker at `j`: a bullet, an enumerator (`1.`, `2)`, `3.)`,
/// `(4)`, `a.`, `b)`, `iv.`), or a bullet then an enumerator. `strict`
/// (used at line starts) refuses capital-letter enumerators with a period,
/// which are more often initials (`A. Smith`).
pub(super) fn parse_marker(b: &[u8], j: usize, strict: bool) -> Option<Marker> {
    let len = b.len();
    let mut k = j;
    let bl = bullet_len(&b[k..]);
    let mut m = Marker {
        end: k,
        next: [0; 12],
        next_len: 0,
        alt: [0; 12],
        alt_len: 0,
        lower_ok: true,
    };
    if bl > 0 {
        k += bl;
        let space = k < len && (b[k] == b' ' || b[k] == b'\t');
        if bl == 1 && !space {
            return None; // `-5`, `*word*`
        }
        while k < len && (b[k] == b' ' || b[k] == b'\t') {
            k += 1;
        }
        m.end = k;
        // Only unmistakable bullets are searched for inline.
        if bl == 3 && b[j + 2] != 0x93 {
            m.next[0] = b' ';
            m.next[1..4].copy_from_slice(&b[j..j + 3]);
            m.next_len = 4;
        }
    }
    let paren = k < len && b[k] == b'(';
    let e0 = k + usize::from(paren);
    let mut e = e0;
    while e < len && e - e0 < 4 && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    let tok = &b[e0..e];
    let digits = !tok.is_empty() && tok.len() <= 3 && tok.iter().all(u8::is_ascii_digit);
    let letter = tok.len() == 1 && tok[0].is_ascii_alphabetic();
    let roman = tok.len() > 1 && tok.iter().all(u8::is_ascii_lowercase) && abbrev::is_roman(tok);
    if !(digits || letter || roman) {
        return (bl > 0).then_some(m);
    }
    let mut f = e;
    let punct_start = f;
    if paren {
        if f < len && b[f] == b')' {
            f += 1;
        } else {
            return (bl > 0).then_some(m);
        }
    } else {
        if f < len && b[f] == b'.' {
            f += 1;
        }
        if f < len && b[f] == b')' {
            f += 1;
        }
    }
    if f == punct_start || (f < len && !b[f].is_ascii_whitespace()) {
        return (bl > 0).then_some(m);
    }
    if strict && letter && tok[0].is_ascii_uppercase() && b[f - 1] == b'.' {
        return (bl > 0).then_some(m);
    }
    m.end = f;
    if bl > 0 {
        return Some(m);
    }
    m.lower_ok = letter || roman || b[f - 1] == b')';
    // The marker the next item would carry: ` 2) `, ` b. `, ` (3) `,
    // ` iv. `; a lowercase `i`, `v` or `x` may count letters or numerals.
    let mut succ = [0u8; 4];
    let mut t = 0;
    if digits {
        let mut v: u32 = tok.iter().fold(0, |a, &d| a * 10 + u32::from(d - b'0')) + 1;
        let mut tmp = [0u8; 4];
        while v > 0 && t < 4 {
            tmp[t] = b'0' + (v % 10) as u8;
            v /= 10;
            t += 1;
        }
        for (d, s) in tmp[..t].iter().rev().zip(succ.iter_mut()) {
            *s = *d;
        }
    } else if letter
        && (tok[0].is_ascii_lowercase() || b[f - 1] == b')')
        && !matches!(tok[0], b'z' | b'Z')
    {
        // `A. Smith and B. Jones` are initials, so capital letters count
        // only with a bracket: `A) one B) two`.
        succ[0] = tok[0] + 1;
        t = 1;
    }
    let roman_next = if letter || roman {
        roman_successor(tok)
    } else {
        None
    };
    let punct = &b[punct_start..f];
    if t > 0 {
        m.next_len = item_pattern(&mut m.next, paren, &succ[..t], punct);
        if let Some(r) = roman_next {
            m.alt_len = item_pattern(&mut m.alt, paren, r, punct);
        }
    } else if let Some(r) = roman_next {
        m.next_len = item_pattern(&mut m.next, paren, r, punct);
    }
    Some(m)
}

/// The lowercase Roman numeral after `tok` (`i` to `ix`), if any.
pub(super) fn roman_successor(tok: &[u8]) -> Option<&'static [u8]> {
    const ROMANS: [&[u8]; 10] = [
        b"i", b"ii", b"iii", b"iv", b"v", b"vi", b"vii", b"viii", b"ix", b"x",
    ];
    let at = ROMANS.iter().position(|r| *r == tok)?;
    ROMANS.get(at + 1).copied()
}

/// Writes ` ` `(`? `tok` `punct` ` ` into `out`; returns its length.
pub(super) fn item_pattern(out: &mut [u8; 12], paren: bool, tok: &[u8], punct: &[u8]) -> usize {
    let mut n = 0;
    let parts: [&[u8]; 4] = [b" ", if paren { b"(" } else { b"" }, tok, punct];
    for part in parts {
        for &c in part {
            if n + 1 < out.len() {
                out[n] = c;
                n += 1;
            }
        }
    }
    out[n] = b' ';
    n + 1
}

/// Start of the next inline list item with marker `pat` in `from..hi`
/// (followed by something other than a lowercase letter, unless
/// `lower_ok`), or `usize::MAX`.
pub(super) fn find_item(b: &[u8], from: usize, hi: usize, pat: &[u8], lower_ok: bool) -> usize {
    let mut at = from;
    while at < hi {
        let Some(k) = memchr::memmem::find(&b[at..hi], pat) else {
            break;
        };
        let pos = at + k;
        let after = pos + pat.len();
        if lower_ok || !b.get(after).is_some_and(u8::is_ascii_lowercase) {
            return pos + 1;
        }
        at = pos + 1;
    }
    usize::MAX
}

/// True when `t` (trimmed) ends with sentence punctuation, possibly inside
/// closing quotes or brackets.
pub(super) fn ends_terminal(t: &[u8]) -> bool {
    let mut e = t.len();
    loop {
        let tail = &t[..e];
        let c = match tail {
            [.., b'"' | b'\'' | b')' | b']' | b'}'] => 1,
            [.., 0xC2, 0xBB] => 2,
            [.., 0xE2, 0x80, 0x99 | 0x9D | 0xBA] => 3,
            _ => 0,
        };
        if c == 0 {
            break;
        }
        e -= c;
    }
    matches!(t[..e].last(), Some(b'.' | b'!' | b'?'))
}

/// True when a line ending in `t` (trimmed) clearly runs on.
pub(super) fn ends_continuation(t: &[u8]) -> bool {
    match t {
        [.., b',' | b';' | b'(' | b'&' | b'/'] => return true,
        [.., c, b'-'] if c.is_ascii_alphanumeric() => return true,
        [.., 0xE2, 0x80, 0x93 | 0x94] => return true, // – —
        _ => {}
    }
    let w = t
        .rsplit(|c| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let start = t.len() - w.len();
    (start == 0 || t[start - 1].is_ascii_whitespace())
        && w.iter().all(u8::is_ascii_lowercase)
        && abbrev::is_continuation(w)
}

/// A heading-like line: no lowercase word other than minor ones.
pub(super) fn title_like(t: &[u8]) -> bool {
    if t.len() > 150 {
        return false;
    }
    let mut upper = false;
    for w in t.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()) {
        if w[0].is_ascii_lowercase() {
            if !abbrev::is_minor(w) {
                return false;
            }
        } else if w[0].is_ascii_uppercase() {
            upper = true;
        }
    }
    upper
}

/// A letter's greeting or closing line: `Dear Ms. Lee,` (a greeting word
/// and at most four words), or `Best regards,` before a short name line
/// (`nt`, trimmed).
pub(super) fn letter_line(lt: &[u8], nt: &[u8]) -> bool {
    if lt.len() > 32 || lt.last() != Some(&b',') || !lt[0].is_ascii_uppercase() {
        return false;
    }
    let words = words_before(lt, 5);
    let first = lt
        .split(|c| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if abbrev::is_greeting(first) && words <= 4 {
        return true;
    }
    words <= 3 && nt.len() <= 40 && !ends_terminal(nt) && title_like(nt)
}

/// Markdown structure lines: two table rows (`| a | b |`), or a code fence
/// (```` ``` ````, `~~~`) on either side.
pub(super) fn markdown_rows(lt: &[u8], nt: &[u8]) -> bool {
    let fence = |t: &[u8]| t.starts_with(b"```") || t.starts_with(b"~~~");
    (lt.first() == Some(&b'|') && nt.first() == Some(&b'|')) || fence(lt) || fence(nt)
}

/// Does a single newline between `line` and the next line (trimmed `nt`,
/// starting at byte `nt_at` of `text`) end the sentence? `item`: the
/// sentence is a list item (it starts with a marker), which a capitalized
/// line after it does not continue.
pub(super) fn hard_break(text: &str, line: &[u8], nt: &[u8], nt_at: usize, item: bool) -> bool {
    let b = text.as_bytes();
    if parse_marker(b, nt_at, true).is_some() {
        return true;
    }
    let lt = line.trim_ascii();
    if lt.is_empty() {
        return false;
    }
    // A reply's attribution line ("On Mon, 12 Aug, Ann Lee wrote:") heads
    // the quotation below it.
    let attribution = lt.ends_with(b" wrote:") || lt.ends_with(b" writes:");
    if letter_line(lt, nt) || markdown_rows(lt, nt) || separator(lt) || separator(nt) || attribution
    {
        return true;
    }
    if ends_terminal(lt) || ends_continuation(lt) {
        return false;
    }
    let first = text[nt_at..].chars().next();
    if item && first.is_some_and(char::is_uppercase) {
        return true;
    }
    if first.is_some_and(char::is_lowercase) {
        return !(ends_terminal(nt) || lt.len() >= 40 || nt.len() >= 40);
    }
    !(lt.len() >= 50 && 4 * lt.len() >= 3 * nt.len() && !title_like(lt))
}

/// A separator line: a rule (`-----`, `=====`, `___`, `* * *`), the
/// signature mark `--`, or a banner between dashes (`----- Original
/// Message -----`). It stands alone: a line break before or after it ends
/// the sentence.
pub(super) fn separator(t: &[u8]) -> bool {
    let rule = t.len() >= 3
        && t.iter().any(|c| *c != b' ')
        && t.iter()
            .all(|c| matches!(c, b'-' | b'=' | b'_' | b'*' | b'~' | b' '));
    let banner = |m: &[u8]| t.len() > 2 * m.len() && t.starts_with(m) && t.ends_with(m);
    t == b"--" || rule || banner(b"---") || banner(b"===")
}

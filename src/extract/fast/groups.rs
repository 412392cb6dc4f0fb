//! The named groups of one match, and the anchored fast paths that give
//! them without running captures over the whole sentence: the "tail" of a
//! "subject, then verb" pattern tried at each space or comma
//! ([`split_groups`]) and the "lead" rest of a "noun phrase, then comma or
//! colon" pattern tried at each comma or colon ([`lead_groups`]). Both give
//! what the whole pattern's captures give (unit- and property-tested in
//! `engine/tests.rs`).

use crate::extract::pattern::{is_word_char, narrow_word_class};
use crate::extract::rules::DEFINITION_PATTERNS;
use crate::extract::trace::{Event, Trace};
use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// The named groups of one match, as byte ranges of the sentence.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    pub(crate) subj: Option<Range<usize>>,
    pub(crate) link: Option<Range<usize>>,
    pub(crate) text: Option<Range<usize>>,
    pub(crate) term: Option<Range<usize>>,
    pub(crate) pre: Option<Range<usize>>,
    pub(crate) agent: Option<Range<usize>>,
    pub(crate) alias: Option<Range<usize>>,
}

impl Groups {
    pub(crate) fn from_captures(c: &Captures<'_>) -> Groups {
        let g = |name: &str| c.name(name).map(|m| m.range());
        Groups {
            subj: g("subj"),
            link: g("link"),
            text: g("text"),
            term: g("term"),
            pre: g("pre"),
            agent: g("agent"),
            alias: g("alias"),
        }
    }
}

impl Groups {
    /// Report the groups that took part to `t`.
    pub(crate) fn report<T: Trace + ?Sized>(&self, t: &mut T, rule: &'static str) {
        if !t.enabled() {
            return;
        }
        let all = [
            ("subj", &self.subj),
            ("term", &self.term),
            ("pre", &self.pre),
            ("agent", &self.agent),
            ("link", &self.link),
            ("text", &self.text),
            ("alias", &self.alias),
        ];
        let groups: Vec<(&'static str, Range<usize>)> = all
            .into_iter()
            .filter_map(|(n, r)| Some((n, r.clone()?)))
            .collect();
        t.event(Event::Groups {
            rule,
            groups: &groups,
        });
    }
}

pub(crate) fn group(c: &Groups, group_name: &str) -> Option<Range<usize>> {
    match group_name {
        "subj" => c.subj.clone(),
        "link" => c.link.clone(),
        "text" => c.text.clone(),
        "term" => c.term.clone(),
        "pre" => c.pre.clone(),
        "agent" => c.agent.clone(),
        "alias" => c.alias.clone(),
        _ => None,
    }
}

/// The opening that makes a pattern a "subject, then verb" pattern.
pub(crate) const SUBJ_HEAD: &str = r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)";

/// The ending of its text group: the rest of the sentence.
pub(crate) const TEXT_TAIL: &str = r".*)$";

/// For each definition pattern of the form `SUBJ_HEAD ... (?P<text>...TEXT_TAIL`,
/// the part after the subject, anchored, with the text group ending where
/// its own words end. Captures over a whole sentence with the lazy subject
/// are slow (the PikeVM walks every byte with many threads); trying the
/// tail at each space or comma in order gives the same groups at a
/// fraction of the cost (see [`split_groups`]).
pub(crate) static TAIL_RES: LazyLock<Vec<Option<Tail>>> = LazyLock::new(|| {
    DEFINITION_PATTERNS
        .iter()
        .map(|p| {
            let mid = p.regex.strip_prefix(SUBJ_HEAD)?.strip_suffix(TEXT_TAIL)?;
            if !mid.contains("(?P<text>") || !mid.starts_with([' ', ',', '(']) {
                return None;
            }
            // (`\w` narrowed as in the whole pattern: see [`Compiled::table`].)
            let re = Regex::new(&narrow_word_class(&format!("(?i)^{mid})"))).ok()?;
            Some(Tail {
                re,
                copula: mid.starts_with(COPULA_LINK),
            })
        })
        .collect()
});

/// The openings of the patterns whose noun phrase comes before a comma or
/// a colon ("X, the Y of ...", "X, or Y", "X: a Y that ..."): the bytes
/// the lazy `pre` group cannot hold, and the regex source.
pub(crate) const LEAD_HEADS: &[(&[u8], &str)] = &[
    (b";?", r"(?i)^(?P<pre>[^;?]*?[\w-]\)?)"),
    (b":;?", r"(?i)^(?P<pre>[^:;?]*?[\w-]\)?)"),
];

/// For each definition pattern that opens with one of [`LEAD_HEADS`], the
/// rest of it, anchored: the `pre` group of the whole pattern ends at the
/// first comma or colon where the rest matches (see [`lead_groups`]).
/// Captures over the whole sentence with a lazy `pre` cost several times
/// more.
pub(crate) static LEAD_RES: LazyLock<Vec<Option<Lead>>> = LazyLock::new(|| {
    DEFINITION_PATTERNS
        .iter()
        .map(|p| {
            LEAD_HEADS.iter().find_map(|&(excluded, head)| {
                let rest = p.regex.strip_prefix(head)?;
                if !rest.starts_with([',', ':']) {
                    return None;
                }
                let re = Regex::new(&narrow_word_class(&format!("(?i)^{rest}"))).ok()?;
                Some(Lead {
                    excluded,
                    first: rest.as_bytes()[0],
                    re,
                })
            })
        })
        .collect()
});

/// The anchored rest of a pattern with a [`LEAD_HEADS`] opening.
pub(crate) struct Lead {
    /// Bytes that end the search (the `pre` group cannot hold them).
    pub(crate) excluded: &'static [u8],
    /// The literal byte the rest opens with (',' or ':').
    pub(crate) first: u8,
    pub(crate) re: Regex,
}

/// Whether `c` is in the pattern tables' `[\w-]`.
pub(crate) fn word_or_hyphen(c: char) -> bool {
    c == '-' || is_word_char(c)
}

/// The groups of a pattern with a [`LEAD_HEADS`] opening, as the whole
/// pattern's captures give them: `pre` is the shortest run without an
/// excluded byte that ends in a word character (and maybe a ')') right
/// before a place where the rest matches.
pub(crate) fn lead_groups(s: &str, lead: &Lead) -> Option<Groups> {
    let b = s.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        if c == lead.first && k > 0 {
            let mut before = s[..k].chars().rev();
            let ends_pre = match before.next() {
                Some(')') => before.next().is_some_and(word_or_hyphen),
                Some(w) => word_or_hyphen(w),
                None => false,
            };
            if ends_pre && let Some(m) = lead.re.captures(&s[k..]) {
                let g = |name: &str| m.name(name).map(|x| k + x.start()..k + x.end());
                return Some(Groups {
                    subj: g("subj"),
                    link: g("link"),
                    text: g("text"),
                    term: g("term"),
                    pre: Some(0..k),
                    agent: g("agent"),
                    alias: g("alias"),
                });
            }
        }
        // `pre` cannot reach past an excluded byte.
        if lead.excluded.contains(&c) {
            return None;
        }
    }
    None
}

/// The link of the copula patterns: their tail can only start at " is "
/// or " are ".
pub(crate) const COPULA_LINK: &str = "(?P<link> (?:is|are))(?P<text> ";

/// The anchored tail of a "subject, then verb" pattern.
pub(crate) struct Tail {
    pub(crate) re: Regex,
    /// The tail opens with [`COPULA_LINK`].
    pub(crate) copula: bool,
}

/// Whether `s[i..]` opens with " is " or " are " (any case).
pub(crate) fn at_copula(s: &[u8], i: usize) -> bool {
    let rest = &s[i..];
    [&b" is "[..], &b" are "[..]]
        .iter()
        .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
}

/// The groups of a "subject, then verb" pattern: the lazy subject ends at
/// the first space or comma where the tail matches and the subject is what
/// [`SUBJ_HEAD`] can hold (no ';' or '?' outside a parenthesis, each
/// parenthesis closed and holding none); the text runs to the end of the
/// sentence (no line break, as `.*$` would require).
pub(crate) fn split_groups(s: &str, t: &Tail) -> Option<Groups> {
    let tail = &t.re;
    let bytes = s.as_bytes();
    // A ';' or '?' inside parentheses ("Albedo (/…/; from Latin …) is")
    // belongs to the parenthesis, not to the sentence's clauses; a subject
    // never ends inside one ("A fjord (which is an inlet) is ...").
    let mut open = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' if open => return None,
            b'(' => open = true,
            b')' => open = false,
            b';' | b'?' if !open => return None,
            _ => {}
        }
        if open || i == 0 || !(b == b' ' || b == b',') || (t.copula && !at_copula(bytes, i)) {
            continue;
        }
        // The anchored DFA rejects most positions within a byte or two.
        if !tail.is_match(&s[i..]) {
            continue;
        }
        let Some(c) = tail.captures(&s[i..]) else {
            continue;
        };
        let text = c.name("text")?;
        if s[i + text.end()..].contains('\n') {
            continue;
        }
        let shift = |m: regex::Match<'_>| i + m.start()..i + m.end();
        let g = |name: &str| c.name(name).map(shift);
        return Some(Groups {
            subj: Some(0..i),
            link: g("link"),
            text: Some(i + text.start()..s.len()),
            term: g("term"),
            pre: g("pre"),
            agent: g("agent"),
            alias: g("alias"),
        });
    }
    None
}

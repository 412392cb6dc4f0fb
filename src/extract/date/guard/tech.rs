//! Guards for technical text: a four-digit number in a command line, a
//! setting, a comparison, a product name or a literal block is no year
//! unless its context names a year.
//!
//! Each function reads one candidate ([`Ctx`]) and says whether it must be
//! dropped; the rows of [`super::DATE_GUARDS`] carry their examples.

use super::{Ctx, first_token, last_token};

/// Operands beside `<` or `>`: a name, a number or a bracket.
fn operand_end(t: &str) -> bool {
    t.ends_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == ')')
}

fn operand_start(t: &str) -> bool {
    t.starts_with(|ch: char| ch.is_alphanumeric() || matches!(ch, '_' | '(' | '/' | '.' | '$'))
}

/// Spaces and tabs (not a line break) trimmed from the end.
fn trim_end_line(s: &str) -> &str {
    s.trim_end_matches([' ', '\t'])
}

fn trim_start_line(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

/// The match is compared or redirected with a lone `<` or `>` on its line:
/// "0 < portnr < 1024", "1<heartbeat<2046", "echo 1234 > p0/tasks". An
/// arrow (`->`, `=>`), a shift (`<<`, `>>`) and a quote marker opening a
/// line (`> 1995 was ...`) are no comparison.
pub(super) fn comparison(c: &Ctx) -> bool {
    let before = trim_end_line(c.before());
    if let Some(rest) = before.strip_suffix(['<', '>']) {
        let closes_tag = before.ends_with('>') && opens_tag(rest);
        if !rest.ends_with(['<', '>', '-', '=']) && !closes_tag && operand_end(trim_end_line(rest))
        {
            return true;
        }
    }
    let after = trim_start_line(c.after());
    if let Some(rest) = after.strip_prefix(['<', '>']) {
        let tag = after.starts_with('<') && is_tag(rest);
        if !rest.starts_with(['<', '>', '=']) && !tag && operand_start(trim_start_line(rest)) {
            return true;
        }
    }
    false
}

/// `rest` (the text before a `>`) ends inside a markup tag: a `<` then a
/// name without white space (`<b`, `<td class=x`).
fn opens_tag(rest: &str) -> bool {
    rest.rfind('<').is_some_and(|i| {
        let inner = &rest[i + 1..];
        inner.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '/')
            && !inner.contains('\n')
            && !inner.starts_with(|ch: char| ch.is_whitespace())
            && inner.split_whitespace().next().is_some_and(|name| {
                name.trim_start_matches('/')
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b':')
            })
    })
}

/// `rest` (the text after a `<`) is a markup tag: `BR>`, `/p>`, `a href`.
fn is_tag(rest: &str) -> bool {
    let name = rest.trim_start_matches('/');
    let len = name
        .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == ':'))
        .unwrap_or(name.len());
    len > 0
        && name.starts_with(|ch: char| ch.is_ascii_alphabetic())
        && rest.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '/')
        && name[len..].starts_with(['>', ' '])
}

/// Names of settings and quantities: a number after `NAME:` or `NAME =`
/// is their value, not a year ("Default: 1024", ":Default Value: 1536",
/// "(max = 2046)"). General record vocabulary.
const SETTING_WORDS: &[&str] = &[
    "addr",
    "address",
    "baud",
    "bytes",
    "capacity",
    "count",
    "default",
    "depth",
    "gid",
    "height",
    "id",
    "index",
    "interval",
    "irq",
    "length",
    "level",
    "limit",
    "mask",
    "max",
    "maximum",
    "min",
    "minimum",
    "mtu",
    "offset",
    "pid",
    "port",
    "priority",
    "size",
    "speed",
    "threshold",
    "tid",
    "timeout",
    "uid",
    "value",
    "weight",
    "width",
];

/// The match is the value of a setting: the word before `:` or `=` (maybe
/// with spaces between) names a setting ([`SETTING_WORDS`]).
pub(super) fn setting_value(c: &Ctx) -> bool {
    let before = trim_end_line(c.before());
    let Some(name) = before.strip_suffix([':', '=']) else {
        return false;
    };
    let word = name
        .trim_end()
        .rsplit(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    SETTING_WORDS.contains(&word.as_str())
}

/// A token that names a thing, not a date: it holds an ASCII letter, does
/// not open with a digit ("1990s"), and is no month, season, quarter or
/// half ("2010/April", "Q3/2001").
fn names_a_thing(tok: &str) -> bool {
    let lower = tok.to_ascii_lowercase();
    let season = matches!(
        lower.as_str(),
        "spring" | "summer" | "fall" | "autumn" | "winter"
    );
    let part = lower.len() == 2
        && (lower.starts_with('q') || lower.starts_with('h'))
        && lower.as_bytes()[1].is_ascii_digit();
    tok.bytes().any(|b| b.is_ascii_alphabetic())
        && !tok.starts_with(|ch: char| ch.is_ascii_digit())
        && !is_calendar_word(tok)
        && !season
        && !part
}

/// The match is glued by `/` to a name: a product or model ("PRO/1000",
/// "NT4/2000/XP", "Server 2012/R2") or a rate ("1000/second"). A month or
/// a number on the other side of the slash ("2010/April", "1996/97") keeps
/// the year.
pub(super) fn slash_name(c: &Ctx) -> bool {
    let ident = |ch: char| ch.is_ascii_alphanumeric() || ch == '_';
    let left = c.before().strip_suffix('/').map(|b| {
        // Past the last non-identifier character, whatever its width
        // (a Kelvin sign is three bytes).
        let i = b
            .char_indices()
            .rfind(|&(_, ch)| !ident(ch))
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        &b[i..]
    });
    let right = c.after().strip_prefix('/').map(|a| {
        let i = a.find(|ch: char| !ident(ch)).unwrap_or(a.len());
        &a[..i]
    });
    left.is_some_and(names_a_thing) || right.is_some_and(names_a_thing)
}

/// A command-line option: `-I`, `--count`, `-vm0` (a dash, then a letter).
fn is_option(t: &str) -> bool {
    let rest = t.strip_prefix("--").or_else(|| t.strip_prefix('-'));
    rest.is_some_and(|r| {
        r.starts_with(|ch: char| ch.is_ascii_alphabetic())
            && r.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// An identifier written in code: `snake_case` (a `_` between letters or
/// digits), a hex literal (`0x9e0913`), a shell variable (`$SDEV`), or an
/// absolute path (`/dev/ram0`).
fn is_code_token(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';']);
    let b = t.as_bytes();
    let snake = (1..b.len().saturating_sub(1)).any(|i| {
        b[i] == b'_' && b[i - 1].is_ascii_alphanumeric() && b[i + 1].is_ascii_alphanumeric()
    });
    let hex = t
        .strip_prefix("0x")
        .is_some_and(|h| !h.is_empty() && h.bytes().all(|x| x.is_ascii_hexdigit()));
    let var = t
        .strip_prefix('$')
        .is_some_and(|v| v.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '{'));
    let path = t.len() > 1
        && t.starts_with('/')
        && t[1..].starts_with(|ch: char| ch.is_ascii_alphabetic());
    snake || hex || var || path
}

/// The match is an argument in a command or in code: after an option
/// (`-I 1000`), a `snake_case` name, a hex literal or a path
/// (`sequential_threshold 1024`, `/dev/ram0 2048`), before a shell variable
/// (`1024 $SDEV`); a port after a spaced colon (`remote :1234`); or a
/// number glued to a bracket of code (`groups=1000(users)`,
/// `A835B(1835)`, `f(1024)`).
pub(super) fn argument(c: &Ctx) -> bool {
    let line_before = c.before().rsplit('\n').next().unwrap_or("");
    let spaced = line_before.ends_with([' ', '\t']);
    let prev = last_token(line_before);
    if spaced && (is_option(prev) || is_code_token(prev)) {
        return true;
    }
    let line_after = c.after().split('\n').next().unwrap_or("");
    let next = first_token(line_after);
    if line_after.starts_with([' ', '\t']) && next.starts_with('$') && is_code_token(next) {
        return true;
    }
    // A port: " :1234".
    if let Some(b) = line_before.strip_suffix(':')
        && (b.is_empty() || b.ends_with([' ', '\t']))
    {
        return true;
    }
    // Glued brackets.
    if let Some(rest) = line_after.strip_prefix('(') {
        let inner = rest.split(')').next().unwrap_or("");
        if is_code_token(inner) {
            return true;
        }
    }
    if let Some(b) = line_before.strip_suffix('(') {
        let word = b
            .rsplit(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
            .next()
            .unwrap_or("");
        let code_word = word.bytes().any(|x| x.is_ascii_digit())
            || word.starts_with(|ch: char| ch.is_ascii_lowercase() || ch == '_');
        if !word.is_empty() && code_word {
            return true;
        }
    }
    false
}

/// Words that give a number in code its year context ("since 1970",
/// "Copyright 2002").
const YEAR_WORDS: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "by",
    "before",
    "after",
    "during",
    "year",
    "years",
    "circa",
    "ca.",
    "c.",
    "copyright",
    "(c)",
    "©",
];

/// A clock time (`08:19:41`, `15:32`): a timestamp's year follows it.
fn is_clock(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A month or weekday name (`Mar`, `March`, `Tue`).
fn is_calendar_word(t: &str) -> bool {
    let lower = t
        .trim_matches(|ch: char| !ch.is_ascii_alphabetic())
        .to_ascii_lowercase();
    let weekday = lower.len() >= 3
        && ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .any(|d| lower.starts_with(d))
        && (lower.len() == 3 || lower.ends_with("day"));
    crate::extract::date::normalize::month_number(&lower).is_some() || weekday
}

/// The number has year context on its line: a time word before it ("since
/// 1970", "in 1999"), a copyright notice earlier on the line, a clock time
/// or a month before it (a timestamp), or a month after it.
pub(super) fn year_context(c: &Ctx) -> bool {
    let line_before = c.before().rsplit('\n').next().unwrap_or("");
    let prev = last_token(line_before).to_lowercase();
    let prev_word = prev.trim_end_matches([',', ':']);
    if YEAR_WORDS.contains(&prev_word) || is_clock(prev_word) || is_calendar_word(prev_word) {
        return true;
    }
    let lower = line_before.to_lowercase();
    if lower.contains("copyright") || lower.contains("(c)") || lower.contains('©') {
        return true;
    }
    let next = first_token(c.after().split('\n').next().unwrap_or(""));
    is_calendar_word(next) && !next.is_empty()
}

/// In a line of a literal block (code, a shell session, a table set as
/// code), a number is a year only with year context ([`year_context`]).
pub(super) fn code_block(c: &Ctx) -> bool {
    c.code && !year_context(c)
}

/// An operand of code: a `snake_case` name, a closing bracket, or a lone
/// capital letter (a variable: `R`, `N`).
fn code_operand(t: &str) -> bool {
    let t = t.trim_matches('`');
    t.ends_with(')')
        || t.starts_with('(')
        || (t.len() == 1
            && t.starts_with(|ch: char| ch.is_ascii_uppercase())
            && t != "I"
            && t != "A")
        || is_code_token(t)
}

/// The match is an operand of `+`, `-`, `*` or `/` whose other operand is
/// code ("(x * 2500) / 1023", "rate_max / 1024", "(2000 + R)"). A number
/// on the other side is left to `guard/technical` ("1939 - 1945" is a
/// range).
pub(super) fn code_arithmetic(c: &Ctx) -> bool {
    let is_op = |t: &str| matches!(t, "+" | "-" | "*" | "/");
    let line_before = c.before().rsplit('\n').next().unwrap_or("");
    let line_after = c.after().split('\n').next().unwrap_or("");
    let mut back = line_before.split_whitespace().rev();
    if let (Some(op), Some(operand)) = (back.next(), back.next())
        && is_op(op)
        && code_operand(operand)
    {
        return true;
    }
    let mut fwd = line_after.split_whitespace();
    let spaced = line_after.starts_with([' ', '\t']);
    if let (true, Some(op), Some(operand)) = (spaced, fwd.next(), fwd.next())
        && is_op(op)
        && code_operand(operand)
    {
        return true;
    }
    false
}

/// Units of time of technical text, as written there: lower case ("in
/// 1000 ms", "a 1500 usec delay"), so that "1999 Ms. Smith" keeps its year.
const TIME_UNITS: &[&str] = &[
    "ms",
    "msec",
    "msecs",
    "millisecond",
    "milliseconds",
    "us",
    "µs",
    "usec",
    "usecs",
    "microsecond",
    "microseconds",
    "ns",
    "nsec",
    "nsecs",
    "nanosecond",
    "nanoseconds",
    "jiffies",
];

/// A unit of time follows the number on its line ("wait 1000 ms", "in
/// 1500 usecs."). "us" counts only when no word follows it ("1000 us)"),
/// as "in 1999 us kids" names a year.
pub(super) fn time_unit(c: &Ctx) -> bool {
    let line = c.after().split('\n').next().unwrap_or("");
    if !line.starts_with([' ', '\t']) {
        return false;
    }
    let tok = first_token(line);
    let word = tok.trim_end_matches([',', ';', ':', '.', ')', ']']);
    if !TIME_UNITS.contains(&word) {
        return false;
    }
    if word == "us" && word.len() == tok.len() {
        let rest = trim_start_line(&trim_start_line(line)[tok.len()..]);
        return !rest.starts_with(|ch: char| ch.is_alphabetic());
    }
    true
}

/// The match is assigned: `=` stands before it on its line ("Val 0a =
/// 1800", "x=1024"), and the name before `=` is no time field ("year =
/// 1999"). Comparisons (`==`, `<=`) are `guard/technical`'s.
pub(super) fn assigned(c: &Ctx) -> bool {
    let before = trim_end_line(c.before());
    let Some(rest) = before.strip_suffix('=') else {
        return false;
    };
    if rest.ends_with(['=', '!', '<', '>']) {
        return false;
    }
    let name = last_token(trim_end_line(rest))
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_ascii_lowercase();
    !name.is_empty() && !super::TIME_FIELDS.contains(&name.as_str())
}

/// The match is the right operand of a spaced `/` or `+` whose left
/// operand is a lower-case word that names a thing ("master / 1024",
/// "tuner + 1394"); a month, season or capitalized word there ("spring /
/// 1999", "Enron / 2001") keeps the year, and so does a year before the
/// operator ("1997 / colour plates" names a year).
pub(super) fn word_arithmetic(c: &Ctx) -> bool {
    let is_op = |t: &str| matches!(t, "+" | "/");
    let word = |t: &str| {
        t.starts_with(|ch: char| ch.is_ascii_lowercase())
            && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && names_a_thing(t)
            && !super::in_set(&super::FUNCTION_SET, t)
    };
    let line_before = c.before().rsplit('\n').next().unwrap_or("");
    let mut back = line_before.split_whitespace().rev();
    line_before.ends_with([' ', '\t'])
        && matches!((back.next(), back.next()), (Some(op), Some(w)) if is_op(op) && word(w.trim_start_matches('(')))
}

//! Trigger groups derived from a rule's regex, as ripgrep derives its
//! prefilters from the HIR: the literals a match must contain.
//!
//! A node of the HIR gives its *exact* set (every string it can match, when
//! there are few, ASCII-lowercased) and its *required* groups (each a set
//! of literals one of which every match contains). Literal → itself;
//! concatenation → the cross product of adjacent exact sets, and the
//! required groups of its other children; alternation → the union of one
//! group of each alternative, when every alternative has one; repetition
//! with a minimum of one and capture → the child's; classes of more than a
//! few characters and optional parts → nothing.
//!
//! Under `(?i)` a letter is a class: "s" also matches the long s
//! "\u{17F}" and "k" the Kelvin sign; such a class is an exact set of its
//! ASCII-lowercased characters with those two read as "s" and "k", and a
//! sentence that holds either character is given every trigger
//! ([`needs_every_trigger`]), so the scan stays sound.

use crate::extract::lexicon::TOO_COMMON_TO_TRIGGER;
use crate::extract::rule::Rule;
use regex_syntax::hir::{Class, Hir, HirKind};

/// The most strings an exact set holds before it is given up.
const MAX_EXACT: usize = 64;
/// The most characters of a class read as an exact set.
const MAX_CLASS: usize = 4;

/// What a node of the HIR requires of a match.
#[derive(Debug, Clone, Default)]
struct Info {
    /// Every string the node matches, when few (lowercased).
    exact: Option<Vec<String>>,
    /// Groups of literals: each match holds a literal of each group.
    groups: Vec<Vec<String>>,
}

/// The best one or two trigger groups of `regex`, most selective first;
/// `None` when the regex does not parse or requires no literal worth a
/// trigger.
pub fn derive_triggers(regex: &str) -> Option<Vec<Vec<String>>> {
    let hir = regex_syntax::parse(regex).ok()?;
    let info = walk(&hir);
    let mut groups = info.groups;
    if let Some(e) = info.exact.filter(|e| valid(e)) {
        groups.push(e);
    }
    let mut scored: Vec<(f64, Vec<String>)> = groups
        .into_iter()
        .filter(|g| valid(g))
        .map(|mut g| {
            g.sort_unstable();
            g.dedup();
            (score(&g), g)
        })
        .filter(|(s, _)| *s >= 2.0)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    let mut best: Vec<Vec<String>> = Vec::new();
    for (_, g) in scored {
        // A group implied by one already chosen adds nothing.
        if best.len() < 2 && !best.iter().any(|b| implies(b, &g) || implies(&g, b)) {
            best.push(g);
        }
    }
    (!best.is_empty()).then_some(best)
}

/// The groups a rule's prefilter needs: its hand-written `triggers` when
/// the row lists them, else those derived from its regex.
pub fn rule_triggers(r: &Rule) -> Vec<Vec<String>> {
    if r.triggers.is_empty() {
        return derive_triggers(r.regex).unwrap_or_default();
    }
    r.triggers
        .iter()
        .map(|g| g.iter().map(|w| w.to_string()).collect())
        .collect()
}

/// Whether a sentence holding a literal of `a` holds one of `b`: each
/// literal of `a` contains one of `b`.
fn implies(a: &[String], b: &[String]) -> bool {
    a.iter().all(|x| b.iter().any(|y| x.contains(y.as_str())))
}

/// A group that can serve as a trigger: not empty, no empty literal.
fn valid(g: &[String]) -> bool {
    !g.is_empty() && g.iter().all(|w| !w.trim().is_empty())
}

/// How selective a group is: the length of its shortest literal (without
/// spaces and punctuation around it), less for a common word and for many
/// alternatives.
fn score(g: &[String]) -> f64 {
    let weight = |w: &String| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let base = core.chars().count().max(1) as f64 + 0.25 * (w.len() - core.len()) as f64;
        if TOO_COMMON_TO_TRIGGER.contains(&core) {
            base / 2.0
        } else {
            base
        }
    };
    let min = g.iter().map(weight).fold(f64::INFINITY, f64::min);
    min - (g.len() as f64).log2() / 4.0
}

fn walk(h: &Hir) -> Info {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => exact(vec![String::new()]),
        HirKind::Literal(l) => exact(vec![String::from_utf8_lossy(&l.0).to_ascii_lowercase()]),
        HirKind::Class(c) => Info {
            exact: class_chars(c),
            groups: vec![],
        },
        HirKind::Capture(c) => walk(&c.sub),
        HirKind::Repetition(r) if r.min == 0 => Info::default(),
        HirKind::Repetition(r) => {
            let sub = walk(&r.sub);
            let mut groups = sub.groups;
            groups.extend(sub.exact.clone().filter(|e| valid(e)));
            let exact = (r.min == 1 && r.max == Some(1))
                .then_some(sub.exact)
                .flatten();
            Info { exact, groups }
        }
        HirKind::Concat(subs) => concat(subs),
        HirKind::Alternation(subs) => alternation(subs),
    }
}

fn exact(e: Vec<String>) -> Info {
    Info {
        exact: Some(e),
        groups: vec![],
    }
}

/// The long s and the Kelvin sign read as "s" and "k": a `(?i)` class
/// of "s" or "k" holds them, and spelling every literal with them would
/// multiply the trigger words. A sentence that holds either character
/// gets every trigger instead ([`needs_every_trigger`]).
fn fold_char(ch: char) -> char {
    match ch {
        '\u{17F}' => 's',
        '\u{212A}' => 'k',
        c => c,
    }
}

/// Whether `s` holds a character that the derived literals spell in
/// ASCII ([`fold_char`]): its trigger scan cannot be trusted, so every
/// rule is tried.
pub fn needs_every_trigger(s: &str) -> bool {
    s.contains('\u{17F}') || s.contains('\u{212A}')
}

/// The characters of a small class, ASCII-lowercased and deduplicated.
fn class_chars(c: &Class) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |ch: char| {
        let s = fold_char(ch).to_ascii_lowercase().to_string();
        if !out.contains(&s) {
            out.push(s);
        }
    };
    match c {
        Class::Unicode(u) => {
            let n: u32 = u.ranges().iter().map(|r| r.len() as u32).sum();
            if n as usize > 2 * MAX_CLASS {
                return None;
            }
            u.iter()
                .flat_map(|r| r.start()..=r.end())
                .for_each(&mut push);
        }
        Class::Bytes(b) => {
            if b.ranges().iter().any(|r| !r.end().is_ascii()) {
                return None;
            }
            let n: usize = b.ranges().iter().map(|r| r.len()).sum();
            if n > 2 * MAX_CLASS {
                return None;
            }
            b.iter()
                .flat_map(|r| r.start()..=r.end())
                .for_each(|x| push(char::from(x)));
        }
    }
    (out.len() <= MAX_CLASS).then_some(out)
}

/// A concatenation: runs of exact children multiply out into literals.
fn concat(subs: &[Hir]) -> Info {
    let mut groups = Vec::new();
    let mut cur = Some(vec![String::new()]);
    let mut whole = true;
    for s in subs {
        let i = walk(s);
        groups.extend(i.groups);
        match (cur.take(), i.exact) {
            (Some(c), Some(e)) if c.len() * e.len() <= MAX_EXACT => {
                cur = Some(cross(&c, &e));
            }
            (c, e) => {
                whole = false;
                groups.extend(c.filter(|c| valid(c)));
                cur = e;
            }
        }
        if cur.is_none() {
            whole = false;
            cur = Some(vec![String::new()]);
        }
    }
    match cur {
        Some(c) if whole => Info {
            exact: Some(c),
            groups,
        },
        c => {
            groups.extend(c.filter(|c| valid(c)));
            Info {
                exact: None,
                groups,
            }
        }
    }
}

fn cross(a: &[String], b: &[String]) -> Vec<String> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
        .collect()
}

/// An alternation: the union of its alternatives' exact sets, or of one
/// required group of each alternative.
fn alternation(subs: &[Hir]) -> Info {
    let infos: Vec<Info> = subs.iter().map(walk).collect();
    let exact = infos
        .iter()
        .map(|i| i.exact.clone())
        .collect::<Option<Vec<_>>>()
        .map(|v| v.concat())
        .filter(|v| v.len() <= MAX_EXACT);
    let best = |i: &Info| -> Option<Vec<String>> {
        let mut all = i.groups.clone();
        all.extend(i.exact.clone().filter(|e| valid(e)));
        all.into_iter()
            .filter(|g| valid(g))
            .max_by(|a, b| score(a).total_cmp(&score(b)))
    };
    let union = infos
        .iter()
        .map(best)
        .collect::<Option<Vec<_>>>()
        .map(|v| v.concat());
    Info {
        exact,
        groups: union.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::guards::GUARDS;
    use crate::extract::rules::{ALIAS_PATTERNS, DEFINITION_PATTERNS};

    fn derived(re: &str) -> Vec<Vec<String>> {
        derive_triggers(re).unwrap_or_default()
    }

    /// The long s and the Kelvin sign spelled as "s" and "k".
    fn fold(g: &[String]) -> Vec<String> {
        g.iter()
            .map(|w| {
                w.replace('\u{17F}', "s")
                    .replace('\u{212A}', "k")
                    .to_ascii_lowercase()
            })
            .collect()
    }

    #[test]
    fn literals_concatenations_and_alternations() {
        assert_eq!(derived(r"^(?P<t>\w+) is defined as"), [[" is defined as"]]);
        // An alternation of literals multiplies out with its neighbours.
        assert_eq!(
            derived(r"\w+ (?:refers|refer) to \w+"),
            [[" refer to ", " refers to "]]
        );
        // Optional parts and big classes require nothing.
        assert_eq!(derived(r"\w+(?: called)? \w+"), Vec::<Vec<String>>::new());
        // A repetition with a minimum of one requires its child.
        assert_eq!(derived(r"\d(?:-xyz)+\d"), [["-xyz"]]);
        // Under (?i) an "s" also spells the long s.
        assert_eq!(derived(r"(?i)\w+ means \w+"), [[" means "]]);
        // ... and a sentence that spells it so gets every trigger.
        assert!(needs_every_trigger("Foo meanſ bar.") && !needs_every_trigger("Foo means bar."));
        // Two groups when the regex needs two separate literals.
        assert_eq!(
            derived(r"\w+ stands \w+ whereby \w+"),
            [[" whereby "], [" stands "]]
        );
    }

    #[test]
    fn an_alternative_without_literal_gives_no_group() {
        assert!(derive_triggers(r"\w+ (?:called|\d+) \w+").is_none());
    }

    /// Every sentence of the examples (rules and guards) on which a rule's
    /// regex matches fires that rule's trigger groups: the groups are
    /// sound.
    #[test]
    fn every_example_a_rule_matches_fires_its_triggers() {
        let rules: Vec<_> = DEFINITION_PATTERNS.iter().chain(ALIAS_PATTERNS).collect();
        let mut sentences: Vec<&str> = Vec::new();
        for r in &rules {
            sentences.extend(r.hits.iter().map(|h| h.0));
            sentences.extend(r.misses.iter().copied());
        }
        for g in GUARDS {
            sentences.extend(g.hits.iter().map(|h| h.0));
            sentences.extend(g.misses.iter().copied());
        }
        for r in &rules {
            let re = regex::Regex::new(r.regex).unwrap();
            let groups = rule_triggers(r);
            let fires = |s: &str| {
                let low = s.to_ascii_lowercase();
                groups
                    .iter()
                    .all(|g| g.iter().any(|w| low.contains(&w.to_ascii_lowercase())))
            };
            for (s, _) in r.hits {
                assert!(fires(s), "{}: its hit {s:?} fires no trigger", r.name);
            }
            for s in sentences.iter().filter(|s| re.is_match(s)) {
                assert!(fires(s), "{}: matches {s:?} and fires no trigger", r.name);
            }
        }
    }

    /// Rules whose row still lists hand-written triggers: derivation fails
    /// or gives a group that no derived group implies (less selective).
    #[test]
    fn hand_written_triggers_only_where_derivation_falls_short() {
        for r in DEFINITION_PATTERNS.iter().chain(ALIAS_PATTERNS) {
            if r.triggers.is_empty() {
                assert!(
                    derive_triggers(r.regex).is_some(),
                    "{}: derives nothing",
                    r.name
                );
                continue;
            }
            let hand = rule_triggers(r);
            let der = derived(r.regex);
            let as_good = !der.is_empty()
                && (der.len() >= hand.len()
                    || hand
                        .iter()
                        .all(|h| der.iter().any(|d| implies(&fold(d), h))));
            assert!(
                !as_good,
                "{}: the derived triggers {der:?} would do",
                r.name
            );
        }
    }
}

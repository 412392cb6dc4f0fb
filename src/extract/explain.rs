//! `defmine explain`: for each sentence, the rules whose triggers fired,
//! whether their regex matched, the groups, each check and guard that ran
//! and the one that rejected, and the final claims.
//!
//! Built from the events the real extraction path reports
//! ([`super::explain_sentence`] with a [`Recorder`]): there is no second
//! copy of the rules here, only the grouping and printing of those events.

use super::trace::{Owned, Recorder};
use crate::types::{Document, Fact, Mention, Sentence};
use serde_json::{Value, json};
use std::fmt::Write;
use std::ops::Range;

/// What the rules did with one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// The sentence's byte range in its document.
    pub span: Range<usize>,
    /// The text the rules read (markup removed): group ranges index it.
    pub text: String,
    /// Each rule whose triggers fired, in the order they ran.
    pub rules: Vec<RuleRun>,
    /// The mentions the sentence gave (every family, dates included).
    pub claims: Vec<Mention>,
}

/// One rule on one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RuleRun {
    /// The rule id.
    pub rule: &'static str,
    /// Whether its regex matched (`None`: a check before the regex
    /// rejected the sentence).
    pub matched: Option<bool>,
    /// Checks that ran before the regex.
    pub before: Vec<(&'static str, bool)>,
    /// Each match of the regex that was tried.
    pub matches: Vec<MatchRun>,
}

/// One match of a rule's regex and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MatchRun {
    /// `(group name, byte range of the cleaned sentence)`.
    pub groups: Vec<(&'static str, Range<usize>)>,
    /// Each check or guard that ran, in order, and whether it passed; the
    /// last one failed when the match was rejected.
    pub checks: Vec<(&'static str, bool)>,
    /// Whether the rule yielded a result for this match.
    pub accepted: bool,
}

impl MatchRun {
    /// The check that rejected this match, if one did.
    pub fn rejected_by(&self) -> Option<&'static str> {
        self.checks.iter().find(|(_, ok)| !ok).map(|(c, _)| *c)
    }
}

/// Explain every sentence of `doc`.
pub fn explain_document(doc: &Document, sentences: &[Sentence]) -> Vec<Explained> {
    let mut out = Vec::with_capacity(sentences.len());
    for (i, &s) in sentences.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| sentences[p]);
        let mut rec = Recorder::default();
        let mut claims = Vec::new();
        super::explain_sentence(doc, s, prev, &mut claims, &mut rec);
        let (text, rules) = group_events(rec.events);
        out.push(Explained {
            span: s.start..s.end,
            text: text.unwrap_or_else(|| doc.text[s.start..s.end].to_string()),
            rules,
            claims,
        });
    }
    out
}

/// The events of one sentence grouped by rule and match.
fn group_events(events: Vec<Owned>) -> (Option<String>, Vec<RuleRun>) {
    let mut text = None;
    let mut rules: Vec<RuleRun> = Vec::new();
    for e in events {
        match e {
            Owned::Sentence(t) => text = Some(t),
            Owned::Triggered(rule) => rules.push(RuleRun {
                rule,
                ..RuleRun::default()
            }),
            Owned::Regex(_, matched) => {
                if let Some(r) = rules.last_mut() {
                    r.matched = Some(matched);
                }
            }
            Owned::Groups(_, groups) => {
                if let Some(r) = rules.last_mut() {
                    r.matches.push(MatchRun {
                        groups,
                        ..MatchRun::default()
                    });
                }
            }
            Owned::Check(_, check, passed) => {
                if let Some(r) = rules.last_mut() {
                    match r.matches.last_mut() {
                        Some(m) => m.checks.push((check, passed)),
                        None => r.before.push((check, passed)),
                    }
                }
            }
            Owned::Accepted(_) => {
                if let Some(m) = rules.last_mut().and_then(|r| r.matches.last_mut()) {
                    m.accepted = true;
                }
            }
        }
    }
    (text, rules)
}

/// A claim as one line of text.
fn claim_line(m: &Mention) -> String {
    match &m.fact {
        Fact::Definition {
            term,
            text,
            attributed_to,
        } => {
            let by = if attributed_to.is_empty() {
                String::new()
            } else {
                format!(" [by {}]", attributed_to.join("; "))
            };
            format!("definition {term:?} := {text:?}{by}")
        }
        Fact::Alias { term, alias } => format!("alias {term:?} = {alias:?}"),
        Fact::Attribution {
            agent,
            relation,
            object,
            dates,
            ..
        } => format!("attribution {agent:?} {relation} {object:?} {dates:?}"),
        Fact::Date { value, text, .. } => format!("date {text:?} = {value}"),
    }
}

/// The readable form: one block per sentence.
pub fn to_text(doc: &str, explained: &[Explained]) -> String {
    let mut o = String::new();
    for (i, e) in explained.iter().enumerate() {
        let _ = writeln!(
            o,
            "{doc} sentence {} (bytes {}..{}): {}",
            i + 1,
            e.span.start,
            e.span.end,
            e.text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        if e.rules.is_empty() {
            let _ = writeln!(o, "  no rule's triggers fired");
        }
        for r in &e.rules {
            rule_text(&mut o, &e.text, r);
        }
        if e.claims.is_empty() {
            let _ = writeln!(o, "  claims: none");
        } else {
            let _ = writeln!(o, "  claims:");
            for m in &e.claims {
                match m.confidence {
                    Some(c) => {
                        let _ = writeln!(
                            o,
                            "    {} ({}, confidence {:.3})",
                            claim_line(m),
                            m.pattern,
                            c.get()
                        );
                    }
                    None => {
                        let _ = writeln!(o, "    {} ({})", claim_line(m), m.pattern);
                    }
                }
            }
        }
    }
    o
}

fn rule_text(o: &mut String, text: &str, r: &RuleRun) {
    let state = match (r.matched, r.before.iter().find(|(_, ok)| !ok)) {
        (_, Some((c, _))) => format!("skipped by {c}"),
        (Some(true), _) => "regex matched".to_string(),
        (Some(false), _) => "regex did not match".to_string(),
        (None, None) => "not run".to_string(),
    };
    let _ = writeln!(o, "  {}: triggers fired, {state}", r.rule);
    for m in &r.matches {
        let groups: Vec<String> = m
            .groups
            .iter()
            .map(|(n, g)| format!("{n} {}..{} {:?}", g.start, g.end, slice(text, g)))
            .collect();
        let _ = writeln!(o, "    groups: {}", groups.join(" | "));
        let passed: Vec<&str> = m
            .checks
            .iter()
            .filter(|(_, ok)| *ok)
            .map(|(c, _)| *c)
            .collect();
        if !passed.is_empty() {
            let _ = writeln!(o, "    passed: {}", passed.join(", "));
        }
        match (m.accepted, m.rejected_by()) {
            (true, _) => {
                let _ = writeln!(o, "    => accepted");
            }
            (false, Some(c)) => {
                let _ = writeln!(o, "    => rejected by {c}");
            }
            (false, None) => {
                let _ = writeln!(o, "    => rejected (a group it needs is missing)");
            }
        }
    }
}

/// `text[r]`, or "" when `r` does not slice it.
fn slice<'a>(text: &'a str, r: &Range<usize>) -> &'a str {
    text.get(r.clone()).unwrap_or("")
}

/// The JSON form of one sentence (one line of `--format jsonl`).
pub fn to_json(doc: &str, e: &Explained) -> Value {
    let checks = |c: &[(&str, bool)]| -> Vec<Value> {
        c.iter()
            .map(|(name, ok)| json!({"check": name, "passed": ok}))
            .collect()
    };
    let rules: Vec<Value> = e
        .rules
        .iter()
        .map(|r| {
            let matches: Vec<Value> = r
                .matches
                .iter()
                .map(|m| {
                    let groups: serde_json::Map<String, Value> = m
                        .groups
                        .iter()
                        .map(|(n, g)| {
                            let v =
                                json!({"start": g.start, "end": g.end, "text": slice(&e.text, g)});
                            (n.to_string(), v)
                        })
                        .collect();
                    json!({
                        "groups": groups,
                        "checks": checks(&m.checks),
                        "accepted": m.accepted,
                        "rejected_by": m.rejected_by(),
                    })
                })
                .collect();
            json!({
                "rule": r.rule,
                "before": checks(&r.before),
                "matched": r.matched,
                "matches": matches,
            })
        })
        .collect();
    json!({
        "doc": doc,
        "start": e.span.start,
        "end": e.span.end,
        "text": e.text,
        "rules": rules,
        "claims": e.claims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Span;

    fn explain(text: &str) -> Vec<Explained> {
        let doc = Document {
            id: "t.txt".into(),
            text: text.to_string(),
        };
        explain_document(&doc, &[Span::new(0, text.len())])
    }

    #[test]
    fn an_accepted_rule_shows_its_groups_and_claim() {
        let text = "A moat is a deep trench that circles a castle.";
        let e = &explain(text)[0];
        let r = e.rules.iter().find(|r| r.rule == "def/copular").unwrap();
        assert_eq!(r.matched, Some(true));
        let m = &r.matches[0];
        assert!(m.accepted && m.rejected_by().is_none());
        assert!(m.groups.contains(&("link", 6..9)), "{:?}", m.groups);
        assert!(m.checks.iter().any(|(c, ok)| *c == "guard/question" && *ok));
        assert!(e.claims.iter().any(|c| matches!(&c.fact,
            Fact::Definition { term, .. } if term == "moat")));
        // The explain path and the extraction path give the same mentions.
        let doc = Document {
            id: "t.txt".into(),
            text: text.to_string(),
        };
        let sentences = [Span::new(0, text.len())];
        assert_eq!(e.claims, super::super::extract_document(&doc, &sentences));
    }

    #[test]
    fn a_rejection_names_its_guard() {
        let e = &explain("A moat is a deep trench that circles a castle, is it not?")[0];
        assert!(e.claims.is_empty());
        let rejected: Vec<&str> = e
            .rules
            .iter()
            .flat_map(|r| &r.matches)
            .filter_map(MatchRun::rejected_by)
            .collect();
        assert!(rejected.contains(&"guard/question"), "{rejected:?}");
        let t = to_text(
            "t",
            &explain("A moat is a deep trench that circles a castle, is it not?"),
        );
        assert!(t.contains("=> rejected by guard/question"), "{t}");
    }
}

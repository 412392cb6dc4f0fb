//! What the extraction path did, step by step: the observer behind
//! `defmine explain`.
//!
//! The extractors take a `&mut T` where `T: Trace` and report each step to
//! it: a rule whose triggers fired, whether its regex matched, the groups,
//! each check or guard that ran and the one that rejected. Normal runs pass
//! [`NoTrace`], whose methods are empty and inlined away, so there is one
//! code path and tracing costs nothing when off.

use std::ops::Range;

/// One step of the extraction of one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    /// The text the rules read for one sentence (markup removed); the
    /// ranges of the events after it index this text.
    Sentence {
        /// The cleaned sentence.
        text: &'a str,
    },
    /// A rule whose trigger words are all in the sentence (its regex runs).
    Triggered {
        /// The rule id.
        rule: &'static str,
    },
    /// Whether the rule's regex matched the sentence.
    Regex {
        /// The rule id.
        rule: &'static str,
        /// True when it matched.
        matched: bool,
    },
    /// The named groups of one match, as byte ranges of the sentence.
    Groups {
        /// The rule id.
        rule: &'static str,
        /// `(group name, range)` for each group that took part.
        groups: &'a [(&'static str, Range<usize>)],
    },
    /// A named check (or guard) ran on the rule's candidate.
    Check {
        /// The rule id.
        rule: &'static str,
        /// The check or guard id.
        check: &'static str,
        /// False when it rejected the candidate (the rule then yields
        /// nothing for this match).
        passed: bool,
    },
    /// The rule yields a result for this match.
    Accepted {
        /// The rule id.
        rule: &'static str,
    },
}

/// An observer of the extraction path.
pub trait Trace {
    /// Whether events are wanted: when false, callers skip the work of
    /// building them.
    fn enabled(&self) -> bool;
    /// One step.
    fn event(&mut self, e: Event<'_>);
}

/// The observer of normal runs: wants nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoTrace;

impl Trace for NoTrace {
    #[inline(always)]
    fn enabled(&self) -> bool {
        false
    }
    #[inline(always)]
    fn event(&mut self, _: Event<'_>) {}
}

/// Every event, in order.
#[derive(Debug, Default)]
pub struct Recorder {
    /// The events so far, owned.
    pub events: Vec<Owned>,
}

/// An [`Event`] with its groups owned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owned {
    /// See [`Event::Sentence`].
    Sentence(String),
    /// See [`Event::Triggered`].
    Triggered(&'static str),
    /// See [`Event::Regex`].
    Regex(&'static str, bool),
    /// See [`Event::Groups`].
    Groups(&'static str, Vec<(&'static str, Range<usize>)>),
    /// See [`Event::Check`]: rule, check, passed.
    Check(&'static str, &'static str, bool),
    /// See [`Event::Accepted`].
    Accepted(&'static str),
}

impl Trace for Recorder {
    fn enabled(&self) -> bool {
        true
    }
    fn event(&mut self, e: Event<'_>) {
        self.events.push(match e {
            Event::Sentence { text } => Owned::Sentence(text.to_string()),
            Event::Triggered { rule } => Owned::Triggered(rule),
            Event::Regex { rule, matched } => Owned::Regex(rule, matched),
            Event::Groups { rule, groups } => Owned::Groups(rule, groups.to_vec()),
            Event::Check {
                rule,
                check,
                passed,
            } => Owned::Check(rule, check, passed),
            Event::Accepted { rule } => Owned::Accepted(rule),
        });
    }
}

/// Report check `check` of `rule`; returns `rejected` (so that
/// `if rejects(t, r, "x", cond) { return None; }` reads as the code did).
#[inline(always)]
pub fn rejects<T: Trace + ?Sized>(
    t: &mut T,
    rule: &'static str,
    check: &'static str,
    rejected: bool,
) -> bool {
    if t.enabled() {
        t.event(Event::Check {
            rule,
            check,
            passed: !rejected,
        });
    }
    rejected
}

/// Report check `check` of `rule`, which passes when `v` is `Some`; returns
/// `v` (for `needs(t, r, "x", step())?`).
#[inline(always)]
pub fn needs<T: Trace + ?Sized, X>(
    t: &mut T,
    rule: &'static str,
    check: &'static str,
    v: Option<X>,
) -> Option<X> {
    rejects(t, rule, check, v.is_none());
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_report_and_pass_their_value_through() {
        let mut r = Recorder::default();
        assert!(rejects(&mut r, "def/x", "a", true));
        assert_eq!(needs(&mut r, "def/x", "b", Some(3)), Some(3));
        assert_eq!(
            r.events,
            [
                Owned::Check("def/x", "a", false),
                Owned::Check("def/x", "b", true)
            ]
        );
        let mut n = NoTrace;
        assert!(!rejects(&mut n, "def/x", "a", false));
        assert_eq!(needs::<_, u8>(&mut n, "def/x", "b", None), None);
    }
}

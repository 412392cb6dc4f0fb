//! The one shape every guard family shares (issue 11): a stable id, the
//! sentences the whole extractor must still read with the guard in place
//! (`hits`, each with the claim it yields, rendered the way the family's
//! table tests render it) and the sentences on which it must yield nothing
//! (`misses`). Definition, precision, alias, attribution and date guards
//! are rows of one [`Guard`] type; [`check_guards`] runs any such table.

/// One guard row, the shape every family shares: a stable id, where the
/// guard applies (`scope`), what it tests (`test`), and its examples.
/// Each family is a type alias that fixes `Test` and `Scope` (a regex and
/// a [`Target`](super::Target) for the definition guards, a predicate and
/// a [`Scope`](crate::extract::precision::Scope) for the precision guards,
/// ...); a check that lives in code as a function has `()` for both.
#[derive(Debug)]
pub struct Guard<Test = (), Scope = ()> {
    /// Stable id (`guard/...`, `precision/...`, `check/...`).
    pub id: &'static str,
    /// Where the guard applies (which rules, which part of a candidate).
    pub scope: Scope,
    /// What the guard tests; a match or `true` rejects the candidate.
    pub test: Test,
    /// Sentences that still yield a claim, with its rendering as the
    /// family's table tests render it.
    pub hits: &'static [(&'static str, &'static str)],
    /// Sentences on which the family yields nothing.
    pub misses: &'static [&'static str],
}

/// The examples of a guard that is a named check in code rather than a
/// row of its own (the coverage `entry/...` checks, the rule `Check`s).
pub type GuardDoc = Guard;

/// What a family yields for one sentence under one guard, rendered.
pub type Run<'r, T, S> = dyn Fn(&Guard<T, S>, &str) -> Vec<String> + 'r;

/// Leading words put before every example: a leading space and a few
/// opening words, so that an offset bug cannot hide behind an example
/// that starts at byte 0.
pub const SHIFTS: &[&str] = &["", " ", "In short, "];

/// Runs every hit and miss of `table` through `run` (what the family
/// yields for one sentence, rendered), each also shifted by every prefix
/// of `shifts`. A hit must yield its rendering; a miss must yield
/// nothing. Returns the failures, one line each.
pub fn check_guards<'g, T: 'g, S: 'g>(
    table: impl IntoIterator<Item = &'g Guard<T, S>>,
    shifts: &[&str],
    run: &Run<'_, T, S>,
) -> Vec<String> {
    let mut f = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for g in table {
        if !seen.insert(g.id) {
            f.push(format!("{}: id twice", g.id));
        }
        if g.misses.is_empty() {
            f.push(format!("{}: no miss example", g.id));
        }
        for shift in shifts {
            for (s, want) in g.hits {
                let s = format!("{shift}{s}");
                let got = run(g, &s);
                if !got.iter().any(|r| r == want) {
                    f.push(format!("{}: hit {s:?}: want {want:?}, got {got:?}", g.id));
                }
            }
            for s in g.misses {
                let s = format!("{shift}{s}");
                let got = run(g, &s);
                if !got.is_empty() {
                    f.push(format!("{}: miss {s:?}: got {got:?}", g.id));
                }
            }
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &'static str) -> GuardDoc {
        Guard {
            id,
            scope: (),
            test: (),
            hits: &[("a b", "b")],
            misses: &["c"],
        }
    }

    #[test]
    fn the_helper_can_fail() {
        // Yields the last word of a sentence that starts with "a".
        let run = |_: &GuardDoc, s: &str| -> Vec<String> {
            if s.starts_with('a') {
                s.split(' ')
                    .next_back()
                    .map(str::to_string)
                    .into_iter()
                    .collect()
            } else {
                vec!["x".into()]
            }
        };
        let f = check_guards(&[row("g/one"), row("g/one")], &[""], &run);
        // The duplicate id and both misses.
        assert_eq!(f.len(), 3, "{f:?}");
        // Shifted, the hit fails too: an offset bug shows.
        let f = check_guards(&[row("g/two")], &["", " "], &run);
        assert_eq!(f.len(), 3, "{f:?}");
    }
}

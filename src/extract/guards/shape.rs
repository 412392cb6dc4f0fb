//! The one shape every guard family shares (issue 11): a stable id, the
//! sentences the whole extractor must still read with the guard in place
//! (`hits`, each with the claim it yields, rendered the way the family's
//! table tests render it) and the sentences on which it must yield nothing
//! (`misses`). Definition, precision, alias, attribution and date guards
//! implement [`Guarded`]; [`check_guards`] runs any such table.

/// A guard with its examples.
pub trait Guarded {
    /// Stable id (`guard/...`, `precision/...`).
    fn id(&self) -> &'static str;
    /// Sentences that still yield a claim, with its rendering.
    fn hits(&self) -> &'static [(&'static str, &'static str)];
    /// Sentences on which the family yields nothing.
    fn misses(&self) -> &'static [&'static str];
}

/// The examples of a guard that is a named check in code rather than a
/// row of its own (the coverage `entry/...` checks).
#[derive(Debug)]
pub struct GuardDoc {
    /// The check's id, as the trace names it.
    pub id: &'static str,
    /// Sentences that still yield a claim, with its rendering.
    pub hits: &'static [(&'static str, &'static str)],
    /// Sentences on which the family yields nothing.
    pub misses: &'static [&'static str],
}

impl Guarded for GuardDoc {
    fn id(&self) -> &'static str {
        self.id
    }
    fn hits(&self) -> &'static [(&'static str, &'static str)] {
        self.hits
    }
    fn misses(&self) -> &'static [&'static str] {
        self.misses
    }
}

/// Leading words put before every example: a leading space and a few
/// opening words, so that an offset bug cannot hide behind an example
/// that starts at byte 0.
pub const SHIFTS: &[&str] = &["", " ", "In short, "];

/// Runs every hit and miss of `table` through `run` (what the family
/// yields for one sentence, rendered), each also shifted by every prefix
/// of `shifts`. A hit must yield its rendering; a miss must yield
/// nothing. Returns the failures, one line each.
pub fn check_guards<'g, G: Guarded + 'g>(
    table: impl IntoIterator<Item = &'g G>,
    shifts: &[&str],
    run: &dyn Fn(&G, &str) -> Vec<String>,
) -> Vec<String> {
    let mut f = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for g in table {
        if !seen.insert(g.id()) {
            f.push(format!("{}: id twice", g.id()));
        }
        if g.misses().is_empty() {
            f.push(format!("{}: no miss example", g.id()));
        }
        for shift in shifts {
            for (s, want) in g.hits() {
                let s = format!("{shift}{s}");
                let got = run(g, &s);
                if !got.iter().any(|r| r == want) {
                    f.push(format!("{}: hit {s:?}: want {want:?}, got {got:?}", g.id()));
                }
            }
            for s in g.misses() {
                let s = format!("{shift}{s}");
                let got = run(g, &s);
                if !got.is_empty() {
                    f.push(format!("{}: miss {s:?}: got {got:?}", g.id()));
                }
            }
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row(&'static str);
    impl Guarded for Row {
        fn id(&self) -> &'static str {
            self.0
        }
        fn hits(&self) -> &'static [(&'static str, &'static str)] {
            &[("a b", "b")]
        }
        fn misses(&self) -> &'static [&'static str] {
            &["c"]
        }
    }

    #[test]
    fn the_helper_can_fail() {
        // Yields the last word of a sentence that starts with "a".
        let run = |_: &Row, s: &str| -> Vec<String> {
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
        let f = check_guards(&[Row("g/one"), Row("g/one")], &[""], &run);
        // The duplicate id and both misses.
        assert_eq!(f.len(), 3, "{f:?}");
        // Shifted, the hit fails too: an offset bug shows.
        let f = check_guards(&[Row("g/two")], &["", " "], &run);
        assert_eq!(f.len(), 3, "{f:?}");
    }
}

//! Tests of the attribution rules and guards.

use super::*;
use crate::extract::date::find_dates;
use crate::extract::pattern::{assert_no_failures, check_table, check_table_shape};

/// What one sentence yields on its own: an anaphoric object has no
/// previous sentence to resolve against here, so it yields nothing.
fn run(s: &str) -> Vec<(&'static str, String)> {
    let dates = find_dates(s);
    find_attributions(s, &dates)
        .iter()
        .filter(|a| !a.anaphoric)
        .map(|a| (a.pattern, render(s, a)))
        .collect()
}

#[test]
fn anaphoric_objects_are_marked_for_the_caller() {
    for (s, agent, object) in [
        (
            "It was developed by J. K. Lee in the 1960s.",
            "J. K. Lee",
            "It",
        ),
        (
            "The term was first used by Mary Stone.",
            "Mary Stone",
            "term",
        ),
        (
            "This concept was introduced by Omar Haddad in 1977.",
            "Omar Haddad",
            "concept",
        ),
    ] {
        let dates = find_dates(s);
        let found = find_attributions(s, &dates);
        assert_eq!(found.len(), 1, "{s}");
        assert!(found[0].anaphoric, "{s}");
        assert_eq!(&s[found[0].agent.clone()], agent);
        assert_eq!(&s[found[0].object.clone()], object);
    }
    // A named object is not an anaphor, nor is a pronoun agent accepted.
    let s = "The Lee scale was devised by J. K. Lee.";
    assert!(!find_attributions(s, &[])[0].anaphoric);
    assert!(find_attributions("It was developed by them.", &[]).is_empty());
}

#[test]
fn attribution_table_examples() {
    let mut f = check_table_shape(ATTRIBUTION_PATTERNS.iter().map(|r| &r.pattern), "attr");
    f.extend(check_table(
        ATTRIBUTION_PATTERNS.iter().map(|r| &r.pattern),
        &run,
    ));
    assert_no_failures("attribution", &f);
}

/// The shared guard test (hits give their claim, misses nothing, also
/// behind leading words), then: each miss is rejected by its own guard.
#[test]
fn attribution_guard_examples() {
    use crate::extract::guards::shape::{SHIFTS, check_guards};
    let rendered = |_: &attr_guard::AttrGuard, s: &str| -> Vec<String> {
        run(s).into_iter().map(|(_, r)| r).collect()
    };
    let mut shifts = SHIFTS.to_vec();
    shifts.push("Later on, ");
    let mut f = check_guards(attr_guard::ATTR_GUARDS, &shifts, &rendered);
    for g in attr_guard::ATTR_GUARDS {
        for s in g.misses {
            let got = run(s);
            let mut by: Vec<_> = scan(s, &find_dates(s))
                .into_iter()
                .filter_map(|(_, r)| r)
                .collect();
            // An agent guard also stops the agent a definition rule gives.
            for d in crate::extract::definition::find_definitions(s) {
                by.extend(
                    d.attributed_to
                        .iter()
                        .filter_map(|a| attr_guard::reject_agent(s, a.clone())),
                );
            }
            if !got.is_empty() || !by.contains(&g.id) {
                f.push(format!(
                    "{}: miss {s:?}: got {got:?}, rejected by {by:?}",
                    g.id
                ));
            }
        }
    }
    assert!(f.is_empty(), "{}", f.join("\n"));
}

#[test]
fn titles_stay_with_names() {
    let s = "The lamp was invented by Dr. Ann R. Lee in 1901.";
    assert_eq!(run(s)[0].1, "dr. ann r. lee invented lamp [1901]");
    let s = "In 1901 Dr. Ann Lee coined the term glowlamp.";
    assert_eq!(run(s)[0].1, "dr. ann lee coined glowlamp [1901]");
    let s = "Sen. Ann Lee (D-NY) introduced the Lee Doctrine.";
    assert_eq!(run(s)[0].1, "sen. ann lee introduced lee doctrine []");
    let s = "The barometer was invented by Torricelli at Pisa about 1643.";
    assert_eq!(run(s)[0].1, "torricelli invented barometer [1643]");
}

#[test]
fn no_verb_no_work() {
    assert!(run("Cells divide by mitosis.").is_empty());
}

#[test]
fn agent_reading_backwards() {
    let s = "the economist jane roe coined it";
    let at = s.find("coined").unwrap();
    assert_eq!(agent_before(s, at).map(|r| &s[r]), Some("jane roe"));
    let s = "Then Ada Lovelace introduced loops";
    let at = s.find("introduced").unwrap();
    assert_eq!(agent_before(s, at).map(|r| &s[r]), Some("Ada Lovelace"));
    let s = "They introduced loops";
    assert_eq!(agent_before(s, s.find("introduced").unwrap()), None);
}

#[test]
fn never_panics_on_odd_text() {
    for s in [
        "coined",
        "by coined by",
        "é coined é",
        ", who coined",
        "was coined by ,",
        "X was coined by",
    ] {
        let _ = run(s);
    }
}

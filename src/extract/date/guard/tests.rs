//! Unit tests of the guard helpers (moved from `guard.rs`).

use super::*;

fn ctx(text: &str, needle: &str) -> Option<bool> {
    let start = text.find(needle)?;
    let c = Ctx {
        text,
        start,
        end: start + needle.len(),
        code: false,
    };
    Some(number_run(&c))
}

#[test]
fn number_runs() {
    assert_eq!(ctx("a 443 1088 b", "1088"), Some(true));
    assert_eq!(ctx("in 1914, 1915 and 1916", "1915"), Some(false));
    assert_eq!(ctx("in 1914", "1914"), Some(false));
}

#[test]
fn sets_hold_their_lists() {
    for (set, list) in [
        (&UNIT_SET, UNITS),
        (&REF_SET, REF_WORDS),
        (&FUNCTION_SET, FUNCTION_WORDS),
    ] {
        for w in list {
            assert!(in_set(set, w), "{w}");
        }
        assert!(!in_set(set, "zzz") && !in_set(set, ""));
    }
    assert!(in_set(&STREET_SET, "avenue") && !in_set(&STREET_SET, "avenues"));
    assert!(in_set(&S_SET, "whereas") && !in_set(&S_SET, "trees"));
}

#[test]
fn url_reads_the_token_around_the_match() {
    let url_at = |text: &str, needle: &str| {
        let start = text.find(needle).unwrap_or(0);
        url(&Ctx {
            text,
            start,
            end: start + needle.len(),
            code: false,
        })
    };
    // "://" and "www." across the match, on either side, or inside one.
    assert!(url_at("see http:2004//x", "2004"));
    assert!(url_at("see ww2004w.x", "2004"));
    assert!(url_at("see www.a/2004/b", "2004"));
    assert!(url_at("mail me@2004", "2004"));
    assert!(url_at("see /docs/2004/x", "2004"));
    assert!(!url_at("in 2004 (see the archive)", "2004"));
    assert!(!url_at("see w 2004 ww.", "2004"));
}

#[test]
fn tokens() {
    assert_eq!(last_token("see page  "), "page");
    assert_eq!(first_token("  km north"), "km");
    assert_eq!(last_token(""), "");
}

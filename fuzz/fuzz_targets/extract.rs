//! Fuzz target `extract`: an arbitrary sentence through the definition,
//! alias, date, date-range and attribution extractors.
//!
//! Checks that every returned range is non-reversed, in bounds and on char
//! boundaries of the sentence (and that rendering them does not panic).
#![no_main]

use defmine::extract::{attribution, date, definition};
use libfuzzer_sys::fuzz_target;
use std::ops::Range;

fn check(s: &str, r: &Range<usize>, what: &str) {
    assert!(r.start <= r.end, "{what} range {r:?} reversed");
    assert!(
        r.end <= s.len(),
        "{what} range {r:?} out of bounds {}",
        s.len()
    );
    assert!(
        s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
        "{what} range {r:?} not on char boundaries"
    );
}

fuzz_target!(|s: &str| {
    for d in definition::find_definitions(s) {
        check(s, &d.term, "definition term");
        check(s, &d.text, "definition text");
        assert!(!d.text.is_empty(), "empty definition text");
        for a in &d.attributed_to {
            check(s, a, "definition attributed_to");
        }
        let _ = definition::render(s, &d);
    }
    for a in definition::find_aliases(s) {
        check(s, &a.term, "alias term");
        check(s, &a.alias, "alias alias");
        let _ = definition::render_alias(s, &a);
    }
    let dates = date::find_dates(s);
    let mut prev_end = 0;
    for d in &dates {
        check(s, &(d.start..d.end), "date");
        assert!(prev_end <= d.start, "dates overlap or out of order");
        prev_end = d.end;
        let _ = date::render(s, d);
    }
    for r in date::find_ranges(s, &dates) {
        check(s, &(r.start..r.end), "date range");
    }
    for d in date::find_dates_in_context(s, Some(1999)) {
        check(s, &(d.start..d.end), "date in context");
    }
    for a in attribution::find_attributions(s, &dates) {
        check(s, &a.agent, "attribution agent");
        check(s, &a.object, "attribution object");
        let _ = attribution::render(s, &a);
    }
});

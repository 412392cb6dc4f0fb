//! Fuzz target `pipeline`: arbitrary file bytes through decoding, the whole
//! mining pipeline and JSON output.
//!
//! Checks that the knowledge file is valid JSON that reads back as the same
//! value, and that every evidence range is a non-empty, in-bounds span of
//! the decoded text on char boundaries.
#![no_main]

use defmine::output::Evidence;
use libfuzzer_sys::fuzz_target;

fn check(text: &str, e: &Evidence) {
    assert!(e.start < e.end, "empty evidence {e:?}");
    assert!(
        e.end <= text.len(),
        "evidence {e:?} out of bounds {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
        "evidence {e:?} not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok((doc, _warning)) = defmine::load::decode("f.txt", data.to_vec()) else {
        return;
    };
    let k = defmine::mine_text(&doc.id, &doc.text);
    let json = defmine::output::to_json(&k);
    let back: defmine::Knowledge = match serde_json::from_slice(&json) {
        Ok(v) => v,
        Err(e) => panic!("knowledge JSON does not parse: {e}"),
    };
    assert_eq!(back, k, "knowledge JSON does not round-trip");
    let text = doc.text.as_str();
    for t in &k.terms {
        for d in &t.definitions {
            d.evidence.iter().for_each(|e| check(text, e));
        }
    }
    for a in &k.attributions {
        a.evidence.iter().for_each(|e| check(text, e));
    }
    for d in &k.dates {
        d.evidence.iter().for_each(|e| check(text, e));
    }
});

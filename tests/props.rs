//! Laws of the whole pipeline, checked on generated input (proptest).

use defmine::{Fact, consolidate::consolidate};
use proptest::prelude::*;

/// Text built from definitional English pieces, with noise in between, so
/// the extractors actually fire.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Osmosis is the movement of water across a membrane. ".to_string()),
        Just("The term soft power was coined by Joseph Nye in 1990. ".to_string()),
        Just("A track two meeting refers to talks between private citizens. ".to_string()),
        Just("On Oct 11, 2010 the guide, hereafter the Guide, was revised. ".to_string()),
        Just("\n\n".to_string()),
        Just("Mr. Smith said e.g. 5.5 percent... ".to_string()),
        "[a-zA-Z0-9 ,.;:()\u{e9}\u{2014}\n-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// No panic on arbitrary bytes, through decoding and the whole pipeline.
    #[test]
    fn no_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok((doc, _)) = defmine::load::decode("x.txt", bytes) {
            let _ = defmine::mine_text("x.txt", &doc.text);
        }
    }

    /// Every evidence range slices the original text to a whole sentence
    /// that holds the claim's words.
    #[test]
    fn evidence_slices_the_text(text in texty()) {
        let k = defmine::mine_text("x.txt", &text);
        for t in &k.terms {
            for d in &t.definitions {
                for e in &d.evidence {
                    prop_assert!(e.start < e.end && e.end <= text.len());
                    prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
                    let s = &text[e.start..e.end];
                    prop_assert_eq!(s.trim(), s, "evidence is a trimmed sentence");
                }
            }
        }
        for d in &k.dates {
            for e in &d.evidence {
                prop_assert!(e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            }
        }
    }

    /// Mentions consolidated twice over (every shard sent twice) give the same
    /// file as once; so does any order of the mentions.
    #[test]
    fn consolidating_twice_equals_once(text in texty(), seed in any::<u64>()) {
        let doc = defmine::Document { id: "x.txt".into(), text: text.clone() };
        let sentences = defmine::split::split_document(&text);
        let mentions = defmine::extract::extract_all(&doc, &sentences);
        for m in &mentions {
            if let Fact::Date { span, .. } = &m.fact {
                prop_assert!(m.sentence.start <= span.start && span.end <= m.sentence.end);
            }
        }
        let once = consolidate(vec![], mentions.clone());
        let mut twice = mentions.clone();
        twice.extend(mentions.iter().cloned());
        // a cheap deterministic shuffle
        let n = twice.len().max(1);
        twice.rotate_left((seed as usize) % n);
        twice.reverse();
        prop_assert_eq!(&consolidate(vec![], twice), &once);
    }
}

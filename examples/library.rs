//! defmine as a library: mine a text held in memory, read the knowledge,
//! write the JSON. Run it with `cargo run --example library`.

fn main() {
    let text = "Osmosis is the movement of water across a membrane. \
                The term osmosis was coined by Henri Dutrochet in 1827.";
    let k = defmine::mine_text("notes.txt", text);

    for term in &k.terms {
        for d in &term.definitions {
            println!("{}: {} (support {})", term.term, d.text, d.support);
        }
    }
    for a in &k.attributions {
        println!("{} {} {} {:?}", a.agent, a.relation, a.object, a.dates);
    }
    // Every claim points at the sentence it came from (byte offsets).
    let ev = &k.terms[0].definitions[0].evidence[0];
    assert_eq!(
        &text[ev.start..ev.end],
        "Osmosis is the movement of water across a membrane."
    );

    // The same bytes `defmine run` writes.
    let json = defmine::output::to_json(&k);
    assert!(json.starts_with(b"{"));
}

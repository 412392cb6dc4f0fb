//! Unit tests of the splitter (moved from `mod.rs`).

use super::*;
use proptest::prelude::*;

fn pieces(text: &str) -> Vec<String> {
    split(text)
        .iter()
        .map(|s| {
            text[s.start..s.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// `(text, expected sentences)`; sentences compared with inner white
/// space collapsed, as `defmine split` prints them.
const CASES: &[(&str, &[&str])] = &[
    // Plain ends.
    (
        "The oven is hot. Bread needs an hour.",
        &["The oven is hot.", "Bread needs an hour."],
    ),
    (
        "Is it raining? Take a coat!",
        &["Is it raining?", "Take a coat!"],
    ),
    ("Wait?! Really?? No!!", &["Wait?!", "Really??", "No!!"]),
    // Web and mail text: a lowercase start after an unquoted `?` or
    // `!`; a bracket closing after the mark; odd marks and emoticons.
    ("Why not? it works fine.", &["Why not?", "it works fine."]),
    (
        "Did the parcel come? yes, it came today.",
        &["Did the parcel come?", "yes, it came today."],
    ),
    (
        "We left early (it rained all day!) The next day was dry.",
        &[
            "We left early (it rained all day!)",
            "The next day was dry.",
        ],
    ),
    (
        "Is it done (or not?) Nobody knows.",
        &["Is it done (or not?)", "Nobody knows."],
    ),
    (
        "This is great!!! I love it. Really?! That is odd.",
        &["This is great!!!", "I love it.", "Really?!", "That is odd."],
    ),
    (
        "That was fun :) We should do it again.",
        &["That was fun :)", "We should do it again."],
    ),
    (
        "It broke again :-( I will try later.",
        &["It broke again :-(", "I will try later."],
    ),
    (
        "It is done . we can go now.",
        &["It is done .", "we can go now."],
    ),
    // False boundaries: an emoticon inside a sentence, a day
    // abbreviation, a brand with `!`, a name prefix, an interjection,
    // a quoted exclamation.
    (
        "I was happy :) when it worked.",
        &["I was happy :) when it worked."],
    ),
    (
        "See you on Sat. morning at the shop.",
        &["See you on Sat. morning at the shop."],
    ),
    (
        "He sent it via Yahoo! mail yesterday.",
        &["He sent it via Yahoo! mail yesterday."],
    ),
    (
        "The shop of Mc. Donald is closed.",
        &["The shop of Mc. Donald is closed."],
    ),
    ("Oh! how nice it is.", &["Oh! how nice it is."]),
    (
        "\"Stop!\" she said. \"Why?\" he asked.",
        &["\"Stop!\" she said.", "\"Why?\" he asked."],
    ),
    (
        "The time is 10:30 now. Come at 11:00 Then we go.",
        &["The time is 10:30 now.", "Come at 11:00 Then we go."],
    ),
    // A sentence ending in an address or a file name, then a capital.
    (
        "The code is at http://example.org/src/main.rs Then run it.",
        &[
            "The code is at http://example.org/src/main.rs",
            "Then run it.",
        ],
    ),
    (
        "Write to anna.berg@example.com We will answer.",
        &["Write to anna.berg@example.com", "We will answer."],
    ),
    (
        "Edit the file config.yaml Then restart the server.",
        &["Edit the file config.yaml", "Then restart the server."],
    ),
    (
        "Open config.yaml Section 3 for the keys.",
        &["Open config.yaml Section 3 for the keys."],
    ),
    // Separator lines and banners stand alone.
    (
        "----- Original Message -----\nI sent the file on time.",
        &["----- Original Message -----", "I sent the file on time."],
    ),
    (
        "Thanks for the help,\n-- \nAnn Lee\nBox 12, Elm Town",
        &["Thanks for the help,", "--", "Ann Lee", "Box 12, Elm Town"],
    ),
    (
        "the meeting moved to room four\n=====\nnotes follow below",
        &[
            "the meeting moved to room four",
            "=====",
            "notes follow below",
        ],
    ),
    // Mail: header lines, and a reply's attribution line.
    (
        "From: Ann Lee\nSubject: the garden plan\nI looked at the plan.",
        &[
            "From: Ann Lee",
            "Subject: the garden plan",
            "I looked at the plan.",
        ],
    ),
    (
        "On Mon, 12 Aug 2002, Ann Lee wrote:\nthe plan works for me and we can start soon.",
        &[
            "On Mon, 12 Aug 2002, Ann Lee wrote:",
            "the plan works for me and we can start soon.",
        ],
    ),
    // Quoted speech of several full sentences stays in its sentence
    // when the quotation closes on the same line.
    (
        "She said, \"Go now. Take the car. Be back by six.\" Then she left.",
        &[
            "She said, \"Go now. Take the car. Be back by six.\"",
            "Then she left.",
        ],
    ),
    // Lowercase starts after ". " still split (scraped text loses capitals).
    (
        "the shop opened late. customers waited outside.",
        &["the shop opened late.", "customers waited outside."],
    ),
    // Titles and name abbreviations.
    (
        "Mrs. Okafor met Prof. Lind at noon.",
        &["Mrs. Okafor met Prof. Lind at noon."],
    ),
    (
        "The letter reached Dr. Alvarez today.",
        &["The letter reached Dr. Alvarez today."],
    ),
    // Initials versus the pronoun I or a closing capital.
    (
        "The poem by T. Ruiz won a prize.",
        &["The poem by T. Ruiz won a prize."],
    ),
    (
        "We kept vitamin C. It was cheap.",
        &["We kept vitamin C.", "It was cheap."],
    ),
    // Inner abbreviations never end a sentence.
    (
        "Bring fruit, e.g. Apples or pears.",
        &["Bring fruit, e.g. Apples or pears."],
    ),
    (
        "It was cold, i.e. below zero.",
        &["It was cold, i.e. below zero."],
    ),
    // Reference abbreviations before numbers; an end before a capital.
    (
        "See Fig. 4 and vol. 2 on pp. 10 to 12.",
        &["See Fig. 4 and vol. 2 on pp. 10 to 12."],
    ),
    (
        "The old edition ends at p. Next comes the index.",
        &["The old edition ends at p.", "Next comes the index."],
    ),
    (
        "The fair opens on Sept. 9 each year.",
        &["The fair opens on Sept. 9 each year."],
    ),
    (
        "Read chapter No. 3 tonight.",
        &["Read chapter No. 3 tonight."],
    ),
    // Ambiguous abbreviations: end only before a sentence starter.
    (
        "We sold chairs, lamps, etc. They went fast.",
        &["We sold chairs, lamps, etc.", "They went fast."],
    ),
    (
        "We sold chairs, lamps, etc. at the market.",
        &["We sold chairs, lamps, etc. at the market."],
    ),
    (
        "She moved to the U.K. Her sister stayed.",
        &["She moved to the U.K.", "Her sister stayed."],
    ),
    (
        "She moved to the U.K. Midlands in spring.",
        &["She moved to the U.K. Midlands in spring."],
    ),
    (
        "By 7 p.m. Dr. Chen had left.",
        &["By 7 p.m. Dr. Chen had left."],
    ),
    (
        "The train left the station at 7 p.m. Dr. Chen missed it.",
        &[
            "The train left the station at 7 p.m.",
            "Dr. Chen missed it.",
        ],
    ),
    (
        "Acme Ltd. was founded by Smith et al. in the spring.",
        &["Acme Ltd. was founded by Smith et al. in the spring."],
    ),
    (
        "The rule was stated by P. A. Moreau. A second rule came later.",
        &[
            "The rule was stated by P. A. Moreau.",
            "A second rule came later.",
        ],
    ),
    // Numbers and money.
    (
        "The ticket costs $12.50 today.",
        &["The ticket costs $12.50 today."],
    ),
    (
        "The ticket costs $12.50. It used to be less.",
        &["The ticket costs $12.50.", "It used to be less."],
    ),
    (
        "Sales rose in 2019. Then they fell.",
        &["Sales rose in 2019.", "Then they fell."],
    ),
    // Addresses.
    (
        "Write to help.desk@mail.example.org. We answer daily.",
        &["Write to help.desk@mail.example.org.", "We answer daily."],
    ),
    (
        "The page is http://example.net/a.b/c.html. Read it.",
        &["The page is http://example.net/a.b/c.html.", "Read it."],
    ),
    // Quotes and brackets after the period.
    (
        "He said, \"We are late.\" then ran.",
        &["He said, \"We are late.\" then ran."],
    ),
    (
        "He said, \"We are late.\" The bus had gone.",
        &["He said, \"We are late.\"", "The bus had gone."],
    ),
    (
        "The cat (it was old.) slept all day.",
        &["The cat (it was old.) slept all day."],
    ),
    (
        "Her shop is called Bloom! in the square.",
        &["Her shop is called Bloom! in the square."],
    ),
    (
        "It is done (finally). We can rest.",
        &["It is done (finally).", "We can rest."],
    ),
    // Periods inside brackets that close on the same line.
    (
        "The bird (family Corvidae, cf. fig. 2. below) is clever.",
        &["The bird (family Corvidae, cf. fig. 2. below) is clever."],
    ),
    (
        "GLEAM, n. [Old Eng. glem. See Glimmer.] A faint light.",
        &["GLEAM, n. [Old Eng. glem. See Glimmer.]", "A faint light."],
    ),
    (
        "It rained (as usual. Nobody cared. We went out anyway.",
        &[
            "It rained (as usual.",
            "Nobody cared.",
            "We went out anyway.",
        ],
    ),
    // Grammar abbreviations.
    (
        "Quick, adj. -- Moving fast.",
        &["Quick, adj. -- Moving fast."],
    ),
    // Ellipses.
    ("I thought... maybe not.", &["I thought... maybe not."]),
    (
        "I waited.... Nobody came.",
        &["I waited....", "Nobody came."],
    ),
    (
        "The note said . . . nothing more.",
        &["The note said . . . nothing more."],
    ),
    (
        "Text was cut [...] from the middle.",
        &["Text was cut [...] from the middle."],
    ),
    // Missing space after the period.
    (
        "The game ended.Everyone cheered loudly.",
        &["The game ended.", "Everyone cheered loudly."],
    ),
    (
        "Mail jane.Doe@example.com today.",
        &["Mail jane.Doe@example.com today."],
    ),
    (
        "Open the file index.html in a browser.",
        &["Open the file index.html in a browser."],
    ),
    ("Mr.Brown is here.", &["Mr.Brown is here."]),
    // Lists on one line.
    ("1) Buy milk 2) Call home", &["1) Buy milk", "2) Call home"]),
    (
        "a. Red paint b. Blue paint",
        &["a. Red paint", "b. Blue paint"],
    ),
    (
        "\u{2022} Pens \u{2022} Paper \u{2022} Ink",
        &["\u{2022} Pens", "\u{2022} Paper", "\u{2022} Ink"],
    ),
    (
        "1. We met at nine. 2. We left at ten.",
        &["1. We met at nine.", "2. We left at ten."],
    ),
    // A quotation that closes later on the line keeps its sentences.
    (
        "\"Stay here. Do not move,\" the guard said.",
        &["\"Stay here. Do not move,\" the guard said."],
    ),
    (
        "She wrote, \u{201c}We arrived. The hotel was full.\u{201d} Then she slept.",
        &[
            "She wrote, \u{201c}We arrived. The hotel was full.\u{201d}",
            "Then she slept.",
        ],
    ),
    (
        "The sign said \u{2018}Closed. Back at noon\u{2019} so we left.",
        &["The sign said \u{2018}Closed. Back at noon\u{2019} so we left."],
    ),
    (
        "The pipe is 3/4\" wide. It fits. The tap is 1/2\" wide.",
        &[
            "The pipe is 3/4\" wide.",
            "It fits.",
            "The tap is 1/2\" wide.",
        ],
    ),
    (
        "The note began \"Dear friend. It ended there.",
        &["The note began \"Dear friend.", "It ended there."],
    ),
    (
        "The cat\u{2019}s bowl was empty. The dog\u{2019}s was full.",
        &[
            "The cat\u{2019}s bowl was empty.",
            "The dog\u{2019}s was full.",
        ],
    ),
    // `!` and `?` inside brackets, before dashes or before more marks.
    (
        "Bake it, cool it and -- presto! -- dessert is ready.",
        &["Bake it, cool it and -- presto! -- dessert is ready."],
    ),
    (
        "Where is he? - Nobody answered.",
        &["Where is he?", "- Nobody answered."],
    ),
    (
        "The list (is it done? not yet) keeps growing.",
        &["The list (is it done? not yet) keeps growing."],
    ),
    ("Stop ! ! ! Please stop.", &["Stop ! ! !", "Please stop."]),
    // Clock times end a sentence before most capitals.
    (
        "The shop closed at 6 p.m. Customers left quietly.",
        &["The shop closed at 6 p.m.", "Customers left quietly."],
    ),
    (
        "The office opens at 9 a.m. Monday through Friday.",
        &["The office opens at 9 a.m. Monday through Friday."],
    ),
    (
        "The show starts at 8:30 p.m. EST tonight.",
        &["The show starts at 8:30 p.m. EST tonight."],
    ),
    // A bare item number referred to in the text.
    (
        "As noted in 3. above, the fee is waived.",
        &["As noted in 3. above, the fee is waived."],
    ),
    (
        "We counted 12. Then we stopped.",
        &["We counted 12.", "Then we stopped."],
    ),
    (
        "the first score was 7. the second was lower.",
        &["the first score was 7.", "the second was lower."],
    ),
    // Reference marks stay with the sentence they follow.
    (
        "Copper conducts heat well.[2] It is also soft.",
        &["Copper conducts heat well.[2]", "It is also soft."],
    ),
    (
        "Tin melts easily. [3][4] It is used in solder.",
        &["Tin melts easily. [3][4]", "It is used in solder."],
    ),
    (
        "The first step is easy. [Note: the next is not.] Start now.",
        &[
            "The first step is easy.",
            "[Note: the next is not.]",
            "Start now.",
        ],
    ),
    (
        "The set {a. b} is small. It has two items.",
        &["The set {a. b} is small.", "It has two items."],
    ),
    // General abbreviations.
    (
        "The fee is Rs. 500 per visit.",
        &["The fee is Rs. 500 per visit."],
    ),
    (
        "She works with the med. team on weekends.",
        &["She works with the med. team on weekends."],
    ),
    // Inline lists with lowercase items.
    (
        "a) milk b) eggs c) flour",
        &["a) milk", "b) eggs", "c) flour"],
    ),
    ("A) Rome B) Paris", &["A) Rome", "B) Paris"]),
    (
        "A. Smith and B. Jones wrote it.",
        &["A. Smith and B. Jones wrote it."],
    ),
    (
        "i. wash ii. dry iii. fold",
        &["i. wash", "ii. dry", "iii. fold"],
    ),
    (
        "Option a. is cheaper than option b. in most cases.",
        &["Option a. is cheaper than option b. in most cases."],
    ),
    // Full-width marks end sentences, with or without a space.
    (
        "The rain stopped\u{ff0e}We went out\u{ff01} It was warm.",
        &[
            "The rain stopped\u{ff0e}",
            "We went out\u{ff01}",
            "It was warm.",
        ],
    ),
    (
        "Is it open\u{ff1f} maybe not.",
        &["Is it open\u{ff1f} maybe not."],
    ),
    // Markdown table rows and code fences are lines of their own.
    (
        "| Name | Job title in the firm |\n| Ann Lee | Editor of the weekly paper since 2019 |",
        &[
            "| Name | Job title in the firm |",
            "| Ann Lee | Editor of the weekly paper since 2019 |",
        ],
    ),
    (
        "```\nmake all\n```\nThe command builds everything.",
        &["```", "make all", "```", "The command builds everything."],
    ),
    (
        "The price | the quantity and the total cost of each order placed in the shop\nare listed below.",
        &[
            "The price | the quantity and the total cost of each order placed in the shop are listed below.",
        ],
    ),
    // A list item ends at a line break before a capital.
    (
        "- Call the plumber\nThe sink still leaks.",
        &["- Call the plumber", "The sink still leaks."],
    ),
    (
        "1. Send the forms to\n   Maria at the office.",
        &["1. Send the forms to Maria at the office."],
    ),
    // Letter greetings and closings.
    (
        "Hi Anna,\nThe files are attached.",
        &["Hi Anna,", "The files are attached."],
    ),
    ("Many thanks,\nLee Park", &["Many thanks,", "Lee Park"]),
    (
        "After the storm,\nthe river rose quickly and flooded the lower fields near town.",
        &["After the storm, the river rose quickly and flooded the lower fields near town."],
    ),
    // Blank lines always end a sentence; a title line is its own.
    (
        "Garden Notes\n\nThe roses need water",
        &["Garden Notes", "The roses need water"],
    ),
    (
        "We went to see Dr.\n\nSmith was out.",
        &["We went to see Dr.", "Smith was out."],
    ),
    // A single newline inside a sentence is a space.
    (
        "The weather was\nvery mild that week.",
        &["The weather was very mild that week."],
    ),
    (
        "A storm came in from the sea and the\nboats stayed home.",
        &["A storm came in from the sea and the boats stayed home."],
    ),
    // Short lines without final punctuation are separate items.
    (
        "home\nabout us\nopening hours\n",
        &["home", "about us", "opening hours"],
    ),
    (
        "Introduction\nThe study began in May.",
        &["Introduction", "The study began in May."],
    ),
    // List items on their own lines.
    (
        "Packing list:\n- warm socks\n- a torch\n- maps",
        &["Packing list:", "- warm socks", "- a torch", "- maps"],
    ),
    (
        "Steps\n1. Mix the flour\n2. Add water",
        &["Steps", "1. Mix the flour", "2. Add water"],
    ),
];

#[test]
fn table() {
    let mut fails = Vec::new();
    for (text, want) in CASES {
        let got = pieces(text);
        if got != *want {
            fails.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(
        fails.is_empty(),
        "{} failures:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let text = "The committee met every second week during the winter months and\n\
                reviewed the accounts of the society, which had grown quickly since\n\
                the new members joined. Most of them were farmers from the valley.\n\
                They asked for a larger hall and for better lighting at the back of\n\
                the room.\n\
                \n\
                A second paragraph starts here and it is also wrapped at a fixed\n\
                width, so its lines break in the middle of the sentence as well.\n";
    assert_eq!(
        pieces(text),
        [
            "The committee met every second week during the winter months and reviewed the accounts of the society, which had grown quickly since the new members joined.",
            "Most of them were farmers from the valley.",
            "They asked for a larger hall and for better lighting at the back of the room.",
            "A second paragraph starts here and it is also wrapped at a fixed width, so its lines break in the middle of the sentence as well.",
        ]
    );
}

#[test]
fn wrapped_line_before_a_capitalized_word_is_joined() {
    let text = "During the long dry summer the farmers in the northern valley met\n\
                Canadian buyers at the market and sold most of the grain early.";
    assert_eq!(pieces(text).len(), 1);
}

#[test]
fn heading_before_wrapped_text_stands_alone() {
    let text = "Results of the Survey\nThe survey was sent to every household in the district and most\nof them answered within a month.";
    assert_eq!(pieces(text)[0], "Results of the Survey");
    assert_eq!(pieces(text).len(), 2);
}

#[test]
fn cap_bounds_sentence_length_and_prefers_spaces() {
    let text = "word ".repeat(10_000);
    let s = split(&text);
    assert!(s.len() >= 6);
    for x in &s {
        assert!(x.len() <= MAX_SENTENCE_BYTES);
        assert!(!text[x.start..x.end].ends_with("wor"));
    }
    assert!(reaches_cap(&s[0]));
    let solid = "\u{e9}".repeat(20_000);
    for x in split(&solid) {
        assert!(x.len() <= MAX_SENTENCE_BYTES);
    }
}

#[test]
fn empty_and_blank_texts_have_no_sentences() {
    assert!(split("").is_empty());
    assert!(split(" \n\t\r\n \u{a0}").is_empty());
    assert_eq!(pieces("..."), ["..."]);
}

#[test]
fn split_document_equals_split_on_a_large_text() {
    let unit = "Paragraph one has two sentences. It ends here.\n\nA title line\n\n\
                Some wrapped text that goes on for a while and then\ncontinues on the next line.\n";
    let text = unit.repeat((PARALLEL_MIN_BYTES / unit.len()) + 10);
    assert!(text.len() >= PARALLEL_MIN_BYTES);
    assert_eq!(split_document(&text), split(&text));
}

#[test]
fn lookahead_stops_at_a_blank_line() {
    // Found by the chunking property: the ellipsis rule used to read
    // the capital after the blank line.
    let prefix = "a. ... \n\n";
    let whole = format!("{prefix}U.S. ");
    assert_eq!(split(&whole)[..1], split(prefix)[..]);
    let t = "We met Mr. ... \n\n J. \n";
    assert_eq!(split_chunked(t, 1), split(t));
}

/// Checks the span laws: ordered, disjoint, on char boundaries, trimmed,
/// and covering every non-white-space byte.
fn check_laws(text: &str, spans: &[Sentence]) -> Result<(), TestCaseError> {
    let mut prev = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {:?}", s);
        prop_assert!(prev <= s.start, "overlap at {:?}", s);
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = &text[s.start..s.end];
        prop_assert_eq!(piece, piece.trim());
        let blank = piece.split('\n').skip(1).collect::<Vec<_>>();
        let inner = &blank[..blank.len().saturating_sub(1)];
        prop_assert!(
            inner.iter().all(|l| !l.trim_ascii().is_empty()),
            "blank line inside {:?}",
            s
        );
        prop_assert!(
            text[prev..s.start].trim().is_empty(),
            "uncovered text before {:?}",
            s
        );
        prev = s.end;
    }
    prop_assert!(text[prev..].trim().is_empty());
    Ok(())
}

/// Texts rich in the bytes the splitter cares about.
fn prose() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("The"),
        Just("cat"),
        Just("Mr."),
        Just("e.g."),
        Just("U.S."),
        Just("1."),
        Just("2)"),
        Just("a."),
        Just("J."),
        Just("..."),
        Just(". . ."),
        Just("?!"),
        Just("\""),
        Just(")"),
        Just("\u{2022}"),
        Just("\u{201d}"),
        Just("\u{201c}"),
        Just("\u{ff0e}"),
        Just("\u{2018}"),
        Just("\u{2019}"),
        Just("[1]"),
        Just("p.m."),
        Just("--"),
        Just("i."),
        Just("b)"),
        Just("word.Next"),
        Just("pp."),
        Just("5"),
        Just("x@y.z"),
        Just("\n"),
        Just("\n\n"),
        Just(" \n "),
        Just("-"),
        Just("\u{e9}t\u{e9}."),
        Just("I"),
        Just("the"),
        Just("and"),
        Just("long long long long long long long long long long"),
    ];
    prop::collection::vec((atom, prop_oneof![Just(" "), Just(""), Just("  ")]), 0..80)
        .prop_map(|v| v.into_iter().map(|(a, s)| format!("{a}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    })]

    #[test]
    fn laws_hold_on_any_string(text in "\\PC{0,200}") {
        check_laws(&text, &split(&text))?;
    }

    #[test]
    fn laws_hold_on_any_bytes_decoded(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        check_laws(&text, &split(&text))?;
    }

    #[test]
    fn laws_hold_on_prose(text in prose()) {
        check_laws(&text, &split(&text))?;
    }

    #[test]
    fn chunked_equals_whole(text in prose(), target in 1usize..64) {
        prop_assert_eq!(split_chunked(&text, target), split(&text));
    }

    #[test]
    fn chunked_equals_whole_on_any_string(text in "(\\PC|\n|\n\n|[.!?] ){0,200}", target in 1usize..64) {
        prop_assert_eq!(split_chunked(&text, target), split(&text));
    }

    #[test]
    fn chunked_equals_whole_on_wrapped_lines(
        lines in prop::collection::vec((prose(), prop_oneof![Just("\n"), Just("\n\n"), Just(".\n")]), 1..8),
        target in 1usize..200,
    ) {
        let text: String = lines.into_iter().map(|(l, e)| format!("{l}{e}")).collect();
        prop_assert_eq!(split_chunked(&text, target), split(&text));
    }

    #[test]
    fn blank_line_prefix_shifts_spans(prefix in prose(), text in prose()) {
        let prefix = format!("{prefix}\n\n");
        let whole = format!("{prefix}{text}");
        let mut want = split(&prefix);
        want.extend(split(&text).into_iter().map(|s| Sentence::new(s.start + prefix.len(), s.end + prefix.len())));
        prop_assert_eq!(split(&whole), want);
    }
}

/// Throughput on ordinary prose: `cargo test --release --lib
/// split::tests::throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/input/track_two_diplomacy.txt");
    let Ok(one) = std::fs::read_to_string(path) else {
        return;
    };
    let text = one.repeat(20_000_000 / one.len() + 1);
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        n = split(&text).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "split: {mb:.1} MB, {n} sentences, best {best:.4} s, {:.0} MB/s",
        mb / best
    );
    // The same text hard-wrapped at 72 columns.
    let mut wrapped = String::with_capacity(text.len() + text.len() / 60);
    for para in text.split("\n\n") {
        let mut col = 0;
        for w in para.split_whitespace() {
            if col > 0 && col + w.len() >= 72 {
                wrapped.push('\n');
                col = 0;
            } else if col > 0 {
                wrapped.push(' ');
                col += 1;
            }
            wrapped.push_str(w);
            col += w.len();
        }
        wrapped.push_str("\n\n");
    }
    let t = std::time::Instant::now();
    let w = split(&wrapped).len();
    let d = t.elapsed().as_secs_f64();
    let wmb = wrapped.len() as f64 / 1e6;
    println!(
        "split, wrapped at 72: {wmb:.1} MB, {w} sentences, {d:.4} s, {:.0} MB/s",
        wmb / d
    );
    assert_eq!(w, n, "hard wrapping changed the sentences");
    let t = std::time::Instant::now();
    let m = split_document(&text).len();
    let d = t.elapsed().as_secs_f64();
    println!(
        "split_document: {m} sentences, {d:.4} s, {:.0} MB/s",
        mb / d
    );
}

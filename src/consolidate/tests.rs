//! Unit tests of consolidation (moved from `consolidate.rs`).

use super::*;
use crate::types::Span;

fn def(doc: &str, at: usize, term: &str, text: &str) -> Mention {
    Mention {
        doc: doc.into(),
        sentence: Span::new(at, at + 10),
        pattern: "def/test".into(),
        fact: Fact::Definition {
            term: term.into(),
            text: text.into(),
            attributed_to: vec![],
        },
        confidence: None,
    }
}

#[test]
fn identical_definitions_merge_with_support() {
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "Vesicle", "a small sac inside a cell."),
            def("a", 50, "vesicle", "A small sac inside a cell"),
            def("b", 0, "vesicles", "membrane-bound sacs"),
        ],
    );
    assert_eq!(k.terms.len(), 1);
    let t = &k.terms[0];
    assert_eq!(t.term, "vesicle");
    assert_eq!(t.aliases, vec!["vesicles".to_string()]);
    assert_eq!(t.definitions[0].support, 2);
    assert_eq!(t.definitions[1].support, 1);
}

#[test]
fn same_sentence_twice_counts_once() {
    let m = def("a", 0, "osmosis", "the movement of water");
    let mut m2 = m.clone();
    m2.pattern = "def/other".into();
    let k = consolidate(vec![], vec![m.clone(), m, m2]);
    assert_eq!(k.terms[0].definitions[0].support, 1);
    assert_eq!(k.terms[0].definitions[0].patterns.len(), 2);
}

#[test]
fn elliptical_form_joins_unique_longer_term() {
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "track one", "all official diplomacy"),
            def("a", 20, "track one diplomacy", "government talks"),
        ],
    );
    assert_eq!(k.terms.len(), 1);
    assert_eq!(k.terms[0].aliases.len(), 1);
}

#[test]
fn only_numbered_names_are_elliptical() {
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "tax policy", "rules on taxes"),
            def("a", 20, "tax policy reform", "a change of those rules"),
        ],
    );
    assert_eq!(k.terms.len(), 2);
}

#[test]
fn a_definition_run_on_into_the_next_sentence_groups_with_its_copy() {
    let short = "the idea that every sector of a society should take part in the talks";
    let long = format!("{short} the institute then wrote its rules");
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "dialogue", short),
            def("a", 40, "dialogue", &long),
        ],
    );
    assert_eq!(k.terms[0].definitions.len(), 1);
    assert_eq!(k.terms[0].definitions[0].support, 2);
}

fn alias(doc: &str, at: usize, term: &str, alias: &str) -> Mention {
    Mention {
        doc: doc.into(),
        sentence: Span::new(at, at + 10),
        pattern: "alias/abbreviation".into(),
        fact: Fact::Alias {
            term: term.into(),
            alias: alias.into(),
        },
        confidence: None,
    }
}

#[test]
fn one_short_form_with_two_long_forms_gives_two_senses() {
    let k = consolidate(
        vec![],
        vec![
            def(
                "a",
                0,
                "memory controller",
                "the unit that drives the memory",
            ),
            alias("a", 20, "memory controller", "MC"),
            def("b", 0, "machine check", "an error the processor reports"),
            alias("b", 20, "machine check", "MC"),
        ],
    );
    let terms: Vec<&str> = k.terms.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(terms, vec!["machine check", "memory controller"]);
    for (t, doc) in k.terms.iter().zip(["b", "a"]) {
        assert_eq!(t.aliases, vec!["MC".to_string()]);
        let e = &t.alias_evidence[0];
        assert_eq!(e.rules, vec!["alias/abbreviation".to_string()]);
        assert_eq!(&*e.evidence[0].doc, doc, "each sense with its own sentence");
    }
}

#[test]
fn a_chain_of_aliases_does_not_join_its_ends() {
    // a = b, b = c, c = d: no key joins through another.
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "alpha unit", "the first thing"),
            alias("a", 20, "alpha unit", "beta unit"),
            alias("a", 40, "beta unit", "gamma unit"),
            alias("a", 60, "gamma unit", "delta unit"),
        ],
    );
    for t in &k.terms {
        let names: Vec<&str> = std::iter::once(t.term.as_str())
            .chain(t.aliases.iter().map(String::as_str))
            .collect();
        assert!(
            !(names.contains(&"alpha unit") && names.contains(&"delta unit")),
            "{names:?}"
        );
        for e in &t.alias_evidence {
            assert_ne!(e.rules, vec![INDIRECT_RULE.to_string()], "{names:?}");
        }
    }
}

#[test]
fn documents_rank_a_definition_before_repeated_sentences() {
    let k = consolidate(
        vec![],
        vec![
            def("a", 0, "widget", "a notice printed on every page"),
            def("a", 20, "widget", "a notice printed on every page"),
            def("a", 40, "widget", "a notice printed on every page"),
            def("b", 0, "widget", "a small tool for turning bolts"),
            def("c", 0, "widget", "a small tool for turning bolts"),
        ],
    );
    let d = &k.terms[0].definitions;
    assert_eq!(d[0].text, "a small tool for turning bolts");
    assert_eq!((d[0].documents, d[0].support), (2, 2));
    assert_eq!((d[1].documents, d[1].support), (1, 3));
}

/// "AGENT coined soft power" in the sentence at byte `at`.
fn coined(at: usize, agent: &str, dates: &[&str]) -> Mention {
    Mention {
        doc: "a".into(),
        sentence: Span::new(at, at + 5),
        pattern: "attr/test".into(),
        fact: Fact::Attribution {
            agent: agent.into(),
            relation: "coined".into(),
            object: "soft power".into(),
            dates: dates.iter().map(|d| d.to_string()).collect(),
            named: false,
        },
        confidence: None,
    }
}

#[test]
fn an_agent_keeps_its_spelling_as_a_name_only() {
    let att = |at: usize, agent: &str| coined(at, agent, &[]);
    // A sentence-initial capital alone is no name: the folded form.
    let k = consolidate(vec![], vec![att(0, "Ann lee"), att(10, "ann lee")]);
    assert_eq!(k.attributions[0].agent, "ann lee");
    // Any order gives the same spelling.
    for order in [
        ["Ann van Lee", "ann van lee"],
        ["ann van lee", "Ann van Lee"],
    ] {
        let k = consolidate(vec![], vec![att(0, order[0]), att(10, order[1])]);
        assert_eq!(k.attributions[0].agent, "Ann van Lee");
    }
}

#[test]
fn surname_joins_unique_full_name_and_dates_keep_support() {
    let att = |at: usize, agent: &str, date: &str| coined(at, agent, &[date]);
    let k = consolidate(
        vec![],
        vec![
            att(0, "Joseph Nye", "1990"),
            att(10, "Nye", "1991"),
            att(20, "nye", "1990"),
        ],
    );
    assert_eq!(k.attributions.len(), 1);
    let a = &k.attributions[0];
    // Written as a name once: the output keeps that spelling.
    assert_eq!(a.agent, "Joseph Nye");
    assert_eq!(a.dates, vec!["1990", "1991"]);
    assert_eq!(a.date_support[0].support, 2);
    assert_eq!(a.support, 3);
}

#[test]
fn order_of_mentions_does_not_matter() {
    let ms = vec![
        def("a", 0, "cell", "the unit of life"),
        def("b", 0, "cells", "the smallest living unit"),
        def("a", 30, "tissue", "a group of cells"),
    ];
    let mut rev = ms.clone();
    rev.reverse();
    assert_eq!(consolidate(vec![], ms), consolidate(vec![], rev));
}

/// A made-up word from a seed (a small linear congruential generator:
/// no dependency, the same words on every machine).
fn words(seed: &mut u64, n: usize) -> Vec<String> {
    const SYL: [&str; 12] = [
        "ka", "lo", "mi", "ter", "van", "dru", "sel", "po", "rin", "gu", "fe", "tas",
    ];
    (0..n)
        .map(|_| {
            (0..3)
                .map(|_| {
                    *seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    SYL[(*seed >> 33) as usize % SYL.len()]
                })
                .collect()
        })
        .collect()
}

/// `n` definitions of one term: random wordings, some near-identical
/// to an earlier one (a word changed, a copy cut short, a run-on copy).
fn many_definitions(n: usize) -> Vec<Mention> {
    let mut seed = 7;
    let mut texts: Vec<String> = Vec::new();
    for i in 0..n {
        let t = match i % 7 {
            3 if i > 0 => {
                let mut w: Vec<String> = texts[i / 2].split(' ').map(String::from).collect();
                let last = w.len() - 1;
                w[last] = words(&mut seed, 1).remove(0);
                w.join(" ")
            }
            5 if i > 0 => format!("{} {}", texts[i / 3], words(&mut seed, 2).join(" ")),
            6 if i > 0 => {
                let w: Vec<&str> = texts[i - 1].split(' ').collect();
                w[..w.len().min(9)].join(" ")
            }
            _ => {
                let k = 4 + (i % 9);
                format!("a device that {}", words(&mut seed, k).join(" "))
            }
        };
        texts.push(t);
    }
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| def("a", i * 200, "widget", t))
        .collect()
}

/// The grouping as it was first written: every wording against every
/// representative, in order.
fn group_all_pairs(mut groups: Vec<DefGroup>) -> Vec<Vec<String>> {
    groups.sort_by(|a, b| {
        b.evidence
            .len()
            .cmp(&a.evidence.len())
            .then_with(|| a.key.cmp(b.key))
    });
    let mut merged: Vec<(String, Vec<String>)> = Vec::new();
    for g in groups {
        match merged.iter_mut().find(|m| near_identical(&m.0, g.key)) {
            Some(m) => m.1.push(g.key.to_string()),
            None => merged.push((g.key.to_string(), vec![g.key.to_string()])),
        }
    }
    let mut out: Vec<Vec<String>> = merged.into_iter().map(|m| m.1).collect();
    out.iter_mut().for_each(|g| g.sort());
    out.sort();
    out
}

/// Cleaned texts and keys of definition mentions.
fn texts(ms: &[Mention]) -> Vec<(String, String)> {
    ms.iter()
        .filter_map(|m| match &m.fact {
            Fact::Definition { text, .. } => {
                let text = clean_text(text);
                let key = text_key(&text);
                Some((text, key))
            }
            _ => None,
        })
        .collect()
}

/// One group per distinct key, as `build_terms` makes them.
fn def_groups<'a>(ms: &[Mention], texts: &'a [(String, String)]) -> Vec<DefGroup<'a>> {
    let mut rows: Vec<(&str, usize)> = texts.iter().map(|t| t.1.as_str()).zip(0..).collect();
    rows.sort();
    let mut groups: Vec<DefGroup> = Vec::new();
    for (key, i) in rows {
        if groups.last().is_none_or(|g| g.key != key) {
            groups.push(DefGroup {
                text: &texts[i].0,
                key,
                variants: vec![],
                agents: vec![],
                dates: vec![],
                patterns: vec![],
                evidence: vec![],
            });
        }
        let g = groups.last_mut().unwrap();
        g.variants.push(&texts[i].0);
        g.evidence.push(evidence(&ms[i]));
    }
    groups.iter_mut().for_each(DefGroup::tidy);
    groups
}

#[test]
fn indexed_grouping_matches_every_pair_comparison() {
    let ms = many_definitions(700);
    let t = texts(&ms);
    let want = group_all_pairs(def_groups(&ms, &t));
    // Some wordings did group, or the test proves nothing.
    assert!(want.iter().any(|g| g.len() > 1));
    assert!(want.len() > 300);
    let got = group_definitions(def_groups(&ms, &t));
    let mut got: Vec<Vec<String>> = got
        .into_iter()
        .map(|d| {
            let mut keys: Vec<String> = std::iter::once(&d.text)
                .chain(&d.variants)
                .map(|t| text_key(t))
                .collect();
            keys.sort();
            keys.dedup();
            keys
        })
        .collect();
    got.sort();
    assert_eq!(got, want);
}

#[test]
fn doubling_the_definitions_about_doubles_the_grouping_work() {
    let work = |n: usize| {
        let ms = many_definitions(n);
        let t = texts(&ms);
        let mut w = 0;
        group_definitions_counted(def_groups(&ms, &t), &mut w);
        w
    };
    let (one, two) = (work(2000), work(4000));
    eprintln!("grouping work: {one} -> {two}");
    assert!(one >= 2000, "{one}");
    assert!(two as f64 <= 2.5 * one as f64, "{one} -> {two}");
}

#[test]
fn doubling_the_agents_about_doubles_the_name_work() {
    let agents = |n: usize| {
        let mut seed = 3;
        let mut ms = Vec::new();
        for i in 0..n {
            let w = words(&mut seed, 2);
            let first = format!("{}{}", w[0][..1].to_uppercase(), &w[0][1..]);
            let last = format!("{}{}x{i}", w[1][..1].to_uppercase(), &w[1][1..]);
            ms.push(coined(i * 20, &format!("{first} {last}"), &[]));
            ms.push(coined(i * 20 + 10, &last, &[]));
        }
        ms
    };
    let work = |n: usize| {
        let mut w = 0;
        let names = agent_names_counted(&agents(n), &mut w);
        assert_eq!(names.len(), n, "every surname joins its full name");
        w
    };
    let (one, two) = (work(2000), work(4000));
    eprintln!("agent name work: {one} -> {two}");
    assert!(two as f64 <= 2.5 * one as f64, "{one} -> {two}");
}

fn date(doc: &str, sentence: (usize, usize), span: (usize, usize), pattern: &str) -> Mention {
    Mention {
        doc: doc.into(),
        sentence: Span::new(sentence.0, sentence.1),
        pattern: pattern.to_string().into(),
        fact: Fact::Date {
            value: "1990".into(),
            span: Span::new(span.0, span.1),
            text: "1990".into(),
            citation: false,
        },
        confidence: None,
    }
}

#[test]
fn folded_dates_count_spans_and_sentences_once_even_when_wide() {
    let far = 1usize << 40;
    let ms = vec![
        date("b", (4, 10), (5, 9), "d/one"),
        // The same span in a sentence too long for a compact hit.
        date("b", (0, 1 << 33), (5, 9), "d/one"),
        date("b", (far, far + 20), (far + 1, far + 5), "d/one"),
        date("a", (0, 10), (2, 6), "d/one"),
        date("a", (0, 10), (2, 6), "d/two"),
    ];
    let k = consolidate(vec![], ms.clone());
    let d = &k.dates[0];
    assert_eq!(d.support, 3);
    let ev: Vec<(&str, usize, usize)> = d
        .evidence
        .iter()
        .map(|e| (&*e.doc, e.start, e.end))
        .collect();
    assert_eq!(
        ev,
        vec![
            ("a", 0, 10),
            ("b", 0, 1 << 33),
            ("b", 4, 10),
            ("b", far, far + 20)
        ]
    );
    // Folding some dates first (as a run does) changes nothing.
    let mut fold = DateFold::default();
    let mut rest: Vec<Mention> = ms[..2].to_vec();
    fold.take_dates(&mut rest);
    assert!(rest.is_empty() && fold.len() == 2);
    assert_eq!(consolidate_folded(vec![], ms[2..].to_vec(), fold), k);
}

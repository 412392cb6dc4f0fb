//! Extraction: sentences of a document in, raw [`Mention`]s out.
//!
//! Each family keeps its patterns as data with examples
//! ([`pattern::Pattern`]): definitions and aliases ([`rules`]),
//! [`attribution`], [`date`].
//! Extraction is a pure function of one document and its sentences; the
//! mentions come out ordered by sentence, then family, then position.
//!
//! Where things live (definitions and aliases):
//! - [`rules`]: the rule tables, one [`rule::Rule`] row per rule (regex,
//!   triggers, named checks, exempt guards, examples); [`rule`]: the row's
//!   shape and the [`rule::Check`]s a row can list.
//! - [`guards`]: the guard table (every rejection shared by the rules, with
//!   examples) and the named checks rows list ([`guards::checks`],
//!   [`guards::gloss`]).
//! - [`engine`] (also reachable as `definition`): the generic runner, one
//!   sentence in, definitions and aliases out.
//! - [`build`]: term, text and agent cleaning; [`lexicon`]: the word lists.
//! - [`fast`]: the speed machinery (trigger prefilter, anchored groups);
//!   the block trigger scan and the memo are in `fast::scan` and `fast::memo`.
//! - [`explain`] and [`trace`]: `defmine explain`, what each rule did.

pub mod alias_guard;
pub mod attr_guard;
pub mod attribution;
pub mod build;
pub mod coverage;
pub mod date;
pub mod engine;
pub mod explain;
pub mod fast;
pub mod guards;
pub mod lexicon;
pub mod markup;
pub mod pattern;
pub mod precision;
pub mod rule;
pub mod rules;
pub mod trace;
pub mod variant;

/// The engine under its former name: `extract::definition::find_definitions`.
pub use engine as definition;

use crate::types::{DocId, Document, Fact, Mention, Sentence, Span};
use fast::memo::{MEMO_MAX, Memo, remember};
use fast::scan::{Cues, SCANNER, block_cues, sentence_cues};
use rayon::prelude::*;
use std::sync::LazyLock;
use trace::NoTrace;

/// Pattern id of a date interval built from two dates of one sentence.
pub const RANGE_PATTERN: &str = "date/range";

/// Compile every regex and build every automaton extraction uses, in
/// parallel on the current rayon pool. Optional: each is otherwise built on
/// first use, one at a time, a serial step of about a quarter second at the
/// start of a run that the other threads wait for. No static here is built
/// with rayon work inside its initializer, so waiting for one cannot
/// deadlock.
pub fn warm_up() {
    pattern::in_parallel(&[
        &definition::warm_up,
        &date::warm_up,
        &attribution::warm_up,
        &guards::warm_up,
        &|| {
            LazyLock::force(&SCANNER);
        },
        &|| {
            LazyLock::force(&PARAGRAPH_BREAK);
        },
    ]);
}

/// Extract every mention from one document, given its sentences.
///
/// Large documents are extracted in parallel chunks of sentences; the order
/// of the result is the order of the sentences either way.
pub fn extract_document(doc: &Document, sentences: &[Sentence]) -> Vec<Mention> {
    const CHUNK: usize = 512;
    let id = DocId::from(doc.id.as_str());
    let run = |from: usize| {
        let mut out = Vec::new();
        let to = (from + CHUNK).min(sentences.len());
        let cues = block_cues(&doc.text, &sentences[from..to]);
        let mut memo = Memo::with_capacity(to - from);
        for i in from..to {
            let prev = i.checked_sub(1).map(|p| sentences[p]);
            let c = cues.as_ref().and_then(|c| c.get(i - from).copied());
            let (text, s) = (&doc.text, sentences[i]);
            let memo = Some(&mut memo);
            sentence_mentions(&id, text, s, prev, c, memo, &mut out, &mut NoTrace);
        }
        crate::confidence::annotate(&mut out, &doc.text);
        out
    };
    if sentences.len() <= CHUNK {
        return run(0);
    }
    let starts: Vec<usize> = (0..sentences.len()).step_by(CHUNK).collect();
    let parts: Vec<Vec<Mention>> = starts.into_par_iter().map(run).collect();
    parts.concat()
}

/// Mentions of one whole document: [`extract_document`] plus the surface
/// variants of the terms it defines ([`variant`]).
pub fn extract_all(doc: &Document, sentences: &[Sentence]) -> Vec<Mention> {
    let mut mentions = extract_document(doc, sentences);
    if let Some(t) = variant::targets(&mentions) {
        mentions.extend(variant::find_variants(doc, 0, sentences, &t));
    }
    mentions
}

fn mention(doc: &DocId, sentence: Span, pattern: &'static str, fact: Fact) -> Mention {
    Mention {
        doc: doc.clone(),
        sentence,
        pattern: pattern.into(),
        fact,
        confidence: None,
    }
}

/// The term an anaphor ("It was coined by A", "The term was first used by
/// A") in sentence `s` of document text `full` stands for: the first term
/// defined by the sentence right before it, when no paragraph break lies
/// between the two. A noun anaphor ("the term", "the method"), unlike a
/// pronoun, also reaches two sentences further back in the paragraph.
fn antecedent(full: &str, s: Sentence, prev: Option<Sentence>, pronoun: bool) -> Option<String> {
    let prev = prev?;
    let gap = full.get(prev.end..s.start)?;
    if gap.matches('\n').count() > 1 {
        return None;
    }
    let defined = |text: &str| {
        let d = definition::find_definitions(text).into_iter().next()?;
        text.get(d.term).map(str::to_string)
    };
    if let Some(term) = defined(full.get(prev.start..prev.end)?) {
        return Some(term);
    }
    if pronoun {
        return None;
    }
    // The paragraph before `prev`, at most the 2,000 bytes before it.
    let mut lo = prev.start.saturating_sub(2000);
    while !full.is_char_boundary(lo) {
        lo += 1;
    }
    let before = full.get(lo..prev.start)?;
    let para = PARAGRAPH_BREAK
        .find_iter(before)
        .last()
        .map_or(before, |m| &before[m.end()..]);
    crate::split::split(para)
        .iter()
        .rev()
        .take(2)
        .find_map(|t| defined(para.get(t.start..t.end)?))
}

/// A blank line: the end of a paragraph.
static PARAGRAPH_BREAK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| match regex::Regex::new(r"\n[ \t\r]*\n") {
        Ok(r) => r,
        Err(e) => panic!("PARAGRAPH_BREAK does not compile: {e}"),
    });

/// Extract the mentions of one sentence into `out`; `prev` is the sentence
/// before it, where an anaphoric attribution finds its term.
pub fn extract_sentence(
    doc: &Document,
    s: Sentence,
    prev: Option<Sentence>,
    out: &mut Vec<Mention>,
) {
    let from = out.len();
    sentence_mentions(
        &DocId::from(doc.id.as_str()),
        &doc.text,
        s,
        prev,
        None,
        None,
        out,
        &mut NoTrace,
    );
    crate::confidence::annotate(&mut out[from..], &doc.text);
}

/// [`extract_sentence`], reporting every step of the rules to `t` (what
/// `defmine explain` shows): the same path, without the memo and the block
/// scan of [`extract_document`].
pub fn explain_sentence(
    doc: &Document,
    s: Sentence,
    prev: Option<Sentence>,
    out: &mut Vec<Mention>,
    t: &mut dyn trace::Trace,
) {
    let id = DocId::from(doc.id.as_str());
    let from = out.len();
    sentence_mentions(&id, &doc.text, s, prev, None, None, out, t);
    crate::confidence::annotate(&mut out[from..], &doc.text);
}

/// [`extract_sentence`] with the document's id and text apart; `cues` are
/// the sentence's raw text's prefilter cues when a block scan found them;
/// `memo` remembers short sentences of the same document; `t` hears each
/// step of the definition and alias rules.
#[allow(clippy::too_many_arguments)]
fn sentence_mentions<'a, T: trace::Trace + ?Sized>(
    doc: &DocId,
    full: &'a str,
    s: Sentence,
    prev: Option<Sentence>,
    cues: Option<Cues>,
    memo: Option<&mut Memo<'a>>,
    out: &mut Vec<Mention>,
    t: &mut T,
) {
    let raw = &full[s.start..s.end];
    // A line of a literal block reads its numbers as numbers; its dates
    // depend on where it stands, so it is not remembered.
    let code =
        raw.bytes().any(|b| b.is_ascii_digit()) && crate::split::in_literal_block(full, s.start);
    let memo = memo.filter(|_| raw.len() <= MEMO_MAX && !code);
    if let Some(e) = memo.as_ref().and_then(|m| m.seen.get(raw)) {
        for m in &e.mentions {
            let mut m = m.clone();
            m.shift(s.start);
            out.push(m);
        }
        if e.verb {
            let cleaned = markup::clean(raw);
            let text: &str = cleaned.as_ref().map_or(raw, |c| c.text.as_str());
            attribution_mentions(doc, full, s, prev, text, &e.dates, out);
        }
        return;
    }
    let first = out.len();
    // Patterns read the sentence without list markers and emphasis; date
    // spans are mapped back to the original bytes.
    let cleaned = markup::clean(raw);
    let text: &str = cleaned.as_ref().map_or(raw, |c| c.text.as_str());
    if t.enabled() {
        t.event(trace::Event::Sentence { text });
    }
    // Cues of the raw text serve only when cleaning changed nothing.
    let mut cues = match (&cleaned, cues) {
        (None, Some(c)) => c,
        _ => sentence_cues(text),
    };
    if fast::derive::needs_every_trigger(text) {
        cues.triggers = definition::Triggers::ALL;
    }
    let span = |r: std::ops::Range<usize>| {
        let r = cleaned.as_ref().map_or(r.clone(), |c| c.original_range(r));
        Span::new(s.start + r.start, s.start + r.end)
    };
    let mut dates = if code {
        date::find_dates_in_code(text)
    } else {
        date::find_dates(text)
    };
    // Code spans are gone from the cleaned text: look for them in the raw.
    if let Some(c) = &cleaned {
        dates.retain(|d| !date::in_code_span(raw, c.original_range(d.start..d.end)));
    }
    // A two-digit year without a four-digit one in the sentence takes the
    // nearest earlier year of the document; its value then depends on
    // where the sentence stands, so the sentence is not remembered.
    let short_year = dates.iter().any(|d| d.short_year);
    if short_year && let Some(y) = date::reference_year(full.get(..s.start).unwrap_or("")) {
        date::anchor_short_years(&mut dates, y);
    }
    let memo = memo.filter(|_| !short_year);
    date_mentions(doc, s, text, &dates, &span, out);
    definition_mentions(doc, s, text, cues.triggers, out, t);
    if let Some(m) = memo {
        remember(m, raw, s, &out[first..], &dates, cues.verb);
    }
    if cues.verb {
        attribution_mentions(doc, full, s, prev, text, &dates, out);
    }
}

/// The date mentions of one sentence (cleaned `text`, its `dates`), and a
/// range's interval beside both its ends; `span` maps a range of `text`
/// back to the document.
fn date_mentions(
    doc: &DocId,
    s: Sentence,
    text: &str,
    dates: &[date::DateMatch],
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    out: &mut Vec<Mention>,
) {
    for d in dates {
        out.push(mention(
            doc,
            s,
            d.pattern,
            Fact::Date {
                value: d.value.clone(),
                span: span(d.start..d.end),
                text: text[d.start..d.end].to_string(),
                citation: d.citation,
            },
        ));
    }
    // A range is kept as its interval too ("1997/2005"), beside both ends.
    for r in date::find_ranges(text, dates) {
        out.push(mention(
            doc,
            s,
            RANGE_PATTERN,
            Fact::Date {
                value: r.value,
                span: span(r.start..r.end),
                text: text[r.start..r.end].to_string(),
                citation: false,
            },
        ));
    }
}

/// The definition (with its attributions) and alias mentions of one
/// sentence (cleaned `text`, its definition `triggers`).
fn definition_mentions<T: trace::Trace + ?Sized>(
    doc: &DocId,
    s: Sentence,
    text: &str,
    triggers: definition::Triggers,
    out: &mut Vec<Mention>,
    t: &mut T,
) {
    for d in definition::find_definitions_traced(text, triggers, t) {
        let term = text[d.term.clone()].to_string();
        for a in &d.attributed_to {
            if attr_guard::reject_agent(text, a.clone()).is_some() {
                continue;
            }
            out.push(mention(
                doc,
                s,
                d.pattern,
                Fact::Attribution {
                    agent: text[a.clone()].to_string(),
                    relation: "defined".to_string(),
                    object: term.clone(),
                    dates: Vec::new(),
                    named: false,
                },
            ));
        }
        out.push(mention(
            doc,
            s,
            d.pattern,
            Fact::Definition {
                term,
                text: text[d.text.clone()].to_string(),
                attributed_to: d
                    .attributed_to
                    .iter()
                    .map(|r| text[r.clone()].to_string())
                    .collect(),
            },
        ));
    }
    for a in definition::find_aliases_traced(text, triggers, t) {
        out.push(mention(
            doc,
            s,
            a.pattern,
            Fact::Alias {
                term: text[a.term.clone()].to_string(),
                alias: text[a.alias.clone()].to_string(),
            },
        ));
    }
}

/// The attributions of sentence `s` (cleaned `text`, its `dates`).
fn attribution_mentions(
    doc: &DocId,
    full: &str,
    s: Sentence,
    prev: Option<Sentence>,
    text: &str,
    dates: &[date::DateMatch],
    out: &mut Vec<Mention>,
) {
    let known =
        |o: &str| antecedent(full, s, prev, false).is_some_and(|t| t.eq_ignore_ascii_case(o));
    for a in attribution::find_attributions_known(text, dates, &known) {
        let object = if a.anaphoric {
            let pronoun = attribution::is_pronoun(&text[a.object.clone()]);
            match antecedent(full, s, prev, pronoun) {
                Some(term) => term,
                None => continue,
            }
        } else {
            text[a.object.clone()].to_string()
        };
        out.push(mention(
            doc,
            s,
            a.pattern,
            Fact::Attribution {
                agent: text[a.agent.clone()].to_string(),
                relation: a.relation.to_string(),
                object,
                dates: a.dates.clone(),
                named: a.named,
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences of `text`, one per line.
    fn lines(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut at = 0;
        for l in text.split_inclusive('\n') {
            let t = l.trim_end();
            out.push(Span::new(at, at + t.len()));
            at += l.len();
        }
        out
    }

    const TEXT: &str = "A lever is a simple machine that multiplies force.\n\
        [Obs.]\n\
        The museum was founded by Ann Lee in May 1921.\n\
        A lever is a simple machine that multiplies force.\n\
        - *Osmosis* is the movement of water (the solvent) through a membrane.\n\
        [Obs.]\n\
        It was coined by Ann Lee in 1990; the term is called lift.\n\
        The museum was founded by Ann Lee in May 1921.\n\
        Rain or drizzle is a kind of precipitation, per se.";

    /// Matches as `(start, end, pattern)`.
    type Found = Vec<(usize, usize, usize)>;

    /// The matches of [`Scanner::for_each_match`] and those of the crate's
    /// overlapping iterator over the same words.
    fn both_scans(text: &str) -> (Found, Found) {
        let Some(sc) = SCANNER.as_ref() else {
            return (Vec::new(), Vec::new());
        };
        let words: Vec<&str> = definition::trigger_words()
            .unwrap_or(&[])
            .iter()
            .chain(attribution::verb_stems())
            .copied()
            .collect();
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&words)
            .ok();
        let want = ac.map_or_else(Vec::new, |ac| {
            ac.find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect()
        });
        let mut got = Vec::new();
        sc.for_each_match(text.as_bytes(), |a, b, p| got.push((a, b, p)));
        (got, want)
    }

    #[test]
    fn the_dfa_walk_finds_what_the_overlapping_iterator_finds() {
        let (got, want) = both_scans(TEXT);
        assert!(got.len() > 20);
        assert_eq!(got, want);
        let (got, want) = both_scans("");
        assert!(got.is_empty() && want.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn the_dfa_walk_is_the_overlapping_search(s in "(is|IS| is the | are |, |,|\\(|the|that is|it|called|Defined|coined|—|– |é|[a-z]{1,3}| ){0,30}") {
            let (got, want) = both_scans(&s);
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn a_memo_has_room_for_its_chunk() {
        let m = Memo::with_capacity(CHUNK_FOR_TEST);
        assert!(m.seen.is_empty() && m.seen.capacity() >= CHUNK_FOR_TEST);
        assert!(Memo::with_capacity(0).seen.is_empty());
    }

    /// The chunk size of [`extract_document`].
    const CHUNK_FOR_TEST: usize = 512;

    #[test]
    fn block_cues_are_the_cues_of_each_sentence() {
        let spans = lines(TEXT);
        let block = block_cues(TEXT, &spans).unwrap_or_default();
        let each: Vec<Cues> = spans
            .iter()
            .map(|s| sentence_cues(&TEXT[s.start..s.end]))
            .collect();
        assert_eq!(block, each);
        assert!(each.iter().any(|c| c.verb) && each.iter().any(|c| !c.triggers.is_empty()));
        // Spans out of order: no block scan.
        let mut rev = spans.clone();
        rev.reverse();
        assert!(block_cues(TEXT, &rev).is_none());
    }

    #[test]
    fn the_chunk_scan_and_memo_give_the_mentions_of_each_sentence() {
        let doc = Document {
            id: "t.txt".into(),
            text: TEXT.to_string(),
        };
        let spans = lines(TEXT);
        let mut one_by_one = Vec::new();
        for (i, s) in spans.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| spans[p]);
            extract_sentence(&doc, *s, prev, &mut one_by_one);
        }
        let chunked = extract_document(&doc, &spans);
        // The repeated sentences are replayed from the memo.
        let dates = chunked
            .iter()
            .filter(|m| matches!(&m.fact, Fact::Date { value, .. } if value == "1921-05"))
            .count();
        assert_eq!(dates, 2);
        assert_eq!(chunked, one_by_one);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// The memo and the block scan against the slow path: each sentence
        /// extracted alone, with no memo and its own trigger scan.
        #[test]
        fn the_memo_gives_what_extracting_each_sentence_gives(picks in proptest::collection::vec(0usize..14, 1..24)) {
            const POOL: [&str; 14] = [
                "The men of '99 came home.",
                "In 1890 the mill opened.",
                "A lever is a simple machine that multiplies force.",
                "[Obs.]",
                "The museum was founded by Ann Lee in May 1921.",
                "It was coined by Ann Lee in 1990.",
                "- *Osmosis* is the movement of water (the solvent) through a membrane.",
                "Tides are bulges of water pulled by the moon.",
                "",
                "The term was first used by Ann Lee.",
                "A moat (which is a kind of ditch) is a deep, wide trench.",
                "We met on 3 June 2001, the day it rained.",
                "Sleet, or frozen rain, is a kind of precipitation.",
                "Rain (RN) falls.",
            ];
            let text = picks.iter().map(|&i| POOL[i]).collect::<Vec<_>>().join("\n");
            let doc = Document { id: "t.txt".into(), text: text.clone() };
            let spans = lines(&text);
            let mut one_by_one = Vec::new();
            for (i, s) in spans.iter().enumerate() {
                let prev = i.checked_sub(1).map(|p| spans[p]);
                extract_sentence(&doc, *s, prev, &mut one_by_one);
            }
            proptest::prop_assert_eq!(extract_document(&doc, &spans), one_by_one);
        }
    }

    /// The values of the date mentions of `text`, one sentence a line.
    fn date_values(text: &str) -> Vec<String> {
        let doc = Document {
            id: "t.txt".into(),
            text: text.to_string(),
        };
        extract_document(&doc, &lines(text))
            .into_iter()
            .filter_map(|m| match m.fact {
                Fact::Date { value, .. } => Some(value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_two_digit_year_takes_the_nearest_earlier_year_of_the_document() {
        // Hits: the nearest earlier year, even sentences back; each copy of
        // a repeated sentence reads its own.
        let text = "The strike of 1892 spread.\nIt lasted.\nThe men of '99 came.\n\
                    In 2004 the mill closed.\nThe men of '99 came.\nThe '90s were dull.";
        assert_eq!(date_values(text), ["1892", "1899", "2004", "1999", "199X"]);
        // Misses: a year after it, a cited year and a two-digit year are no
        // reference; the sentence's own year comes first.
        let text = "As Nye (2004) argues, it works.\nThe men of '99 came.\nIn 1892 it ended.";
        assert_eq!(date_values(text), ["2004", "1999", "1892"]);
        let text = "In 1870 it began.\nBy 2001 the men of '99 were old.";
        assert_eq!(date_values(text), ["1870", "2001", "1999"]);
    }

    fn attributions(text: &str) -> Vec<(String, String, String, Vec<String>)> {
        crate::mine_text("t.txt", text)
            .attributions
            .into_iter()
            .map(|a| (a.agent, a.relation, a.object, a.dates))
            .collect()
    }

    #[test]
    fn an_anaphoric_attribution_takes_the_term_defined_just_before() {
        let got = attributions(
            "Crop rotation is the practice of growing different crops in sequence \
             on the same land. It was developed by J. K. Lee in the 1960s.",
        );
        assert_eq!(
            got,
            vec![(
                "J. K. Lee".to_string(),
                "developed".to_string(),
                "crop rotation".to_string(),
                vec!["196X".to_string()]
            )]
        );
    }

    #[test]
    fn an_anaphor_without_a_definition_just_before_yields_nothing() {
        // No definition in the sentence before.
        assert!(attributions("We planted beans. It was developed by Ann Lee.").is_empty());
        // A paragraph break between the definition and the anaphor.
        assert!(
            attributions(
                "Crop rotation is the practice of growing different crops in sequence.\n\n\
                 It was developed by Ann Lee."
            )
            .is_empty()
        );
        // Alone at the start of a document.
        assert!(attributions("The term was coined by Ann Lee in 1990.").is_empty());
        // A general noun ("the method") is an anaphor too, never a term.
        assert!(
            attributions("We planted beans. The method was first described by Ann Lee.").is_empty()
        );
    }

    #[test]
    fn a_noun_anaphor_reaches_two_sentences_back_a_pronoun_one() {
        let got = attributions(
            "Crop rotation is the practice of growing different crops in sequence. \
             Farmers like it. The method was first described by Ann Lee in 1950.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "crop rotation");
        assert!(
            attributions(
                "Crop rotation is the practice of growing different crops in sequence. \
                 The tractor was loud. It was developed by Ann Lee."
            )
            .is_empty()
        );
        // Not over a paragraph break.
        assert!(
            attributions(
                "Crop rotation is the practice of growing different crops in sequence.\n\n\
                 Farmers like it. The method was first described by Ann Lee in 1950."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_general_verb_needs_a_term_for_its_object() {
        // A product, not a term: dropped.
        assert!(attributions("In 2004, Acme Labs introduced a new phone.").is_empty());
        // Named as a term, defined in the corpus, or a named construct: kept.
        for text in [
            "In 2004, Ann Lee introduced the concept of slow media.",
            "Slow media is a way of consuming news with care. \
             In 2004, Ann Lee introduced slow media.",
            "In 2004, Ann Lee introduced a slow media framework.",
            "In 2004, Ann Lee coined slow media.",
        ] {
            let got = attributions(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(got[0].2.contains("slow media"), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_general_noun_takes_the_term_defined_just_before() {
        let got = attributions(
            "Crop rotation is the practice of growing different crops in sequence. \
             The method was first described by Ann Lee in 1950.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "crop rotation");
    }
}

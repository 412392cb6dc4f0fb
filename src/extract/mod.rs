//! Extraction: sentences of a document in, raw [`Mention`]s out.
//!
//! Each family keeps its patterns as data with examples
//! ([`pattern::Pattern`]): [`definition`], [`attribution`], [`date`].
//! Extraction is a pure function of one document and its sentences; the
//! mentions come out ordered by sentence, then family, then position.

pub mod attribution;
pub mod date;
pub mod definition;
pub mod guard;
pub mod markup;
pub mod pattern;
pub mod variant;

use crate::types::{DocId, Document, Fact, Mention, Sentence, Span};
use rayon::prelude::*;

/// Pattern id of a date interval built from two dates of one sentence.
pub const RANGE_PATTERN: &str = "date/range";

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
        for i in from..to {
            let prev = i.checked_sub(1).map(|p| sentences[p]);
            sentence_mentions(&id, &doc.text, sentences[i], prev, &mut out);
        }
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
    }
}

/// The term an anaphor ("It was coined by A", "The term was first used by
/// A") in sentence `s` of document text `full` stands for: the first term
/// defined by the sentence right before it, when no paragraph break lies
/// between the two.
fn antecedent(full: &str, s: Sentence, prev: Option<Sentence>) -> Option<String> {
    let prev = prev?;
    let gap = full.get(prev.end..s.start)?;
    if gap.matches('\n').count() > 1 {
        return None;
    }
    let text = full.get(prev.start..prev.end)?;
    let d = definition::find_definitions(text).into_iter().next()?;
    text.get(d.term).map(str::to_string)
}

/// Extract the mentions of one sentence into `out`; `prev` is the sentence
/// before it, where an anaphoric attribution finds its term.
pub fn extract_sentence(
    doc: &Document,
    s: Sentence,
    prev: Option<Sentence>,
    out: &mut Vec<Mention>,
) {
    sentence_mentions(&DocId::from(doc.id.as_str()), &doc.text, s, prev, out);
}

/// [`extract_sentence`] with the document's id and text apart.
fn sentence_mentions(
    doc: &DocId,
    full: &str,
    s: Sentence,
    prev: Option<Sentence>,
    out: &mut Vec<Mention>,
) {
    let raw = &full[s.start..s.end];
    // Patterns read the sentence without list markers and emphasis; date
    // spans are mapped back to the original bytes.
    let cleaned = markup::clean(raw);
    let text: &str = cleaned.as_ref().map_or(raw, |c| c.text.as_str());
    let span = |r: std::ops::Range<usize>| {
        let r = cleaned.as_ref().map_or(r.clone(), |c| c.original_range(r));
        Span::new(s.start + r.start, s.start + r.end)
    };
    let dates = date::find_dates(text);
    for d in &dates {
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
    for r in date::find_ranges(text, &dates) {
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
    for d in definition::find_definitions(text) {
        let term = text[d.term.clone()].to_string();
        for a in &d.attributed_to {
            out.push(mention(
                doc,
                s,
                d.pattern,
                Fact::Attribution {
                    agent: text[a.clone()].to_string(),
                    relation: "defined".to_string(),
                    object: term.clone(),
                    dates: Vec::new(),
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
    for a in definition::find_aliases(text) {
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
    for a in attribution::find_attributions(text, &dates) {
        let object = if a.anaphoric {
            match antecedent(full, s, prev) {
                Some(term) => term,
                None => continue,
            }
        } else {
            text[a.object.clone()].to_string()
        };
        out.push(mention(
            doc,
            s,
            attribution::mention_pattern(&a),
            Fact::Attribution {
                agent: text[a.agent.clone()].to_string(),
                relation: a.relation.to_string(),
                object,
                dates: a.dates.clone(),
            },
        ));
    }
}

#[cfg(test)]
mod tests {
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
                "j. k. lee".to_string(),
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

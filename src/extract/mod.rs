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
    let run = |chunk: &[Sentence]| {
        let mut out = Vec::new();
        for s in chunk {
            sentence_mentions(&id, &doc.text, *s, &mut out);
        }
        out
    };
    if sentences.len() <= CHUNK {
        return run(sentences);
    }
    let parts: Vec<Vec<Mention>> = sentences.par_chunks(CHUNK).map(run).collect();
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

/// Extract the mentions of one sentence into `out`.
pub fn extract_sentence(doc: &Document, s: Sentence, out: &mut Vec<Mention>) {
    sentence_mentions(&DocId::from(doc.id.as_str()), &doc.text, s, out);
}

/// [`extract_sentence`] with the document's id and text apart.
fn sentence_mentions(doc: &DocId, text: &str, s: Sentence, out: &mut Vec<Mention>) {
    let text = &text[s.start..s.end];
    let dates = date::find_dates(text);
    for d in &dates {
        out.push(mention(
            doc,
            s,
            d.pattern,
            Fact::Date {
                value: d.value.clone(),
                span: Span::new(s.start + d.start, s.start + d.end),
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
                span: Span::new(s.start + r.start, s.start + r.end),
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
        out.push(mention(
            doc,
            s,
            a.pattern,
            Fact::Attribution {
                agent: text[a.agent.clone()].to_string(),
                relation: a.relation.to_string(),
                object: text[a.object.clone()].to_string(),
                dates: a.dates.clone(),
            },
        ));
    }
}

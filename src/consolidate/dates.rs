//! Dates of the knowledge file: date mentions folded as they arrive
//! ([`DateFold`]) and built into the date section.

use super::*;

/// One date mention, folded: its sentence and its span, by document index.
/// 24 bytes where a [`Mention`] with its strings takes about ten times that.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    sent_start: usize,
    doc: u32,
    sent_len: u32,
    /// The date's start, from the sentence's start.
    span_off: u32,
    /// The date's length; its top bit ([`CITED`]) marks a citation year.
    span_len: u32,
}

/// The bit of [`Hit::span_len`] that marks a citation year ("[1913
/// Webster]", "Nye (2004)"): citations are read back from the hits for the
/// few sentences that need them, not kept as a list of their own.
pub(super) const CITED: u32 = 1 << 31;

impl Hit {
    fn len(&self) -> usize {
        (self.span_len & !CITED) as usize
    }
}

/// The mentions of one date value, folded.
#[derive(Debug)]
pub(super) struct ValueFold {
    hits: Vec<Hit>,
    /// Hits whose offsets do not fit a [`Hit`]: (document, sentence, span,
    /// citation).
    wide: Vec<(u32, Span, Span, bool)>,
    /// Surface forms, white space collapsed.
    texts: BTreeSet<String>,
    all_citation: bool,
}

/// Date mentions folded as they arrive, so that a large corpus (where most
/// mentions are dates) need not keep every date as a [`Mention`]: per
/// value, each mention becomes a 24-byte hit (document index, sentence,
/// span). What the date section and definition dates need survives
/// exactly: [`consolidate_folded`] gives the bytes [`consolidate`] gives.
#[derive(Debug, Default)]
pub struct DateFold {
    /// Document ids, each once; hits refer to them by index.
    docs: Vec<DocId>,
    doc_index: HashMap<DocId, u32>,
    values: HashMap<String, ValueFold>,
    /// Evidence sentences built per value (`None`: all); `evidence_count`
    /// still counts every one.
    evidence_cap: Option<usize>,
}

impl DateFold {
    /// Fold `m` if it is a date (`None`); hand any other mention back.
    pub fn add(&mut self, m: Mention) -> Option<Mention> {
        let Fact::Date {
            value,
            span,
            text,
            citation,
        } = &m.fact
        else {
            return Some(m);
        };
        let doc = match self.doc_index.get(&m.doc) {
            Some(&i) => i,
            None => {
                // More than 4 billion documents cannot be held in memory.
                let i = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
                self.docs.push(m.doc.clone());
                self.doc_index.insert(m.doc.clone(), i);
                i
            }
        };
        let v = match self.values.get_mut(value.as_str()) {
            Some(v) => v,
            None => self.values.entry(value.clone()).or_insert(ValueFold {
                hits: Vec::new(),
                wide: Vec::new(),
                texts: BTreeSet::new(),
                all_citation: true,
            }),
        };
        if !v.texts.contains(text.as_str()) {
            v.texts
                .insert(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        v.all_citation &= *citation;
        let s = m.sentence;
        let hit = (|| {
            Some(Hit {
                sent_start: s.start,
                doc,
                sent_len: u32::try_from(s.end.checked_sub(s.start)?).ok()?,
                span_off: u32::try_from(span.start.checked_sub(s.start)?).ok()?,
                span_len: u32::try_from(span.end.checked_sub(span.start)?)
                    .ok()
                    .filter(|&n| n < CITED)?
                    | if *citation { CITED } else { 0 },
            })
        })();
        match hit {
            Some(h) => v.hits.push(h),
            None => v.wide.push((doc, s, *span, *citation)),
        }
        None
    }

    /// Fold every date of `mentions` into `self`; keep the others there.
    pub fn take_dates(&mut self, mentions: &mut Vec<Mention>) {
        if mentions.iter().any(|m| matches!(m.fact, Fact::Date { .. })) {
            let all = std::mem::take(mentions);
            mentions.extend(all.into_iter().filter_map(|m| self.add(m)));
        }
    }

    /// Number of date mentions folded (duplicates included).
    pub fn len(&self) -> usize {
        self.values
            .values()
            .map(|v| v.hits.len() + v.wide.len())
            .sum()
    }

    /// True when no date was folded.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Build at most `max` evidence sentences per date (the knowledge
    /// file's cap: `evidence_count` still counts them all), so a value seen
    /// 200,000 times does not hold 200,000 sentences.
    pub fn cap_evidence(&mut self, max: usize) {
        self.evidence_cap = Some(max);
    }

    /// The citation years whose sentence is in `wanted` (sorted), with
    /// that sentence, sorted, each once.
    pub(super) fn citations(&self, wanted: &[Evidence]) -> Vec<(String, Evidence)> {
        let mut c = Vec::new();
        if wanted.is_empty() {
            return c;
        }
        let mut keep = |value: &String, doc: u32, start: usize, end: usize| {
            let ev = Evidence {
                doc: self.docs[doc as usize].clone(),
                start,
                end,
                text: None,
            };
            if wanted.binary_search(&ev).is_ok() {
                c.push((value.clone(), ev));
            }
        };
        for (value, v) in &self.values {
            for h in v.hits.iter().filter(|h| h.span_len & CITED != 0) {
                keep(
                    value,
                    h.doc,
                    h.sent_start,
                    h.sent_start + h.sent_len as usize,
                );
            }
            for &(doc, s, _, cited) in &v.wide {
                if cited {
                    keep(value, doc, s.start, s.end);
                }
            }
        }
        c.sort_unstable();
        c.dedup();
        c
    }
}

pub(super) fn build_dates(fold: DateFold) -> Vec<DateOut> {
    let DateFold {
        docs,
        values,
        evidence_cap,
        ..
    } = fold;
    let cap = evidence_cap.unwrap_or(usize::MAX);
    // Evidence is ordered by document id: rank the indices by id.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_unstable_by(|&a, &b| docs[a].cmp(&docs[b]));
    let mut rank = vec![0u32; docs.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    let rank_of = |doc: u32| rank.get(doc as usize).copied().unwrap_or(u32::MAX);
    let mut values: Vec<(String, ValueFold)> = values.into_iter().collect();
    values.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let doc_of = |r: u32| docs[order[r as usize]].clone();
    values
        .into_par_iter()
        .map(|(value, v)| {
            let (support, count, evidence) = if v.wide.is_empty() {
                fold_hits(v.hits, &rank_of, &doc_of, cap)
            } else {
                fold_wide(&v, &rank_of, &doc_of, cap)
            };
            DateOut {
                value,
                support,
                texts: v.texts.into_iter().collect(),
                citation_only: v.all_citation,
                evidence_count: count,
                evidence,
            }
        })
        .collect()
}

/// The support (distinct spans) and evidence (distinct sentences, in
/// document order) of one value's hits, sorted in place: no copy of the
/// hits, however many a value has.
pub(super) fn fold_hits(
    mut hits: Vec<Hit>,
    rank_of: &impl Fn(u32) -> u32,
    doc_of: &impl Fn(u32) -> DocId,
    cap: usize,
) -> (usize, usize, Vec<Evidence>) {
    for h in &mut hits {
        h.doc = rank_of(h.doc);
    }
    let span = |h: &Hit| {
        let start = h.sent_start + h.span_off as usize;
        (h.doc, start, start + h.len())
    };
    hits.sort_unstable_by_key(span);
    let mut support = 0;
    let mut last = None;
    for h in &hits {
        let k = Some(span(h));
        if k != last {
            support += 1;
            last = k;
        }
    }
    let sentence = |h: &Hit| (h.doc, h.sent_start, h.sent_start + h.sent_len as usize);
    hits.sort_unstable_by_key(sentence);
    let mut evidence = Vec::new();
    let mut count = 0;
    let mut last = None;
    for h in &hits {
        let k = Some(sentence(h));
        if k != last {
            last = k;
            count += 1;
            if evidence.len() < cap {
                evidence.push(Evidence {
                    doc: doc_of(h.doc),
                    start: h.sent_start,
                    end: h.sent_start + h.sent_len as usize,
                    text: None,
                });
            }
        }
    }
    (support, count, evidence)
}

/// [`fold_hits`] for a value with hits too wide for a [`Hit`].
pub(super) fn fold_wide(
    v: &ValueFold,
    rank_of: &impl Fn(u32) -> u32,
    doc_of: &impl Fn(u32) -> DocId,
    cap: usize,
) -> (usize, usize, Vec<Evidence>) {
    let all: Vec<(u32, Span, Span)> = v
        .hits
        .iter()
        .map(|h| {
            let start = h.sent_start + h.span_off as usize;
            (
                h.doc,
                Span::new(h.sent_start, h.sent_start + h.sent_len as usize),
                Span::new(start, start + h.len()),
            )
        })
        .chain(v.wide.iter().map(|&(d, s, sp, _)| (d, s, sp)))
        .map(|(d, s, sp)| (rank_of(d), s, sp))
        .collect();
    let mut spans: Vec<(u32, Span)> = all.iter().map(|&(d, _, sp)| (d, sp)).collect();
    spans.sort_unstable();
    spans.dedup();
    let mut evidence: Vec<(u32, Span)> = all.into_iter().map(|(d, s, _)| (d, s)).collect();
    evidence.sort_unstable();
    evidence.dedup();
    let count = evidence.len();
    let evidence = evidence
        .into_iter()
        .take(cap)
        .map(|(r, s)| Evidence {
            doc: doc_of(r),
            start: s.start,
            end: s.end,
            text: None,
        })
        .collect();
    (spans.len(), count, evidence)
}

//! Throughput of each stage and of the whole pipeline, in MB/s.
//!
//! Input: the first 8 MB of `target/bench-corpus/*.txt` when that corpus
//! exists (build it with `bash ../shared/tools/bench_corpus.sh
//! target/bench-corpus`), else `input/` repeated to about 4 MB.
//!
//!     cargo bench --bench pipeline

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use defmine::{Document, extract, split};
use std::path::Path;

fn bench_text() -> (String, String) {
    let corpus = Path::new("target/bench-corpus");
    let mut names: Vec<_> = std::fs::read_dir(corpus)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    if !names.is_empty() {
        let mut text = String::new();
        let per = 8_000_000 / names.len();
        for n in &names {
            let t = std::fs::read(n).unwrap_or_default();
            let t = String::from_utf8_lossy(&t[..t.len().min(per)]).into_owned();
            text.push_str(&t);
            text.push_str("\n\n");
        }
        return ("bench-corpus 8MB".into(), text);
    }
    let mut base = String::new();
    let mut inputs: Vec<_> = std::fs::read_dir("input")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    inputs.sort();
    for p in inputs {
        base.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        base.push_str("\n\n");
    }
    let mut text = String::new();
    while text.len() < 4_000_000 {
        text.push_str(&base);
    }
    ("input x ~4MB".into(), text)
}

fn stages(c: &mut Criterion) {
    let (label, text) = bench_text();
    let doc = Document {
        id: "bench.txt".into(),
        text: text.clone(),
    };
    let sentences = split::split_document(&text);

    let mut g = c.benchmark_group("split");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function(label.as_str(), |b| b.iter(|| split::split(&text)));
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function(label.as_str(), |b| {
        b.iter(|| extract::extract_document(&doc, &sentences))
    });
    g.finish();

    // One group per extractor family, over the same sentences.
    let texts: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
    let mut g = c.benchmark_group("family");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("dates", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extract::date::find_dates(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("definitions", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extract::definition::find_definitions(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("aliases", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extract::definition::find_aliases(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("attributions", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extract::attribution::find_attributions(t, &[]).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function(label.as_str(), |b| {
        b.iter(|| defmine::mine_text("bench.txt", &text))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);

//! The binary's drivers: one function per subcommand, progress and
//! messages on stderr, data on stdout, exit codes.

use crate::cli::{
    Cli, Command, Common, ConsolidateArgs, ExtractArgs, ExtractFormat, RunArgs, SplitArgs,
    SplitFormat,
};
use anyhow::{Context, Result};
use defmine::load::{self, Source};
use defmine::output::{self, Knowledge};
use defmine::{Extraction, Options, Record};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Exit code: success.
pub const OK: u8 = 0;
/// Exit code: `--check` found the file stale, missing or corrupt.
pub const STALE: u8 = 1;
/// Exit code: an error stopped the run.
pub const ERROR: u8 = 2;

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None => cmd_run(cli.run),
        Some(Command::Run(a)) => cmd_run(a),
        Some(Command::Split(a)) => cmd_split(a),
        Some(Command::Extract(a)) => cmd_extract(a),
        Some(Command::Consolidate(a)) => cmd_consolidate(a),
    }
}

fn options(c: &Common) -> Options {
    Options {
        threads: c.threads,
        ..Options::default()
    }
}

fn sources(paths: &[std::path::PathBuf], common: &Common) -> Result<Vec<Source>> {
    let (sources, warnings) = load::collect_sources(paths)?;
    warn_all(&warnings, common);
    Ok(sources)
}

fn warn_all(warnings: &[defmine::Warning], common: &Common) {
    if !common.quiet {
        for w in warnings {
            eprintln!("defmine: warning: {w}");
        }
    }
}

/// A byte-count progress bar on stderr, shown only on a terminal.
fn progress_bar(sources: &[Source], common: &Common) -> ProgressBar {
    if common.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: u64 = sources
        .iter()
        .map(|s| match &s.origin {
            load::Origin::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            load::Origin::Bytes(b) => b.len() as u64,
        })
        .sum();
    let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} [{elapsed}] {bar:30} {bytes}/{total_bytes} ({bytes_per_sec})",
    ) {
        pb.set_style(style);
    }
    pb
}

fn extract_with_progress(sources: &[Source], common: &Common, fold_dates: bool) -> Extraction {
    let pb = progress_bar(sources, common);
    let opts = options(common);
    let ex = if fold_dates {
        defmine::extract_sources_folded(sources, &opts, &|n| pb.inc(n))
    } else {
        defmine::extract_sources(sources, &opts, &|n| pb.inc(n))
    };
    pb.finish_and_clear();
    warn_all(&ex.warnings, common);
    ex
}

fn cmd_run(args: RunArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    let sources = sources(&args.paths, &args.common)?;
    // Dates are folded as they are found: only the other mentions are kept.
    let ex = extract_with_progress(&sources, &args.common, true);
    let (bytes, sentences, docs) = (ex.bytes, ex.sentences, ex.documents.len());
    let opts = Options {
        min_confidence: args.min_confidence,
        ..options(&args.common)
    };
    let knowledge = defmine::consolidate_folded_with(&opts, ex.documents, ex.mentions, ex.dates);
    let secs = t0.elapsed().as_secs_f64();
    if !args.common.quiet {
        let defs: usize = knowledge.terms.iter().map(|t| t.definitions.len()).sum();
        eprintln!(
            "defmine: {docs} document(s), {sentences} sentences, {} terms, {defs} definitions, {} attributions, {} dates; {:.2} MB in {secs:.2} s ({:.1} MB/s)",
            knowledge.terms.len(),
            knowledge.attributions.len(),
            knowledge.dates.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs.max(1e-9),
        );
    }
    finish(&knowledge, &args.output, args.check, &args.common)
}

/// Write the knowledge file, or with `check` compare it with the file on disk.
fn finish(k: &Knowledge, path: &Path, check: bool, common: &Common) -> Result<ExitCode> {
    let opts = options(common);
    if check {
        let bytes = defmine::on_pool(&opts, || output::to_json(k));
        return Ok(ExitCode::from(check_file(&bytes, k, path, common)));
    }
    defmine::on_pool(&opts, || output::write_knowledge(path, k))?;
    if !common.quiet {
        eprintln!("defmine: wrote {}", path.display());
    }
    Ok(ExitCode::from(OK))
}

fn check_file(bytes: &[u8], new: &Knowledge, path: &Path, common: &Common) -> u8 {
    let say = |msg: String| {
        if !common.quiet {
            eprintln!("defmine: {msg}");
        }
    };
    let old_bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            say(format!(
                "{} is missing ({e}); run `defmine run -o {}` to create it",
                path.display(),
                path.display()
            ));
            return STALE;
        }
    };
    if old_bytes == bytes {
        say(format!("{} is up to date", path.display()));
        return OK;
    }
    match serde_json::from_slice::<Knowledge>(&old_bytes) {
        Err(e) => say(format!(
            "{} is not a valid knowledge file ({e}); regenerate it with `defmine run -o {}`",
            path.display(),
            path.display()
        )),
        Ok(old) => {
            say(format!(
                "{} is stale; regenerate it with `defmine run -o {}`:",
                path.display(),
                path.display()
            ));
            let lines = output::diff_summary(&old, new);
            if !common.quiet {
                for l in lines.iter().take(40) {
                    eprintln!("  {l}");
                }
                if lines.len() > 40 {
                    eprintln!("  ... and {} more", lines.len() - 40);
                }
                if lines.is_empty() {
                    eprintln!("  (same content, different bytes: formatting or order)");
                }
            }
        }
    }
    STALE
}

/// Treat a closed stdout (`defmine split | head`) as a quiet success.
fn stdout_result(r: std::io::Result<()>) -> Result<ExitCode> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::from(OK)),
        Err(e) => Err(e).context("cannot write to standard output"),
        Ok(()) => Ok(ExitCode::from(OK)),
    }
}

fn cmd_split(args: SplitArgs) -> Result<ExitCode> {
    let sources = sources(&args.paths, &args.common)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let r = (|| -> std::io::Result<()> {
        for src in &sources {
            let doc = match load::read_source(src) {
                Ok((doc, w)) => {
                    warn_all(&w.into_iter().collect::<Vec<_>>(), &args.common);
                    doc
                }
                Err(w) => {
                    warn_all(&[w], &args.common);
                    continue;
                }
            };
            for s in defmine::split::split_document(&doc.text) {
                let text = &doc.text[s.start..s.end];
                match args.format {
                    SplitFormat::Text => {
                        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        writeln!(out, "{one_line}")?;
                    }
                    SplitFormat::Jsonl => {
                        let v = serde_json::json!({"doc": doc.id, "start": s.start, "end": s.end, "text": text});
                        writeln!(out, "{v}")?;
                    }
                }
            }
        }
        out.flush()
    })();
    stdout_result(r)
}

fn cmd_extract(args: ExtractArgs) -> Result<ExitCode> {
    let sources = sources(&args.paths, &args.common)?;
    let ex = extract_with_progress(&sources, &args.common, false);
    let mut buf = Vec::new();
    match args.format {
        ExtractFormat::Jsonl => {
            for d in ex.documents {
                serde_json::to_writer(&mut buf, &Record::Document { document: d })?;
                buf.push(b'\n');
            }
            for m in ex.mentions {
                serde_json::to_writer(&mut buf, &Record::Mention(m))?;
                buf.push(b'\n');
            }
        }
        ExtractFormat::Timex => {
            for d in &ex.documents {
                let timex: Vec<serde_json::Value> = ex
                    .mentions
                    .iter()
                    .filter(|m| *m.doc == *d.id && m.pattern != defmine::extract::RANGE_PATTERN)
                    .filter_map(|m| match &m.fact {
                        defmine::Fact::Date { value, span, .. } => {
                            Some(serde_json::json!({"start": span.start, "end": span.end, "value": value}))
                        }
                        _ => None,
                    })
                    .collect();
                let doc = Path::new(&d.id)
                    .with_extension("")
                    .to_string_lossy()
                    .into_owned();
                serde_json::to_writer(&mut buf, &serde_json::json!({"doc": doc, "timex": timex}))?;
                buf.push(b'\n');
            }
        }
    }
    match &args.output {
        Some(p) => {
            output::write_atomic(p, &buf)?;
            Ok(ExitCode::from(OK))
        }
        None => stdout_result(std::io::stdout().lock().write_all(&buf)),
    }
}

fn cmd_consolidate(args: ConsolidateArgs) -> Result<ExitCode> {
    let mut docs = Vec::new();
    let mut mentions = Vec::new();
    for p in &args.parts {
        let (d, m) = if p.as_os_str() == "-" {
            defmine::read_records(std::io::stdin().lock(), p)?
        } else {
            let f = std::fs::File::open(p)
                .with_context(|| format!("cannot open mentions file {}", p.display()))?;
            defmine::read_records(std::io::BufReader::new(f), p)?
        };
        docs.extend(d);
        mentions.extend(m);
    }
    let opts = Options {
        min_confidence: args.min_confidence,
        ..options(&args.common)
    };
    let knowledge = defmine::consolidate_with(&opts, docs, mentions);
    finish(&knowledge, &args.output, args.check, &args.common)
}

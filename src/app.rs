//! The binary's drivers: one function per subcommand, progress and
//! messages on stderr, data on stdout, exit codes.

use crate::cli::{
    Cli, Command, Common, ConsolidateArgs, ExtractArgs, ExtractFormat, InputArgs, RunArgs,
    SplitArgs, SplitFormat,
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
        Some(Command::Explain(a)) => cmd_explain(a),
    }
}

fn options(c: &Common) -> Options {
    Options {
        threads: c.threads,
        ..Options::default()
    }
}

/// [`options`] for reading documents: with the JSONL field names.
fn read_options(c: &Common, input: &InputArgs) -> Options {
    Options {
        jsonl: load::JsonlFields {
            text: input.text_field.clone(),
            id: input.id_field.clone(),
        },
        ..options(c)
    }
}

/// The sources of `paths`; `outputs` are never read (a knowledge or export
/// file written into an input folder is not read back by the next run).
fn sources(
    paths: &[std::path::PathBuf],
    common: &Common,
    input: &InputArgs,
    outputs: &[&Path],
) -> Result<(Vec<Source>, usize)> {
    let walk = load::WalkOptions {
        hidden: input.hidden,
        no_ignore: input.no_ignore,
        follow: input.follow,
        exclude: outputs.iter().map(|p| p.to_path_buf()).collect(),
    };
    let (sources, warnings) = load::collect_sources_with(paths, &walk)?;
    warn_all(&warnings, common);
    Ok((sources, warnings.len()))
}

/// A run that read no document writes nothing and fails (exit 2): an empty
/// knowledge file with exit 0 would hide that every input was skipped.
/// `walk_warnings`: how many warnings finding the sources gave.
fn require_documents(
    ex: &Extraction,
    paths: &[std::path::PathBuf],
    walk_warnings: usize,
) -> Result<()> {
    if !ex.documents.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    if ex.warnings.is_empty() && walk_warnings == 0 {
        anyhow::bail!(
            "no document found in {} (folders are walked for {}); nothing written",
            shown.join(", "),
            load::TEXT_EXTENSIONS.join(", ")
        );
    }
    anyhow::bail!(
        "no document read from {}: every input was skipped (see the warnings above); nothing written",
        shown.join(", ")
    )
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

fn extract_with_progress(
    sources: &[Source],
    common: &Common,
    input: &InputArgs,
    fold_dates: bool,
) -> Extraction {
    let pb = progress_bar(sources, common);
    let opts = read_options(common, input);
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
    let (sources, walk_warnings) =
        sources(&args.paths, &args.common, &args.input, &[&args.output])?;
    // Dates are folded as they are found: only the other mentions are kept.
    let ex = extract_with_progress(&sources, &args.common, &args.input, true);
    require_documents(&ex, &args.paths, walk_warnings)?;
    let (bytes, sentences, docs) = (ex.bytes, ex.sentences, ex.documents.len());
    let knowledge = defmine::consolidate_folded_with(
        &options(&args.common),
        ex.documents,
        ex.mentions,
        ex.dates,
    );
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
    let (sources, _) = sources(&args.paths, &args.common, &args.input, &[])?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let r = (|| -> std::io::Result<()> {
        for src in &sources {
            // An HTML page's sentence offsets are mapped back to its bytes.
            let (doc, map) = match load::read_source_mapped(src) {
                Ok((doc, w, map)) => {
                    warn_all(&w.into_iter().collect::<Vec<_>>(), &args.common);
                    (doc, map)
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
                        let (start, end) = match &map {
                            Some(m) => (m.start(s.start), m.end(s.end)),
                            None => (s.start, s.end),
                        };
                        let v = serde_json::json!({"doc": doc.id, "start": start, "end": end, "text": text});
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
    let outputs: Vec<&Path> = args.output.iter().map(|p| p.as_path()).collect();
    let (sources, walk_warnings) = sources(&args.paths, &args.common, &args.input, &outputs)?;
    let ex = extract_with_progress(&sources, &args.common, &args.input, false);
    require_documents(&ex, &args.paths, walk_warnings)?;
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
    let knowledge = defmine::consolidate_with(&options(&args.common), docs, mentions);
    finish(&knowledge, &args.output, args.check, &args.common)
}

/// `defmine explain`: the rules' steps on each sentence of a text or file.
fn cmd_explain(args: crate::cli::ExplainArgs) -> Result<ExitCode> {
    use defmine::extract::explain;
    let path = std::path::PathBuf::from(&args.input);
    let docs = if args.input == "-" || path.exists() {
        let mut docs = Vec::new();
        for src in sources(&[path], &args.common, &args.reading, &[])?.0 {
            match load::read_source(&src) {
                Ok((doc, w)) => {
                    warn_all(&w.into_iter().collect::<Vec<_>>(), &args.common);
                    docs.push(doc);
                }
                Err(w) => warn_all(&[w], &args.common),
            }
        }
        docs
    } else {
        vec![defmine::Document {
            id: "text".into(),
            text: args.input.clone(),
        }]
    };
    let mut out = String::new();
    for doc in &docs {
        let sentences = defmine::split::split_document(&doc.text);
        let explained = explain::explain_document(doc, &sentences);
        match args.format {
            crate::cli::ExplainFormat::Text => out.push_str(&explain::to_text(&doc.id, &explained)),
            crate::cli::ExplainFormat::Jsonl => {
                for e in &explained {
                    out.push_str(&explain::to_json(&doc.id, e).to_string());
                    out.push('\n');
                }
            }
        }
    }
    stdout_result(std::io::stdout().lock().write_all(out.as_bytes()))
}

//! The binary's drivers: one function per subcommand, progress and
//! messages on stderr, data on stdout, exit codes.

use crate::cli::{
    Cli, Command, Common, ConsolidateArgs, ExtractArgs, ExtractFormat, InputArgs, OutputArgs,
    OutputFormat, RunArgs, SplitArgs, SplitFormat,
};
use anyhow::{Context, Result};
use defmine::load::{self, Source};
use defmine::output::{self, Knowledge, Target};
use defmine::{Extraction, Options, Record};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Exit code: success.
pub const OK: u8 = 0;
/// Exit code: `--check` found the file stale, missing or corrupt.
pub const STALE: u8 = 1;
/// Exit code: an error stopped the run.
pub const ERROR: u8 = 2;

/// A failure that exits 2 with its message, before any work.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    if cli.command.is_none()
        && let Some(name) = cli.run.paths.first()
        && let Some(sub) = near_miss_subcommand(name)
    {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let msg = if name.as_os_str() == sub.as_str() {
            format!(
                "the subcommand '{sub}' must come before its options\n\n  tip: defmine {sub} [OPTIONS] [PATH]..."
            )
        } else {
            format!(
                "unrecognized subcommand '{}' (and no such file or folder)\n\n  tip: a similar subcommand exists: '{sub}'",
                name.display()
            )
        };
        let e = cmd.error(clap::error::ErrorKind::InvalidSubcommand, msg);
        let _ = e.print();
        return Ok(ExitCode::from(ERROR));
    }
    match cli.command {
        None => cmd_run(cli.run),
        Some(Command::Run(a)) => cmd_run(a),
        Some(Command::Split(a)) => cmd_split(a),
        Some(Command::Extract(a)) => cmd_extract(a),
        Some(Command::Consolidate(a)) => cmd_consolidate(a),
        Some(Command::Explain(a)) => cmd_explain(a),
    }
}

/// The subcommand `name` is a near miss of, when `name` is no path: a
/// mistyped `defmine runn` is an error with a tip, not a missing input.
fn near_miss_subcommand(name: &Path) -> Option<String> {
    let s = name.to_str()?;
    if s.contains(['/', '.']) || name.exists() {
        return None;
    }
    let cmd = <Cli as clap::CommandFactory>::command();
    cmd.get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .map(|n| (strsim::jaro(s, &n), n))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

/// Threads past this many per core only cost start-up time (each builds
/// the pattern tables): `-j` is clamped to it, with a warning.
pub const MAX_THREADS_PER_CORE: usize = 4;

/// The thread count to use for `-j requested` on a machine of `cores`:
/// `requested` (0 = one per core), at most [`MAX_THREADS_PER_CORE`] per core.
pub fn clamp_threads(requested: usize, cores: usize) -> usize {
    requested.min(MAX_THREADS_PER_CORE * cores.max(1))
}

fn options(c: &Common) -> Options {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Options {
        threads: clamp_threads(c.threads, cores),
        ..Options::default()
    }
}

/// Warn when `-j` is clamped (once per run, before any work).
fn warn_threads(c: &Common) {
    let used = options(c).threads;
    if used != c.threads && !c.quiet {
        eprintln!(
            "defmine: warning: -j {} is more than {MAX_THREADS_PER_CORE} threads per core; using {used}",
            c.threads
        );
    }
}

/// True when a walk of the folders in `paths` would read a file named
/// `name` (its extension is one of [`load::TEXT_EXTENSIONS`], maybe with
/// `.gz` or `.zst`).
fn walk_would_read(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower
        .strip_suffix(".gz")
        .or_else(|| lower.strip_suffix(".zst"))
        .unwrap_or(&lower);
    base.rsplit_once('.')
        .is_some_and(|(_, x)| load::TEXT_EXTENSIONS.contains(&x))
}

/// Refuse (exit 2, before any work) an output that is one of the inputs
/// (same device and inode, whatever the path says), or that lies in an
/// input folder under a name the walk reads: the next run would read the
/// output back as a document.
fn refuse_output_among_inputs(target: &Target, inputs: &[PathBuf]) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Some(out) = target.file() else {
        return Ok(());
    };
    let out_meta = std::fs::metadata(out).ok();
    // Where the output lands, with every link in its folder resolved.
    let out_real = out
        .parent()
        .map(|d| {
            if d.as_os_str().is_empty() {
                Path::new(".")
            } else {
                d
            }
        })
        .and_then(|d| std::fs::canonicalize(d).ok())
        .zip(out.file_name())
        .map(|(d, n)| d.join(n));
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned());
    for input in inputs.iter().filter(|p| p.as_os_str() != "-") {
        let Ok(meta) = std::fs::metadata(input) else {
            continue;
        };
        let same = out_meta
            .as_ref()
            .is_some_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino());
        if same {
            return Err(Refused(format!(
                "the output {} is also an input; choose another -o",
                target.shown().display()
            ))
            .into());
        }
        if meta.is_dir()
            && let (Some(real), Some(name)) = (&out_real, &name)
            && let Ok(dir) = std::fs::canonicalize(input)
            && real.starts_with(&dir)
            && walk_would_read(name)
        {
            return Err(Refused(format!(
                "the output {} is inside the input folder {} and would be read as an input by the next run; write it elsewhere or name it .json",
                target.shown().display(),
                input.display()
            ))
            .into());
        }
    }
    Ok(())
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

/// A bar on stderr, shown only on a terminal and without `--quiet`:
/// bytes done, speed, ETA and the file being read, redrawn on a steady
/// tick; warnings are printed above it as they come.
struct Bar {
    pb: ProgressBar,
    quiet: bool,
}

impl Bar {
    fn hidden(quiet: bool) -> Bar {
        Bar {
            pb: ProgressBar::hidden(),
            quiet,
        }
    }

    fn shown(common: &Common) -> bool {
        !common.quiet && std::io::stderr().is_terminal()
    }

    /// The bar of the extraction, sized by the bytes of `sources`.
    fn for_sources(sources: &[Source], common: &Common) -> Bar {
        if !Bar::shown(common) {
            return Bar::hidden(common.quiet);
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
            "{spinner} [{elapsed}] {bar:30} {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta}) {wide_msg}",
        ) {
            pb.set_style(style);
        }
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        Bar { pb, quiet: false }
    }

    /// A spinner with one line of text, for a step with no byte count
    /// (consolidation, writing).
    fn step(msg: String, common: &Common) -> Bar {
        if !Bar::shown(common) {
            return Bar::hidden(common.quiet);
        }
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed}] {wide_msg}") {
            pb.set_style(style);
        }
        pb.set_message(msg);
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        Bar { pb, quiet: false }
    }

    fn done(self) {
        self.pb.finish_and_clear();
    }
}

impl defmine::Progress for Bar {
    fn bytes(&self, n: u64) {
        self.pb.inc(n);
    }
    fn file(&self, id: &str) {
        self.pb.set_message(id.to_string());
    }
    fn warning(&self, w: &defmine::Warning) {
        if !self.quiet {
            self.pb.suspend(|| eprintln!("defmine: warning: {w}"));
        }
    }
}

/// Extract, with the bar; warnings are printed as they come.
fn extract_with_progress(
    sources: &[Source],
    common: &Common,
    input: &InputArgs,
    fold_dates: bool,
) -> Extraction {
    let bar = Bar::for_sources(sources, common);
    let opts = read_options(common, input);
    let ex = defmine::extract_sources_with(sources, &opts, &bar, fold_dates);
    bar.done();
    ex
}

fn cmd_run(args: RunArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    warn_threads(&args.common);
    let target = output_target(&args.out)?;
    if !args.out.check {
        refuse_output_among_inputs(&target, &args.paths)?;
    }
    let out_path = args.out.path();
    let (sources, walk_warnings) = sources(
        &args.paths,
        &args.common,
        &args.input,
        &[out_path.as_path()],
    )?;
    // Dates are folded as they are found: only the other mentions are kept.
    let ex = extract_with_progress(&sources, &args.common, &args.input, true);
    require_documents(&ex, &args.paths, walk_warnings)?;
    let (bytes, sentences, docs) = (ex.bytes, ex.sentences, ex.documents.len());
    let bar = Bar::step(
        format!(
            "consolidating {} mentions and {} dates",
            ex.mentions.len(),
            ex.dates.len()
        ),
        &args.common,
    );
    let opts = Options {
        min_confidence: args.out.min_confidence,
        ..options(&args.common)
    };
    let mut dates = ex.dates;
    // The knowledge file lists the first evidence sentences of a date only
    // (JSONL and TSV count documents over all of them).
    if args.out.format == OutputFormat::Json {
        dates.cap_evidence(args.out.max_evidence());
    }
    let knowledge = defmine::consolidate_folded_with(&opts, ex.documents, ex.mentions, dates);
    bar.done();
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
    let texts =
        (args.evidence_text || args.out.format != OutputFormat::Json).then_some(&sources[..]);
    finish(knowledge, &args.out, &target, texts, &args.common)
}

/// Where `run` or `consolidate` writes, checked before any work: the
/// default `output/` folder is created when missing, a `-o` naming a
/// missing folder is refused.
fn output_target(out: &OutputArgs) -> Result<Target> {
    let path = out.path();
    Ok(Target::resolve(&path, out.output.is_none(), out.check)?)
}

/// Render the output in its format: evidence capped, with sentence texts
/// read from `texts` when given.
fn render(
    mut k: Knowledge,
    out: &OutputArgs,
    texts: Option<&[Source]>,
    opts: &Options,
) -> Result<Rendered> {
    let max = out.max_evidence();
    let mut bytes = Vec::new();
    match out.format {
        OutputFormat::Json => {
            output::cap_evidence(&mut k, max);
            if let Some(sources) = texts {
                defmine::fill_evidence_text(
                    sources,
                    output::evidence_lists(&mut k).flatten(),
                    opts,
                );
            }
            return Ok(Rendered::Json(k));
        }
        OutputFormat::Jsonl | OutputFormat::Tsv => {
            // Flattened before the cut: `documents` lists them all.
            let mut flat = output::flatten(&k);
            drop(k);
            for c in &mut flat {
                c.evidence.truncate(max);
            }
            if let Some(sources) = texts {
                defmine::fill_evidence_text(
                    sources,
                    flat.iter_mut().flat_map(|c| &mut c.evidence),
                    opts,
                );
            }
            if out.format == OutputFormat::Jsonl {
                output::write_jsonl(&mut bytes, &flat)?;
            } else {
                output::write_tsv(&mut bytes, &flat)?;
            }
        }
    }
    Ok(Rendered::Bytes(bytes))
}

/// The output ready to write: the knowledge file, streamed as JSON while
/// it is written (a 64 MB file is never held as bytes), or the bytes of a
/// JSONL or TSV output.
enum Rendered {
    Json(Knowledge),
    Bytes(Vec<u8>),
}

/// Write the output, or with `--check` compare it with the file on disk.
fn finish(
    k: Knowledge,
    out: &OutputArgs,
    target: &Target,
    texts: Option<&[Source]>,
    common: &Common,
) -> Result<ExitCode> {
    let opts = options(common);
    let what = if out.check { "checking" } else { "writing" };
    let bar = Bar::step(format!("{what} {}", target.shown().display()), common);
    let rendered = render(k, out, texts, &opts)?;
    if out.check {
        bar.done();
        let (bytes, k) = match rendered {
            Rendered::Json(k) => (defmine::on_pool(&opts, || output::to_json(&k)), Some(k)),
            Rendered::Bytes(b) => (b, None),
        };
        return Ok(ExitCode::from(check_file(
            &bytes,
            k.as_ref(),
            &target.shown(),
            common,
        )));
    }
    let written = match &rendered {
        Rendered::Json(k) => {
            defmine::on_pool(&opts, || target.write_with(|w| output::write_json(w, k)))
        }
        Rendered::Bytes(bytes) => target.write_with(|w| w.write_all(bytes)),
    };
    bar.done();
    // `-o - | head`: a reader that stopped early is no error.
    if let Err(defmine::Error::Output { source, .. }) = &written
        && source.kind() == std::io::ErrorKind::BrokenPipe
        && *target == Target::Stdout
    {
        return Ok(ExitCode::from(OK));
    }
    written?;
    if !common.quiet && *target != Target::Stdout {
        eprintln!("defmine: wrote {}", target.shown().display());
    }
    Ok(ExitCode::from(OK))
}

fn check_file(bytes: &[u8], new: Option<&Knowledge>, path: &Path, common: &Common) -> u8 {
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
    let Some(new) = new else {
        say(format!(
            "{} is stale; regenerate it with `defmine run -o {}`",
            path.display(),
            path.display()
        ));
        return STALE;
    };
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

/// The note `split` prints before it waits on a terminal for standard
/// input (none when the input is a pipe or a file).
fn stdin_note(paths: &[PathBuf], stdin_is_terminal: bool) -> Option<&'static str> {
    (stdin_is_terminal && paths.iter().any(|p| p.as_os_str() == "-")).then_some(
        "reading standard input (end it with Ctrl-D); give files or folders to split them instead",
    )
}

fn cmd_split(args: SplitArgs) -> Result<ExitCode> {
    warn_threads(&args.common);
    if let Some(note) = stdin_note(&args.paths, std::io::stdin().is_terminal())
        && !args.common.quiet
    {
        eprintln!("defmine: {note}");
    }
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
    warn_threads(&args.common);
    let target = match &args.output {
        Some(p) => Target::resolve(p, false, false)?,
        None => Target::Stdout,
    };
    refuse_output_among_inputs(&target, &args.paths)?;
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
    match target {
        Target::Stdout => stdout_result(std::io::stdout().lock().write_all(&buf)),
        t => {
            t.write_with(|w| w.write_all(&buf))?;
            Ok(ExitCode::from(OK))
        }
    }
}

fn cmd_consolidate(args: ConsolidateArgs) -> Result<ExitCode> {
    warn_threads(&args.common);
    let target = output_target(&args.out)?;
    if !args.out.check {
        refuse_output_among_inputs(&target, &args.parts)?;
    }
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
        min_confidence: args.out.min_confidence,
        ..options(&args.common)
    };
    let knowledge = defmine::consolidate_with(&opts, docs, mentions);
    finish(knowledge, &args.out, &target, None, &args.common)
}

/// `defmine explain`: the rules' steps on each sentence of a text or file.
/// The documents of a JSONL source, one per record (ids as `run` gives
/// them: the record's id field, else `FILE#LINE`); a bad record is a
/// warning that names its line.
fn jsonl_documents(
    src: &load::Source,
    input: &InputArgs,
    common: &Common,
) -> Result<Vec<defmine::Document>> {
    use std::io::BufRead;
    let fields = read_options(common, input).jsonl;
    let reader = match load::open(src) {
        Ok(r) => r,
        Err(w) => {
            warn_all(&[w], common);
            return Ok(Vec::new());
        }
    };
    let mut docs = Vec::new();
    for (i, line) in std::io::BufReader::new(reader).split(b'\n').enumerate() {
        let line = line.with_context(|| format!("{}: cannot read line {}", src.id, i + 1))?;
        match load::parse_jsonl_record(&line, &fields) {
            Some(Ok(rec)) => docs.push(defmine::Document {
                id: rec.id.unwrap_or_else(|| format!("{}#{}", src.id, i + 1)),
                text: rec.text,
            }),
            Some(Err(why)) if !common.quiet => {
                eprintln!("defmine: warning: {}: line {}: {why}", src.id, i + 1);
            }
            _ => {}
        }
    }
    Ok(docs)
}

fn cmd_explain(args: crate::cli::ExplainArgs) -> Result<ExitCode> {
    use defmine::extract::explain;
    let path = std::path::PathBuf::from(&args.input);
    let docs = if args.input == "-" || path.exists() {
        let mut docs = Vec::new();
        for src in sources(&[path], &args.common, &args.reading, &[])?.0 {
            // A JSONL file holds one document per record, as `run` reads it.
            if load::kind_of(&src.id).1 == load::Layout::Jsonl {
                docs.extend(jsonl_documents(&src, &args.reading, &args.common)?);
                continue;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_are_clamped_to_four_per_core() {
        assert_eq!(clamp_threads(0, 2), 0);
        assert_eq!(clamp_threads(3, 2), 3);
        assert_eq!(clamp_threads(3000, 2), 8);
        assert_eq!(clamp_threads(3000, 0), 4);
    }

    #[test]
    fn split_says_it_reads_a_terminal() {
        let dash = [PathBuf::from("-")];
        assert!(stdin_note(&dash, true).is_some_and(|n| n.contains("standard input")));
        assert_eq!(stdin_note(&dash, false), None);
        assert_eq!(stdin_note(&[PathBuf::from("a.txt")], true), None);
    }

    #[test]
    fn the_walk_reads_text_names_only() {
        assert!(walk_would_read("k.jsonl"));
        assert!(walk_would_read("notes.MD.gz"));
        assert!(!walk_would_read("knowledge.json"));
        assert!(!walk_would_read("knowledge.tsv"));
    }

    #[test]
    fn near_misses_of_subcommands() {
        assert_eq!(
            near_miss_subcommand(Path::new("runn")).as_deref(),
            Some("run")
        );
        assert_eq!(
            near_miss_subcommand(Path::new("spilt")).as_deref(),
            Some("split")
        );
        assert_eq!(near_miss_subcommand(Path::new("notes/")), None);
        assert_eq!(near_miss_subcommand(Path::new("zzzzqq")), None);
    }
}

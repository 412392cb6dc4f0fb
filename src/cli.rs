//! Command-line types (clap derive). The doc comments are the `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Mine definitions, attributions and dates from documents into one JSON
/// knowledge file.
///
/// With no subcommand, `defmine` runs `defmine run`: it reads `input/` and
/// writes `output/knowledge.json`.
#[derive(Debug, Parser)]
#[command(name = "defmine", version, args_conflicts_with_subcommands = true)]
#[command(after_long_help = EXIT_CODES)]
pub struct Cli {
    /// What to do (default: run).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `run` when no subcommand is given.
    #[command(flatten)]
    pub run: RunArgs,
}

/// The exit codes, listed in `--help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success (warnings about single bad files do not change it)
  1  --check: the knowledge file is stale, missing or not a valid knowledge file
  2  error: a missing input path, a bad flag, an unwritable output, a bad mentions file
  130  interrupted (SIGINT/SIGTERM): the old output is kept, no temporary file is left";

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mine PATHS and write the knowledge file (the default).
    Run(RunArgs),
    /// Print the sentences of the inputs, one per line.
    Split(SplitArgs),
    /// Print raw mentions (before consolidation), one JSON object per line:
    /// the map step of a sharded run.
    Extract(ExtractArgs),
    /// Consolidate mention files written by `extract` into one knowledge
    /// file: the reduce step of a sharded run.
    Consolidate(ConsolidateArgs),
}

/// Options shared by every subcommand that reads documents.
#[derive(Debug, Args, Clone)]
pub struct Common {
    /// Worker threads (0: one per core). The output does not depend on it.
    #[arg(short = 'j', long = "threads", value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Print no progress, summary or warnings on stderr (errors still are).
    #[arg(short, long)]
    pub quiet: bool,
}

/// `defmine run`.
#[derive(Debug, Args, Clone)]
pub struct RunArgs {
    /// Files and directories to read. Directories are walked for *.txt,
    /// *.md and *.jsonl (one {"id", "text"} document per line), each also
    /// as .gz or .zst; `-` reads standard input.
    #[arg(value_name = "PATH", default_value = "input")]
    pub paths: Vec<PathBuf>,
    /// Where to write the knowledge file.
    #[arg(
        short,
        long,
        value_name = "FILE",
        default_value = "output/knowledge.json"
    )]
    pub output: PathBuf,
    /// Do not write: compare what would be written with FILE and exit 1
    /// with a summary of the differences when they differ.
    #[arg(long)]
    pub check: bool,
    /// Leave out claims whose confidence is below X, in [0, 1] (0 keeps
    /// every claim); the knowledge file records X.
    #[arg(long, value_name = "X", default_value_t = defmine::confidence::DEFAULT_MIN, value_parser = parse_confidence)]
    pub min_confidence: f64,
    #[command(flatten)]
    pub common: Common,
}

/// Output format of `split`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SplitFormat {
    /// One sentence per line, inner white space collapsed.
    Text,
    /// One JSON object per line: doc, start, end (byte offsets), text.
    Jsonl,
}

/// `defmine split`.
#[derive(Debug, Args, Clone)]
pub struct SplitArgs {
    /// Files or directories to split; `-` (the default) reads standard input.
    #[arg(value_name = "PATH", default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SplitFormat::Text)]
    pub format: SplitFormat,
    #[command(flatten)]
    pub common: Common,
}

/// Output format of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// A `{"document": ...}` line per document, then one mention per line.
    Jsonl,
    /// One line per document, `{"doc", "timex": [{start, end, value}]}`, as
    /// the TIMEX scorer reads it (doc: the id without its extension).
    Timex,
}

/// `defmine extract`.
#[derive(Debug, Args, Clone)]
pub struct ExtractArgs {
    /// Files and directories to read; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// `defmine consolidate`.
#[derive(Debug, Args, Clone)]
pub struct ConsolidateArgs {
    /// Mention files written by `defmine extract --format jsonl`; `-` reads
    /// standard input.
    #[arg(value_name = "PART", required = true)]
    pub parts: Vec<PathBuf>,
    /// Where to write the knowledge file.
    #[arg(
        short,
        long,
        value_name = "FILE",
        default_value = "output/knowledge.json"
    )]
    pub output: PathBuf,
    /// Do not write: compare with FILE, exit 1 when it differs.
    #[arg(long)]
    pub check: bool,
    /// Leave out claims whose confidence is below X, in [0, 1] (0 keeps
    /// every claim); the knowledge file records X.
    #[arg(long, value_name = "X", default_value_t = defmine::confidence::DEFAULT_MIN, value_parser = parse_confidence)]
    pub min_confidence: f64,
    #[command(flatten)]
    pub common: Common,
}

/// A confidence threshold: a number in [0, 1].
fn parse_confidence(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number in [0, 1]")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_subcommand_means_run_with_defaults() {
        let c = Cli::try_parse_from(["defmine"]).unwrap();
        assert!(c.command.is_none());
        assert_eq!(c.run.paths, vec![PathBuf::from("input")]);
        assert_eq!(c.run.output, PathBuf::from("output/knowledge.json"));
    }

    #[test]
    fn top_level_flags_and_subcommands() {
        let c = Cli::try_parse_from(["defmine", "-j", "2", "--check"]).unwrap();
        assert_eq!(c.run.common.threads, 2);
        assert!(c.run.check);
        let c = Cli::try_parse_from(["defmine", "split", "--format", "jsonl"]).unwrap();
        assert!(matches!(
            c.command,
            Some(Command::Split(SplitArgs {
                format: SplitFormat::Jsonl,
                ..
            }))
        ));
        assert!(Cli::try_parse_from(["defmine", "extract"]).is_err());
    }
}

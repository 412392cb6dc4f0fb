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
  2  error: a missing input path, a bad flag, an unwritable output, a bad mentions file,
     or no document read at all (every input skipped, or none found): nothing is written
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
    /// Show how the rules read each sentence: every rule whose trigger
    /// words fired, whether its regex matched, its groups (byte ranges of
    /// the sentence), each check and guard that ran, the one that rejected,
    /// and the final claims.
    ///
    /// Example:
    ///   defmine explain "A moat is a deep trench that circles a castle."
    ///   defmine explain notes.txt --format jsonl
    #[command(verbatim_doc_comment)]
    Explain(ExplainArgs),
}

/// Output format of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// A readable block per sentence.
    Text,
    /// One JSON object per sentence: doc, start, end, text, rules (each
    /// with before, matched, matches: groups, checks, accepted,
    /// rejected_by) and claims (the mentions).
    Jsonl,
}

/// `defmine explain`.
#[derive(Debug, Args, Clone)]
pub struct ExplainArgs {
    /// A sentence or passage to explain, or a file or directory to read
    /// (an existing path is read; anything else is the text itself; `-`
    /// reads standard input).
    #[arg(value_name = "TEXT-OR-FILE")]
    pub input: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    #[command(flatten)]
    pub reading: InputArgs,
    #[command(flatten)]
    pub common: Common,
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

/// How inputs are found and read: shared by every subcommand that reads
/// documents.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Walk into hidden files and folders (names starting with `.`) too.
    #[arg(long)]
    pub hidden: bool,
    /// Read files that .gitignore, .ignore or .git/info/exclude files exclude.
    #[arg(long)]
    pub no_ignore: bool,
    /// Follow symbolic links met while walking folders (links named on the
    /// command line are always read; loops are detected).
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// The field of a JSONL record that holds its text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,
    /// The field of a JSONL record that holds its id (a string or number).
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,
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
    #[command(flatten)]
    pub common: Common,
    #[command(flatten)]
    pub input: InputArgs,
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
    #[command(flatten)]
    pub input: InputArgs,
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
    #[command(flatten)]
    pub input: InputArgs,
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
    #[command(flatten)]
    pub common: Common,
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

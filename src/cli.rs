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
#[command(after_long_help = TOP_HELP)]
pub struct Cli {
    /// What to do (default: run).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `run` when no subcommand is given.
    #[command(flatten)]
    pub run: RunArgs,
}

/// The exit codes, listed in every `--help`.
macro_rules! exit_codes {
    () => {
        "\
Exit codes:
  0    success (warnings about single bad files do not change it)
  1    --check: the output is stale, missing or not a valid knowledge file
  2    error: a missing input path, a bad flag, an output that cannot be
       written or is also an input, a bad mentions file, or no document
       read at all (every input skipped, or none found): nothing is written
  130  interrupted (SIGINT/SIGTERM): the old output is kept, no temporary
       file is left"
    };
}

const TOP_HELP: &str = concat!(
    "\
Examples:
  defmine                               # input/ -> output/knowledge.json
  defmine run notes/ paper.txt -o k.json
  defmine run docs/ --format jsonl -o - | jq -c 'select(.kind == \"definition\")'
  defmine run --check                   # is output/knowledge.json up to date?
  defmine split essay.txt               # one sentence per line

",
    exit_codes!()
);

const RUN_HELP: &str = concat!(
    "\
Examples:
  defmine run                           # input/ -> output/knowledge.json
  defmine run notes/ paper.md.gz -o k.json
  defmine run notes/ --evidence-text    # each evidence with its sentence
  defmine run notes/ --format tsv       # output/knowledge.tsv, for spreadsheets
  defmine run notes/ --format jsonl -o - | jq -r 'select(.kind == \"definition\") | .term'
  defmine run --check                   # exit 1 when output/knowledge.json is stale

",
    exit_codes!()
);

const SPLIT_HELP: &str = concat!(
    "\
Examples:
  defmine split essay.txt
  defmine split --format jsonl notes/ | jq -r .text
  echo 'One sentence. Another one.' | defmine split

",
    exit_codes!()
);

const EXTRACT_HELP: &str = concat!(
    "\
Examples (a sharded run: extract on each shard, then consolidate):
  defmine extract shard1/ -o part1.jsonl
  defmine extract shard2/ -o part2.jsonl
  defmine consolidate part1.jsonl part2.jsonl -o knowledge.json
  defmine extract --format timex notes/  # dates per document, for scoring

",
    exit_codes!()
);

const EXPLAIN_HELP: &str = concat!(
    "\
Examples:
  defmine explain \"A moat is a deep trench that circles a castle.\"
  defmine explain notes.txt --format jsonl | jq -c '.rules[] | select(.matched)'
  echo 'Why is a moat a trench?' | defmine explain -

",
    exit_codes!()
);

const CONSOLIDATE_HELP: &str = concat!(
    "\
Examples:
  defmine consolidate part1.jsonl part2.jsonl -o knowledge.json
  cat part*.jsonl | defmine consolidate - -o knowledge.json
  defmine consolidate part*.jsonl --format tsv -o claims.tsv

",
    exit_codes!()
);

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mine PATHS and write the knowledge file (the default).
    #[command(after_long_help = RUN_HELP)]
    Run(RunArgs),
    /// Print the sentences of the inputs, one per line.
    #[command(after_long_help = SPLIT_HELP)]
    Split(SplitArgs),
    /// Print raw mentions (before consolidation), one JSON object per line:
    /// the map step of a sharded run.
    #[command(after_long_help = EXTRACT_HELP)]
    Extract(ExtractArgs),
    /// Consolidate mention files written by `extract` into one knowledge
    /// file: the reduce step of a sharded run.
    #[command(after_long_help = CONSOLIDATE_HELP)]
    Consolidate(ConsolidateArgs),
    /// Show how the rules read each sentence: every rule whose trigger
    /// words fired, whether its regex matched, its groups (byte ranges of
    /// the sentence), each check and guard that ran, the one that rejected,
    /// and the final claims.
    #[command(after_long_help = EXPLAIN_HELP)]
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
    /// Worker threads (0: one per core; at most 4 per core). The output
    /// does not depend on it.
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
    #[command(flatten)]
    pub out: OutputArgs,
    /// Write each evidence's sentence text (`"text"`) in the knowledge file
    /// (the flat formats always have it). Costs one more read of the
    /// documents that hold evidence.
    #[arg(long)]
    pub evidence_text: bool,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub common: Common,
}

/// The default output of `run` and `consolidate` with `--format json`.
pub const DEFAULT_OUTPUT: &str = "output/knowledge.json";

/// Evidence sentences kept per claim unless `--max-evidence` or
/// `--all-evidence` says otherwise.
pub const DEFAULT_MAX_EVIDENCE: usize = 10;

/// Format of the file `run` and `consolidate` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The knowledge file: one pretty-printed JSON document.
    Json,
    /// One claim per line (definition, alias, attribution, date) with its
    /// evidence: for jq, pandas, DuckDB.
    Jsonl,
    /// One claim per row, tab-separated, with a header: for spreadsheets.
    Tsv,
}

/// Output options of `run` and `consolidate`.
#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Where to write; `-` is standard output. [default:
    /// output/knowledge.json, or output/knowledge.jsonl / .tsv with
    /// --format]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
    /// Evidence sentences kept per claim, the first in document order
    /// (`evidence_count` gives the full number).
    #[arg(
        long,
        value_name = "N",
        default_value_t = DEFAULT_MAX_EVIDENCE,
        value_parser = clap::builder::TypedValueParser::map(
            clap::value_parser!(u64).range(1..),
            |n| n as usize
        )
    )]
    pub max_evidence: usize,
    /// Keep every evidence sentence of every claim (large files: on a big
    /// corpus most of them are dates').
    #[arg(long, conflicts_with = "max_evidence")]
    pub all_evidence: bool,
    /// Do not write: compare what would be written with FILE and exit 1
    /// with a summary of the differences when they differ.
    #[arg(long)]
    pub check: bool,
    /// Leave out claims whose confidence is below X, in [0, 1] (0 keeps
    /// every claim); the knowledge file records X.
    #[arg(long, value_name = "X", default_value_t = defmine::confidence::DEFAULT_MIN, value_parser = parse_confidence)]
    pub min_confidence: f64,
}

impl OutputArgs {
    /// The output path: `-o`, or the default for the format.
    pub fn path(&self) -> PathBuf {
        match (&self.output, self.format) {
            (Some(p), _) => p.clone(),
            (None, OutputFormat::Json) => PathBuf::from(DEFAULT_OUTPUT),
            (None, OutputFormat::Jsonl) => PathBuf::from("output/knowledge.jsonl"),
            (None, OutputFormat::Tsv) => PathBuf::from("output/knowledge.tsv"),
        }
    }

    /// The cap on evidence lists (`usize::MAX` with `--all-evidence`).
    pub fn max_evidence(&self) -> usize {
        if self.all_evidence {
            usize::MAX
        } else {
            self.max_evidence
        }
    }
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
    /// Files or directories to split; `-` (the default) reads standard
    /// input (on a terminal, a note says so: end it with Ctrl-D).
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
    /// Write to FILE (atomically) instead of standard output (`-`).
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
    /// Output options (the flat formats have no sentence text here: the
    /// documents are not at hand).
    #[command(flatten)]
    pub out: OutputArgs,
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
        assert_eq!(c.run.out.path(), PathBuf::from(DEFAULT_OUTPUT));
        let c = Cli::try_parse_from(["defmine", "--format", "tsv"]).unwrap();
        assert_eq!(c.run.out.path(), PathBuf::from("output/knowledge.tsv"));
    }

    #[test]
    fn top_level_flags_and_subcommands() {
        let c = Cli::try_parse_from(["defmine", "-j", "2", "--check"]).unwrap();
        assert_eq!(c.run.common.threads, 2);
        assert!(c.run.out.check);
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

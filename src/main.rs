//! The `defmine` binary: parse, run, map errors to exit codes.

mod app;
mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // On Ctrl-C or SIGTERM: drop a half-written temporary file, keep the
    // old output, exit 130 as shells expect.
    let _ = ctrlc::set_handler(|| {
        defmine::output::remove_pending_temp();
        std::process::exit(130);
    });
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { app::ERROR } else { app::OK };
            // Printing help or an error to a closed pipe is not worth a panic.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match app::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("defmine: {err:#}");
            ExitCode::from(app::ERROR)
        }
    }
}

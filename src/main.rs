//! The `defmine` binary: parse, run, map errors to exit codes.

mod app;
mod cli;

use clap::Parser;
use std::process::ExitCode;

/// glibc raises its mmap threshold each time a large block is freed, after
/// which the 8 MB read blocks come from the heap and fragment it: peak RSS
/// on a 200 MB file then varies from 290 to 360 MB between runs. A fixed
/// threshold (glibc's default, 128 KiB) keeps large buffers in their own
/// mappings, returned whole when freed. `MALLOC_MMAP_THRESHOLD_` set by the
/// user wins.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fix_mmap_threshold() {
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
        // SAFETY: mallopt only sets an allocator parameter; it is called
        // once, before any other thread exists.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        }
    }
}

fn main() -> ExitCode {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fix_mmap_threshold();
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

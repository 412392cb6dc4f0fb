//! The one integration test target (one link step on a 2-core CI).

mod util;

mod aliases;
mod bad_input;
mod cli;
mod defs;
mod determinism;
mod fuzz_regressions;
mod golden;
mod inputs;
mod props;
mod sbd;
mod timex;

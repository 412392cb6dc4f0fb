//! The one integration test target (one link step on a 2-core CI).

mod util;

mod aliases;
mod bad_input;
mod cli;
mod confidence;
mod defs;
mod determinism;
mod explain;
mod fuzz_regressions;
mod golden;
mod help;
mod inputs;
mod outputs;
mod props;
mod reading;
mod sbd;
mod timex;

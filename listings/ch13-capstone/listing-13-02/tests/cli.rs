//! The sequential binary's exit codes and error lines.

const BIN: &str = env!("CARGO_BIN_EXE_linkcheck-seq");
include!("shared/cli.rs");

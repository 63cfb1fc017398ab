//! The Tokio binary's exit codes and error lines: the same checks as the
//! sequential baseline's.

const BIN: &str = env!("CARGO_BIN_EXE_linkcheck-tokio");
include!("../../listing-13-02/tests/shared/cli.rs");

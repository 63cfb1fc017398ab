//! Every Rust block of every page in SUMMARY.md, includes expanded (build.rs).
include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));

//! A transparent `rustc` for everything except skeptic's snippet compiles.
//!
//! skeptic 0.14.2 compiles each snippet with `--edition=2021` (it does not know
//! 2024), and rustc rejects a second `--edition`. `.cargo/config.toml` points
//! `RUSTC` at this shim for the test processes; skeptic reads `RUSTC`. Cargo
//! always passes `--crate-name`, skeptic never does: only then is the edition
//! rewritten, so any cargo that inherits `RUSTC` still gets plain rustc.

use std::ffi::OsString;
use std::process::{Command, exit};

fn main() {
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let from_skeptic = !args
        .iter()
        .any(|a| a == "--crate-name" || a.to_string_lossy().starts_with("--crate-name="));
    if from_skeptic {
        for arg in &mut args {
            if arg == "--edition=2021" {
                *arg = OsString::from("--edition=2024");
            }
        }
    }
    match Command::new("rustc").args(&args).status() {
        Ok(status) => exit(status.code().unwrap_or(1)),
        Err(e) => {
            eprintln!("rustc-edition-shim: could not run rustc: {e}");
            exit(1);
        }
    }
}

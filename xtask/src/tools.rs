//! The pinned book tools, installed by the project into `.tools/` (git-ignored).

use crate::{Result, anyhow, cargo};
use std::path::{Path, PathBuf};
use std::process::Command;

/// (crate, exact version, binary). admonish 1.20.0 works only with mdBook 0.4.
pub const TOOLS: [(&str, &str, &str); 3] = [
    ("mdbook", "0.4.52", "mdbook"),
    ("mdbook-admonish", "1.20.0", "mdbook-admonish"),
    ("mdbook-linkcheck2", "0.9.1", "mdbook-linkcheck2"),
];

pub fn dir(root: &Path) -> PathBuf {
    root.join(".tools")
}

pub fn bin(root: &Path, name: &str) -> PathBuf {
    dir(root).join("bin").join(name)
}

/// PATH with `.tools/bin` first, so mdBook finds the pinned preprocessors.
pub fn path_with_tools(root: &Path) -> Result<std::ffi::OsString> {
    let mut paths = vec![dir(root).join("bin")];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).map_err(|e| anyhow!("cannot build PATH: {e}"))
}

/// Whether `bin --version` names exactly this version.
fn installed(root: &Path, binary: &str, version: &str) -> bool {
    Command::new(bin(root, binary))
        .arg("--version")
        .output()
        .is_ok_and(|o| {
            o.status.success()
                && String::from_utf8_lossy(&o.stdout)
                    .split_whitespace()
                    .any(|w| w.trim_start_matches('v') == version)
        })
}

/// The tools a reader needs to see the book (`cargo xtask serve`): mdBook
/// and admonish. The link checker is for `build` and CI; `book.toml` marks
/// it optional, so the live server runs without it.
pub const READER_TOOLS: [&str; 2] = ["mdbook", "mdbook-admonish"];

/// Installs every pinned tool.
pub fn install(root: &Path) -> Result<()> {
    install_some(root, &TOOLS.map(|(krate, _, _)| krate))
}

/// Installs the named pinned tools (crate names from [`TOOLS`]).
pub fn install_some(root: &Path, wanted: &[&str]) -> Result<()> {
    for (krate, version, binary) in TOOLS {
        if !wanted.contains(&krate) {
            continue;
        }
        if installed(root, binary, version) {
            continue;
        }
        eprintln!("installing {krate} {version} into .tools/ (a few minutes, once)");
        // One build folder for all three: the crates they share (clap,
        // serde, pulldown-cmark, the mdbook library …) compile once.
        let status = cargo(root)
            .env("CARGO_TARGET_DIR", dir(root).join("build"))
            .args(["install", "--locked", "--quiet", "--root"])
            .arg(dir(root))
            .args(["--version", version, krate])
            .status()
            .map_err(|e| anyhow!("cannot run cargo install: {e}"))?;
        if !status.success() {
            return Err(anyhow!(
                "cargo install {krate} --version {version} failed ({status}); \
                 it needs access to crates.io"
            ));
        }
        if !installed(root, binary, version) {
            return Err(anyhow!(
                "{} does not report version {version} after installing",
                bin(root, binary).display()
            ));
        }
    }
    Ok(())
}

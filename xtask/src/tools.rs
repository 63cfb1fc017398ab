//! The pinned book tools, built by the project into `.tools/` (git-ignored)
//! from the dependency graph of `xtask/tools` (see its `Cargo.toml` for why
//! one graph and not one `cargo install` per tool).

use crate::{Result, anyhow, cargo};
use std::path::{Path, PathBuf};
use std::process::Command;

/// (crate, exact version, binary); `xtask/tools/Cargo.toml` pins the same
/// versions, which a unit test checks. admonish 1.20.0 works only with mdBook 0.4.
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

/// The package whose dependencies are the tools, with its own `Cargo.lock`.
pub fn manifest(root: &Path) -> PathBuf {
    root.join("xtask/tools/Cargo.toml")
}

/// Installs the named pinned tools (crate names from [`TOOLS`]) that are
/// missing or report another version: one `cargo build` of their binaries
/// from `xtask/tools`, then a copy of each into `.tools/bin`.
pub fn install_some(root: &Path, wanted: &[&str]) -> Result<()> {
    let lock_path = manifest(root).with_file_name("Cargo.lock");
    let lock = std::fs::read(&lock_path).map_err(|e| anyhow!("{}: {e}", lock_path.display()))?;
    let stamp = dir(root).join("built-from.Cargo.lock");
    if std::fs::read(&stamp).ok().as_deref() != Some(lock.as_slice()) {
        // Built from another lock file (or by `cargo install`, before
        // xtask/tools existed): the versions may match while a dependency
        // does not, so every tool is rebuilt when next needed.
        for (_, _, binary) in TOOLS {
            let _ = std::fs::remove_file(bin(root, binary));
        }
    }
    let missing: Vec<(&str, &str, &str)> = TOOLS
        .into_iter()
        .filter(|(krate, version, binary)| {
            wanted.contains(krate) && !installed(root, binary, version)
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = missing.iter().map(|(k, v, _)| format!("{k} {v}")).collect();
    eprintln!(
        "building {} into .tools/ (a few minutes, once)",
        names.join(", ")
    );
    let build = dir(root).join("build");
    let mut cmd = cargo(root);
    cmd.env("CARGO_TARGET_DIR", &build)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--manifest-path",
        ])
        .arg(manifest(root));
    for (krate, _, binary) in &missing {
        cmd.args(["-p", krate, "--bin", binary]);
    }
    let status = cmd
        .status()
        .map_err(|e| anyhow!("cannot run cargo build: {e}"))?;
    if !status.success() {
        return Err(anyhow!(
            "building {} failed ({status}); the first build needs access to crates.io",
            names.join(", ")
        ));
    }
    std::fs::create_dir_all(dir(root).join("bin"))
        .map_err(|e| anyhow!("{}: {e}", dir(root).join("bin").display()))?;
    for (_, version, binary) in &missing {
        // Copy beside the target and rename, so that an interrupted copy
        // never leaves a half-written tool behind.
        let built = build.join("release").join(binary);
        let partial = dir(root).join("bin").join(format!(".{binary}.partial"));
        std::fs::copy(&built, &partial)
            .map_err(|e| anyhow!("{} to {}: {e}", built.display(), partial.display()))?;
        std::fs::rename(&partial, bin(root, binary))
            .map_err(|e| anyhow!("{}: {e}", bin(root, binary).display()))?;
        if !installed(root, binary, version) {
            return Err(anyhow!(
                "{} does not report version {version} after building",
                bin(root, binary).display()
            ));
        }
    }
    std::fs::write(&stamp, &lock).map_err(|e| anyhow!("{}: {e}", stamp.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// `TOOLS` and `xtask/tools` name the same crates at the same exact
    /// versions, and the committed lock file resolved exactly those.
    #[test]
    fn tools_manifest_and_lock_pin_the_versions_in_tools() {
        let manifest: toml::Table =
            toml::from_str(&std::fs::read_to_string(manifest(&root())).unwrap()).unwrap();
        let deps = manifest["dependencies"].as_table().unwrap();
        assert_eq!(
            deps.len(),
            TOOLS.len(),
            "xtask/tools has other dependencies"
        );
        let lock: toml::Table = toml::from_str(
            &std::fs::read_to_string(root().join("xtask/tools/Cargo.lock")).unwrap(),
        )
        .unwrap();
        let locked = lock["package"].as_array().unwrap();
        for (krate, version, _) in TOOLS {
            assert_eq!(
                deps.get(krate).and_then(|v| v.as_str()),
                Some(format!("={version}").as_str()),
                "xtask/tools/Cargo.toml must pin {krate} = \"={version}\""
            );
            let versions: Vec<&str> = locked
                .iter()
                .filter(|p| p["name"].as_str() == Some(krate))
                .filter_map(|p| p["version"].as_str())
                .collect();
            assert_eq!(versions, [version], "Cargo.lock of xtask/tools, {krate}");
        }
    }
}

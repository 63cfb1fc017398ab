//! Running a listing and comparing what it prints with its capture
//! (`output.txt`). `tests/listings.rs` and `cargo xtask soak` both use
//! [`run_listing`], [`normalise`] and [`diff`], so they run listings the same
//! way and agree on what counts as a difference.

use anyhow::{Context, Result, anyhow};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// Generous for a 2-core CI machine: a listing takes well under a second, so
/// hitting this means it hangs (a deadlock, a receiver that never sees the end).
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Sets up a cargo that builds listings into `target/harness`, the folder
/// the tests and `cargo xtask soak` share. Both must build with exactly this
/// environment, or each rebuilds every listing the other built: cargo keeps
/// one copy of a crate per setting, and incremental compilation is one.
///
/// Incremental compilation is off. It pays when one large crate is edited
/// again and again; here some 150 small listing crates are mostly compiled
/// once, and without it a cold `cargo test` spent 55 s less in the two
/// tests that build listings (225 s to 170 s on 2 cores). `RUSTC` (the
/// skeptic shim that the outer `cargo test` passes down) and `RUSTFLAGS`
/// are removed, so listings build with the real compiler and no extra flags.
pub fn harness_cargo(cmd: &mut Command, root: &Path) {
    cmd.current_dir(root)
        .env("CARGO_TARGET_DIR", root.join("target/harness"))
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTC")
        .env_remove("RUSTFLAGS");
}

/// The packages every build of the listings selects: the whole workspace
/// but the root package. Cargo unifies a dependency's features over the
/// packages (and, for dev-dependencies, the targets) it is asked to build, so
/// builds that select different listings compile tokio, hyper or reqwest once
/// per feature set. The tests' one `cargo test` and every `cargo build` of
/// the listings (the listings test, `cargo xtask soak`) select exactly this,
/// with integration tests among the targets, and share every dependency.
pub const HARNESS_PACKAGES: [&str; 3] = ["--workspace", "--exclude", "send-sync-book"];

/// The targets every `cargo build` of the listings builds: libraries,
/// binaries and integration tests. Integration tests pull in the
/// dev-dependencies, so features resolve as in [`harness_test_targets`].
pub const HARNESS_BUILD_TARGETS: [&str; 4] = ["--lib", "--bins", "--test", "*"];

/// The targets the tests' one `cargo test` of the workspace runs: every
/// library's unit tests, every integration test, and the unit tests of each
/// binary whose sources hold any. The other binaries' test harnesses (some
/// 130 listings with no `#[test]` in `main.rs`) would compile a second copy
/// of each program, run nothing, and cost most of a minute of a cold `cargo
/// test`. Doc tests do not run with a target selection; the workspace has
/// none, and the integrity test keeps it that way.
pub fn harness_test_targets(root: &Path) -> Result<Vec<String>> {
    let mut args: Vec<String> = ["--lib", "--test", "*"].map(String::from).into();
    for bin in bins_with_unit_tests(root)? {
        args.push("--bin".into());
        args.push(bin);
    }
    Ok(args)
}

/// Marks that a Rust file holds unit tests.
const TEST_MARKS: [&str; 3] = ["#[test]", "#[cfg(test)]", "#[tokio::test"];

/// The folders of the workspace's crates but the root package: the xtask,
/// bookkit, and every listing that is a member (compile-fail listings are
/// not).
pub fn workspace_crates(root: &Path) -> Result<Vec<PathBuf>> {
    let mut crates = vec![root.join("xtask"), root.join("xtask/bookkit")];
    for listing in crate::listings::all(root)? {
        if !listing.kind.is_compile_fail() {
            crates.push(root.join(&listing.dir));
        }
    }
    Ok(crates)
}

/// Binary targets of the workspace that hold unit tests: a bin whose own
/// file, or any other non-library file under its `src/`, has a test mark.
/// Reading too many files only adds a bin that has none, which costs a
/// compile, never a test.
pub fn bins_with_unit_tests(root: &Path) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for dir in workspace_crates(root)? {
        let path = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
        let manifest: toml::Table =
            toml::from_str(&text).with_context(|| format!("{}", path.display()))?;
        let package = manifest["package"]["name"]
            .as_str()
            .ok_or_else(|| anyhow!("{}: no package name", dir.display()))?;
        let mut bins: Vec<String> = manifest
            .get("bin")
            .and_then(|b| b.as_array())
            .map(|bins| {
                bins.iter()
                    .filter_map(|b| b.get("name")?.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        if bins.is_empty() && dir.join("src/main.rs").exists() {
            bins.push(package.to_string());
        }
        if bins.is_empty() {
            continue;
        }
        let mut has_tests = false;
        for file in rust_files(&dir.join("src"))? {
            if file.file_name().is_some_and(|n| n == "lib.rs") {
                continue;
            }
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("{}", file.display()))?;
            has_tests |= TEST_MARKS.iter().any(|mark| text.contains(mark));
        }
        if has_tests {
            found.extend(bins);
        }
    }
    Ok(found)
}

/// Every `.rs` file below `dir`, in a stable order.
pub fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in std::fs::read_dir(&next).with_context(|| format!("{}", next.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// One run of a listing's binary.
#[derive(Debug)]
pub struct Ran {
    /// stdout and stderr together, in the order a terminal shows them.
    pub output: String,
    /// `None` when the run was killed at [`TIMEOUT`].
    pub status: Option<ExitStatus>,
    pub elapsed: Duration,
}

/// Runs a listing's binary the way the book's captures were made: in the
/// book's root, with no `RUST_BACKTRACE`, `RUST_LIB_BACKTRACE` or
/// `RUST_LOG`, stdin empty, stdout and stderr through one pipe; killed after
/// [`TIMEOUT`].
pub fn run_listing(root: &Path, exe: &Path) -> Result<Ran> {
    let (mut reader, writer) = std::io::pipe().context("cannot make a pipe")?;
    let mut cmd = Command::new(exe);
    cmd.current_dir(root)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(writer.try_clone().context("cannot clone a pipe")?)
        .stderr(writer);
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot run {}", exe.display()))?;
    drop(cmd); // closes our copies of the pipe's write end
    let collector = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    let status = child
        .wait_timeout(TIMEOUT)
        .with_context(|| format!("waiting for {}", exe.display()))?;
    let elapsed = started.elapsed();
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let out = collector
        .join()
        .map_err(|_| anyhow!("the output reader panicked"))?;
    Ok(Ran {
        output: String::from_utf8_lossy(&out).into_owned(),
        status,
        elapsed,
    })
}

/// The unified diff shown for a drifted capture.
pub fn diff(captured: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(captured, actual)
        .unified_diff()
        .context_radius(2)
        .header("captured", "actual")
        .to_string()
}

/// Makes captured output independent of the machine and the run that made
/// it: the book's folder (`root`) goes, the OS thread id that panic messages
/// carry (`thread 'main' (18516) panicked at`) becomes `<tid>`, and Tokio's
/// task ids (`task 12 panicked`, `Id(12)`), which depend on how many tasks
/// the process has made, become `<id>`.
pub fn normalise(root: &Path, text: &str) -> String {
    let text = strip_root(root, text);
    let text = replace_number_after(&text, "' (", "<tid>", &[") panicked"]);
    let text = replace_number_after(&text, "task ", "<id>", &[" panicked", " was cancelled"]);
    replace_number_after(&text, "Id(", "<id>", &[")"])
}

/// Replaces the digits that follow `prefix` with `with`, where one of `ends`
/// follows them.
fn replace_number_after(text: &str, prefix: &str, with: &str, ends: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let after = &rest[at + prefix.len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        out.push_str(&rest[..at + prefix.len()]);
        if digits > 0 && ends.iter().any(|e| after[digits..].starts_with(e)) {
            out.push_str(with);
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `root/x` becomes `x`, and `root` alone becomes `.`.
fn strip_root(root: &Path, text: &str) -> String {
    let root = root.to_string_lossy();
    text.replace(&format!("{root}/"), "")
        .replace(root.as_ref(), ".")
}

#[cfg(test)]
mod tests {
    use super::{bins_with_unit_tests, harness_test_targets, normalise};
    use std::path::Path;

    #[test]
    fn root_thread_ids_and_task_ids_are_normalised() {
        let root = Path::new("/home/reader/send-sync");
        let raw = "\
thread 'main' (18516) panicked at /home/reader/send-sync/listings/ch01/src/main.rs:4:5:
boom
thread '<unnamed>' (7) panicked at src/main.rs:9:1:
task 12 panicked with message \"x\"
task 3 was cancelled
JoinError::Panic(Id(41), \"x\", ..)
cwd is /home/reader/send-sync
";
        let want = "\
thread 'main' (<tid>) panicked at listings/ch01/src/main.rs:4:5:
boom
thread '<unnamed>' (<tid>) panicked at src/main.rs:9:1:
task <id> panicked with message \"x\"
task <id> was cancelled
JoinError::Panic(Id(<id>), \"x\", ..)
cwd is .
";
        assert_eq!(normalise(root, raw), want);
    }

    #[test]
    fn numbers_elsewhere_are_left_alone() {
        let root = Path::new("/r");
        for text in [
            "task 12 finished\n",
            "sum (42) panicked? no\n",
            "Id(x)\n",
            "thread 'a' (12) exited\n",
            "task  panicked\n",
            "Id(12\n",
        ] {
            assert_eq!(normalise(root, text), text);
        }
    }

    /// The book's own binaries: the xtask and two listings keep unit tests
    /// in their binaries, and a listing without any is left out.
    #[test]
    fn bins_with_unit_tests_finds_the_tested_binaries() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let bins = bins_with_unit_tests(&root).unwrap();
        for tested in ["xtask", "listing-06-06", "listing-09-12"] {
            assert!(
                bins.iter().any(|b| b == tested),
                "{tested} missing: {bins:?}"
            );
        }
        assert!(!bins.iter().any(|b| b == "listing-01-02"), "{bins:?}");
        let args = harness_test_targets(&root).unwrap();
        assert_eq!(args[..3], ["--lib", "--test", "*"]);
        assert_eq!(args.len(), 3 + 2 * bins.len());
    }
}

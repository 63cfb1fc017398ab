//! `cargo xtask soak [N]`: runs every runnable listing (kind `run` or
//! `panics`) N times while busy threads keep every core of the machine
//! occupied, and reports each run whose output differs from its capture, or
//! whose exit is wrong, or that times out. A listing whose output depends on
//! timing passes `cargo test` on a quiet machine and fails on a loaded CI
//! runner; this finds it first.
//!
//! Each run is made exactly as `tests/listings.rs` makes it (same binary in
//! `target/harness`, same environment, stdout and stderr through one pipe,
//! 20 s timeout), and its output is normalised by the same
//! [`bookkit::capture::normalise`].

use crate::{Result, anyhow, bail, cargo};
use bookkit::capture::{TIMEOUT, run_listing};
use bookkit::listings::{Kind, Listing};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitStatus;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub fn run(root: &Path, runs: u32, chapter: Option<u32>) -> Result<()> {
    let runnable: Vec<Listing> = bookkit::listings::all(root)?
        .into_iter()
        .filter(|l| l.kind.has_output() && chapter.is_none_or(|c| l.chapter == c))
        .collect();
    if runnable.is_empty() {
        match chapter {
            Some(c) => bail!("chapter {c} has no runnable listings (kind `run` or `panics`)"),
            None => bail!("the book has no runnable listings (kind `run` or `panics`)"),
        }
    }
    let mut captures = Vec::with_capacity(runnable.len());
    for listing in &runnable {
        let path = root.join(listing.output_path());
        let text = std::fs::read_to_string(&path).map_err(|e| {
            anyhow!(
                "{}: {e} (run `cargo xtask bless` to capture it)",
                path.display()
            )
        })?;
        captures.push(text);
    }
    build(root, &runnable)?;

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    eprintln!(
        "soaking {} listings × {runs} runs, with {threads} busy thread(s) competing for the cores",
        runnable.len()
    );
    let started = Instant::now();
    let mut problems: BTreeMap<(usize, String), Vec<u32>> = BTreeMap::new();
    let mut slowest: Option<(Duration, usize, u32)> = None;
    {
        let _load = Load::start(threads);
        for round in 1..=runs {
            let before = problems.values().map(Vec::len).sum::<usize>();
            for (i, listing) in runnable.iter().enumerate() {
                let exe = root.join("target/harness/debug").join(&listing.name);
                let ran = run_listing(root, &exe)?;
                if slowest.is_none_or(|(d, _, _)| ran.elapsed > d) {
                    slowest = Some((ran.elapsed, i, round));
                }
                let output = bookkit::capture::normalise(root, &ran.output);
                if let Some(problem) = check(&listing.kind, &captures[i], &output, ran.status) {
                    problems.entry((i, problem)).or_default().push(round);
                }
            }
            let now = problems.values().map(Vec::len).sum::<usize>();
            eprintln!(
                "round {round}/{runs}: {} differed ({:.0?} so far)",
                now - before,
                started.elapsed()
            );
        }
    }

    // Listing by listing, each distinct problem in the order it first happened.
    let mut report: Vec<_> = problems.iter().collect();
    report.sort_by_key(|((i, _), rounds)| (*i, rounds[0]));
    for ((i, problem), rounds) in report {
        let listing = &runnable[*i];
        let rounds: Vec<String> = rounds.iter().map(u32::to_string).collect();
        print!(
            "\n{} ({}), run(s) {} of {runs}: {problem}",
            listing.name,
            listing.output_path(),
            rounds.join(", ")
        );
    }
    let differed: usize = problems.values().map(Vec::len).sum();
    let listings_differing = {
        let mut names: Vec<&str> = problems
            .keys()
            .map(|(i, _)| runnable[*i].name.as_str())
            .collect();
        names.dedup();
        names
    };
    println!(
        "\nsoak: {} listings × {runs} runs = {} runs in {:.1?}; {differed} differed{}",
        runnable.len(),
        runnable.len() * runs as usize,
        started.elapsed(),
        if listings_differing.is_empty() {
            String::new()
        } else {
            format!(" ({})", listings_differing.join(", "))
        }
    );
    if let Some((elapsed, i, round)) = slowest {
        println!(
            "slowest run: {} (run {round}), {elapsed:.2?}",
            runnable[i].name
        );
    }
    if differed > 0 {
        bail!(
            "{differed} of {} runs differed from their capture, exited wrongly or timed out (see above)",
            runnable.len() * runs as usize
        );
    }
    Ok(())
}

/// What is wrong with one run, if anything: its exit status when the kind
/// says otherwise (`run` exits 0, `panics` does not) or it timed out (`None`),
/// and its normalised output as a unified diff against the capture. The exit
/// status is always named.
fn check(kind: &Kind, captured: &str, output: &str, status: Option<ExitStatus>) -> Option<String> {
    let exit = match status {
        None => Some(format!("did not finish within {TIMEOUT:?} (killed)")),
        Some(s) if s.success() != (*kind == Kind::Run) => Some(format!(
            "{s}, but a `{}` listing {}",
            if *kind == Kind::Run { "run" } else { "panics" },
            if *kind == Kind::Run {
                "exits 0"
            } else {
                "exits non-zero"
            }
        )),
        Some(_) => None,
    };
    let differs = captured != output;
    if exit.is_none() && !differs {
        return None;
    }
    // Without a wrong exit the run finished, so there is a status to name.
    let mut text = exit.unwrap_or_else(|| status.map(|s| s.to_string()).unwrap_or_default());
    if differs {
        text.push_str("; output differs:\n");
        text.push_str(&bookkit::capture::diff(captured, output));
    } else {
        text.push_str("; output as captured\n");
    }
    Some(text)
}

/// `cargo build` of the workspace, exactly as the tests build it and into
/// the same folder, so both share binaries and dependencies.
fn build(root: &Path, listings: &[Listing]) -> Result<()> {
    let mut cmd = cargo(root);
    bookkit::capture::harness_cargo(&mut cmd, root);
    cmd.args(["build", "--locked", "--quiet"])
        .args(bookkit::capture::HARNESS_PACKAGES)
        .args(bookkit::capture::HARNESS_BUILD_TARGETS);
    eprintln!(
        "building the workspace into target/harness ({} listings to soak)",
        listings.len()
    );
    let status = cmd.status().map_err(|e| anyhow!("cannot run cargo: {e}"))?;
    if !status.success() {
        bail!("building the listings failed ({status})");
    }
    Ok(())
}

/// Threads that spin until dropped, so every listing runs on a machine
/// whose cores are all taken, as on a busy CI runner.
struct Load {
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

impl Load {
    fn start(threads: usize) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let threads = (0..threads)
            .map(|_| {
                let stop = Arc::clone(&stop);
                std::thread::spawn(move || {
                    let mut n = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        n = std::hint::black_box(
                            n.wrapping_mul(6364136223846793005).wrapping_add(1),
                        );
                    }
                })
            })
            .collect();
        Load { stop, threads }
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, check};
    use bookkit::capture::diff;
    use std::os::unix::process::ExitStatusExt;
    use std::path::Path;
    use std::process::ExitStatus;

    fn exited(code: i32) -> Option<ExitStatus> {
        Some(ExitStatus::from_raw(code << 8))
    }

    #[test]
    fn a_run_that_matches_its_capture_after_normalising_is_fine() {
        let root = Path::new("/home/ci/book");
        let raw = "thread 'main' (4242) panicked at /home/ci/book/listings/x/src/main.rs:3:5:\n\
                   task 17 panicked\n";
        let captured = "thread 'main' (<tid>) panicked at listings/x/src/main.rs:3:5:\n\
                        task <id> panicked\n";
        let output = bookkit::capture::normalise(root, raw);
        assert_eq!(check(&Kind::Panics, captured, &output, exited(101)), None);
        assert_eq!(check(&Kind::Run, "a\n", "a\n", exited(0)), None);
    }

    #[test]
    fn a_differing_run_is_reported_with_a_diff_and_its_exit_status() {
        let problem = check(&Kind::Run, "a\nb\nc\n", "a\nB\nc\n", exited(0)).unwrap();
        assert!(
            problem.starts_with("exit status: 0; output differs:\n"),
            "{problem}"
        );
        assert!(problem.contains("--- captured\n+++ actual\n"), "{problem}");
        assert!(
            problem.ends_with("@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"),
            "{problem}"
        );
        assert_eq!(diff("same\n", "same\n"), "");
    }

    #[test]
    fn a_wrong_exit_or_a_timeout_is_reported_even_with_the_captured_output() {
        let problem = check(&Kind::Run, "a\n", "a\n", exited(101)).unwrap();
        assert_eq!(
            problem,
            "exit status: 101, but a `run` listing exits 0; output as captured\n"
        );
        let problem = check(&Kind::Panics, "a\n", "a\n", exited(0)).unwrap();
        assert!(
            problem.contains("a `panics` listing exits non-zero"),
            "{problem}"
        );
        let problem = check(&Kind::Run, "a\nb\n", "a\n", None).unwrap();
        assert!(
            problem.starts_with("did not finish within 20s"),
            "{problem}"
        );
        assert!(problem.contains("\n-b\n"), "{problem}");
    }
}

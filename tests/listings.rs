//! Every runnable listing is run; its output must equal the captured
//! `output.txt` beside it, which is what the book shows.

mod support;

use bookkit::listings::Kind;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

/// Generous for a 2-core CI machine: a listing takes well under a second, so
/// hitting this means it hangs (a deadlock, a receiver that never sees the end).
const TIMEOUT: Duration = Duration::from_secs(20);

/// stdout and stderr through one pipe, in the order a terminal shows them.
fn run(exe: &std::path::Path) -> Result<(String, std::process::ExitStatus), String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(exe);
    cmd.current_dir(support::root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(writer.try_clone().map_err(|e| e.to_string())?)
        .stderr(writer);
    let mut child = cmd.spawn().map_err(|e| format!("{}: {e}", exe.display()))?;
    drop(cmd); // closes our copies of the pipe's write end
    let collector = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = reader.read_to_end(&mut out);
        out
    });
    let status = match child.wait_timeout(TIMEOUT).map_err(|e| e.to_string())? {
        Some(status) => status,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "{} did not finish within {TIMEOUT:?}",
                exe.display()
            ));
        }
    };
    let out = collector.join().map_err(|_| "output reader panicked")?;
    Ok((String::from_utf8_lossy(&out).into_owned(), status))
}

#[test]
fn runnable_listings_print_what_the_book_shows() {
    let root = support::root();
    let runnable: Vec<_> = support::listings()
        .into_iter()
        .filter(|l| l.kind.has_output())
        .collect();
    assert!(!runnable.is_empty(), "no runnable listings found");

    let mut build = support::cargo();
    build.args(["build", "--locked", "--quiet", "--bins"]);
    for listing in &runnable {
        build.args(["-p", &listing.name]);
    }
    let (ok, out) = support::run_captured(&mut build);
    assert!(ok, "building the listings failed:\n{out}");

    let mut problems = Vec::new();
    for listing in &runnable {
        let exe = root.join("target/harness/debug").join(&listing.name);
        let (output, status) = match run(&exe) {
            Ok(ran) => ran,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let expected_success = listing.kind == Kind::Run;
        if status.success() != expected_success {
            problems.push(format!(
                "{} exited with {status}, but its kind is {:?}:\n{output}",
                listing.name, listing.kind
            ));
            continue;
        }
        let captured = root.join(listing.output_path());
        if let Some(drift) = support::compare_or_bless(&captured, &support::normalise(&output)) {
            problems.push(drift);
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
    eprintln!("ran {} listings", runnable.len());
}

/// Benchmarks are measured on demand (`cargo xtask bench`), but the command
/// the book prints, `cargo run --release -p …`, must build, and the table the
/// book shows must have been captured.
#[test]
fn benchmark_listings_build_in_release_and_have_a_measured_table() {
    let root = support::root();
    let benchmarks: Vec<_> = support::listings()
        .into_iter()
        .filter(|l| l.kind == Kind::Benchmark)
        .collect();
    if benchmarks.is_empty() {
        return;
    }
    let mut build = support::cargo();
    build.args(["build", "--release", "--locked", "--quiet", "--bins"]);
    for listing in &benchmarks {
        build.args(["-p", &listing.name]);
    }
    let (ok, out) = support::run_captured(&mut build);
    assert!(ok, "building the benchmarks in release failed:\n{out}");
    for listing in &benchmarks {
        let captured =
            std::fs::read_to_string(root.join(listing.output_path())).unwrap_or_default();
        assert!(
            captured.starts_with("machine: "),
            "{} has no measured table: run `cargo xtask bench {}`",
            listing.name,
            listing.name
        );
    }
}

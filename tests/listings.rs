//! Every runnable listing is run; its output must equal the captured
//! `output.txt` beside it, which is what the book shows.

mod support;

use bookkit::listings::Kind;
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
        let ran = match bookkit::capture::run_listing(&root, &exe) {
            Ok(ran) => ran,
            Err(e) => {
                problems.push(format!("{e:#}"));
                continue;
            }
        };
        let output = ran.output;
        let Some(status) = ran.status else {
            problems.push(format!(
                "{} did not finish within {:?}",
                exe.display(),
                bookkit::capture::TIMEOUT
            ));
            continue;
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

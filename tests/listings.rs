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

    let (ok, out) = support::run_captured(&mut support::build_listings());
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

/// Benchmarks are measured on demand (`cargo xtask bench`), but they must
/// build, and the table the book shows must have been captured. They are
/// built in the dev profile with every other listing: the release profile
/// changes optimisation, not what the compiler checks, and a second, release
/// build of tokio, hyper, reqwest and scraper cost about a minute of a cold
/// `cargo test`.
#[test]
fn benchmark_listings_build_and_have_a_measured_table() {
    let root = support::root();
    let benchmarks: Vec<_> = support::listings()
        .into_iter()
        .filter(|l| l.kind == Kind::Benchmark)
        .collect();
    if benchmarks.is_empty() {
        return;
    }
    let (ok, out) = support::run_captured(&mut support::build_listings());
    assert!(ok, "building the benchmarks failed:\n{out}");
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

/// The PDF prints a capture in a code box that holds
/// `bookkit::print::OUTPUT_COLUMNS_AT_FLOOR` characters a line at its
/// smallest readable size; a longer line wraps. A wrapped message line
/// (`error[E0277]: …`, `= note: …`) still reads, but a wrapped line of
/// rustc's drawing (a source line, or the underline, carets and label under
/// it) no longer points at the code. The fix is in the listing: shorter code.
#[test]
fn diagnostic_drawings_fit_the_printed_code_box() {
    let limit = bookkit::print::OUTPUT_COLUMNS_AT_FLOOR;
    let root = support::root();
    let mut problems = Vec::new();
    for listing in support::listings() {
        let Some(capture) = listing.capture_path() else {
            continue;
        };
        // A missing capture is the other tests' failure, not this one's.
        let Ok(text) = std::fs::read_to_string(root.join(&capture)) else {
            continue;
        };
        // The book shows captures with trybuild's `$DIR/` removed.
        for (i, line) in text.replace("$DIR/", "").lines().enumerate() {
            let length = line.chars().count();
            if length > limit && is_drawing_line(line) {
                problems.push(format!(
                    "{} ({capture}:{}): a drawing line of {length} characters, more than {limit}:\n{line}",
                    listing.name,
                    i + 1
                ));
            }
        }
    }
    // `cargo xtask bless` may be rewriting the captures while this runs, and
    // a failure here would stop it before the compile-fail captures: warn.
    if support::blessing() {
        for problem in &problems {
            eprintln!("warning: {problem}");
        }
        return;
    }
    assert!(
        problems.is_empty(),
        "these lines wrap in the PDF and break the drawing; shorten the listing's code:\n\n{}",
        problems.join("\n\n")
    );
}

/// A line of a rustc drawing starts, after its indentation, with the gutter
/// (`|`, a line number and ` |`) or with the `...` of elided source lines.
fn is_drawing_line(line: &str) -> bool {
    let rest = line.trim_start();
    let after_number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with('|')
        || rest.starts_with("...")
        || (after_number.len() < rest.len() && after_number.starts_with(" |"))
}

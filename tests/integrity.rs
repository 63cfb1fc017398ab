//! The book's wiring: includes resolve, no orphan listings, commands name real
//! packages, captured output is machine-independent, and every listing is
//! rustfmt-clean and clippy-clean, every exercise solution passes its tests
//! and every starter fails them.

mod support;

use bookkit::listings::Kind;
use std::collections::BTreeSet;

fn pages() -> Vec<(std::path::PathBuf, String)> {
    support::book()
        .pages
        .iter()
        .map(|p| (p.path.clone(), p.text.clone()))
        .collect()
}

#[test]
fn every_include_resolves_and_every_listing_is_shown() {
    let root = support::root();
    let book = support::book();
    let listings = support::all_listings();
    let mut shown = BTreeSet::new();
    let mut problems = Vec::new();
    for page in &book.pages {
        let path = &page.path;
        let expanded = bookkit::directives::expand_page(book, page)
            .and_then(|t| bookkit::links::expand(&t, &root.join("src").join(path)))
            .unwrap_or_else(|e| panic!("{e:#}"));
        for listing in &listings {
            let figure = format!("id=\"{}\"", listing.name);
            match expanded.matches(&figure).count() {
                0 => {}
                1 if shown.insert(listing.name.clone()) => {}
                _ => problems.push(format!(
                    "{} is shown more than once (its figure id must be unique)",
                    listing.name
                )),
            }
        }
        // A whole-file include shows anchor comments verbatim; only excerpts drop them.
        for line in expanded.lines() {
            let visible = !line.starts_with("# ") && !line.trim_start().starts_with("<!--");
            if visible && (line.contains("ANCHOR:") || line.contains("ANCHOR_END:")) {
                problems.push(format!(
                    "{}: an anchor marker is visible to readers: `{}`",
                    path.display(),
                    line.trim()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let orphans: Vec<_> = listings
        .iter()
        .filter(|l| !shown.contains(&l.name))
        .map(|l| l.dir.clone())
        .collect();
    assert!(orphans.is_empty(), "listings no chapter shows: {orphans:?}");
}

#[test]
fn every_command_in_the_book_names_a_real_package() {
    let listings = support::all_listings();
    let known: BTreeSet<_> = listings.iter().map(|l| l.name.as_str()).collect();
    let mut unknown = Vec::new();
    for (path, text) in pages() {
        for cmd in ["cargo run -p ", "cargo test -p ", "cargo build -p "] {
            for (at, _) in text.match_indices(cmd) {
                let name: String = text[at + cmd.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !known.contains(name.as_str()) {
                    unknown.push(format!("{}: `{cmd}{name}`", path.display()));
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "commands naming no listing:\n{}",
        unknown.join("\n")
    );
}

/// The compile-fail listings must stay out of the workspace build, and
/// nothing else may: `cargo xtask sync` writes the list.
#[test]
fn compile_fail_listings_are_exactly_the_workspace_excludes() {
    let root = support::root();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let book = support::book();
    let expected = bookkit::book::with_exclude(&manifest, &book.excluded_folders())
        .unwrap_or_else(|e| panic!("{e:#}"));
    if manifest != expected {
        let lines: Vec<String> = book
            .excluded_folders()
            .iter()
            .map(|f| format!("    \"{f}\","))
            .collect();
        panic!(
            "workspace.exclude must list exactly the compile-fail listings: run `cargo xtask sync`, \
             or paste these lines into `exclude = [ … ]` in Cargo.toml:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn captured_output_leaks_nothing_of_the_machine() {
    let root = support::root();
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let mut leaks = Vec::new();
    for listing in support::listings() {
        for file in [listing.output_path(), listing.stderr_path()] {
            let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
                continue;
            };
            for needle in [
                root.to_string_lossy().as_ref(),
                home.as_str(),
                "/tmp/",
                "ThreadId(",
                "/rustc/",
            ] {
                if text.contains(needle) {
                    leaks.push(format!("{file} contains `{needle}`"));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

#[test]
fn listings_are_rustfmt_clean() {
    let (ok, out) = support::run_captured(support::cargo().args(["fmt", "--all", "--check"]));
    assert!(ok, "cargo fmt --all --check found unformatted code:\n{out}");
    // Compile-fail listings are outside the workspace: format-check them directly.
    let root = support::root();
    for listing in support::listings()
        .iter()
        .filter(|l| l.kind.is_compile_fail())
    {
        let (ok, out) = support::run_captured(
            std::process::Command::new("rustfmt")
                .args(["--check", "--edition", "2024"])
                .arg(root.join(listing.file_path())),
        );
        assert!(ok, "{} is not rustfmt-clean:\n{out}", listing.file_path());
    }
}

#[test]
fn workspace_is_clippy_clean() {
    let (ok, out) = support::run_captured(support::cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ]));
    assert!(ok, "clippy found warnings:\n{out}");
}

/// One `cargo test` of every crate in the workspace but the root package
/// (listing crates, bookkit, the xtask), with the same package selection as
/// every other build of the listings, so nothing compiles twice; it runs the
/// libraries', the integration tests' and the tested binaries' tests
/// (`bookkit::capture::harness_test_targets`). The
/// starters are in it and must fail; everything else must pass. Both tests
/// below read this one run.
fn workspace_tests() -> &'static (bool, String) {
    static RUN: std::sync::OnceLock<(bool, String)> = std::sync::OnceLock::new();
    RUN.get_or_init(|| {
        let targets = bookkit::capture::harness_test_targets(&support::root())
            .expect("the workspace's crates can be read");
        let mut cmd = support::cargo();
        cmd.args(["test", "--locked", "--quiet", "--no-fail-fast"])
            .args(bookkit::capture::HARNESS_PACKAGES)
            .args(targets);
        support::run_captured(&mut cmd)
    })
}

/// The packages whose tests failed in [`workspace_tests`]: cargo ends with
/// "error: N targets failed:" and one `` `-p NAME …` `` line per target.
fn failed_packages(out: &str) -> BTreeSet<&str> {
    out.lines()
        .filter_map(|line| line.trim().strip_prefix("`-p "))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect()
}

/// Every starter compiles and fails its tests (its solution passes them, in
/// `listing_crates_pass_their_own_tests`).
#[test]
fn exercise_solutions_pass_and_starters_fail_the_shared_tests() {
    let listings = support::listings();
    let starters: Vec<_> = listings.iter().filter(|l| l.kind.is_starter()).collect();
    assert!(!starters.is_empty(), "no exercises found");
    for starter in &starters {
        let solution = starter.kind.pair().expect("a starter names its pair");
        let paired = listings.iter().find(|l| l.name == solution);
        assert!(
            paired.is_some_and(
                |s| matches!(&s.kind, Kind::ExerciseSolution { pair } if *pair == starter.name)
            ),
            "{} and {solution} must name each other as pair, the second being a solution",
            starter.name
        );
    }
    let (_, out) = workspace_tests();
    assert!(
        !out.contains("could not compile"),
        "every crate must compile, tests included:\n{out}"
    );
    let failed = failed_packages(out);
    let passing: Vec<&str> = starters
        .iter()
        .map(|s| s.name.as_str())
        .filter(|name| !failed.contains(name))
        .collect();
    assert!(
        passing.is_empty(),
        "these starters pass their tests, so their exercises test nothing: {passing:?}\n{out}"
    );
}

/// Tests that live inside listing crates (a model check, a library's unit
/// tests, an exercise solution), bookkit and the xtask pass; only starters
/// may fail.
#[test]
fn listing_crates_pass_their_own_tests() {
    let starters: BTreeSet<String> = support::all_listings()
        .into_iter()
        .filter(|l| l.kind.is_starter())
        .map(|l| l.name)
        .collect();
    let (ok, out) = workspace_tests();
    assert!(
        !out.contains("could not compile"),
        "every crate must compile, tests included:\n{out}"
    );
    let failed: Vec<&str> = failed_packages(out)
        .into_iter()
        .filter(|name| !starters.contains(*name))
        .collect();
    assert!(failed.is_empty(), "tests failed in {failed:?}:\n{out}");
    assert!(
        *ok || !failed_packages(out).is_empty(),
        "cargo test failed without naming a failed target:\n{out}"
    );
}

/// A listing that builds on atomics, `UnsafeCell` or an `unsafe impl` has a
/// loom model (`tests/loom.rs`, or it is one) or says in its metadata why it
/// has none.
#[test]
fn every_hand_built_protocol_has_a_loom_model_or_a_reason() {
    let root = support::root();
    let mut missing = Vec::new();
    for listing in support::all_listings() {
        if listing.kind.is_compile_fail() {
            continue;
        }
        let dir = root.join(&listing.dir);
        let sources: String = std::fs::read_dir(dir.join("src"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect();
        let builds_protocol = ["std::sync::atomic", "UnsafeCell", "unsafe impl"]
            .iter()
            .any(|needle| sources.contains(needle));
        // A model beside the listing, or the listing is itself a model.
        let modelled = dir.join("tests/loom.rs").is_file() || sources.contains("loom::");
        if builds_protocol && !modelled && listing.no_loom.is_none() {
            missing.push(listing.name.clone());
        }
        if modelled && listing.no_loom.is_some() {
            missing.push(format!(
                "{} (has a model and a no-loom reason)",
                listing.name
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "add tests/loom.rs, or `no-loom = \"why\"` under [package.metadata.listing]: {missing:?}"
    );
}

/// The tests' `cargo test` of the workspace selects its targets, and cargo
/// runs no doc tests then: a code block in a doc comment would never run.
/// Examples belong in `tests/`, where they do.
#[test]
fn no_doc_tests_that_would_never_run() {
    let root = support::root();
    let mut found = Vec::new();
    for dir in bookkit::capture::workspace_crates(&root).unwrap() {
        for path in bookkit::capture::rust_files(&dir.join("src")).unwrap() {
            let text = std::fs::read_to_string(&path).unwrap();
            let fenced = text.lines().any(|line| {
                let line = line.trim_start();
                (line.starts_with("///") || line.starts_with("//!"))
                    && line[3..].trim_start().starts_with("```")
            });
            if fenced {
                found.push(path.display().to_string());
            }
        }
    }
    assert!(
        found.is_empty(),
        "doc comments with code blocks (doc tests the suite never runs): {found:?}"
    );
}

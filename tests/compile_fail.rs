//! Every compile-fail listing must fail to compile with its declared error
//! (the first error's code, or its exact message when it has no code), and the diagnostic must equal the captured `.stderr` beside it, which
//! the book shows. trybuild compiles each against this package's dependencies
//! and normalises paths; `TRYBUILD=overwrite` (cargo xtask bless) re-captures.

mod support;

#[test]
fn compile_fail_listings_fail_with_the_shown_diagnostic() {
    let root = support::root();
    let failing: Vec<_> = support::listings()
        .into_iter()
        .filter(|l| l.kind.is_compile_fail())
        .collect();
    assert!(!failing.is_empty(), "no compile-fail listings found");
    {
        let cases = trybuild::TestCases::new();
        for listing in &failing {
            // Relative to the package root (the tests' working folder), so
            // trybuild keeps the line numbers of the listing's own lines.
            cases.compile_fail(listing.file_path());
        }
    } // trybuild runs the cases here, when `cases` is dropped

    let mut problems = Vec::new();
    for listing in &failing {
        let expected = listing
            .expected()
            .expect("a compile-fail listing declares its error");
        let stderr_path = root.join(listing.stderr_path());
        let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        if !expected.matches(&stderr) {
            let first = stderr.lines().find(|l| l.starts_with("error"));
            problems.push(format!(
                "{} declares {expected:?}, but the first error in {} is {first:?}",
                listing.name,
                stderr_path.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("checked {} compile-fail listings", failing.len());
}

//! Helpers shared by the book's integration tests.
#![allow(dead_code)] // each test file uses a different subset

use bookkit::book::Book;
use bookkit::listings::Listing;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The book, loaded once per test binary.
pub fn book() -> &'static Book {
    static BOOK: std::sync::OnceLock<Book> = std::sync::OnceLock::new();
    BOOK.get_or_init(|| Book::load(&root()).unwrap_or_else(|e| panic!("{e:#}")))
}

/// Every listing, whatever the filter: for checks of the whole book's wiring.
pub fn all_listings() -> Vec<Listing> {
    book().listings.clone()
}

/// Every listing, or with `BOOK_CHAPTER=N` only chapter N's (a quick loop
/// while writing one chapter; CI always runs them all).
pub fn listings() -> Vec<Listing> {
    let all = all_listings();
    match chapter_filter() {
        Some(n) => all.into_iter().filter(|l| l.chapter == n).collect(),
        None => all,
    }
}

pub fn chapter_filter() -> Option<u32> {
    let value = std::env::var("BOOK_CHAPTER").ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("BOOK_CHAPTER={value} is not a chapter number")),
    )
}

/// `BLESS=1` (set by `cargo xtask bless`) rewrites captured files instead of
/// comparing against them.
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

/// Nested cargo for the listings, set up exactly as `cargo xtask soak` sets
/// up its own, so the two share binaries. It has its own folder under
/// target/: it builds with other settings than the outer `cargo test`
/// (incremental off, another package selection), and in one folder the two
/// would rebuild the crates they share, such as bookkit, on every run.
pub fn cargo() -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    bookkit::capture::harness_cargo(&mut cmd, &root());
    cmd
}

/// `cargo build` of every listing, with the same package selection as the
/// one `cargo test` of the listing crates, so that the two share their
/// dependencies (see `bookkit::capture::HARNESS_PACKAGES`).
pub fn build_listings() -> Command {
    let mut cmd = cargo();
    cmd.args(["build", "--locked", "--quiet"])
        .args(bookkit::capture::HARNESS_PACKAGES)
        .args(bookkit::capture::HARNESS_BUILD_TARGETS);
    cmd
}

/// Runs a nested command with its output captured, so the outer test log
/// stays readable; returns whether it succeeded, and its output for the
/// failure message.
pub fn run_captured(cmd: &mut Command) -> (bool, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Compares `actual` with the captured file, or rewrites it when blessing.
/// Returns a description of the drift, if any.
pub fn compare_or_bless(file: &Path, actual: &str) -> Option<String> {
    let expected = std::fs::read_to_string(file).unwrap_or_default();
    if expected == actual {
        return None;
    }
    if blessing() {
        std::fs::write(file, actual).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        return None;
    }
    let diff = bookkit::capture::diff(&expected, actual);
    Some(format!(
        "{} is out of date (run `cargo xtask bless`):\n{diff}",
        file.display()
    ))
}

/// Captured output made independent of the machine and the run (see
/// `bookkit::capture::normalise`, which `cargo xtask soak` shares).
pub fn normalise(text: &str) -> String {
    bookkit::capture::normalise(&root(), text)
}

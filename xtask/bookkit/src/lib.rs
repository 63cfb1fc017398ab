//! What the book's build script, tests and xtask share.
//!
//! - [`listings`]: the listing crates under `listings/` and their metadata.
//! - [`directives`]: the book's own `{{#listing …}}` and `{{#flashcards}}`
//!   directives, expanded to plain mdBook markdown (used by the mdBook
//!   preprocessor and by the skeptic expander, so both see the same text).
//! - [`links`]: a strict copy of mdBook's `{{#include}}`/`{{#rustdoc_include}}`
//!   semantics that fails where mdBook would silently render nothing.
//! - [`snippets`]: turns an expanded chapter into what skeptic 0.14.2 can test.
//! - [`flashcards`]: the per-chapter card decks and their Anki export.
//! - [`print`]: mdBook's `print.html` rewritten for the PDF.
//! - [`contract`]: the chapter contract from `BOOK.md`.
//! - [`summary`]: the chapters `SUMMARY.md` links to.

pub mod contract;
pub mod directives;
pub mod flashcards;
pub mod links;
pub mod listings;
pub mod print;
pub mod snippets;
pub mod summary;

use std::fmt;
use std::path::{Path, PathBuf};

/// An error that names the file (and, where it helps, the thing) at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

pub(crate) fn err<T>(msg: impl Into<String>) -> Result<T> {
    Err(Error(msg.into()))
}

pub(crate) fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error(format!("{}: {e}", path.display())))
}

/// The book's root folder (where `book.toml` lives), found from a start folder.
pub fn find_root(start: &Path) -> Result<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join("book.toml").is_file() {
            return Ok(d.to_path_buf());
        }
        dir = d.parent();
    }
    err(format!(
        "no book.toml in {} or any folder above it",
        start.display()
    ))
}

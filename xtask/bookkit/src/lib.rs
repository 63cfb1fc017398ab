//! What the book's build script, tests and xtask share. Everything starts
//! from [`book::Book::load`], which reads the book once into one typed value:
//!
//! - [`book`]: the model — SUMMARY's parts, chapters and appendices, each
//!   chapter's metadata (`chapter.toml`), outline, flashcards and cheat
//!   sheet, and every listing.
//! - [`listings`]: the listing crates under `listings/` and their metadata.
//! - [`capture`]: a listing's output normalised for comparing with its
//!   `output.txt` (by the tests and `cargo xtask soak`).
//! - [`markdown`]: the only code that reads markdown (pulldown-cmark, by
//!   offsets) and the book's `{{#…}}` directives.
//! - [`directives`]: the book's own directives expanded to plain mdBook
//!   markdown (used by the mdBook preprocessor and by the skeptic expander,
//!   so both see the same text).
//! - [`links`]: a strict copy of mdBook's `{{#include}}`/`{{#rustdoc_include}}`
//!   semantics that fails where mdBook would silently render nothing.
//! - [`snippets`]: turns an expanded chapter into what skeptic 0.14.2 can test.
//! - [`flashcards`]: the per-chapter card decks and their Anki export.
//! - [`print`]: mdBook's `print.html` rewritten for the PDF.
//! - [`quiz`]: the "what happens?" quiz, derived from listings' kinds and
//!   captures.
//! - [`contract`]: the chapter contract (docs/chapter-contract.md), one
//!   function per rule.
//! - [`summary`]: `SUMMARY.md` as parts and pages.

pub mod book;
pub mod capture;
pub mod contract;
pub mod directives;
pub mod flashcards;
pub mod links;
pub mod listings;
pub mod markdown;
pub mod print;
pub mod quiz;
pub mod snippets;
pub mod summary;

pub use anyhow::{Error, Result};

use anyhow::bail;
use std::path::{Path, PathBuf};

/// The book's root folder (where `book.toml` lives), found from a start folder.
pub fn find_root(start: &Path) -> Result<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join("book.toml").is_file() {
            return Ok(d.to_path_buf());
        }
        dir = d.parent();
    }
    bail!("no book.toml in {} or any folder above it", start.display())
}

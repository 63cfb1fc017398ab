//! The book as one typed value, loaded once: what `SUMMARY.md` lists, each
//! chapter with its metadata, text, flashcards and cheat sheet, and every
//! listing crate. The preprocessor, the skeptic expander, the contract, the
//! integrity tests, the PDF and the Anki export all start here.

use crate::flashcards::Deck;
use crate::listings::{self, Listing};
use crate::markdown::{self, Section};
use crate::summary::{self, Entry};
use anyhow::{Context, Result, bail, ensure};
use fs_err as fs;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The whole book.
#[derive(Debug, Clone)]
pub struct Book {
    pub root: PathBuf,
    /// `SUMMARY.md`, entry by entry.
    pub entries: Vec<Entry>,
    /// Every page `SUMMARY.md` links to, in order, with its source.
    pub pages: Vec<Page>,
    /// The numbered chapters (`src/chNN-topic/index.md`), in order.
    pub chapters: Vec<Chapter>,
    /// Every listing crate, by chapter and number.
    pub listings: Vec<Listing>,
}

/// A page of the book and its markdown source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    /// Relative to `src/`.
    pub path: PathBuf,
    pub text: String,
}

/// A numbered chapter.
#[derive(Debug, Clone)]
pub struct Chapter {
    pub number: u32,
    pub page: Page,
    /// `chapter.toml` beside the chapter.
    pub meta: ChapterMeta,
    /// `flashcards.toml` beside the chapter, if it has one yet.
    pub deck: Option<Deck>,
}

/// What a chapter declares about itself, once, in `chapter.toml`: the
/// preprocessor renders the opening block from it, and the course guide's
/// session table is generated from it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChapterMeta {
    /// Markdown: what to know first, naming earlier chapters.
    pub prerequisites: String,
    /// "You will understand": 3–5 outcomes, markdown.
    pub outcomes: Vec<String>,
    /// Minutes to read the chapter, and to do its practice section.
    pub reading_minutes: u32,
    pub practice_minutes: u32,
    /// How long a course session on it takes: "90 min", "2 × 90 min".
    pub session: String,
    /// A reference chapter (the field guide) may omit the contract's
    /// teaching sections; it names which (see `contract::OMITTABLE`).
    #[serde(default)]
    pub omits: Vec<String>,
    /// The listings a "what happens?" quiz asks about (`{{#quiz}}`), in
    /// order; the choices and the answer come from each listing's kind and
    /// captures, never from here.
    #[serde(default)]
    pub quiz: Vec<String>,
}

impl ChapterMeta {
    /// The opening block, as markdown, inserted under the chapter's title.
    pub fn opening_block(&self) -> String {
        let mut s = format!(
            "**Prerequisites:** {}\n\n**You will understand:**\n\n",
            self.prerequisites.trim()
        );
        for outcome in &self.outcomes {
            s.push_str(&format!("- {}\n", outcome.trim()));
        }
        s.push_str(&format!(
            "\n**Reading time:** about {} minutes, plus {} for the practice section.\n",
            self.reading_minutes, self.practice_minutes
        ));
        s
    }
}

impl Chapter {
    pub fn title(&self) -> &str {
        &self.page.title
    }

    /// The chapter's `##` sections, and the text before the first.
    pub fn sections(&self) -> (std::ops::Range<usize>, Vec<Section>) {
        markdown::sections(&self.page.text, 0..self.page.text.len(), 2)
    }

    /// The listings the chapter shows with `{{#listing …}}`, in order of
    /// first appearance (each once).
    pub fn shown_listings(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for d in markdown::directives(&self.page.text) {
            if d.name == "listing"
                && let Some(name) = d.args.first()
                && !names.contains(name)
            {
                names.push(name);
            }
        }
        names
    }

    /// The cheat sheet: the text between the `cheat-sheet` anchor comments.
    pub fn cheat_sheet(&self) -> Option<&str> {
        let text = &self.page.text;
        let start = text.find("<!-- ANCHOR: cheat-sheet -->")?;
        let body_start = start + text[start..].find('\n')? + 1;
        let end = text[body_start..].find("<!-- ANCHOR_END: cheat-sheet -->")? + body_start;
        Some(&text[body_start..end])
    }

    /// `chapter-04`, the name `{{#ref}}` knows the chapter by.
    pub fn ref_name(&self) -> String {
        format!("chapter-{:02}", self.number)
    }
}

impl Book {
    /// Reads the whole book under `root` (where `book.toml` is).
    pub fn load(root: &Path) -> Result<Book> {
        let summary_path = root.join("src/SUMMARY.md");
        let entries = summary::entries(&fs::read_to_string(&summary_path)?);
        let listings = listings::all(root)?;
        let mut pages = Vec::new();
        let mut chapters = Vec::new();
        for entry in &entries {
            let Entry::Page { title, path } = entry else {
                continue;
            };
            let file = root.join("src").join(path);
            ensure!(
                file.is_file(),
                "{}: links to {path}, which does not exist",
                summary_path.display()
            );
            let page = Page {
                title: title.clone(),
                path: PathBuf::from(path),
                text: fs::read_to_string(&file)?,
            };
            if let Some(number) = summary::chapter_number(&page.path) {
                chapters.push(load_chapter(number, &file, page.clone())?);
            }
            pages.push(page);
        }
        let mut deck_ids = std::collections::HashSet::new();
        for chapter in &chapters {
            for card in chapter.deck.iter().flat_map(|d| &d.cards) {
                ensure!(
                    deck_ids.insert(card.id.clone()),
                    "{}: card id `{}` is also used by an earlier deck",
                    chapter.page.path.display(),
                    card.id
                );
            }
        }
        Ok(Book {
            root: root.to_path_buf(),
            entries,
            pages,
            chapters,
            listings,
        })
    }

    /// The listing with this name.
    pub fn listing(&self, name: &str) -> Result<&Listing> {
        listings::find(&self.listings, name)
    }

    /// The chapter with this number.
    pub fn chapter(&self, number: u32) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.number == number)
    }

    /// The page at this path (relative to `src/`).
    pub fn page(&self, path: &Path) -> Option<&Page> {
        self.pages.iter().find(|p| p.path == path)
    }

    /// A link from the page at `from` to `target` (relative to `src/`).
    pub fn link(from: &Path, target: &Path) -> String {
        let up = "../".repeat(from.components().count().saturating_sub(1));
        format!("{up}{}", target.display())
    }

    /// What the book was checked with: the pinned Rust (from
    /// `rust-toolchain.toml`) and the locked versions of the crates it
    /// teaches (from `Cargo.lock`), never typed by hand.
    pub fn versions(&self) -> Result<Versions> {
        let toolchain: toml::Table =
            toml::from_str(&fs::read_to_string(self.root.join("rust-toolchain.toml"))?)?;
        let rust = toolchain
            .get("toolchain")
            .and_then(|t| t.get("channel"))
            .and_then(|c| c.as_str())
            .context("rust-toolchain.toml has no [toolchain] channel")?
            .to_string();
        let lock: toml::Table = toml::from_str(&fs::read_to_string(self.root.join("Cargo.lock"))?)?;
        let packages = lock
            .get("package")
            .and_then(|p| p.as_array())
            .context("Cargo.lock lists no packages")?;
        let mut crates = Vec::new();
        for name in TAUGHT_CRATES {
            let version = packages
                .iter()
                .find(|p| p.get("name").and_then(|n| n.as_str()) == Some(name))
                .and_then(|p| p.get("version")?.as_str())
                .with_context(|| format!("Cargo.lock has no {name}"))?;
            crates.push((name.to_string(), version.to_string()));
        }
        Ok(Versions { rust, crates })
    }

    /// The compile-fail listings' folders, as `workspace.exclude` lists them.
    pub fn excluded_folders(&self) -> Vec<&str> {
        self.listings
            .iter()
            .filter(|l| l.kind.is_compile_fail())
            .map(|l| l.dir.as_str())
            .collect()
    }
}

/// The crates the book teaches, whose versions it names.
pub const TAUGHT_CRATES: [&str; 4] = ["tokio", "rayon", "crossbeam-channel", "tokio-util"];

/// The versions the book was checked with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versions {
    pub rust: String,
    /// (crate, version), in [`TAUGHT_CRATES`] order.
    pub crates: Vec<(String, String)>,
}

impl std::fmt::Display for Versions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rust {}", self.rust)?;
        for (name, version) in &self.crates {
            write!(f, ", {name} {version}")?;
        }
        Ok(())
    }
}

fn load_chapter(number: u32, file: &Path, page: Page) -> Result<Chapter> {
    let meta_path = file.with_file_name("chapter.toml");
    if !meta_path.is_file() {
        bail!(
            "{}: missing; a chapter declares its prerequisites, outcomes, reading time and \
             session length there (copy src/ch01-threads/chapter.toml)",
            meta_path.display()
        );
    }
    let meta: ChapterMeta = toml::from_str(&fs::read_to_string(&meta_path)?)
        .with_context(|| format!("{}: not a chapter.toml", meta_path.display()))?;
    let deck_path = file.with_file_name("flashcards.toml");
    let deck = if deck_path.is_file() {
        Some(crate::flashcards::load(&deck_path)?)
    } else {
        None
    };
    Ok(Chapter {
        number,
        page,
        meta,
        deck,
    })
}

/// The root `Cargo.toml` with its `workspace.exclude` list replaced by
/// `folders` (the compile-fail listings, which must not build with the
/// workspace). The list is the text between `exclude = [` and the `]` that
/// closes it, one folder a line.
pub fn with_exclude(manifest: &str, folders: &[&str]) -> Result<String> {
    let open = "\nexclude = [";
    let start = manifest
        .find(open)
        .context("Cargo.toml has no `exclude = [` line in [workspace]")?
        + open.len();
    let end = start
        + manifest[start..]
            .find("\n]")
            .context("Cargo.toml: `exclude = [` is not closed by a `]` line")?;
    let mut list = String::new();
    for folder in folders {
        list.push_str(&format!("\n    \"{folder}\","));
    }
    Ok(format!("{}{list}{}", &manifest[..start], &manifest[end..]))
}

/// The renames that number a chapter's listings 1, 2, 3 … in the order the
/// chapter first shows them: `(old name, new name)` pairs, only those that
/// change.
pub fn renumbering(book: &Book, chapter: u32) -> Result<Vec<(String, String)>> {
    let Some(ch) = book.chapter(chapter) else {
        bail!("there is no chapter {chapter} in SUMMARY.md");
    };
    let mut order: Vec<&str> = ch
        .shown_listings()
        .into_iter()
        .filter(|n| listings::parse_name(n).is_some_and(|(c, _)| c == chapter))
        .collect();
    // Listings the chapter does not show (yet) keep their relative order, last.
    for l in book.listings.iter().filter(|l| l.chapter == chapter) {
        if !order.contains(&l.name.as_str()) {
            order.push(&l.name);
        }
    }
    Ok(order
        .iter()
        .enumerate()
        .map(|(i, old)| {
            (
                old.to_string(),
                format!("listing-{chapter:02}-{:02}", i + 1),
            )
        })
        .filter(|(old, new)| old != new)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exclude_list_is_replaced_whole() {
        let manifest = "[workspace]\nmembers = [\"a\"]\nexclude = [\n    \"old\",\n    # chapter 8\n]\nresolver = \"3\"\n";
        let new = with_exclude(manifest, &["x/one", "x/two"]).unwrap();
        assert_eq!(
            new,
            "[workspace]\nmembers = [\"a\"]\nexclude = [\n    \"x/one\",\n    \"x/two\",\n]\nresolver = \"3\"\n"
        );
        assert!(with_exclude("[workspace]\n", &[]).is_err());
    }
}

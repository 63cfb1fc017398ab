//! The pages `src/SUMMARY.md` links to, and its part titles, in order.

use crate::{Result, err, read};
use std::path::{Path, PathBuf};

/// One linked page of the book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: String,
    /// Relative to `src/`.
    pub path: PathBuf,
}

impl Page {
    /// A numbered chapter lives in its own folder, `src/chNN-topic/`.
    pub fn chapter_number(&self) -> Option<u32> {
        let first = self.path.components().next()?.as_os_str().to_str()?;
        let digits = first.strip_prefix("ch")?.get(..2)?;
        digits.parse().ok()
    }
}

/// One line of `SUMMARY.md` that matters: a part title, or a linked page
/// (path relative to `src/`; the title is markdown, inline code allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Part(String),
    Page { title: String, path: String },
}

/// Part titles and linked pages of a `SUMMARY.md` text, in order. Draft
/// entries (an empty path) are skipped.
pub fn entries(summary: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    for line in summary.lines() {
        if let Some(part) = line.strip_prefix("# ") {
            if part.trim() != "Summary" {
                entries.push(Entry::Part(part.trim().to_string()));
            }
            continue;
        }
        let item = line
            .trim_start()
            .trim_start_matches(['-', '*'])
            .trim_start();
        let Some(open) = item.strip_prefix('[') else {
            continue;
        };
        let Some(mid) = open.find("](") else { continue };
        let rest = &open[mid + 2..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let path = rest[..close].trim();
        if !path.is_empty() {
            entries.push(Entry::Page {
                title: open[..mid].to_string(),
                path: path.to_string(),
            });
        }
    }
    entries
}

/// Every page `src/SUMMARY.md` links to, failing when a linked file does
/// not exist.
pub fn pages(root: &Path) -> Result<Vec<Page>> {
    let summary = root.join("src/SUMMARY.md");
    let mut pages = Vec::new();
    for entry in entries(&read(&summary)?) {
        let Entry::Page { title, path } = entry else {
            continue;
        };
        if !root.join("src").join(&path).is_file() {
            return err(format!(
                "{}: links to {path}, which does not exist",
                summary.display()
            ));
        }
        pages.push(Page {
            title,
            path: PathBuf::from(path),
        });
    }
    Ok(pages)
}

/// The numbered chapters only (pages in `src/chNN-…/`).
pub fn chapters(root: &Path) -> Result<Vec<Page>> {
    Ok(pages(root)?
        .into_iter()
        .filter(|p| p.chapter_number().is_some())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "# Summary\n\n[Introduction](introduction.md)\n\n# Part I — Threads\n\n\
        - [Threads and `move`](ch01-threads/index.md)\n- [Draft]()\n- [Scoped](ch02-scoped/index.md)\n";

    #[test]
    fn contents_lists_parts_and_pages() {
        assert_eq!(
            entries(SUMMARY),
            vec![
                Entry::Page {
                    title: "Introduction".into(),
                    path: "introduction.md".into()
                },
                Entry::Part("Part I — Threads".into()),
                Entry::Page {
                    title: "Threads and `move`".into(),
                    path: "ch01-threads/index.md".into()
                },
                Entry::Page {
                    title: "Scoped".into(),
                    path: "ch02-scoped/index.md".into()
                },
            ]
        );
    }
}

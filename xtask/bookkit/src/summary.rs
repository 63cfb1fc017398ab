//! The chapters `src/SUMMARY.md` links to, in order.

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

/// Every `[title](path.md)` link of `SUMMARY.md` (draft entries with an empty
/// path are skipped), failing when a linked file does not exist.
pub fn pages(root: &Path) -> Result<Vec<Page>> {
    let summary = root.join("src/SUMMARY.md");
    let text = read(&summary)?;
    let mut pages = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(open) = rest.find('[') {
            let Some(mid) = rest[open..].find("](") else {
                break;
            };
            let title = &rest[open + 1..open + mid];
            let after = &rest[open + mid + 2..];
            let Some(close) = after.find(')') else { break };
            let target = after[..close].trim();
            rest = &after[close + 1..];
            if target.is_empty() {
                continue;
            }
            let path = PathBuf::from(target);
            if !root.join("src").join(&path).is_file() {
                return err(format!(
                    "{}: links to {target}, which does not exist",
                    summary.display()
                ));
            }
            pages.push(Page {
                title: title.to_string(),
                path,
            });
        }
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

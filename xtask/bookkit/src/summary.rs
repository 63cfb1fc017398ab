//! `src/SUMMARY.md` as mdBook reads it: part titles, linked pages and draft
//! chapters (a link with no target), in order, parsed with pulldown-cmark.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::path::Path;

/// The chapter number of a path under `src/` (`ch03-…/index.md` → 3).
pub fn chapter_number(path: &Path) -> Option<u32> {
    let first = path.components().next()?.as_os_str().to_str()?;
    let digits = first.strip_prefix("ch")?.get(..2)?;
    digits.parse().ok()
}

/// One entry of `SUMMARY.md` that matters: a part title, a linked page
/// (path relative to `src/`; the title is markdown, inline code kept), or a
/// draft chapter (planned, not written: mdBook shows it greyed out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Part(String),
    Page { title: String, path: String },
    Draft { title: String },
}

/// The entries of a `SUMMARY.md` text, in order.
pub fn entries(summary: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut text: Option<String> = None;
    let mut link: Option<String> = None;
    for event in Parser::new(summary) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => text = Some(String::new()),
            Event::End(TagEnd::Heading(HeadingLevel::H1)) => {
                let title = text.take().unwrap_or_default();
                if title.trim() != "Summary" {
                    entries.push(Entry::Part(title.trim().to_string()));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some(dest_url.to_string());
                text = Some(String::new());
            }
            Event::End(TagEnd::Link) => {
                let title = text.take().unwrap_or_default();
                match link.take() {
                    Some(path) if !path.trim().is_empty() => entries.push(Entry::Page {
                        title,
                        path: path.trim().to_string(),
                    }),
                    _ => entries.push(Entry::Draft { title }),
                }
            }
            Event::Text(t) => {
                if let Some(s) = &mut text {
                    s.push_str(&t);
                }
            }
            Event::Code(t) => {
                if let Some(s) = &mut text {
                    s.push('`');
                    s.push_str(&t);
                    s.push('`');
                }
            }
            _ => {}
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "# Summary\n\n[Introduction](introduction.md)\n\n# Part I — Threads\n\n\
        - [Threads and `move`](ch01-threads/index.md)\n- [Draft]()\n- [Scoped](ch02-scoped/index.md)\n\n\
        ---\n\n[Glossary](glossary.md)\n";

    #[test]
    fn contents_lists_parts_pages_and_drafts() {
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
                Entry::Draft {
                    title: "Draft".into()
                },
                Entry::Page {
                    title: "Scoped".into(),
                    path: "ch02-scoped/index.md".into()
                },
                Entry::Page {
                    title: "Glossary".into(),
                    path: "glossary.md".into()
                },
            ]
        );
    }

    #[test]
    fn chapter_numbers_come_from_the_folder() {
        assert_eq!(
            chapter_number(Path::new("ch12-field-guide/index.md")),
            Some(12)
        );
        assert_eq!(chapter_number(Path::new("glossary.md")), None);
    }
}

//! The book's own directives, expanded to plain mdBook markdown:
//!
//! - `{{#listing listing-01-03}}` — a numbered figure with a stable id, the
//!   file it shows, the command that runs it, a textual badge when it does not
//!   simply run, the code (through mdBook's `{{#include}}`) and the captured
//!   output or diagnostic under it, starting with the command that made it.
//!   `{{#listing listing-01-03 anchor=NAME}}` shows only the anchored part
//!   (the rest stays, hidden, so the excerpt still compiles).
//! - `{{#flashcards}}` — the chapter's deck from `flashcards.toml`.
//! - `{{#flashcards-all}}` — every chapter's deck, in book order, each under
//!   a heading that links to its chapter and to its Anki file (for the
//!   appendix; `cargo xtask flashcards` writes the Anki files to `anki/`).
//!
//! The mdBook preprocessor (`cargo xtask preprocess`) and the skeptic expander
//! both call [`expand`], so the tests compile exactly what the reader sees.

use crate::listings::{Kind, Listing, find};
use crate::{Result, err, flashcards};
use std::path::Path;

/// Expands the book's directives in a chapter.
///
/// `chapter` is the chapter's path relative to `src/`; `root` is the book root.
pub fn expand(text: &str, chapter: &Path, root: &Path, listings: &[Listing]) -> Result<String> {
    let up = "../".repeat(chapter.components().count());
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = ["{{#listing ", "{{#flashcards}}", "{{#flashcards-all}}"]
            .iter()
            .filter_map(|pat| rest.find(pat).map(|i| (i, *pat)))
            .min();
        let Some((start, pat)) = next else { break };
        if rest[..start].ends_with('\\') {
            out.push_str(&rest[..start + 2]);
            rest = &rest[start + 2..];
            continue;
        }
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find("}}") else {
            return err(format!("{}: unclosed `{pat}`", chapter.display()));
        };
        let inner = &rest[start + 3..start + len];
        rest = &rest[start + len + 2..];
        if pat == "{{#flashcards-all}}" {
            out.push_str(&all_decks(root, chapter)?);
        } else if pat == "{{#flashcards}}" {
            let deck_path = root
                .join("src")
                .join(chapter)
                .with_file_name("flashcards.toml");
            let deck = flashcards::load(&deck_path)?;
            out.push_str(&flashcards::render_html(&deck));
        } else {
            let mut words = inner.split_whitespace().skip(1);
            let name = words.next().unwrap_or_default();
            let listing = find(listings, name)
                .map_err(|e| crate::Error(format!("{}: {e}", chapter.display())))?;
            let mut anchor = None;
            for word in words {
                match word.strip_prefix("anchor=") {
                    Some(a) if !a.is_empty() => anchor = Some(a),
                    _ => {
                        return err(format!(
                            "{}: `{{{{#listing {name} …}}}}`: unknown option `{word}`",
                            chapter.display()
                        ));
                    }
                }
            }
            out.push_str(&figure(listing, anchor, &up));
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Every deck of the book for a page at `page` (relative to `src/`).
fn all_decks(root: &Path, page: &Path) -> Result<String> {
    let decks = flashcards::book_decks(root)?;
    if decks.is_empty() {
        return Ok("*No chapter has flashcards yet.*\n".to_string());
    }
    let to_root = "../".repeat(page.components().count().saturating_sub(1));
    let mut s = String::new();
    for d in &decks {
        let n = d.deck.cards.len();
        s.push_str(&format!(
            "\n## Chapter {}: {}\n\n\
             <p class=\"flashcards-source\">{n} card{} · \
             <a href=\"{to_root}{}\">read the chapter</a> · \
             <a href=\"{to_root}anki/{}.txt\" download>Anki deck for this chapter</a></p>\n\n{}",
            d.number(),
            d.chapter.title,
            if n == 1 { "" } else { "s" },
            d.chapter.path.display(),
            d.deck.deck,
            flashcards::render_html(&d.deck),
        ));
    }
    Ok(s)
}

/// The fence info string for a listing's code.
fn fence(kind: Kind) -> &'static str {
    match kind {
        Kind::Run => "rust",
        Kind::Panics => "rust,should_panic",
        Kind::CompileFail => "rust,compile_fail",
        Kind::BuildOnly | Kind::ExerciseStarter | Kind::ExerciseSolution | Kind::Benchmark => {
            "rust,no_run"
        }
    }
}

fn figure(listing: &Listing, anchor: Option<&str>, up: &str) -> String {
    let id = listing.id();
    let label = listing.label();
    let badge = listing
        .badge()
        .map(|(class, text)| {
            format!(r#" <span class="listing-badge listing-badge-{class}">{text}</span>"#)
        })
        .unwrap_or_default();
    let caption = inline_html(&listing.caption);
    let file = listing.file_path();
    let command = listing.command();
    let code = match anchor {
        None => format!("{{{{#include {up}{file}}}}}"),
        Some(a) => format!("{{{{#rustdoc_include {up}{file}:{a}}}}}"),
    };
    let output = listing.capture_path();
    let mut s = format!(
        "<figure class=\"listing\" id=\"{id}\">\n\
         <figcaption><a class=\"listing-label\" href=\"#{id}\">{label}</a>{badge} {caption}\n\
         <span class=\"listing-source\"><code>{file}</code> · <code>{command}</code></span></figcaption>\n\n\
         ```{}\n{code}\n```\n",
        fence(listing.kind)
    );
    if let Some(output) = output {
        let title = match listing.kind {
            Kind::CompileFail => "compiler output",
            Kind::Benchmark => "measured output",
            _ => "output",
        };
        s.push_str(&format!(
            "\n<p class=\"listing-output-label\">{title}</p>\n\n```text\n$ {command}\n{{{{#include {up}{output}}}}}\n```\n"
        ));
    }
    s.push_str("\n</figure>\n");
    s
}

/// Markdown of one short paragraph (a caption, a card) as inline HTML.
pub fn inline_html(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new(markdown);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    let html = html.trim();
    match html
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("bookkit-dir-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    const SUMMARY: &str = "# Summary\n\n- [Threads and `move`](ch01-threads/index.md)\n\
                           - [Two](ch02-two/index.md)\n\n# Appendices\n\n- [Cards](appendix/cards.md)\n";
    const DECK: &str = "deck = \"ch01-threads\"\n[[card]]\nid = \"ch01-threads-a\"\n\
                        q = \"What is `move`?\"\na = \"An ownership transfer.\"\n";

    #[test]
    fn flashcards_all_renders_every_deck_with_links_relative_to_the_page() {
        let root = book(
            "all",
            &[
                ("src/SUMMARY.md", SUMMARY),
                ("src/ch01-threads/index.md", "# One\n"),
                ("src/ch01-threads/flashcards.toml", DECK),
                ("src/ch02-two/index.md", "# Two\n"),
                ("src/appendix/cards.md", "# Cards\n"),
            ],
        );
        let page = Path::new("appendix/cards.md");
        let out = expand("# Cards\n\n{{#flashcards-all}}\n", page, &root, &[]).unwrap();
        assert!(out.contains("## Chapter 1: Threads and `move`\n"), "{out}");
        assert!(out.contains("href=\"../ch01-threads/index.md\""), "{out}");
        assert!(
            out.contains("href=\"../anki/ch01-threads.txt\" download"),
            "{out}"
        );
        assert!(out.contains("1 card ·"), "{out}");
        assert!(out.contains("data-card=\"ch01-threads-a\""), "{out}");
        assert!(
            !out.contains("Chapter 2"),
            "a chapter without cards is skipped:\n{out}"
        );
        // An escaped directive stays as it is; the chapter directive is unchanged.
        let escaped = expand("\\{{#flashcards-all}}", page, &root, &[]).unwrap();
        assert_eq!(escaped, "\\{{#flashcards-all}}");
        let chapter = expand(
            "{{#flashcards}}",
            Path::new("ch01-threads/index.md"),
            &root,
            &[],
        )
        .unwrap();
        assert!(chapter.starts_with("<div class=\"flashcards\" data-deck=\"ch01-threads\">"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn flashcards_all_says_so_when_there_are_no_cards() {
        let root = book(
            "none",
            &[
                (
                    "src/SUMMARY.md",
                    "# Summary\n\n- [Two](ch02-two/index.md)\n",
                ),
                ("src/ch02-two/index.md", "# Two\n"),
            ],
        );
        let out = expand("{{#flashcards-all}}", Path::new("cards.md"), &root, &[]).unwrap();
        assert_eq!(out, "*No chapter has flashcards yet.*\n");
        let _ = std::fs::remove_dir_all(&root);
    }
}

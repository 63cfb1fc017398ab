//! The book's own directives, expanded to plain mdBook markdown by
//! [`expand_page`] (the mdBook preprocessor and the skeptic expander both
//! call it, so the tests compile exactly what the reader sees):
//!
//! - `{{#listing listing-01-03}}` — a numbered figure with a stable id, the
//!   file it shows, the command that runs it, a textual badge when it does not
//!   simply run, the code (through mdBook's `{{#include}}`) and the captured
//!   output or diagnostic under it, starting with the command that made it.
//!   `{{#listing listing-01-03 anchor=NAME}}` shows only the anchored part
//!   (the rest stays, hidden, so the excerpt still compiles).
//! - `{{#ref listing-01-07}}` — "Listing 1-7", linked to its figure;
//!   `{{#ref chapter-04}}` — "Chapter 4", linked to the chapter. A reference
//!   to a listing or chapter that does not exist fails the build.
//! - `{{#flashcards}}` — the chapter's deck from `flashcards.toml`;
//!   `{{#flashcards-all}}` — every deck, in book order (an appendix).
//! - `{{#cheat-sheets}}` — every chapter's cheat sheet, in book order.
//! - `{{#session-table}}` — the course guide's session plan, from each
//!   chapter's `chapter.toml` (and SUMMARY's draft chapters, as planned).
//! - `{{#versions}}` — "Rust 1.95.0, tokio 1.54.1, …": the pinned toolchain
//!   and the locked versions of the crates the book teaches.
//!
//! A chapter's opening block (prerequisites, outcomes, reading time) is
//! rendered from its `chapter.toml` under the `# Title`.

use crate::book::{Book, Chapter, Page};
use crate::flashcards;
use crate::listings::{Kind, Listing};
use crate::markdown::{self, inline_html};
use crate::summary::Entry;
use anyhow::{Context, Result, bail};
use std::path::Path;

/// Expands every directive of one page of the book (and, for a chapter,
/// adds its opening block under the title).
pub fn expand_page(book: &Book, page: &Page) -> Result<String> {
    expand(book, &page.path, &page.text).with_context(|| format!("src/{}", page.path.display()))
}

/// Expands the directives in `text`, which stands on the page at `path`
/// (relative to `src/`).
pub fn expand(book: &Book, path: &Path, text: &str) -> Result<String> {
    let with_opening;
    let text = match book.chapters.iter().find(|c| c.page.path == path) {
        Some(chapter) => match markdown::headings(text).into_iter().find(|h| h.level == 1) {
            Some(title) => {
                with_opening = format!(
                    "{}\n\n{}{}",
                    text[..title.range.end].trim_end(),
                    chapter.meta.opening_block(),
                    &text[title.range.end..]
                );
                with_opening.as_str()
            }
            None => text,
        },
        None => text,
    };
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for d in markdown::directives(text) {
        out.push_str(&text[at..d.range.start]);
        at = d.range.end;
        let arg = d.args.first().copied().unwrap_or_default();
        let expanded = match (d.name, d.args.len()) {
            ("listing", 1 | 2) => {
                let anchor = match d.args.get(1) {
                    None => None,
                    Some(word) => match word.strip_prefix("anchor=") {
                        Some(a) if !a.is_empty() => Some(a),
                        _ => bail!("`{{{{#listing {arg} …}}}}`: unknown option `{word}`"),
                    },
                };
                figure(book, book.listing(arg)?, anchor, path)?
            }
            ("ref", 1) => reference(book, path, arg)?,
            ("flashcards", 0) => {
                let chapter = book
                    .chapters
                    .iter()
                    .find(|c| c.page.path == path)
                    .context("{{#flashcards}} belongs in a chapter")?;
                let deck = chapter.deck.as_ref().with_context(|| {
                    format!(
                        "{{{{#flashcards}}}}: no flashcards.toml beside {}",
                        path.display()
                    )
                })?;
                flashcards::render_html(deck)
            }
            ("flashcards-all", 0) => all_decks(book, path),
            ("cheat-sheets", 0) => cheat_sheets(book, path)?,
            ("session-table", 0) => session_table(book, path),
            ("versions", 0) => book.versions()?.to_string(),
            _ => bail!(
                "`{}` is not a directive the book knows, or has the wrong arguments",
                &text[d.range.clone()]
            ),
        };
        out.push_str(&expanded);
    }
    out.push_str(&text[at..]);
    Ok(out)
}

/// `{{#ref listing-01-07}}` or `{{#ref chapter-04}}` as a markdown link.
fn reference(book: &Book, from: &Path, target: &str) -> Result<String> {
    if let Some(number) = target.strip_prefix("chapter-") {
        let chapter = number
            .parse()
            .ok()
            .and_then(|n| book.chapter(n))
            .with_context(|| format!("`{{{{#ref {target}}}}}`: no such chapter in SUMMARY.md"))?;
        return Ok(format!(
            "[Chapter {}]({})",
            chapter.number,
            Book::link(from, &chapter.page.path)
        ));
    }
    let listing = book.listing(target)?;
    let chapter = book.chapter(listing.chapter).with_context(|| {
        format!(
            "`{{{{#ref {target}}}}}`: chapter {} is not in SUMMARY.md",
            listing.chapter
        )
    })?;
    let page = if chapter.page.path == from {
        String::new()
    } else {
        Book::link(from, &chapter.page.path)
    };
    Ok(format!("[{}]({page}#{})", listing.label(), listing.id()))
}

/// Every deck of the book for the page at `page`.
fn all_decks(book: &Book, page: &Path) -> String {
    let decks = flashcards::book_decks(book);
    if decks.is_empty() {
        return "*No chapter has flashcards yet.*\n".to_string();
    }
    let mut s = String::new();
    for d in &decks {
        let n = d.deck.cards.len();
        s.push_str(&format!(
            "\n## Chapter {}: {}\n\n\
             <p class=\"flashcards-source\">{n} card{} · \
             <a href=\"{}\">read the chapter</a> · \
             <a href=\"{}\" download>Anki deck for this chapter</a></p>\n\n{}",
            d.number,
            d.title,
            if n == 1 { "" } else { "s" },
            Book::link(page, &d.path),
            Book::link(page, Path::new(&format!("anki/{}.txt", d.deck.deck))),
            flashcards::render_html(&d.deck),
        ));
    }
    s
}

/// Every chapter's cheat sheet, each under a heading that links back to it.
fn cheat_sheets(book: &Book, page: &Path) -> Result<String> {
    let mut s = String::from("<div class=\"cheat-sheets\">\n");
    for chapter in &book.chapters {
        let sheet = chapter.cheat_sheet().with_context(|| {
            format!(
                "src/{}: no cheat sheet between `<!-- ANCHOR: cheat-sheet -->` comments",
                chapter.page.path.display()
            )
        })?;
        let link = Book::link(page, &chapter.page.path);
        s.push_str(&format!(
            "\n## Chapter {}: {}\n\n\
             <p class=\"cheat-sheet-source\"><a href=\"{link}#cheat-sheet\">from the chapter</a></p>\n\n{}\n",
            chapter.number,
            chapter.title(),
            expand(book, page, sheet.trim())?
        ));
    }
    s.push_str("\n</div>\n");
    Ok(s)
}

/// The course guide's session plan: one row per chapter of SUMMARY.md, and
/// planned (draft) chapters after them; then each session's objectives.
fn session_table(book: &Book, page: &Path) -> String {
    let mut s = String::from(
        "| # | Chapter | Reading before | Practice | In the session |\n| --- | --- | --- | --- | --- |\n",
    );
    let mut number = 0;
    for entry in &book.entries {
        match entry {
            Entry::Page { path, .. } => {
                if let Some(c) = book
                    .chapters
                    .iter()
                    .find(|c| c.page.path == Path::new(path))
                {
                    number = c.number;
                    s.push_str(&format!(
                        "| {} | [{}]({}) | {} min | {} min | {} |\n",
                        c.number,
                        c.title(),
                        Book::link(page, &c.page.path),
                        c.meta.reading_minutes,
                        c.meta.practice_minutes,
                        c.meta.session
                    ));
                }
            }
            Entry::Draft { title } => {
                number += 1;
                s.push_str(&format!("| {number} | {title} *(planned)* | — | — | — |\n"));
            }
            Entry::Part(_) => {}
        }
    }
    s.push('\n');
    for c in &book.chapters {
        s.push_str(&objectives(c));
    }
    s
}

fn objectives(chapter: &Chapter) -> String {
    let mut s = format!(
        "<details class=\"session-objectives\"><summary>Session {}: {}</summary>\n\n",
        chapter.number,
        inline_html(chapter.title())
    );
    for outcome in &chapter.meta.outcomes {
        s.push_str(&format!("- {}\n", outcome.trim()));
    }
    s.push_str("\n</details>\n\n");
    s
}

/// The fence info string for a listing's code. The last word, `listing`,
/// tells the skeptic expander that cargo already builds (and the tests
/// run or check) this exact file, so skeptic need not compile it again.
fn fence(kind: &Kind) -> &'static str {
    match kind {
        Kind::Run => "rust,listing",
        Kind::Panics => "rust,should_panic,listing",
        Kind::CompileFail { .. } => "rust,compile_fail,listing",
        Kind::BuildOnly { .. }
        | Kind::ExerciseStarter { .. }
        | Kind::ExerciseSolution { .. }
        | Kind::Benchmark
        | Kind::Tool => "rust,no_run,listing",
    }
}

fn figure(book: &Book, listing: &Listing, anchor: Option<&str>, page: &Path) -> Result<String> {
    let up = "../".repeat(page.components().count());
    let home = book
        .chapter(listing.chapter)
        .with_context(|| format!("{}: its chapter is not in SUMMARY.md", listing.name))?;
    // Shown again outside its chapter (the field guide), a listing keeps one
    // home: the figure gets its own id, and its label links back.
    let (id, href, label) = if home.page.path == page {
        let id = listing.id().to_string();
        let href = format!("#{id}");
        (id, href, listing.label())
    } else {
        (
            format!("see-{}", listing.id()),
            format!("{}#{}", Book::link(page, &home.page.path), listing.id()),
            format!("{} (Chapter {})", listing.label(), listing.chapter),
        )
    };
    let badge = listing
        .kind
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
    let mut s = format!(
        "<figure class=\"listing\" id=\"{id}\">\n\
         <figcaption><a class=\"listing-label\" href=\"{href}\">{label}</a>{badge} {caption}\n\
         <span class=\"listing-source\"><code>{file}</code> · <code>{command}</code></span></figcaption>\n\n\
         ```{}\n{code}\n```\n",
        fence(&listing.kind)
    );
    if let Some(output) = listing.capture_path() {
        let title = match listing.kind {
            Kind::CompileFail { .. } => "compiler output",
            Kind::Benchmark => "measured output",
            _ => "output",
        };
        // Inlined rather than included, so that trybuild's `$DIR` (the
        // repository) can go: paths read from the repository's root, like
        // every other path in the book.
        let captured = fs_err::read_to_string(book.root.join(&output)).with_context(|| {
            format!(
                "{}: run `cargo xtask bless` (or `cargo xtask bench`) to capture it",
                listing.name
            )
        })?;
        let captured = captured.replace("$DIR/", "");
        s.push_str(&format!(
            "\n<p class=\"listing-output-label\">{title}</p>\n\n```text\n$ {command}\n{}\n```\n",
            captured.trim_end_matches('\n')
        ));
    }
    s.push_str("\n</figure>\n");
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::Book;

    /// A two-chapter scratch book on disk.
    pub(crate) fn scratch(name: &str, extra: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("bookkit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let meta = "prerequisites = \"none\"\noutcomes = [\"a\", \"b\", \"c\"]\n\
                    reading-minutes = 30\npractice-minutes = 20\nsession = \"90 min\"\n";
        let mut files = vec![
            ("book.toml", ""),
            (
                "src/SUMMARY.md",
                "# Summary\n\n# Part I\n\n- [Threads and `move`](ch01-threads/index.md)\n\
                 - [Two](ch02-two/index.md)\n- [Later]()\n\n# Appendices\n\n- [Cards](appendix/cards.md)\n",
            ),
            (
                "src/ch01-threads/index.md",
                "# One\n\n## The problem\n\n{{#listing listing-01-01}}\n\n\
                 <!-- ANCHOR: cheat-sheet -->\n| Need | Tool | Why |\n| --- | --- | --- |\n| a | b | {{#ref chapter-02}} |\n<!-- ANCHOR_END: cheat-sheet -->\n",
            ),
            ("src/ch01-threads/chapter.toml", meta),
            (
                "src/ch01-threads/flashcards.toml",
                "deck = \"ch01-threads\"\n[[card]]\nid = \"ch01-threads-a\"\nq = \"What is `move`?\"\na = \"An ownership transfer.\"\n",
            ),
            (
                "src/ch02-two/index.md",
                "# Two\n\nSee {{#ref listing-01-01}}.\n\n<!-- ANCHOR: cheat-sheet -->\nx\n<!-- ANCHOR_END: cheat-sheet -->\n",
            ),
            ("src/ch02-two/chapter.toml", meta),
            ("src/appendix/cards.md", "# Cards\n"),
            (
                "listings/ch01-threads/listing-01-01/Cargo.toml",
                "[package]\nname = \"listing-01-01\"\ndescription = \"A caption\"\n\
                 [package.metadata.listing]\nkind = \"run\"\n",
            ),
            (
                "listings/ch01-threads/listing-01-01/src/main.rs",
                "fn main() {}\n",
            ),
            (
                "listings/ch01-threads/listing-01-01/output.txt",
                "printed at $DIR/x\n",
            ),
        ];
        files.extend_from_slice(extra);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn chapters_get_their_opening_block_and_refs_become_links() {
        let root = scratch("open", &[]);
        let book = Book::load(&root).unwrap();
        let one = expand_page(&book, &book.pages[0]).unwrap();
        assert!(
            one.starts_with("# One\n\n**Prerequisites:** none\n"),
            "{one}"
        );
        assert!(
            one.contains("- c\n\n**Reading time:** about 30 minutes, plus 20"),
            "{one}"
        );
        assert!(
            one.contains("<figure class=\"listing\" id=\"listing-01-01\">"),
            "{one}"
        );
        let two = expand_page(&book, &book.pages[1]).unwrap();
        assert!(
            two.contains("See [Listing 1-1](../ch01-threads/index.md#listing-01-01)."),
            "{two}"
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_reference_to_nothing_fails_the_build() {
        let root = scratch("badref", &[]);
        let book = Book::load(&root).unwrap();
        for bad in [
            "{{#ref chapter-09}}",
            "{{#ref listing-01-02}}",
            "{{#listing x}}",
            "{{#nope}}",
        ] {
            let e = expand(&book, Path::new("ch02-two/index.md"), bad).unwrap_err();
            assert!(!format!("{e:#}").is_empty());
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn generated_appendices_cover_every_chapter() {
        let root = scratch("appendices", &[]);
        let book = Book::load(&root).unwrap();
        let page = Path::new("appendix/cards.md");
        let sheets = expand(&book, page, "{{#cheat-sheets}}").unwrap();
        assert!(
            sheets.contains("## Chapter 1: Threads and `move`"),
            "{sheets}"
        );
        assert!(
            sheets.contains("| a | b | [Chapter 2](../ch02-two/index.md) |"),
            "{sheets}"
        );
        assert!(sheets.contains("## Chapter 2: Two"), "{sheets}");
        let cards = expand(&book, page, "{{#flashcards-all}}").unwrap();
        assert!(
            cards.contains("href=\"../anki/ch01-threads.txt\" download"),
            "{cards}"
        );
        assert!(
            !cards.contains("Chapter 2"),
            "a chapter without cards is skipped:\n{cards}"
        );
        let table = expand(&book, Path::new("guide.md"), "{{#session-table}}").unwrap();
        assert!(
            table.contains(
                "| 1 | [Threads and `move`](ch01-threads/index.md) | 30 min | 20 min | 90 min |"
            ),
            "{table}"
        );
        assert!(table.contains("| 3 | Later *(planned)* |"), "{table}");
        let versions = expand(&book, page, "{{#versions}}").unwrap_err();
        assert!(
            format!("{versions:#}").contains("rust-toolchain.toml"),
            "{versions:#}"
        );
        let escaped = expand(&book, page, "\\{{#flashcards-all}}").unwrap();
        assert_eq!(escaped, "\\{{#flashcards-all}}");
        let _ = std::fs::remove_dir_all(&root);
    }
}

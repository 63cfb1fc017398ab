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
            ("quiz", 0) => {
                let chapter = book
                    .chapters
                    .iter()
                    .find(|c| c.page.path == path)
                    .context("{{#quiz}} belongs in a chapter")?;
                quiz(book, chapter)?
            }
            ("error-index", 0) => error_index(book, path)?,
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
        let captured = captured(book, listing, &output)?;
        s.push_str(&format!(
            "\n<p class=\"listing-output-label\">{title}</p>\n\n```text\n$ {command}\n{}\n```\n",
            captured.trim_end_matches('\n')
        ));
    }
    s.push_str("\n</figure>\n");
    Ok(s)
}

/// A listing's captured output or diagnostic as the book shows it.
// Inlined rather than included, so that trybuild's `$DIR` (the repository)
// can go: paths read from the repository's root, like every other path.
fn captured(book: &Book, listing: &Listing, output: &str) -> Result<String> {
    let text = fs_err::read_to_string(book.root.join(output)).with_context(|| {
        format!(
            "{}: run `cargo xtask bless` (or `cargo xtask bench`) to capture it",
            listing.name
        )
    })?;
    Ok(text.replace("$DIR/", "").trim_end_matches('\n').to_string())
}

/// `{{#quiz}}`: the chapter's "what happens?" quiz (see [`crate::quiz`]).
/// Without JavaScript, and in print, each item is the code, the lettered
/// outcomes and a `<details>` answer; `theme/quiz.js` turns the outcomes
/// into radio buttons, checks the choice and keeps progress.
fn quiz(book: &Book, chapter: &Chapter) -> Result<String> {
    let items = crate::quiz::items(book, chapter)?;
    if items.is_empty() {
        bail!("{{{{#quiz}}}}: chapter.toml names no listings in `quiz = [...]`");
    }
    let page = &chapter.page.path;
    let up = "../".repeat(page.components().count());
    let total = items.len();
    let mut s = format!(
        "<div class=\"quiz\" id=\"quiz\" data-quiz=\"{}\">\n\n",
        chapter.ref_name()
    );
    for (i, item) in items.iter().enumerate() {
        let l = item.listing;
        let id = format!("quiz-{}", l.name);
        let letter = |n: usize| char::from(b'A' + n as u8);
        s.push_str(&format!(
            "<section class=\"quiz-item\" id=\"{id}\" data-item=\"{name}\" data-answer=\"{answer}\">\n\
             <p class=\"quiz-question\" id=\"{id}-q\"><strong>Question {n} of {total}.</strong> \
             You build and run this program. What happens?</p>\n\n\
             ```rust,listing\n{{{{#include {up}{file}}}}}\n```\n\n\
             <ol class=\"quiz-choices\" type=\"A\">\n",
            name = l.name,
            answer = item.answer,
            n = i + 1,
            file = l.file_path(),
        ));
        for (c, outcome) in item.choices.iter().enumerate() {
            s.push_str(&format!(
                "<li data-choice=\"{c}\">{}</li>\n",
                crate::quiz::choice_html(&book.root, outcome)?
            ));
        }
        let home = book
            .chapter(l.chapter)
            .with_context(|| format!("{}: its chapter is not in SUMMARY.md", l.name))?;
        let output = l
            .capture_path()
            .with_context(|| format!("quiz: {} has no captured output", l.name))?;
        s.push_str(&format!(
            "</ol>\n<details class=\"quiz-answer\"><summary>Answer to question {n}</summary>\n\n\
             <p><strong>{letter}.</strong> {choice} This is \
             <a href=\"{href}#{lid}\">{label}</a>.</p>\n\
             <p class=\"listing-output-label\">{title}</p>\n\n\
             ```text\n$ {command}\n{captured}\n```\n\n</details>\n</section>\n\n",
            n = i + 1,
            letter = letter(item.answer),
            choice = crate::quiz::choice_html(&book.root, &item.choices[item.answer])?,
            href = Book::link(page, &home.page.path),
            lid = l.id(),
            label = l.label(),
            title = if l.kind.is_compile_fail() {
                "compiler output"
            } else {
                "output"
            },
            command = l.command(),
            captured = captured(book, l, &output)?,
        ));
    }
    s.push_str("</div>\n");
    Ok(s)
}

/// `{{#error-index}}`: every error the listings show (a code, or the message
/// of a diagnostic without one), with `rustc --explain`'s summary, every
/// listing whose first error it is, and the field guide's entry for it (a
/// `###` heading of the field guide that names it).
fn error_index(book: &Book, path: &Path) -> Result<String> {
    use std::collections::BTreeMap;
    let mut by_error: BTreeMap<(bool, String), Vec<&Listing>> = BTreeMap::new();
    for l in &book.listings {
        if let Kind::CompileFail { error } = &l.kind {
            // Codes first, in order; then the messages without a code.
            let key = (!crate::quiz::is_code(error), error.clone());
            by_error.entry(key).or_default().push(l);
        }
    }
    let guide = book.chapters.iter().find(|c| !c.meta.omits.is_empty());
    let guide_headings: Vec<(String, String)> = guide
        .map(|g| {
            markdown::headings(&g.page.text)
                .into_iter()
                .filter(|h| h.level == 3)
                .map(|h| (h.title.clone(), markdown::heading_id(&h.title)))
                .collect()
        })
        .unwrap_or_default();
    let mut s = String::from(
        "| Error | What it means | Shown in | Field guide |\n| --- | --- | --- | --- |\n",
    );
    for ((_, error), listings) in &by_error {
        let (name, meaning) = if crate::quiz::is_code(error) {
            (
                format!("[{error}](https://doc.rust-lang.org/error_codes/{error}.html)"),
                crate::quiz::explain(&book.root, error)?,
            )
        } else {
            (
                format!("`error: {error}`"),
                "A diagnostic without a code.".to_string(),
            )
        };
        let mut shown = Vec::new();
        for l in listings {
            let home = book
                .chapter(l.chapter)
                .with_context(|| format!("{}: its chapter is not in SUMMARY.md", l.name))?;
            shown.push(format!(
                "[{}]({}#{})",
                l.label(),
                Book::link(path, &home.page.path),
                l.id()
            ));
        }
        // An entry's heading names the code, or starts with the message's
        // first words ("future cannot be sent: a captured value …").
        let key = if crate::quiz::is_code(error) {
            error.clone()
        } else {
            error.split(' ').take(3).collect::<Vec<_>>().join(" ")
        };
        let entries: Vec<String> = guide
            .map(|g| {
                guide_headings
                    .iter()
                    .filter(|(t, _)| t.contains(key.as_str()))
                    .map(|(title, id)| {
                        format!(
                            "[{}]({}#{id})",
                            title.replace('|', "\\|"),
                            Book::link(path, &g.page.path)
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let entry = if entries.is_empty() {
            "—".to_string()
        } else {
            entries.join("<br>")
        };
        s.push_str(&format!(
            "| {name} | {} | {} | {entry} |\n",
            meaning.replace('|', "\\|"),
            shown.join(", ")
        ));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::Book;

    /// A two-chapter scratch book on disk, removed when dropped.
    pub(crate) fn scratch(name: &str, extra: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::Builder::new()
            .prefix(&format!("bookkit-{name}-"))
            .tempdir()
            .unwrap();
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
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn chapters_get_their_opening_block_and_refs_become_links() {
        let book_dir = scratch("open", &[]);
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
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
    }

    #[test]
    fn a_reference_to_nothing_fails_the_build() {
        let book_dir = scratch("badref", &[]);
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
        for bad in [
            "{{#ref chapter-09}}",
            "{{#ref listing-01-02}}",
            "{{#listing x}}",
            "{{#nope}}",
        ] {
            let e = expand(&book, Path::new("ch02-two/index.md"), bad).unwrap_err();
            assert!(!format!("{e:#}").is_empty());
        }
    }

    #[test]
    fn generated_appendices_cover_every_chapter() {
        let book_dir = scratch("appendices", &[]);
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
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
    }

    /// A second chapter with a compile-fail listing, a quiz over both, a
    /// field-guide heading and an error index.
    fn part_v(name: &str) -> tempfile::TempDir {
        let meta = "prerequisites = \"none\"\noutcomes = [\"a\", \"b\", \"c\"]\n\
                    reading-minutes = 30\npractice-minutes = 20\nsession = \"90 min\"\n\
                    omits = [\"Three levels\"]\nquiz = [\"listing-02-01\", \"listing-01-01\"]\n";
        scratch(
            name,
            &[
                ("src/ch02-two/chapter.toml", meta),
                (
                    "src/ch02-two/index.md",
                    "# Two\n\n### E0382: use of moved value\n\n{{#listing listing-02-01}}\n\n\
                     {{#listing listing-01-01}}\n\n{{#quiz}}\n",
                ),
                ("src/appendix/cards.md", "# Cards\n\n{{#error-index}}\n"),
                (
                    "listings/ch02-two/listing-02-01/Cargo.toml",
                    "[package]\nname = \"listing-02-01\"\ndescription = \"Moved\"\n\
                     [package.metadata.listing]\nkind = \"compile-fail\"\nerror = \"E0382\"\n",
                ),
                (
                    "listings/ch02-two/listing-02-01/src/main.rs",
                    "fn main() {}\n",
                ),
                (
                    "listings/ch02-two/listing-02-01/src/main.stderr",
                    "error[E0382]: borrow of moved value: `v`\n --> $DIR/src/main.rs:1:1\n",
                ),
                (
                    "listings/ch01-threads/listing-01-02/Cargo.toml",
                    "[package]\nname = \"listing-01-02\"\ndescription = \"Sent\"\n\
                     [package.metadata.listing]\nkind = \"compile-fail\"\nerror = \"E0277\"\n",
                ),
                (
                    "listings/ch01-threads/listing-01-02/src/main.rs",
                    "fn main() {}\n",
                ),
                (
                    "listings/ch01-threads/listing-01-02/src/main.stderr",
                    "error[E0277]: x\n",
                ),
            ],
        )
    }

    #[test]
    fn a_listing_shown_outside_its_chapter_links_home_under_its_own_id() {
        let book_dir = part_v("reprise");
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
        let two = expand_page(&book, &book.pages[1]).unwrap();
        assert!(two.contains("id=\"see-listing-01-01\""), "{two}");
        assert!(
            two.contains(
                "href=\"../ch01-threads/index.md#listing-01-01\">Listing 1-1 (Chapter 1)</a>"
            ),
            "{two}"
        );
        assert!(
            two.contains("<figure class=\"listing\" id=\"listing-02-01\">"),
            "{two}"
        );
    }

    #[test]
    fn the_quiz_renders_choices_answers_and_captures() {
        let book_dir = part_v("quiz");
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
        let two = expand_page(&book, &book.pages[1]).unwrap();
        let quiz = &two[two.find("<div class=\"quiz\"").expect("a quiz")..];
        assert_eq!(
            quiz.matches("<section class=\"quiz-item\"").count(),
            2,
            "{quiz}"
        );
        assert_eq!(quiz.matches("<li data-choice=").count(), 8, "{quiz}");
        // listing-02-01 fails with E0382: offered, and the answer's letter.
        let first = &quiz[..quiz.find("</section>").unwrap()];
        assert!(first.contains("<strong>E0382</strong>"), "{first}");
        assert!(
            first.contains("A variable was used after its contents have been moved"),
            "{first}"
        );
        assert!(first.contains("$ cargo build --manifest-path listings/ch02-two/listing-02-01/Cargo.toml\nerror[E0382]: borrow of moved value"), "{first}");
        assert!(!first.contains("$DIR"), "{first}");
        let second = &quiz[quiz.find("data-item=\"listing-01-01\"").unwrap()..];
        assert!(
            second.contains("data-answer=\"0\""),
            "a listing that runs answers A: {second}"
        );
    }

    #[test]
    fn the_error_index_names_each_error_its_listings_and_guide_entry() {
        let book_dir = part_v("index");
        let root = book_dir.path();
        let book = Book::load(root).unwrap();
        let index = expand(&book, Path::new("appendix/cards.md"), "{{#error-index}}").unwrap();
        assert!(
            index.contains("| [E0382](https://doc.rust-lang.org/error_codes/E0382.html) | A variable was used after its contents have been moved elsewhere. | [Listing 2-1](../ch02-two/index.md#listing-02-01) | [E0382: use of moved value](../ch02-two/index.md#e0382-use-of-moved-value) |"),
            "{index}"
        );
        assert!(index.contains("| [E0277]"), "{index}");
        assert!(
            index
                .lines()
                .find(|l| l.starts_with("| [E0277]"))
                .unwrap()
                .ends_with("| — |"),
            "{index}"
        );
    }
}

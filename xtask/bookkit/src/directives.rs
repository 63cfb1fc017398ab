//! The book's own directives, expanded to plain mdBook markdown:
//!
//! - `{{#listing listing-01-03}}` — a numbered figure with a stable id, the
//!   file it shows, the command that runs it, a textual badge when it does not
//!   simply run, the code (through mdBook's `{{#include}}`) and the captured
//!   output or diagnostic under it, starting with the command that made it.
//!   `{{#listing listing-01-03 anchor=NAME}}` shows only the anchored part
//!   (the rest stays, hidden, so the excerpt still compiles).
//! - `{{#flashcards}}` — the chapter's deck from `flashcards.toml`.
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
        let next = ["{{#listing ", "{{#flashcards}}"]
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
        if pat == "{{#flashcards}}" {
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

/// The fence info string for a listing's code.
fn fence(kind: Kind) -> &'static str {
    match kind {
        Kind::Run => "rust",
        Kind::Panics => "rust,should_panic",
        Kind::CompileFail => "rust,compile_fail",
        Kind::BuildOnly | Kind::ExerciseStarter | Kind::ExerciseSolution => "rust,no_run",
    }
}

fn figure(listing: &Listing, anchor: Option<&str>, up: &str) -> String {
    let id = listing.id();
    let label = listing.label();
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
    let output = match listing.kind {
        Kind::Run | Kind::Panics => Some(listing.output_path()),
        Kind::CompileFail => Some(listing.stderr_path()),
        _ => None,
    };
    let mut s = format!(
        "<figure class=\"listing\" id=\"{id}\">\n\
         <figcaption><a class=\"listing-label\" href=\"#{id}\">{label}</a>{badge} {caption}\n\
         <span class=\"listing-source\"><code>{file}</code> · <code>{command}</code></span></figcaption>\n\n\
         ```{}\n{code}\n```\n",
        fence(listing.kind)
    );
    if let Some(output) = output {
        let title = if listing.kind == Kind::CompileFail {
            "compiler output"
        } else {
            "output"
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

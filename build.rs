//! Expands every page of the book the way mdBook will render it, and hands the
//! result to skeptic, so `cargo test` compiles (and runs) every Rust block a
//! reader sees. See xtask/bookkit for the expansion and what it fixes.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("pages");
    // Only the sources: never book/ or target/, or every build re-runs this.
    for watched in ["src", "listings", "book.toml"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    if let Err(e) = generate(&root, &out) {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn generate(root: &Path, out: &Path) -> bookkit::Result<()> {
    let book = bookkit::book::Book::load(root)?;
    fs_err::create_dir_all(out)?;
    let mut expanded = Vec::new();
    for page in &book.pages {
        let file = root.join("src").join(&page.path);
        let text = bookkit::directives::expand_page(&book, page)?;
        let text = bookkit::links::expand(&text, &file)?;
        let text = bookkit::snippets::for_skeptic(&text);
        // skeptic names tests after the file; a name must not start with a digit.
        let name = format!(
            "page_{}",
            page.path
                .to_string_lossy()
                .trim_end_matches(".md")
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        );
        let target = out.join(format!("{name}.md"));
        if fs_err::read_to_string(&target).ok().as_deref() != Some(text.as_str()) {
            fs_err::write(&target, &text)?;
        }
        expanded.push(target.to_string_lossy().into_owned());
    }
    skeptic::generate_doc_tests(&expanded);
    Ok(())
}

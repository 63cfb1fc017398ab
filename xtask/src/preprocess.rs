//! The mdBook preprocessor protocol: `preprocess supports <renderer>` answers
//! with the exit code; `preprocess` reads `[context, book]` as JSON on stdin
//! and writes the book back with `{{#listing}}`/`{{#flashcards}}` expanded.

use crate::Result;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

pub fn run(args: &[String]) -> Result<()> {
    match args {
        [] => {}
        [supports, _renderer] if supports == "supports" => return Ok(()),
        other => return Err(format!("unexpected preprocessor arguments: {other:?}")),
    }
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| format!("reading mdBook's input: {e}"))?;
    let (context, mut book): (Value, Value) = serde_json::from_str(&input)
        .map_err(|e| format!("mdBook's input is not [context, book]: {e}"))?;
    let root = PathBuf::from(
        context["root"]
            .as_str()
            .ok_or("mdBook's context has no root")?,
    );
    let listings = bookkit::listings::all(&root).map_err(|e| e.to_string())?;
    if let Some(sections) = book.get_mut("sections").and_then(Value::as_array_mut) {
        expand_items(sections, &root, &listings)?;
    }
    serde_json::to_writer(std::io::stdout(), &book).map_err(|e| format!("writing the book: {e}"))
}

fn expand_items(
    items: &mut [Value],
    root: &Path,
    listings: &[bookkit::listings::Listing],
) -> Result<()> {
    for item in items {
        let Some(chapter) = item.get_mut("Chapter") else {
            continue;
        };
        if let Some(path) = chapter["path"].as_str().map(PathBuf::from)
            && let Some(content) = chapter["content"].as_str()
        {
            let expanded = bookkit::directives::expand(content, &path, root, listings)
                .map_err(|e| e.to_string())?;
            chapter["content"] = Value::String(expanded);
        }
        if let Some(sub) = chapter.get_mut("sub_items").and_then(Value::as_array_mut) {
            expand_items(sub, root, listings)?;
        }
    }
    Ok(())
}

//! The mdBook preprocessor protocol: `preprocess supports <renderer>` answers
//! with the exit code; `preprocess` reads `[context, book]` as JSON on stdin
//! and writes the book back with the book's directives expanded (see
//! `bookkit::directives`). The JSON is mdBook 0.4's; a shape this code does
//! not know (mdBook 0.5 renamed `sections` to `items`) is an error that names
//! the mdBook version, never a book shipped with raw directives in it.

use crate::{Context, Result, anyhow, bail};
use bookkit::book::Book;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

pub fn run(args: &[String]) -> Result<()> {
    match args {
        [] => {}
        [supports, _renderer] if supports == "supports" => return Ok(()),
        other => bail!("unexpected preprocessor arguments: {other:?}"),
    }
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("reading mdBook's input")?;
    let output = process(&input)?;
    serde_json::to_writer(std::io::stdout(), &output).context("writing the book back to mdBook")
}

/// mdBook's `[context, book]` in, the book out.
fn process(input: &str) -> Result<Value> {
    let (context, mut book): (Value, Value) =
        serde_json::from_str(input).context("mdBook's input is not [context, book]")?;
    let version = context["mdbook_version"].as_str().unwrap_or("unknown");
    let unknown = |what: &str| {
        anyhow!(
            "mdBook {version} sent a book whose {what}; this preprocessor speaks mdBook 0.4's \
             JSON (the pinned version is in xtask/src/tools.rs)"
        )
    };
    let root = PathBuf::from(
        context["root"]
            .as_str()
            .ok_or_else(|| unknown("context has no `root`"))?,
    );
    let sections = book
        .get_mut("sections")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| unknown("top level has no `sections` list"))?;
    let model = Book::load(&root)?;
    expand_items(sections, &model, &unknown)?;
    Ok(book)
}

fn expand_items(
    items: &mut [Value],
    model: &Book,
    unknown: &dyn Fn(&str) -> anyhow::Error,
) -> Result<()> {
    for item in items {
        if item.as_str() == Some("Separator") || item.get("PartTitle").is_some() {
            continue;
        }
        if item.get("Chapter").is_none() {
            return Err(unknown(&format!("items include {item}")));
        }
        let chapter = &mut item["Chapter"];
        // A draft chapter has no path and no content.
        if let Some(path) = chapter["path"].as_str().map(PathBuf::from) {
            let content = chapter["content"]
                .as_str()
                .ok_or_else(|| unknown("chapters have no `content`"))?;
            let expanded = bookkit::directives::expand(model, Path::new(&path), content)
                .with_context(|| format!("src/{}", path.display()))?;
            chapter["content"] = Value::String(expanded);
        }
        let sub = chapter
            .get_mut("sub_items")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| unknown("chapters have no `sub_items` list"))?;
        expand_items(sub, model, unknown)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::process;

    #[test]
    fn a_book_of_an_unknown_shape_is_an_error_naming_the_version() {
        let input = r#"[{"root": "/nowhere", "mdbook_version": "0.5.0"}, {"items": []}]"#;
        let e = format!("{:#}", process(input).unwrap_err());
        assert!(e.contains("mdBook 0.5.0") && e.contains("sections"), "{e}");
    }
}

//! A strict re-implementation of mdBook 0.4's `{{#include}}` and
//! `{{#rustdoc_include}}` (its `links` preprocessor), for the skeptic tests.
//!
//! It produces the same text mdBook renders, but where mdBook would quietly
//! render nothing (a missing file, an unknown anchor, an empty line range) it
//! fails and names the file and the directive.

use anyhow::{Result, anyhow, bail};
use fs_err as fs;
use std::path::Path;

const MAX_DEPTH: usize = 10;

/// Which part of the file a directive takes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    All,
    /// Zero-based, end exclusive, as mdBook stores them.
    Lines(usize, Option<usize>),
    Anchor(String),
}

/// Expands every include in `text`, which was read from `file`.
pub fn expand(text: &str, file: &Path) -> Result<String> {
    expand_at(text, file, 0)
}

fn expand_at(text: &str, file: &Path, depth: usize) -> Result<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let escaped = rest[..start].ends_with('\\');
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let inner = &rest[start + 2..start + len];
        let after = &rest[start + len + 2..];
        let trimmed = inner.trim_start();
        if !trimmed.starts_with('#') {
            out.push_str(&rest[..start + 2]);
            rest = &rest[start + 2..];
            continue;
        }
        if escaped {
            out.push_str(&rest[..start - 1]);
            out.push_str(&rest[start..start + len + 2]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..start]);
        let mut words = trimmed[1..].split_whitespace();
        let name = words.next().unwrap_or_default();
        let arg = words.collect::<Vec<_>>().join(" ");
        let expanded = match name {
            "include" | "rustdoc_include" => {
                if depth >= MAX_DEPTH {
                    bail!(
                        "{}: includes nested deeper than {MAX_DEPTH}",
                        file.display()
                    );
                }
                let included = include(name, &arg, file)?;
                let (target, _) = split_target(&arg);
                let target_path = base_dir(file).join(target);
                expand_at(&included, &target_path, depth + 1)?
            }
            "title" => String::new(),
            other => {
                bail!(
                    "{}: the directive `{{{{#{other} …}}}}` is not one the book uses",
                    file.display()
                );
            }
        };
        out.push_str(&expanded);
        rest = after;
    }
    out.push_str(rest);
    Ok(out)
}

fn base_dir(file: &Path) -> &Path {
    file.parent().unwrap_or(Path::new("."))
}

/// Splits `path/to/file.rs:anchor` into the path and the part after the first `:`.
fn split_target(arg: &str) -> (&str, Option<&str>) {
    match arg.split_once(':') {
        Some((path, part)) => (path, Some(part)),
        None => (arg, None),
    }
}

fn parse_part(part: Option<&str>) -> std::result::Result<Part, String> {
    let Some(part) = part else {
        return Ok(Part::All);
    };
    let number = |s: &str| -> std::result::Result<Option<usize>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse::<usize>()
                .map(Some)
                .map_err(|_| format!("`{s}` is not a line number"))
        }
    };
    let mut pieces = part.splitn(2, ':');
    let first = pieces.next().unwrap_or_default();
    let second = pieces.next();
    let first_is_number = first.is_empty() || first.chars().all(|c| c.is_ascii_digit());
    if !first_is_number {
        if second.is_some() || first.is_empty() {
            return Err(format!("`{part}` is neither a line range nor an anchor"));
        }
        return Ok(Part::Anchor(first.to_string()));
    }
    let start = number(first)?;
    match second {
        // `:N` is line N alone.
        None => match start {
            Some(n) if n > 0 => Ok(Part::Lines(n - 1, Some(n))),
            _ => Err(format!("`{part}`: lines count from 1")),
        },
        Some(end) => {
            let end = number(end)?;
            let start = start.map_or(0, |n| n.saturating_sub(1));
            Ok(Part::Lines(start, end))
        }
    }
}

fn include(kind: &str, arg: &str, file: &Path) -> Result<String> {
    let (target, part) = split_target(arg);
    let here = || format!("{}: `{{{{#{kind} {arg}}}}}`", file.display());
    if target.is_empty() {
        bail!("{}: no file named", here());
    }
    let part = parse_part(part).map_err(|e| anyhow!("{}: {e}", here()))?;
    let path = base_dir(file).join(target);
    let text = fs::read_to_string(&path).map_err(|e| anyhow!("{}: {e}", here()))?;
    let taken = match (&part, kind == "rustdoc_include") {
        (Part::All, false) => text.lines().collect::<Vec<_>>().join("\n"),
        (Part::All, true) => hide_outside(&text, 0, None),
        (Part::Lines(start, end), rustdoc) => {
            let count = text.lines().count();
            let stop = end.unwrap_or(count).min(count);
            if *start >= stop {
                bail!(
                    "{}: the line range is empty ({} has {count} lines)",
                    here(),
                    path.display()
                );
            }
            if rustdoc {
                hide_outside(&text, *start, Some(stop))
            } else {
                text.lines()
                    .skip(*start)
                    .take(stop - start)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
        }
        (Part::Anchor(name), rustdoc) => anchored(&text, name, rustdoc)
            .ok_or_else(|| anyhow!("{}: no anchor `{name}` in {}", here(), path.display()))?,
    };
    Ok(taken)
}

/// `rustdoc_include` with a line range: lines outside it are hidden with `# `.
fn hide_outside(text: &str, start: usize, end: Option<usize>) -> String {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            if i >= start && end.is_none_or(|e| i < e) {
                line.to_string()
            } else {
                format!("# {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn anchor_name<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    let at = line.find(marker)?;
    let rest = line[at + marker.len()..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn is_anchor_line(line: &str) -> bool {
    anchor_name(line, "ANCHOR:").is_some() || anchor_name(line, "ANCHOR_END:").is_some()
}

/// The lines between `ANCHOR: name` and `ANCHOR_END: name`, other anchor lines
/// dropped; with `rustdoc`, every other line kept but hidden. `None` when the
/// anchor is missing or encloses nothing.
fn anchored(text: &str, name: &str, rustdoc: bool) -> Option<String> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut seen = false;
    let mut kept = 0;
    for line in text.lines() {
        if inside {
            if anchor_name(line, "ANCHOR_END:") == Some(name) {
                inside = false;
                if !rustdoc {
                    break;
                }
            } else if !is_anchor_line(line) {
                out.push(line.to_string());
                kept += 1;
            }
        } else if anchor_name(line, "ANCHOR:") == Some(name) {
            inside = true;
            seen = true;
        } else if rustdoc && !is_anchor_line(line) {
            out.push(format!("# {line}"));
        }
    }
    (seen && kept > 0).then(|| out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A scratch folder holding `files`, removed when dropped.
    fn fixture(name: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::Builder::new()
            .prefix(&format!("bookkit-links-{name}-"))
            .tempdir()
            .unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        dir
    }

    const CODE: &str = "a\n// ANCHOR: mid\nb\nc\n// ANCHOR_END: mid\nd\n";

    #[test]
    fn ranges_and_anchors_match_mdbook() {
        let dir = fixture("ok", &[("x/code.rs", CODE), ("ch/page.md", "")]);
        let md = dir.path().join("ch/page.md");
        let cases = [
            ("{{#include ../x/code.rs:3}}", "b"),
            ("{{#include ../x/code.rs:3:4}}", "b\nc"),
            ("{{#include ../x/code.rs:5:}}", "// ANCHOR_END: mid\nd"),
            ("{{#include ../x/code.rs::1}}", "a"),
            ("{{#include ../x/code.rs:mid}}", "b\nc"),
            ("{{#rustdoc_include ../x/code.rs:mid}}", "# a\nb\nc\n# d"),
            (
                "{{#rustdoc_include ../x/code.rs:3:4}}",
                "# a\n# // ANCHOR: mid\nb\nc\n# // ANCHOR_END: mid\n# d",
            ),
            ("\\{{#include nothing.rs}}", "{{#include nothing.rs}}"),
        ];
        for (directive, want) in cases {
            assert_eq!(expand(directive, &md).unwrap(), want, "{directive}");
        }
    }

    #[test]
    fn failures_name_the_file_and_the_directive() {
        let dir = fixture("bad", &[("x/code.rs", CODE), ("ch/page.md", "")]);
        let md = dir.path().join("ch/page.md");
        for (directive, needle) in [
            ("{{#include ../x/missing.rs}}", "missing.rs"),
            ("{{#include ../x/code.rs:nope}}", "no anchor `nope`"),
            ("{{#include ../x/code.rs:40:50}}", "line range is empty"),
            ("{{#include ../x/code.rs:0}}", "lines count from 1"),
            ("{{#playground ../x/code.rs}}", "not one the book uses"),
        ] {
            let e = format!("{:#}", expand(directive, &md).unwrap_err());
            assert!(
                e.contains("page.md") && e.contains(needle),
                "{directive}: {e}"
            );
        }
    }
}

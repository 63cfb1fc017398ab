//! The one place that reads markdown: headings and fenced blocks come from
//! pulldown-cmark (by byte offsets into the source, so callers can slice and
//! splice the original text), and the book's `{{#…}}` directives, which are
//! not markdown, from [`directives`].

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A heading: its level (1–6), its text (inline code kept, marks dropped),
/// and the byte range of the whole heading line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub title: String,
    pub range: Range<usize>,
}

/// A fenced code block: its info string, the byte range of the whole block
/// (fences included) and of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    pub info: String,
    pub range: Range<usize>,
    pub content: Range<usize>,
    /// The closing fence (```` ``` ````, `~~~~`, …).
    pub fence: String,
}

impl Fence {
    /// `~~~admonish question title="…" collapsible=true` and the like.
    pub fn is_admonition(&self) -> bool {
        self.info.trim_start().starts_with("admonish")
    }

    /// A Rust block, as skeptic and mdBook read the info string.
    pub fn is_rust(&self) -> bool {
        self.info.split(',').any(|w| w.trim() == "rust")
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The headings of `text` outside code blocks, in order.
pub fn headings(text: &str) -> Vec<Heading> {
    let mut found = Vec::new();
    let mut open: Option<(u8, usize, String)> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                open = Some((level_number(level), range.start, String::new()));
            }
            Event::Text(t) | Event::Code(t) if open.is_some() => {
                if let Some((_, _, title)) = &mut open {
                    if matches!(text.get(range.start..range.start + 1), Some("`")) {
                        title.push('`');
                        title.push_str(&t);
                        title.push('`');
                    } else {
                        title.push_str(&t);
                    }
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start, title)) = open.take() {
                    found.push(Heading {
                        level,
                        title: title.trim().to_string(),
                        range: start..range.end,
                    });
                }
            }
            _ => {}
        }
    }
    found
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The top-level fenced code blocks of `text` (an admonition's body is one
/// block: call this again on its content for the blocks inside).
pub fn fences(text: &str) -> Vec<Fence> {
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = event {
            // pulldown-cmark ends a block before the closing fence's line
            // break, except at the end of the input: take it, always.
            let mut range = range;
            if text[range.end..].starts_with('\n') {
                range.end += 1;
            }
            let block = &text[range.clone()];
            let opening_len = block.find('\n').map_or(block.len(), |i| i + 1);
            let first = block.trim_start();
            let mark = first.chars().next().unwrap_or('`');
            let fence: String = first.chars().take_while(|c| *c == mark).collect();
            let body = &block[opening_len..];
            let trimmed = body.trim_end();
            let content_len = match trimmed.rfind('\n') {
                Some(i) if trimmed[i + 1..].trim() == fence => i + 1,
                None if trimmed.trim() == fence => 0,
                _ => body.len(),
            };
            found.push(Fence {
                info: info.trim().to_string(),
                range: range.clone(),
                content: range.start + opening_len..range.start + opening_len + content_len,
                fence,
            });
        }
    }
    found
}

/// A section: a heading and its body, up to the next heading of the same or
/// a higher level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Heading,
    pub body: Range<usize>,
}

/// The sections at `level` inside `range` of `text` (headings of that level
/// only; deeper ones stay in the body), and the text before the first one.
pub fn sections(text: &str, range: Range<usize>, level: u8) -> (Range<usize>, Vec<Section>) {
    let all: Vec<Heading> = headings(text)
        .into_iter()
        .filter(|h| h.range.start >= range.start && h.range.end <= range.end)
        .collect();
    let mut out: Vec<Section> = Vec::new();
    for (i, h) in all.iter().enumerate() {
        if h.level != level {
            continue;
        }
        let end = all[i + 1..]
            .iter()
            .find(|n| n.level <= level)
            .map_or(range.end, |n| n.range.start);
        out.push(Section {
            heading: h.clone(),
            body: h.range.end..end,
        });
    }
    let preamble_end = out.first().map_or(range.end, |s| s.heading.range.start);
    (range.start..preamble_end, out)
}

/// One of the book's directives, `{{#name args}}`, with the byte range it
/// takes in the text. `\{{#…}}` is an escape, and not a directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive<'a> {
    pub name: &'a str,
    pub args: Vec<&'a str>,
    pub range: Range<usize>,
}

/// The book's own directives in `text` (mdBook's `include`,
/// `rustdoc_include`, `playground` and `title` are left to [`crate::links`]).
pub fn directives(text: &str) -> Vec<Directive<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("{{#") {
        let start = from + at;
        let Some(len) = text[start..].find("}}") else {
            break;
        };
        from = start + 3;
        if text[..start].ends_with('\\') {
            continue;
        }
        let mut words = text[start + 3..start + len].split_whitespace();
        let name = words.next().unwrap_or_default();
        if MDBOOK_DIRECTIVES.contains(&name) {
            continue;
        }
        found.push(Directive {
            name,
            args: words.collect(),
            range: start..start + len + 2,
        });
        from = start + len + 2;
    }
    found
}

/// mdBook's own `{{#…}}` links, expanded by mdBook (and by [`crate::links`]).
pub const MDBOOK_DIRECTIVES: [&str; 4] = ["include", "rustdoc_include", "playground", "title"];

/// Markdown of one short paragraph (a caption, a card) as inline HTML.
pub fn inline_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, options());
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

/// Text made safe for HTML content and attribute values.
/// The id mdBook 0.4 gives a heading (`id_from_content`): code and emphasis
/// marks dropped, lowercased, spaces to `-`, other punctuation removed.
pub fn heading_id(title: &str) -> String {
    title
        .trim()
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c.to_ascii_lowercase()),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A page path in the sources (`ch01-threads/index.md`) as the site serves
/// it (`ch01-threads/index.html`).
pub fn html_path(md_path: &str) -> String {
    match md_path.strip_suffix(".md") {
        Some(stem) => format!("{stem}.html"),
        None => md_path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# Title\n\nintro\n\n## One\n\n```rust\n## not a heading\n```\n\n\
                        ### Inner `code`\n\nx\n\n## Two\n\n~~~admonish tip\n```rust\nlet a = 1;\n```\n~~~\n";

    #[test]
    fn headings_skip_code_blocks_and_keep_inline_code() {
        let titles: Vec<(u8, String)> = headings(TEXT)
            .into_iter()
            .map(|h| (h.level, h.title))
            .collect();
        assert_eq!(
            titles,
            vec![
                (1, "Title".into()),
                (2, "One".into()),
                (3, "Inner `code`".into()),
                (2, "Two".into())
            ]
        );
    }

    #[test]
    fn sections_split_at_their_level_and_keep_deeper_headings() {
        let (preamble, secs) = sections(TEXT, 0..TEXT.len(), 2);
        assert!(TEXT[preamble].contains("intro"));
        assert_eq!(secs.len(), 2);
        assert!(TEXT[secs[0].body.clone()].contains("### Inner"));
        assert!(TEXT[secs[1].body.clone()].starts_with("\n~~~admonish"));
    }

    #[test]
    fn fences_give_info_and_content_and_admonitions_nest() {
        let blocks = fences(TEXT);
        assert_eq!(blocks.len(), 2);
        assert_eq!(&TEXT[blocks[0].content.clone()], "## not a heading\n");
        assert!(blocks[1].is_admonition());
        let inner_text = &TEXT[blocks[1].content.clone()];
        let inner = fences(inner_text);
        assert_eq!(inner.len(), 1);
        assert!(inner[0].is_rust());
        assert_eq!(&inner_text[inner[0].content.clone()], "let a = 1;\n");
    }

    #[test]
    fn directives_skip_escapes_and_mdbook_links() {
        let text = "a {{#listing listing-01-02 anchor=x}} \\{{#ref y}} {{#include f.rs}} {{#ref chapter-03}}";
        let found = directives(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "listing");
        assert_eq!(found[0].args, vec!["listing-01-02", "anchor=x"]);
        assert_eq!(&text[found[1].range.clone()], "{{#ref chapter-03}}");
    }
}

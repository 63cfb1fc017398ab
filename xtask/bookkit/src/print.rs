//! mdBook 0.4's `print.html` made fit for a PDF (`cargo xtask pdf`).
//!
//! mdBook concatenates every page into `print.html`, separated by a
//! page-break `<div>`, but keeps each page's links as links to the other
//! files of the site (`ch02-x/index.html#y`), and renames a heading id that
//! an earlier page already used (`cheat-sheet-3`), so even a link rewritten
//! to `#cheat-sheet` would land in the wrong chapter. [`for_pdf`] gives
//! every id a per-page prefix, turns links between pages into in-page
//! anchors (a heading's id as the page itself has it is mapped to the id
//! print.html gave it, by the order of the headings), unlinks relative links to files outside the book's pages (they
//! would point into the build machine), opens every `<details>` (flashcard
//! answers, collapsible admonitions), drops the script that opens the print
//! dialog, and puts a title page with the contents in front.

use crate::summary::Entry;
use anyhow::{Result, bail};
use std::collections::BTreeMap;

/// The `<div>` mdBook 0.4.52 puts between two pages in `print.html`.
pub const PAGE_BREAK: &str =
    r#"<div style="break-before: page; page-break-before: always;"></div>"#;

/// What goes on the title page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitlePage {
    pub title: String,
    pub description: String,
    pub authors: Vec<String>,
    /// A line such as "Built 2025-01-01 from commit abc1234".
    pub edition: String,
}

/// The in-document anchor of a page: `ch01-threads/index.md` → `ch01-threads-index`.
pub fn page_anchor(path: &str) -> String {
    let stem = path
        .strip_suffix(".md")
        .or_else(|| path.strip_suffix(".html"))
        .unwrap_or(path);
    stem.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

use crate::markdown::escape_html as escape;

fn title_page(t: &TitlePage, entries: &[Entry]) -> String {
    let mut s = String::from("<section class=\"pdf-title-page\">\n");
    s.push_str(&format!(
        "<p class=\"pdf-title\">{}</p>\n",
        escape(&t.title)
    ));
    if !t.description.is_empty() {
        s.push_str(&format!(
            "<p class=\"pdf-subtitle\">{}</p>\n",
            escape(&t.description)
        ));
    }
    if !t.authors.is_empty() {
        s.push_str(&format!(
            "<p class=\"pdf-authors\">{}</p>\n",
            escape(&t.authors.join(", "))
        ));
    }
    if !t.edition.is_empty() {
        s.push_str(&format!(
            "<p class=\"pdf-edition\">{}</p>\n",
            escape(&t.edition)
        ));
    }
    s.push_str("</section>\n");
    s.push_str(PAGE_BREAK);
    s.push_str("<nav class=\"pdf-contents\" aria-label=\"Contents\">\n<p class=\"pdf-contents-title\">Contents</p>\n<ul>\n");
    for e in entries {
        match e {
            Entry::Part(p) => s.push_str(&format!(
                "<li class=\"pdf-contents-part\">{}</li>\n",
                crate::markdown::inline_html(p)
            )),
            Entry::Page { title, path } => s.push_str(&format!(
                "<li><a href=\"#{}\">{}</a></li>\n",
                page_anchor(path),
                crate::markdown::inline_html(title)
            )),
            Entry::Draft { title } => s.push_str(&format!(
                "<li class=\"pdf-contents-planned\">{} (planned)</li>\n",
                crate::markdown::inline_html(title)
            )),
        }
    }
    s.push_str("</ul>\n</nav>\n");
    s
}

/// The ids of the headings (`<h1 id="…">` … `<h6 id="…">`) of `html`, in order.
pub fn heading_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        rest = &rest[i + 2..];
        let level = rest.as_bytes().first().copied().unwrap_or_default();
        if let Some(after) = rest.get(1..).and_then(|r| r.strip_prefix(" id=\""))
            && (b'1'..=b'6').contains(&level)
            && let Some(end) = after.find('"')
        {
            ids.push(after[..end].to_string());
        }
    }
    ids
}

/// Whether a link has a scheme (`https:`, `mailto:`, `file:` …).
fn has_scheme(link: &str) -> bool {
    let mut chars = link.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && link.find(':').is_some_and(|i| {
            link[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        })
}

/// `a/./b/../c.html` → `a/c.html`; `None` when it climbs above the root.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Rewrites every `NAME="…"` attribute value of the tags in `html` with `f`
/// (attribute values are only ever quoted with `"` in mdBook's output, and a
/// `"` in text is escaped, so this does not touch text or code).
fn rewrite_attr(html: &str, name: &str, mut f: impl FnMut(&str) -> String) -> String {
    let needle = format!(" {name}=\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let start = i + needle.len();
        let Some(len) = rest[start..].find('"') else {
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(&f(&rest[start..start + len]));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The PDF version of `print.html`. `entries` are the contents of
/// `SUMMARY.md`; its pages must be exactly the pages of `print.html`.
/// `page_html` gives the rendered page of a `SUMMARY.md` path (`ch01/index.md`),
/// to learn the heading ids links into that page use.
pub fn for_pdf(
    print_html: &str,
    entries: &[Entry],
    title: &TitlePage,
    page_html: impl Fn(&str) -> Option<String>,
) -> Result<String> {
    let (Some(open), Some(close)) = (print_html.find("<main>"), print_html.rfind("</main>")) else {
        bail!("print.html has no <main> element: not mdBook 0.4's print page?");
    };
    let body = &print_html[open + "<main>".len()..close];
    let segments: Vec<&str> = body.split(PAGE_BREAK).collect();
    let pages: Vec<&str> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Page { path, .. } => Some(path.as_str()),
            Entry::Part(_) | Entry::Draft { .. } => None,
        })
        .collect();
    if segments.len() != pages.len() {
        bail!(
            "print.html has {} pages, SUMMARY.md links {}: cannot tell which is which",
            segments.len(),
            pages.len()
        );
    }
    let anchors: BTreeMap<String, String> = pages
        .iter()
        .map(|p| {
            let html = crate::markdown::html_path(p);
            (html, page_anchor(p))
        })
        .collect();
    // Per page: heading id in the page itself → heading id in print.html.
    let mut renamed: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (segment, page) in segments.iter().zip(&pages) {
        let printed = heading_ids(segment);
        let own = page_html(page).map(|h| heading_ids(&h)).unwrap_or_default();
        let map = if own.len() == printed.len() {
            own.into_iter().zip(printed).collect()
        } else {
            BTreeMap::new()
        };
        renamed.insert(page_anchor(page), map);
    }
    let mut main = title_page(title, entries);
    for (segment, page) in segments.iter().zip(&pages) {
        let anchor = page_anchor(page);
        let with_ids = rewrite_attr(segment, "id", |id| format!(" id=\"{anchor}--{id}\""));
        let linked = rewrite_attr(&with_ids, "href", |href| {
            if has_scheme(href) {
                return format!(" href=\"{href}\"");
            }
            let (path, fragment) = match href.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (href, None),
            };
            let target = if path.is_empty() {
                Some(anchor.clone())
            } else {
                let p = normalize(path).unwrap_or_default();
                // The site's root page is the first page under another name.
                anchors.get(&p).cloned().or_else(|| {
                    (p == "index.html")
                        .then(|| pages.first().map(|f| page_anchor(f)))
                        .flatten()
                })
            };
            // A link from another file names the heading as that page has it.
            let fragment = match (&target, fragment) {
                (Some(t), Some(f)) if !path.is_empty() => Some(
                    renamed
                        .get(t)
                        .and_then(|m| m.get(f))
                        .map_or(f, String::as_str),
                ),
                (_, f) => f,
            };
            match (target, fragment) {
                (Some(t), Some(f)) if !f.is_empty() => format!(" href=\"#{t}--{f}\""),
                (Some(t), _) => format!(" href=\"#{t}\""),
                // A file of the site that is not a page (a download): no link
                // into the build machine's disk; the text stays.
                (None, _) => format!(" data-site-href=\"{href}\""),
            }
        });
        main.push_str(PAGE_BREAK);
        main.push_str(&format!(
            "<div id=\"{anchor}\" class=\"pdf-page-start\"></div>"
        ));
        main.push_str(&linked.replace("<details ", "<details open "));
    }
    let head = print_html[..open].replacen("<html ", "<html data-pdf=\"true\" ", 1);
    let tail = print_html[close..].replace("window.setTimeout(window.print, 100);", "");
    Ok(format!("{head}<main>{main}{tail}"))
}

/// The in-document links (`href="#…"`) of `html` whose target id does not
/// exist, each once, in order: in the PDF they would lead nowhere.
pub fn dangling_links(html: &str) -> Vec<String> {
    let mut ids = std::collections::BTreeSet::new();
    rewrite_attr(html, "id", |id| {
        ids.insert(id.to_string());
        String::new()
    });
    let mut dangling = Vec::new();
    rewrite_attr(html, "href", |href| {
        if let Some(target) = href.strip_prefix('#')
            && !target.is_empty()
            && !ids.contains(target)
            && !dangling.iter().any(|d| d == href)
        {
            dangling.push(href.to_string());
        }
        String::new()
    });
    dangling
}

/// The width in CSS pixels of the text in a PDF code box: A4 less 2 × 15 mm
/// margins is 680 px, less 2 × 15 px of page padding and 2 × 10 px of
/// `pre > code` padding. (Boxes inside a list or an admonition are a little
/// narrower; `cargo xtask pdf` checks the printed result.)
pub const OUTPUT_BOX_PX: usize = 630;

/// The narrowest character advance an output block gets, in CSS pixels.
/// Chromium's PDF rounds a monospace font to whole pixels, then its advance
/// (0.6 em for Source Code Pro) to whole pixels: 9 px fonts advance 5 px,
/// 10 px 6, 11 and 12 px 7, 13 and 14 px 8, and lines break by those
/// widths. So a block's size is the largest whole size of the advance its
/// longest line needs; 5 px is a 9 px (6.75 pt) font, above the readability
/// floor of 6.5 pt.
pub const OUTPUT_MIN_ADVANCE_PX: usize = 5;

/// How many characters of a captured output or diagnostic fit on one line of
/// the PDF at the smallest size. A longer line wraps (it is not cut off);
/// `cargo xtask pdf` names it.
pub const OUTPUT_COLUMNS_AT_FLOOR: usize = OUTPUT_BOX_PX / OUTPUT_MIN_ADVANCE_PX;

/// The print font size (whole CSS px) for an output block whose longest line
/// is `columns` wide, or `None` for code's own size (14 px, an 8 px advance
/// in the PDF: 78 columns).
pub fn output_font_px(columns: usize) -> Option<u32> {
    const NORMAL_ADVANCE_PX: usize = 8;
    if columns * NORMAL_ADVANCE_PX <= OUTPUT_BOX_PX {
        return None;
    }
    Some(match (OUTPUT_BOX_PX / columns).max(OUTPUT_MIN_ADVANCE_PX) {
        7 => 12,
        6 => 10,
        _ => 9,
    })
}

const OUTPUT_LABEL: &str = "<p class=\"listing-output-label\">";

/// A captured output or diagnostic as `print.html` shows it under a listing
/// (`<p class="listing-output-label">`, then a `<pre><code>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputBlock {
    /// The id of the listing's figure (`listing-01-03`, or with the PDF's
    /// page prefix), empty when the block is in no figure.
    pub listing: String,
    /// The lines as the reader sees them (tags dropped, entities decoded).
    pub lines: Vec<String>,
    /// Byte offset of the block's `<pre` in the HTML.
    pre_at: usize,
}

impl OutputBlock {
    /// The width of the longest line, in characters.
    pub fn columns(&self) -> usize {
        self.lines
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    }
}

fn decode_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// Every output block of `html`, in order. A label not followed by a
/// `<pre><code …>…</code></pre>` is an error: the figure's shape changed.
pub fn output_blocks(html: &str) -> Result<Vec<OutputBlock>> {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(OUTPUT_LABEL) {
        let label = from + i;
        let Some(end_p) = html[label..].find("</p>").map(|e| label + e + "</p>".len()) else {
            bail!("an output label at byte {label} is not closed");
        };
        let rest = &html[end_p..];
        let pre_at = end_p + (rest.len() - rest.trim_start().len());
        let tail = &html[pre_at..];
        let (Some(open_end), Some(close)) = (tail.find('>'), tail.find("</code></pre>")) else {
            bail!("the output label at byte {label} is not followed by <pre><code>");
        };
        let code_open = tail[open_end + 1..].find('>').map(|e| open_end + 1 + e + 1);
        let is_pre = tail.starts_with("<pre>") || tail.starts_with("<pre ");
        if !is_pre || !tail[open_end + 1..].starts_with("<code") {
            bail!("the output label at byte {label} is not followed by <pre><code>");
        }
        let Some(text_at) = code_open.filter(|&t| t <= close) else {
            bail!("the output label at byte {label} is not followed by <pre><code>");
        };
        let listing = html[..label]
            .rfind("<figure class=\"listing\" id=\"")
            .filter(|&f| !html[f..label].contains("</figure>"))
            .map(|f| {
                let id = &html[f + "<figure class=\"listing\" id=\"".len()..];
                id[..id.find('"').unwrap_or(0)].to_string()
            })
            .unwrap_or_default();
        let text = decode_text(&tail[text_at..close]);
        blocks.push(OutputBlock {
            listing,
            lines: text
                .trim_end_matches('\n')
                .lines()
                .map(String::from)
                .collect(),
            pre_at,
        });
        from = pre_at + close;
    }
    Ok(blocks)
}

/// `html` with each output block whose longest line is too wide for code's
/// own size told its size ([`output_font_px`]), as
/// `style="--output-font: 12px"`, which the print CSS applies.
pub fn mark_output_columns(html: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len() + 4096);
    let mut copied = 0;
    for block in output_blocks(html)? {
        let Some(px) = output_font_px(block.columns()) else {
            continue;
        };
        out.push_str(&html[copied..block.pre_at]);
        out.push_str(&format!("<pre style=\"--output-font: {px}px\""));
        copied = block.pre_at + "<pre".len();
    }
    out.push_str(&html[copied..]);
    Ok(out)
}

/// The lines of `blocks` that the PDF's text (`pdftotext -layout`) does not
/// hold whole on one line: they wrapped. Runs of spaces count as one space.
pub fn wrapped_lines<'a>(blocks: &'a [OutputBlock], pdf_text: &str) -> Vec<(&'a str, &'a str)> {
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text: String = pdf_text
        .lines()
        .map(|l| squeeze(l) + "\n")
        .collect::<String>();
    let mut wrapped = Vec::new();
    for block in blocks {
        for line in &block.lines {
            let line_text = squeeze(line);
            if !line_text.is_empty() && !text.contains(&line_text) {
                wrapped.push((block.listing.as_str(), line.as_str()));
            }
        }
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "# Summary\n\n[Introduction](introduction.md)\n\n# Part I — Threads\n\n\
        - [Threads and `move`](ch01-threads/index.md)\n- [Draft]()\n- [Scoped](ch02-scoped/index.md)\n";

    fn print_page(pages: &[&str]) -> String {
        format!(
            "<html lang=\"en\"><body><main>{}</main><script>\n\
             window.addEventListener('load', function() {{\n    window.setTimeout(window.print, 100);\n}});\n\
             </script></body></html>",
            pages.join(PAGE_BREAK)
        )
    }

    #[test]
    fn links_between_pages_become_in_document_anchors() {
        let html = print_page(&[
            "<h1 id=\"introduction\">Intro</h1><a href=\"ch01-threads/index.html\">ch1</a>",
            "<h1 id=\"threads\">T</h1><h2 id=\"the-problem\">P</h2>\
             <a href=\"ch01-threads/../ch02-scoped/index.html#the-problem\">x</a>\
             <a href=\"ch01-threads/../ch02-scoped/index.html#listing-02-01\">fig</a>\
             <a href=\"ch01-threads/index.html#the-problem\">self</a>\
             <a href=\"https://doc.rust-lang.org/std/thread/\">std</a>\
             <a href=\"anki/ch01-threads.txt\" download>deck</a>\
             <details class=\"flashcard\"><summary>Q</summary>A</details>",
            "<h1 id=\"scoped\">S</h1><h2 id=\"the-problem-1\">P</h2><a href=\"index.html\">home</a>\
             <a class=\"header\" href=\"#the-problem-1\">self</a>",
        ]);
        let title = TitlePage {
            title: "Send + Sync".into(),
            authors: vec!["A".into(), "B".into()],
            ..TitlePage::default()
        };
        // Scoped's page has its heading as `the-problem`; print.html renamed
        // it to `the-problem-1` (the first chapter had one before it).
        let own = |p: &str| {
            (p == "ch02-scoped/index.md")
                .then(|| "<h1 id=\"scoped\">S</h1><h2 id=\"the-problem\">P</h2>".to_string())
        };
        let pdf = for_pdf(&html, &crate::summary::entries(SUMMARY), &title, own).unwrap();
        for needle in [
            "<html data-pdf=\"true\" lang=\"en\">",
            "<p class=\"pdf-title\">Send + Sync</p>",
            "<p class=\"pdf-authors\">A, B</p>",
            "<li><a href=\"#ch01-threads-index\">Threads and <code>move</code></a></li>",
            "<li class=\"pdf-contents-part\">Part I — Threads</li>",
            "<div id=\"ch01-threads-index\" class=\"pdf-page-start\"></div>",
            "id=\"ch01-threads-index--the-problem\"",
            "id=\"ch02-scoped-index--the-problem-1\"",
            "<a href=\"#ch01-threads-index\">ch1</a>",
            "<a href=\"#ch02-scoped-index--the-problem-1\">x</a>",
            "<a href=\"#ch02-scoped-index--listing-02-01\">fig</a>",
            "<a class=\"header\" href=\"#ch02-scoped-index--the-problem-1\">self</a>",
            "<a href=\"#ch01-threads-index--the-problem\">self</a>",
            "<a href=\"https://doc.rust-lang.org/std/thread/\">std</a>",
            "<a data-site-href=\"anki/ch01-threads.txt\" download>deck</a>",
            "<details open class=\"flashcard\">",
            "<a href=\"#introduction\">home</a>",
        ] {
            assert!(pdf.contains(needle), "missing `{needle}` in:\n{pdf}");
        }
        assert!(!pdf.contains("window.print"), "{pdf}");
        // Title page, contents, then one break before each of the 3 pages.
        assert_eq!(pdf.matches(PAGE_BREAK).count(), 4);
    }

    #[test]
    fn dangling_links_are_found() {
        let html = "<h1 id=\"a\">A</h1><a href=\"#a\">ok</a><a href=\"#b\">no</a>\
                    <a href=\"#b\">again</a><a href=\"https://x#c\">web</a>";
        assert_eq!(dangling_links(html), ["#b"]);
    }

    #[test]
    fn a_page_count_mismatch_is_an_error() {
        let html = print_page(&["<h1>Only one</h1>"]);
        let e = for_pdf(
            &html,
            &crate::summary::entries(SUMMARY),
            &TitlePage::default(),
            |_| None,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("print.html has 1 pages, SUMMARY.md links 3"),
            "{e}"
        );
        assert!(for_pdf("<html></html>", &[], &TitlePage::default(), |_| None).is_err());
        assert_eq!(
            heading_ids("<h1 id=\"a\">x</h1><hr><h2>no id</h2><h3 id=\"b\">y</h3><html>"),
            ["a", "b"]
        );
    }

    #[test]
    fn paths_normalize_and_schemes_are_recognised() {
        assert_eq!(normalize("a/./b/../c.html").as_deref(), Some("a/c.html"));
        assert_eq!(normalize("../x"), None);
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("ch01/index.html#a:b"));
        assert!(!has_scheme("#frag"));
        assert_eq!(page_anchor("ch01-threads/index.md"), "ch01-threads-index");
    }

    #[test]
    fn output_blocks_are_found_marked_and_checked_for_wrapping() {
        let html = "<figure class=\"listing\" id=\"p--listing-01-03\">\n<pre><code class=\"language-rust\">fn main() {}</code></pre>\n\
                    <p class=\"listing-output-label\">compiler output</p>\n\
                    <pre><code class=\"language-text\">$ cargo build\nerror[E0277]: `Rc&lt;&amp;str&gt;` cannot be sent\n  |  ^^ <span>x</span>\n</code></pre>\n</figure>\n\
                    <p class=\"listing-output-label\">output</p>\n<pre><code>ok</code></pre>";
        let blocks = output_blocks(html).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].listing, "p--listing-01-03");
        assert_eq!(
            blocks[0].lines,
            [
                "$ cargo build",
                "error[E0277]: `Rc<&str>` cannot be sent",
                "  |  ^^ x"
            ]
        );
        assert_eq!(blocks[0].columns(), 39);
        assert_eq!(blocks[1].listing, "", "not in a figure");
        assert_eq!(output_font_px(78), None, "78 columns fit at 14 px");
        assert_eq!(output_font_px(79), Some(12), "a 7 px advance");
        assert_eq!(output_font_px(105), Some(10), "a 6 px advance");
        assert_eq!(output_font_px(106), Some(9), "a 5 px advance");
        assert_eq!(output_font_px(OUTPUT_COLUMNS_AT_FLOOR), Some(9));
        assert_eq!(output_font_px(280), Some(9), "never below the floor");
        assert_eq!(OUTPUT_COLUMNS_AT_FLOOR, 126);
        let wide = format!("{}\n", "x".repeat(100));
        let html = &html.replacen("$ cargo build\n", &format!("$ cargo build\n{wide}"), 1);
        let marked = mark_output_columns(html).unwrap();
        assert!(marked.contains(
            "compiler output</p>\n<pre style=\"--output-font: 10px\"><code class=\"language-text\">"
        ));
        assert!(
            marked.contains("output</p>\n<pre><code>ok"),
            "short enough: unmarked"
        );
        assert!(
            marked.contains("<pre><code class=\"language-rust\">"),
            "only output blocks"
        );
        assert_eq!(
            output_blocks(&marked).unwrap().len(),
            2,
            "a marked block is still found"
        );
        // Whole lines (spacing aside) are found; a line broken in two is not.
        let pdf = "COMPILER OUTPUT\n $ cargo  build\n error[E0277]: `Rc<&str>` cannot\n be sent\n   |  ^^ x\n";
        assert_eq!(
            wrapped_lines(&blocks, pdf),
            [
                (
                    "p--listing-01-03",
                    "error[E0277]: `Rc<&str>` cannot be sent"
                ),
                ("", "ok")
            ]
        );
        // A label with something else after it is an error, not a silent skip.
        assert!(
            output_blocks("<p class=\"listing-output-label\">output</p><p>no code</p>").is_err()
        );
        assert!(
            output_blocks("<p class=\"listing-output-label\">output</p>\n<pre><div>a</div></pre>")
                .is_err()
        );
    }
}

//! The glossary appendix (`src/appendix-glossary.md`) and the links into it.
//!
//! An entry is one paragraph, `<a id="glossary-send"></a>**`Send`** — …`,
//! under a one-letter `##` heading, and names the chapter that teaches it
//! with `{{#ref chapter-NN}}`. Pages link to an entry as
//! `[Send](../appendix-glossary.md#glossary-send)`. Each check is a function
//! of the pages' text, run once on the book and once on a broken fixture that
//! shows it can fail.

mod support;

use bookkit::book::Book;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

const GLOSSARY: &str = "appendix-glossary.md";
const ANCHOR: &str = "<a id=\"glossary-";

/// One glossary entry.
#[derive(Debug)]
struct Entry {
    id: String,
    /// The bold term, as written (`` `Send` ``, `fork–join`).
    term: String,
    /// The `##` letter heading the entry sits under, if any.
    letter: Option<String>,
    /// The whole paragraph.
    text: String,
}

/// A link into the glossary: the page it is on, where, its path and its id.
#[derive(Debug)]
struct Link {
    page: PathBuf,
    at: Range<usize>,
    path: String,
    id: String,
}

fn glossary_text() -> &'static str {
    &support::book()
        .page(Path::new(GLOSSARY))
        .unwrap_or_else(|| panic!("SUMMARY.md does not link {GLOSSARY}"))
        .text
}

fn book_pages() -> Vec<(PathBuf, String)> {
    support::book()
        .pages
        .iter()
        .map(|p| (p.path.clone(), p.text.clone()))
        .collect()
}

/// The entries of the glossary, in the order they are written.
fn entries(glossary: &str) -> Vec<Entry> {
    let mut found = Vec::new();
    let mut letter = None;
    for paragraph in glossary.split("\n\n") {
        let paragraph = paragraph.trim();
        if let Some(heading) = paragraph.strip_prefix("## ") {
            letter = Some(heading.trim().to_string());
            continue;
        }
        let Some(rest) = paragraph.strip_prefix(ANCHOR) else {
            continue;
        };
        let id_end = rest.find('"').unwrap_or(rest.len());
        let id = format!("glossary-{}", &rest[..id_end]);
        let term = rest[id_end..]
            .strip_prefix("\"></a>**")
            .and_then(|r| r.split_once("**"))
            .map(|(term, _)| term.to_string())
            .unwrap_or_default();
        found.push(Entry {
            id,
            term,
            letter: letter.clone(),
            text: paragraph.to_string(),
        });
    }
    found
}

/// Byte ranges of `text` that are code, not prose: fenced blocks, and the
/// fenced blocks inside admonitions (whose own bodies are prose).
fn code_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for fence in bookkit::markdown::fences(text) {
        if fence.is_admonition() {
            let offset = fence.content.start;
            ranges.extend(
                code_ranges(&text[fence.content.clone()])
                    .into_iter()
                    .map(|r| r.start + offset..r.end + offset),
            );
        } else {
            ranges.push(fence.range);
        }
    }
    ranges
}

/// Every markdown link into the glossary on a page, outside code. On the
/// glossary itself, `(#glossary-…)` links count too, with an empty path.
fn links(page: &Path, text: &str) -> Vec<Link> {
    let code = code_ranges(text);
    let in_code = |at: usize| code.iter().any(|r| r.contains(&at));
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("](") {
        let target_start = from + i + 2;
        from = target_start;
        let Some(len) = text[target_start..].find(')') else {
            break;
        };
        let target = &text[target_start..target_start + len];
        let Some((path, id)) = target.split_once('#') else {
            continue;
        };
        let to_glossary = path == GLOSSARY
            || path.ends_with(&format!("/{GLOSSARY}"))
            || id.starts_with("glossary-");
        if !to_glossary || in_code(target_start) {
            continue;
        }
        let text_start = text[..target_start - 2]
            .rfind('[')
            .unwrap_or(target_start - 2);
        found.push(Link {
            page: page.to_path_buf(),
            at: text_start..target_start + len + 1,
            path: path.to_string(),
            id: id.to_string(),
        });
    }
    found
}

fn all_links(pages: &[(PathBuf, String)]) -> Vec<Link> {
    pages
        .iter()
        .flat_map(|(path, text)| links(path, text))
        .collect()
}

/// What a reader sorts by: the term without its marks, in lower case
/// (`` `'static` `` → `static`, `fork–join` → `fork join`).
fn sort_key(term: &str) -> String {
    term.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- the checks ----

/// (a) Every link into the glossary names it by the right relative path and
/// lands on an anchor that the glossary defines.
fn broken_links(glossary: &str, pages: &[(PathBuf, String)]) -> Vec<String> {
    let ids: BTreeSet<String> = entries(glossary).into_iter().map(|e| e.id).collect();
    let mut problems = Vec::new();
    for link in all_links(pages) {
        let expected = if link.page == Path::new(GLOSSARY) {
            String::new()
        } else {
            Book::link(&link.page, Path::new(GLOSSARY))
        };
        if link.path != expected {
            problems.push(format!(
                "src/{}: `{}#{}` should be `{expected}#{}`",
                link.page.display(),
                link.path,
                link.id,
                link.id
            ));
        }
        if !ids.contains(&link.id) {
            problems.push(format!(
                "src/{}: links to `#{}`, which is no glossary entry",
                link.page.display(),
                link.id
            ));
        }
    }
    problems
}

/// (b) Every entry is linked from at least one page besides the glossary,
/// so a reader meets each term where it is used.
fn unlinked_entries(glossary: &str, pages: &[(PathBuf, String)]) -> Vec<String> {
    let linked: BTreeSet<String> = all_links(pages)
        .into_iter()
        .filter(|l| l.page != Path::new(GLOSSARY))
        .map(|l| l.id)
        .collect();
    entries(glossary)
        .into_iter()
        .filter(|e| !linked.contains(&e.id))
        .map(|e| format!("{} ({}) is linked from no page", e.id, e.term))
        .collect()
}

/// (c) Each id is defined once and well formed, each entry has a term, the
/// entries are in alphabetical order under the right letter heading, and
/// the letter index at the top lists exactly those headings.
fn disordered_entries(glossary: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rest = glossary;
    while let Some(i) = rest.find(ANCHOR) {
        rest = &rest[i + ANCHOR.len() - "glossary-".len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        *count.entry(&rest[..end]).or_default() += 1;
    }
    for (id, n) in &count {
        if *n > 1 {
            problems.push(format!("{id} is defined {n} times"));
        }
        let slug = id.strip_prefix("glossary-").unwrap_or_default();
        let well_formed = !slug.is_empty()
            && slug.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !well_formed {
            problems.push(format!(
                "`{id}` is not `glossary-` and lowercase ASCII words joined by hyphens"
            ));
        }
    }
    let entries = entries(glossary);
    if entries.len() != count.values().sum::<usize>() {
        problems.push(
            "an anchor does not start its own paragraph as `<a id=\"glossary-…\"></a>**term** — …`"
                .into(),
        );
    }
    for e in &entries {
        if e.term.is_empty() || !e.text.contains("** — ") {
            problems.push(format!(
                "{}: write the entry as `{ANCHOR}…\"></a>**term** — definition`",
                e.id
            ));
        }
        let first = sort_key(&e.term)
            .chars()
            .next()
            .map(|c| c.to_ascii_uppercase().to_string());
        if e.letter != first {
            problems.push(format!(
                "{} ({}) is under `## {}`, not `## {}`",
                e.id,
                e.term,
                e.letter.as_deref().unwrap_or("(no heading)"),
                first.as_deref().unwrap_or("?")
            ));
        }
    }
    for pair in entries.windows(2) {
        let (a, b) = (sort_key(&pair[0].term), sort_key(&pair[1].term));
        if a >= b {
            problems.push(format!(
                "{} ({}) must come after {} ({}): the entries are alphabetical",
                pair[0].id, pair[0].term, pair[1].id, pair[1].term
            ));
        }
    }
    let headings: Vec<String> = bookkit::markdown::headings(glossary)
        .into_iter()
        .filter(|h| h.level == 2)
        .map(|h| h.title)
        .collect();
    let intro_end = glossary.find("\n## ").unwrap_or(glossary.len());
    let index: Vec<String> = glossary[..intro_end]
        .split("](#")
        .skip(1)
        .filter_map(|s| s.split_once(')').map(|(anchor, _)| anchor.to_uppercase()))
        .collect();
    if index != headings {
        problems.push(format!(
            "the letter index lists {index:?}, but the letter headings are {headings:?}"
        ));
    }
    problems
}

/// (d) Every entry sends the reader to a chapter that teaches it, with a
/// checked `{{#ref chapter-NN}}` of a chapter that exists.
fn entries_without_chapter(glossary: &str, chapters: &BTreeSet<u32>) -> Vec<String> {
    let mut problems = Vec::new();
    for e in entries(glossary) {
        let refs: Vec<u32> = bookkit::markdown::directives(&e.text)
            .into_iter()
            .filter(|d| d.name == "ref")
            .filter_map(|d| d.args.first()?.strip_prefix("chapter-")?.parse().ok())
            .collect();
        if refs.is_empty() {
            problems.push(format!(
                "{} ({}) names no chapter: add `See {{{{#ref chapter-NN}}}}.`",
                e.id, e.term
            ));
        }
        for n in refs.iter().filter(|n| !chapters.contains(n)) {
            problems.push(format!(
                "{} refers to chapter {n}, which is not in the book",
                e.id
            ));
        }
    }
    problems
}

/// Links into the glossary stand in prose, once per term per page: not in a
/// heading (its text becomes an anchor and a table-of-contents line) and not
/// in a cheat sheet (the cheat-sheet appendix shows it from another folder).
fn misplaced_links(pages: &[(PathBuf, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, text) in pages {
        let headings = bookkit::markdown::headings(text);
        let cheat_sheet = text.find("<!-- ANCHOR: cheat-sheet -->").map(|start| {
            start
                ..text[start..]
                    .find("<!-- ANCHOR_END: cheat-sheet -->")
                    .map_or(text.len(), |end| start + end)
        });
        let mut seen = BTreeSet::new();
        for link in links(path, text) {
            let page = path.display();
            if headings.iter().any(|h| h.range.contains(&link.at.start)) {
                problems.push(format!("src/{page}: a heading links to {}", link.id));
            }
            if cheat_sheet
                .as_ref()
                .is_some_and(|r| r.contains(&link.at.start))
            {
                problems.push(format!("src/{page}: the cheat sheet links to {}", link.id));
            }
            if path != Path::new(GLOSSARY) && !seen.insert(link.id.clone()) {
                problems.push(format!("src/{page}: links to {} more than once", link.id));
            }
        }
    }
    problems
}

fn report(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

// ---- the book ----

#[test]
fn every_glossary_link_resolves() {
    report(broken_links(glossary_text(), &book_pages()));
}

#[test]
fn every_entry_is_linked_from_a_page() {
    report(unlinked_entries(glossary_text(), &book_pages()));
}

#[test]
fn entries_are_defined_once_in_alphabetical_order() {
    report(disordered_entries(glossary_text()));
}

#[test]
fn every_entry_links_to_a_chapter() {
    let chapters = support::book().chapters.iter().map(|c| c.number).collect();
    report(entries_without_chapter(glossary_text(), &chapters));
}

#[test]
fn glossary_links_stand_in_prose_once_per_page() {
    report(misplaced_links(&book_pages()));
}

// ---- each check can fail ----

const FIXTURE: &str = "# Glossary\n\n[A](#a) · [S](#s)\n\n## A\n\n\
    <a id=\"glossary-arc\"></a>**`Arc`** — Shared ownership. See {{#ref chapter-04}}.\n\n\
    ## S\n\n\
    <a id=\"glossary-send\"></a>**`Send`** — May move. Unlike an [`Arc`](#glossary-arc). \
    See {{#ref chapter-07}}.\n";

fn fixture_pages(chapter: &str) -> Vec<(PathBuf, String)> {
    vec![
        (PathBuf::from(GLOSSARY), FIXTURE.to_string()),
        (
            PathBuf::from("ch07-send-sync/index.md"),
            chapter.to_string(),
        ),
    ]
}

const GOOD_CHAPTER: &str = "# Send\n\n[`Send`](../appendix-glossary.md#glossary-send) and \
    [`Arc`](../appendix-glossary.md#glossary-arc).\n";

#[test]
fn the_fixture_passes_every_check() {
    let pages = fixture_pages(GOOD_CHAPTER);
    let chapters = BTreeSet::from([4, 7]);
    report(broken_links(FIXTURE, &pages));
    report(unlinked_entries(FIXTURE, &pages));
    report(disordered_entries(FIXTURE));
    report(entries_without_chapter(FIXTURE, &chapters));
    report(misplaced_links(&pages));
}

#[test]
fn a_link_to_a_missing_anchor_or_by_a_wrong_path_fails() {
    let typo = GOOD_CHAPTER.replace("#glossary-send", "#glossary-sned");
    let problems = broken_links(FIXTURE, &fixture_pages(&typo));
    assert!(
        problems.iter().any(|p| p.contains("`#glossary-sned`")),
        "{problems:?}"
    );
    let wrong_path = GOOD_CHAPTER.replace(
        "../appendix-glossary.md#glossary-arc",
        "appendix-glossary.md#glossary-arc",
    );
    let problems = broken_links(FIXTURE, &fixture_pages(&wrong_path));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("should be `../appendix-glossary.md#glossary-arc`")),
        "{problems:?}"
    );
    let inside = FIXTURE.replace("(#glossary-arc)", "(#glossary-rc)");
    let mut pages = fixture_pages(GOOD_CHAPTER);
    pages[0].1.clone_from(&inside);
    let problems = broken_links(&inside, &pages);
    assert!(
        problems.iter().any(|p| p.contains("`#glossary-rc`")),
        "{problems:?}"
    );
}

#[test]
fn an_entry_no_page_links_fails() {
    let only_send = "[`Send`](../appendix-glossary.md#glossary-send)\n";
    let problems = unlinked_entries(FIXTURE, &fixture_pages(only_send));
    assert_eq!(problems, ["glossary-arc (`Arc`) is linked from no page"]);
    // A link in a code block is no link.
    let in_code = format!("{only_send}\n```text\n[x](../appendix-glossary.md#glossary-arc)\n```\n");
    assert_eq!(unlinked_entries(FIXTURE, &fixture_pages(&in_code)).len(), 1);
}

#[test]
fn a_duplicate_or_out_of_order_entry_fails() {
    let twice = FIXTURE.replace("glossary-send\"", "glossary-arc\"");
    let problems = disordered_entries(&twice);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("glossary-arc is defined 2 times")),
        "{problems:?}"
    );
    let swapped = "# Glossary\n\n[S](#s)\n\n## S\n\n\
        <a id=\"glossary-sync\"></a>**`Sync`** — Shared. See {{#ref chapter-07}}.\n\n\
        <a id=\"glossary-send\"></a>**`Send`** — Moved. See {{#ref chapter-07}}.\n";
    let problems = disordered_entries(swapped);
    assert!(
        problems.iter().any(|p| p.contains("must come after")),
        "{problems:?}"
    );
    let misfiled = FIXTURE
        .replace("## S", "## T")
        .replace("[S](#s)", "[T](#t)");
    let problems = disordered_entries(&misfiled);
    assert!(
        problems.iter().any(|p| p.contains("is under `## T`")),
        "{problems:?}"
    );
    let bad_id = FIXTURE.replace("glossary-send\"", "glossary-Send_trait\"");
    assert!(!disordered_entries(&bad_id).is_empty());
    let no_index = FIXTURE.replace(" · [S](#s)", "");
    assert!(
        disordered_entries(&no_index)
            .iter()
            .any(|p| p.contains("letter index"))
    );
}

#[test]
fn an_entry_without_a_chapter_fails() {
    let chapters = BTreeSet::from([4, 7]);
    let bare = FIXTURE.replace(" See {{#ref chapter-04}}.", "");
    let problems = entries_without_chapter(&bare, &chapters);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("glossary-arc (`Arc`) names no chapter")),
        "{problems:?}"
    );
    let missing = FIXTURE.replace("chapter-04", "chapter-40");
    let problems = entries_without_chapter(&missing, &chapters);
    assert_eq!(
        problems,
        ["glossary-arc refers to chapter 40, which is not in the book"]
    );
}

#[test]
fn a_link_in_a_heading_a_cheat_sheet_or_twice_fails() {
    let link = "[`Send`](../appendix-glossary.md#glossary-send)";
    for (chapter, needle) in [
        (format!("# {link}\n"), "a heading links"),
        (
            format!(
                "<!-- ANCHOR: cheat-sheet -->\n| a | {link} | b |\n<!-- ANCHOR_END: cheat-sheet -->\n"
            ),
            "the cheat sheet links",
        ),
        (format!("{link} and {link}\n"), "more than once"),
    ] {
        let problems = misplaced_links(&fixture_pages(&chapter));
        assert!(
            problems.iter().any(|p| p.contains(needle)),
            "{needle}: {problems:?}"
        );
    }
}

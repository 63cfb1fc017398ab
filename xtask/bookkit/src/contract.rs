//! The chapter contract (docs/chapter-contract.md), one function per rule.
//! Each rule takes the chapter (and the book, where it needs the listings)
//! and returns what is wrong, in words a writer can act on.

use crate::book::{Book, Chapter};
use crate::markdown::{self, Section};

/// The `##` sections every chapter has, in this order.
pub const SECTIONS: [&str; 16] = [
    "The problem",
    "Rust's design decision",
    "The mental model",
    "Minimal example",
    "Compiler walkthrough",
    "Three levels",
    "Common misconceptions",
    "Real-world pattern",
    "Practice",
    "Where to go next",
    "In plain English",
    "The invariant Rust protects",
    "If you remember three things",
    "Memory hook",
    "Flashcards",
    "Cheat sheet",
];

/// The sections a reference chapter (the field guide) may omit, by naming
/// them in its `chapter.toml` `omits`: the teaching arc that a look-up
/// chapter does not have. Everything else stays.
pub const OMITTABLE: [&str; 5] = [
    "Minimal example",
    "Compiler walkthrough",
    "Three levels",
    "Common misconceptions",
    "Real-world pattern",
];

/// The `###` drills of the Practice section, in this order.
pub const DRILLS: [&str; 5] = [
    "Exercise",
    "Code-reading drill",
    "Spot the bug",
    "Refactoring drill",
    "Error-interpretation drill",
];

/// The three `###` levels of the Three levels section.
pub const LEVELS: [&str; 3] = ["Beginner", "Working engineer", "Systems"];

pub const OUTCOMES: std::ops::RangeInclusive<usize> = 3..=5;
pub const CARDS: std::ops::RangeInclusive<usize> = 8..=15;
pub const MIN_COMPILE_FAIL: usize = 2;

/// Every rule, in the order a writer meets them.
pub const RULES: [fn(&Book, &Chapter) -> Vec<String>; 10] = [
    outcomes,
    omissions_are_allowed,
    sections_in_order,
    named_subsections,
    misconceptions_are_complete,
    exercise_with_hidden_solution,
    enough_compile_fail_listings,
    listings_numbered_in_order,
    flashcards,
    cheat_sheet,
];

/// Checks one chapter against every rule; each problem names the chapter.
pub fn check(book: &Book, chapter: &Chapter) -> Vec<String> {
    let name = format!("src/{}", chapter.page.path.display());
    RULES
        .iter()
        .flat_map(|rule| rule(book, chapter))
        .map(|p| format!("{name}: {p}"))
        .collect()
}

fn title_is(title: &str, want: &str) -> bool {
    let t = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    t.len() >= want.len() && t[..want.len()].eq_ignore_ascii_case(want)
}

fn section<'a>(chapter: &'a Chapter, want: &str) -> Option<(&'a str, Section)> {
    let (_, sections) = chapter.sections();
    let text = chapter.page.text.as_str();
    sections
        .into_iter()
        .find(|s| title_is(&s.heading.title, want))
        .map(|s| (&text[s.body.clone()], s))
}

/// The `###` items of a `##` section.
fn items(chapter: &Chapter, parent: &str) -> Vec<(String, String)> {
    let Some((_, s)) = section(chapter, parent) else {
        return Vec::new();
    };
    let text = &chapter.page.text;
    markdown::sections(text, s.body.clone(), 3)
        .1
        .into_iter()
        .map(|i| (i.heading.title, text[i.body].to_string()))
        .collect()
}

/// 3–5 outcomes and a prerequisites line in `chapter.toml`.
pub fn outcomes(_: &Book, chapter: &Chapter) -> Vec<String> {
    let mut problems = Vec::new();
    let n = chapter.meta.outcomes.len();
    if !OUTCOMES.contains(&n) {
        problems.push(format!(
            "chapter.toml lists {n} outcomes; the contract asks for {}–{}",
            OUTCOMES.start(),
            OUTCOMES.end()
        ));
    }
    if chapter.meta.prerequisites.trim().is_empty() {
        problems.push("chapter.toml has empty prerequisites".into());
    }
    if chapter.meta.reading_minutes == 0 {
        problems.push("chapter.toml gives no reading time".into());
    }
    problems
}

/// A chapter may omit only the sections in [`OMITTABLE`].
pub fn omissions_are_allowed(_: &Book, chapter: &Chapter) -> Vec<String> {
    chapter
        .meta
        .omits
        .iter()
        .filter(|o| !OMITTABLE.contains(&o.as_str()))
        .map(|o| format!("chapter.toml omits \"{o}\", which no chapter may omit"))
        .collect()
}

/// The sixteen sections, in order, nothing else at `##`.
pub fn sections_in_order(_: &Book, chapter: &Chapter) -> Vec<String> {
    let expected_all: Vec<&str> = SECTIONS
        .iter()
        .copied()
        .filter(|s| !chapter.meta.omits.iter().any(|o| o == s))
        .collect();
    let mut problems = Vec::new();
    let mut expected = expected_all.iter().peekable();
    for s in chapter.sections().1 {
        let title = s.heading.title;
        match expected.peek() {
            Some(want) if title_is(&title, want) => {
                expected.next();
            }
            _ => match expected_all.iter().find(|w| title_is(&title, w)) {
                Some(w) => problems.push(format!("section \"{w}\" is out of order")),
                None => problems.push(format!(
                    "\"## {title}\" is not a section of the contract (use ### inside one)"
                )),
            },
        }
    }
    for missing in expected {
        problems.push(format!("missing section \"## {missing}\""));
    }
    problems
}

/// Practice has the five drills, Three levels its three levels, in order.
pub fn named_subsections(_: &Book, chapter: &Chapter) -> Vec<String> {
    let mut problems = Vec::new();
    for (parent, subs) in [("Practice", &DRILLS[..]), ("Three levels", &LEVELS[..])] {
        if section(chapter, parent).is_none() {
            continue;
        }
        let found = items(chapter, parent);
        let mut want = subs.iter().peekable();
        for (title, _) in &found {
            if want.peek().is_some_and(|w| title_is(title, w)) {
                want.next();
            }
        }
        for missing in want {
            problems.push(format!(
                "\"## {parent}\" lacks \"### {missing}\" (in order)"
            ));
        }
    }
    problems
}

/// At least two misconceptions, each with why it forms, why it is wrong and
/// the fix.
pub fn misconceptions_are_complete(_: &Book, chapter: &Chapter) -> Vec<String> {
    if section(chapter, "Common misconceptions").is_none() {
        return Vec::new();
    }
    let found = items(chapter, "Common misconceptions");
    let mut problems = Vec::new();
    if found.len() < 2 {
        problems.push("\"## Common misconceptions\" has fewer than 2 ### items".into());
    }
    for (title, body) in &found {
        let body = body.to_lowercase();
        for part in ["why it forms", "why it is wrong", "the fix"] {
            if !body.contains(part) {
                problems.push(format!("misconception \"{title}\" does not say \"{part}\""));
            }
        }
    }
    problems
}

/// Practice shows an exercise starter, and its solution only inside a
/// collapsible admonition.
pub fn exercise_with_hidden_solution(book: &Book, chapter: &Chapter) -> Vec<String> {
    let Some((body, _)) = section(chapter, "Practice") else {
        return Vec::new();
    };
    let starters: Vec<_> = markdown::directives(body)
        .into_iter()
        .filter(|d| d.name == "listing")
        .filter_map(|d| book.listing(d.args.first()?).ok())
        .filter(|l| l.kind.is_starter())
        .collect();
    if starters.is_empty() {
        return vec!["\"## Practice\" shows no exercise-starter listing".into()];
    }
    let hidden: Vec<&str> = markdown::fences(body)
        .into_iter()
        .filter(|f| f.is_admonition() && f.info.contains("collapsible=true"))
        .flat_map(|f| {
            markdown::directives(&body[f.content.clone()])
                .into_iter()
                .filter(|d| d.name == "listing")
                .filter_map(|d| d.args.first().copied())
                .collect::<Vec<_>>()
        })
        .collect();
    starters
        .iter()
        .filter_map(|s| s.kind.pair())
        .filter(|solution| !hidden.contains(solution))
        .map(|solution| {
            format!(
                "the solution {solution} is not inside a collapsible admonition in \"## Practice\""
            )
        })
        .collect()
}

/// At least two real diagnostics.
pub fn enough_compile_fail_listings(book: &Book, chapter: &Chapter) -> Vec<String> {
    let failing = chapter
        .shown_listings()
        .iter()
        .filter_map(|n| book.listing(n).ok())
        .filter(|l| l.kind.is_compile_fail())
        .count();
    if failing < MIN_COMPILE_FAIL {
        vec![format!(
            "shows {failing} compile-fail listings; a chapter shows at least {MIN_COMPILE_FAIL} real diagnostics"
        )]
    } else {
        Vec::new()
    }
}

/// The chapter's own listings are numbered 1, 2, 3 … in the order they
/// first appear (`cargo xtask renumber N` fixes it).
pub fn listings_numbered_in_order(book: &Book, chapter: &Chapter) -> Vec<String> {
    let own: Vec<u32> = chapter
        .shown_listings()
        .iter()
        .filter_map(|n| book.listing(n).ok())
        .filter(|l| l.chapter == chapter.number)
        .map(|l| l.number)
        .collect();
    let expected: Vec<u32> = (1..=own.len() as u32).collect();
    if own == expected {
        Vec::new()
    } else {
        vec![format!(
            "its listings appear in the order {own:?}, not 1, 2, 3 …: run `cargo xtask renumber {}`",
            chapter.number
        )]
    }
}

/// `{{#flashcards}}` in its section and 8–15 cards.
pub fn flashcards(_: &Book, chapter: &Chapter) -> Vec<String> {
    let Some((body, _)) = section(chapter, "Flashcards") else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    if !markdown::directives(body)
        .iter()
        .any(|d| d.name == "flashcards")
    {
        problems.push("\"## Flashcards\" does not contain {{#flashcards}}".into());
    }
    let n = chapter.deck.as_ref().map_or(0, |d| d.cards.len());
    if !CARDS.contains(&n) {
        problems.push(format!(
            "flashcards.toml has {n} cards; the contract asks for {}–{}",
            CARDS.start(),
            CARDS.end()
        ));
    }
    problems
}

/// A Need | Tool | Why table with at least three rows, between the
/// cheat-sheet anchors.
pub fn cheat_sheet(_: &Book, chapter: &Chapter) -> Vec<String> {
    if section(chapter, "Cheat sheet").is_none() {
        return Vec::new();
    }
    let Some(sheet) = chapter.cheat_sheet() else {
        return vec!["\"## Cheat sheet\" has no `<!-- ANCHOR: cheat-sheet -->` … `<!-- ANCHOR_END: cheat-sheet -->`".into()];
    };
    let rows: Vec<&str> = sheet
        .lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .collect();
    let header_ok = rows.first().is_some_and(|h| {
        let h = h.to_lowercase();
        h.contains("need") && h.contains("tool") && h.contains("why")
    });
    if !header_ok || rows.len() < 5 {
        vec![
            "the cheat sheet needs a table with a Need | Tool | Why header and at least 3 rows"
                .into(),
        ]
    } else {
        Vec::new()
    }
}

/// Every "Chapter N" in a page's prose must be a link, written
/// `{{#ref chapter-NN}}` (which fails the build when chapter N is not in
/// SUMMARY.md), so that no reference sends a reader to a chapter that is
/// not there. Code and inline code are left alone.
pub fn unlinked_chapter_mentions(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut problems = Vec::new();
    let mut in_link = 0;
    let mut in_code = false;
    // A line break inside a paragraph ("… and Chapter⏎10 shows …") is a
    // space to the reader: join the text across it before looking.
    let mut prose = String::new();
    for event in Parser::new(text) {
        match event {
            Event::Text(t) if in_link == 0 && !in_code => prose.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_link == 0 && !in_code => prose.push(' '),
            other => {
                problems.extend(chapter_mentions(&prose));
                prose.clear();
                match other {
                    Event::Start(Tag::Link { .. }) => in_link += 1,
                    Event::End(TagEnd::Link) => in_link -= 1,
                    Event::Start(Tag::CodeBlock(_)) => in_code = true,
                    Event::End(TagEnd::CodeBlock) => in_code = false,
                    _ => {}
                }
            }
        }
    }
    problems.extend(chapter_mentions(&prose));
    // An admonition's body is markdown too.
    for aside in markdown::fences(text).iter().filter(|f| f.is_admonition()) {
        problems.extend(unlinked_chapter_mentions(&text[aside.content.clone()]));
    }
    problems
}

fn chapter_mentions(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("Chapter ") {
        let after = &rest[at + "Chapter ".len()..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            found.push(format!(
                "\"Chapter {digits}\" is not a link: write {{{{#ref chapter-{:02}}}}}",
                digits.parse::<u32>().unwrap_or_default()
            ));
        }
        rest = after;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{ChapterMeta, Page};
    use crate::flashcards::{Card, Deck};
    use crate::listings::{Kind, Listing};

    fn listing(number: u32, kind: Kind) -> Listing {
        Listing {
            name: format!("listing-01-{number:02}"),
            chapter: 1,
            number,
            dir: format!("listings/ch01-x/listing-01-{number:02}"),
            caption: "c".into(),
            kind,
            file: "src/main.rs".into(),
            no_loom: None,
        }
    }

    /// A chapter that meets every rule; each test breaks one thing.
    fn good() -> String {
        let mut s = String::from("# T\n\n");
        for title in SECTIONS {
            s.push_str(&format!("## {title}\n\n"));
            match title {
                "Minimal example" => s.push_str("{{#listing listing-01-01}}\n{{#listing listing-01-02}}\n{{#listing listing-01-03}}\n\n"),
                "Three levels" => s.push_str("### Beginner\n\n### Working engineer\n\n### Systems\n\n"),
                "Common misconceptions" => {
                    for n in 1..=2 {
                        s.push_str(&format!("### M{n}\n\nWhy it forms, why it is wrong, the fix.\n\n"));
                    }
                }
                "Practice" => s.push_str(
                    "### Exercise\n\n{{#listing listing-01-04}}\n\n~~~admonish question title=\"Solution\" collapsible=true\n\
                     {{#listing listing-01-05}}\n~~~\n\n### Code-reading drill\n\n### Spot the bug\n\n\
                     ### Refactoring drill\n\n### Error-interpretation drill\n\n",
                ),
                "Flashcards" => s.push_str("{{#flashcards}}\n\n"),
                "Cheat sheet" => s.push_str(
                    "<!-- ANCHOR: cheat-sheet -->\n| Need | Tool | Why |\n| --- | --- | --- |\n| a | b | c |\n| a | b | c |\n| a | b | c |\n<!-- ANCHOR_END: cheat-sheet -->\n",
                ),
                _ => s.push_str("Text.\n\n"),
            }
        }
        s
    }

    fn book_with(text: &str, edit: impl FnOnce(&mut Chapter)) -> (Book, Chapter) {
        let mut chapter = Chapter {
            number: 1,
            page: Page {
                title: "T".into(),
                path: "ch01-x/index.md".into(),
                text: text.into(),
            },
            meta: ChapterMeta {
                prerequisites: "none".into(),
                outcomes: vec!["a".into(), "b".into(), "c".into()],
                reading_minutes: 30,
                practice_minutes: 20,
                session: "90 min".into(),
                omits: Vec::new(),
                quiz: Vec::new(),
            },
            deck: Some(Deck {
                deck: "ch01-x".into(),
                cards: (0..8)
                    .map(|i| Card {
                        id: format!("ch01-x-{i}"),
                        q: "q".into(),
                        a: "a".into(),
                    })
                    .collect(),
            }),
        };
        edit(&mut chapter);
        let book = Book {
            root: "/nowhere".into(),
            entries: Vec::new(),
            pages: vec![chapter.page.clone()],
            chapters: vec![chapter.clone()],
            listings: vec![
                listing(
                    1,
                    Kind::CompileFail {
                        error: "E0373".into(),
                    },
                ),
                listing(
                    2,
                    Kind::CompileFail {
                        error: "E0277".into(),
                    },
                ),
                listing(3, Kind::Run),
                listing(
                    4,
                    Kind::ExerciseStarter {
                        pair: "listing-01-05".into(),
                    },
                ),
                listing(
                    5,
                    Kind::ExerciseSolution {
                        pair: "listing-01-04".into(),
                    },
                ),
            ],
        };
        (book, chapter)
    }

    fn problems(text: &str, edit: impl FnOnce(&mut Chapter)) -> String {
        let (book, chapter) = book_with(text, edit);
        check(&book, &chapter).join("\n")
    }

    #[test]
    fn chapter_mentions_must_be_links() {
        let text = "See Chapter 4 and [Chapter 2](../ch02/index.md) and {{#ref chapter-03}}.\n\n\
                    A line may break inside one: Chapter\n10.\n\n\
                    ```rust\n// Chapter 9 in code is fine\n```\n\n~~~admonish tip\nBut Chapter 7 in an aside is prose, [Chapter 1](x.md) a link.\n~~~\n";
        let p = unlinked_chapter_mentions(text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].contains("\"Chapter 4\" is not a link: write {{#ref chapter-04}}"));
        assert!(p[1].contains("\"Chapter 10\""), "{p:?}");
        assert!(p[2].contains("Chapter 7"));
    }

    #[test]
    fn a_complete_chapter_passes() {
        assert_eq!(problems(&good(), |_| {}), "");
    }

    #[test]
    fn outcomes_must_number_three_to_five() {
        let p = problems(&good(), |c| c.meta.outcomes.truncate(2));
        assert!(p.contains("lists 2 outcomes"), "{p}");
    }

    #[test]
    fn only_teaching_sections_may_be_omitted() {
        let p = problems(&good(), |c| c.meta.omits = vec!["Practice".into()]);
        assert!(p.contains("omits \"Practice\""), "{p}");
        let text = good().replace(
            "## Three levels\n\n### Beginner\n\n### Working engineer\n\n### Systems\n\n",
            "",
        );
        let p = problems(&text, |c| c.meta.omits = vec!["Three levels".into()]);
        assert_eq!(p, "");
    }

    #[test]
    fn sections_must_all_be_there_in_order() {
        let text = good().replace("## The mental model\n", "## Extra\n");
        let p = problems(&text, |_| {});
        assert!(p.contains("\"## Extra\" is not a section"), "{p}");
        assert!(p.contains("missing section \"## The mental model\""), "{p}");
        let swapped = good()
            .replace("## The problem\n", "## TMP\n")
            .replace("## Memory hook\n", "## The problem\n")
            .replace("## TMP\n", "## Memory hook\n");
        assert!(problems(&swapped, |_| {}).contains("out of order"));
    }

    #[test]
    fn drills_and_levels_must_be_named() {
        let p = problems(&good().replace("### Spot the bug", "### Bugs"), |_| {});
        assert!(p.contains("lacks \"### Spot the bug\""), "{p}");
        let p = problems(&good().replace("### Systems", "### Expert"), |_| {});
        assert!(p.contains("lacks \"### Systems\""), "{p}");
    }

    #[test]
    fn misconceptions_need_all_their_parts() {
        let text = good().replacen(
            "Why it forms, why it is wrong, the fix.",
            "Why it forms.",
            1,
        );
        let p = problems(&text, |_| {});
        assert!(
            p.contains("misconception \"M1\" does not say \"the fix\""),
            "{p}"
        );
    }

    #[test]
    fn the_solution_must_be_hidden() {
        let text = good().replace("collapsible=true", "");
        let p = problems(&text, |_| {});
        assert!(
            p.contains("listing-01-05 is not inside a collapsible"),
            "{p}"
        );
    }

    #[test]
    fn two_compile_fail_listings_are_the_minimum() {
        let (mut book, chapter) = book_with(&good(), |_| {});
        book.listings[1].kind = Kind::Run;
        let p = check(&book, &chapter).join("\n");
        assert!(p.contains("shows 1 compile-fail listings"), "{p}");
    }

    #[test]
    fn listings_must_be_numbered_in_order_of_appearance() {
        let text = good().replace(
            "{{#listing listing-01-01}}\n{{#listing listing-01-02}}",
            "{{#listing listing-01-02}}\n{{#listing listing-01-01}}",
        );
        let p = problems(&text, |_| {});
        assert!(p.contains("order [2, 1, 3, 4, 5]"), "{p}");
        assert!(p.contains("cargo xtask renumber 1"), "{p}");
    }

    #[test]
    fn flashcards_need_the_directive_and_eight_to_fifteen_cards() {
        let p = problems(&good(), |c| c.deck = None);
        assert!(p.contains("has 0 cards"), "{p}");
        let p = problems(&good().replace("{{#flashcards}}", "cards"), |_| {});
        assert!(p.contains("does not contain {{#flashcards}}"), "{p}");
    }

    #[test]
    fn the_cheat_sheet_needs_its_table() {
        let p = problems(
            &good().replace("| Need | Tool | Why |", "| A | B | C |"),
            |_| {},
        );
        assert!(p.contains("Need | Tool | Why header"), "{p}");
        let p = problems(&good().replace("<!-- ANCHOR: cheat-sheet -->", ""), |_| {});
        assert!(p.contains("has no `<!-- ANCHOR: cheat-sheet -->`"), "{p}");
    }
}

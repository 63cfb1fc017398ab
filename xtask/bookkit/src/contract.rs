//! The chapter contract from `BOOK.md`, checked on a chapter's source.

use crate::flashcards;
use crate::listings::{Kind, Listing};
use std::path::Path;

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

pub const MIN_CARDS: usize = 8;
pub const MAX_CARDS: usize = 15;
pub const MIN_COMPILE_FAIL: usize = 2;

struct Section<'a> {
    title: &'a str,
    body: Vec<&'a str>,
}

/// Splits at headings of exactly `level` `#`s, outside code fences.
fn split<'a>(lines: &[&'a str], level: usize) -> (Vec<&'a str>, Vec<Section<'a>>) {
    let marker = format!("{} ", "#".repeat(level));
    let mut preamble = Vec::new();
    let mut sections: Vec<Section<'a>> = Vec::new();
    let mut fence: Option<char> = None;
    for &line in lines {
        let t = line.trim_start();
        if let Some(c) = t.chars().next().filter(|c| *c == '`' || *c == '~')
            && t.starts_with(&String::from(c).repeat(3))
        {
            fence = match fence {
                None => Some(c),
                Some(open) if open == c && t.trim_end().chars().all(|x| x == c) => None,
                other => other,
            };
        }
        if fence.is_none() && line.starts_with(&marker) {
            sections.push(Section {
                title: line[marker.len()..].trim(),
                body: Vec::new(),
            });
        } else if let Some(s) = sections.last_mut() {
            s.body.push(line);
        } else {
            preamble.push(line);
        }
    }
    (preamble, sections)
}

fn title_is(title: &str, want: &str) -> bool {
    let t = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    t.len() >= want.len() && t[..want.len()].eq_ignore_ascii_case(want)
}

fn listed<'a>(body: &[&str], listings: &'a [Listing]) -> Vec<&'a Listing> {
    let mut found = Vec::new();
    for line in body {
        let mut rest = *line;
        while let Some(at) = rest.find("{{#listing ") {
            rest = &rest[at + "{{#listing ".len()..];
            let name = rest.split(|c: char| c.is_whitespace() || c == '}').next();
            if let Some(l) = name.and_then(|n| listings.iter().find(|l| l.name == n)) {
                found.push(l);
            }
        }
    }
    found
}

/// Checks one chapter. `file` is the chapter's markdown (absolute); the
/// result lists every problem, each naming the file and the missing part.
pub fn check(file: &Path, text: &str, listings: &[Listing]) -> Vec<String> {
    let name = file.display().to_string();
    let mut problems = Vec::new();
    let mut problem = |s: String| problems.push(format!("{name}: {s}"));
    let lines: Vec<&str> = text.lines().collect();
    let (preamble, sections) = split(&lines, 2);

    // Opening block.
    let joined = preamble.join("\n");
    for part in ["Prerequisites", "You will understand", "Reading time"] {
        if !joined.contains(&format!("**{part}")) {
            problem(format!("the opening block lacks **{part}**"));
        }
    }
    if let Some(at) = preamble
        .iter()
        .position(|l| l.contains("**You will understand"))
    {
        // Bullets may wrap onto indented continuation lines.
        let outcomes = preamble[at + 1..]
            .iter()
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| l.starts_with("- ") || l.starts_with("  ") && !l.trim().is_empty())
            .filter(|l| l.starts_with("- "))
            .count();
        if !(3..=5).contains(&outcomes) {
            problem(format!(
                "\"You will understand\" lists {outcomes} outcomes; the contract asks for 3–5"
            ));
        }
    }

    // Sections, all present, in order, nothing else at this level.
    let titles: Vec<&str> = sections.iter().map(|s| s.title).collect();
    let mut expected = SECTIONS.iter().peekable();
    for title in &titles {
        match expected.peek() {
            Some(want) if title_is(title, want) => {
                expected.next();
            }
            _ => match SECTIONS.iter().find(|w| title_is(title, w)) {
                Some(w) => problem(format!("section \"{w}\" is out of order")),
                None => problem(format!(
                    "\"## {title}\" is not a section of the contract (use ### inside one)"
                )),
            },
        }
    }
    for missing in expected {
        problem(format!("missing section \"## {missing}\""));
    }
    let section = |want: &str| sections.iter().find(|s| title_is(s.title, want));

    // Subsections that the contract names.
    for (parent, subs) in [("Practice", &DRILLS[..]), ("Three levels", &LEVELS[..])] {
        if let Some(s) = section(parent) {
            let (_, inner) = split(&s.body, 3);
            let mut want = subs.iter().peekable();
            for sub in &inner {
                if want.peek().is_some_and(|w| title_is(sub.title, w)) {
                    want.next();
                }
            }
            for missing in want {
                problem(format!(
                    "\"## {parent}\" lacks \"### {missing}\" (in order)"
                ));
            }
        }
    }

    // Misconceptions: each names the wrong model, why it forms, the fix.
    if let Some(s) = section("Common misconceptions") {
        let (_, items) = split(&s.body, 3);
        if items.len() < 2 {
            problem("\"## Common misconceptions\" has fewer than 2 ### items".into());
        }
        for item in &items {
            let body = item.body.join("\n").to_lowercase();
            for part in ["why it forms", "why it is wrong", "the fix"] {
                if !body.contains(part) {
                    problem(format!(
                        "misconception \"{}\" does not say \"{part}\"",
                        item.title
                    ));
                }
            }
        }
    }

    // The exercise: a starter shown, its solution hidden in a collapsible aside.
    if let Some(s) = section("Practice") {
        let shown = listed(&s.body, listings);
        let starters: Vec<_> = shown
            .iter()
            .filter(|l| l.kind == Kind::ExerciseStarter)
            .collect();
        if starters.is_empty() {
            problem("\"## Practice\" shows no exercise-starter listing".into());
        }
        for starter in starters {
            let Some(solution) = &starter.pair else {
                problem(format!("{} names no `pair` (its solution)", starter.name));
                continue;
            };
            if !hidden_in_collapsible(&s.body, solution) {
                problem(format!(
                    "the solution {solution} is not inside a collapsible admonition in \"## Practice\""
                ));
            }
        }
    }

    // Compile-fail listings, flashcards, cheat sheet.
    let all_lines: Vec<&str> = lines.clone();
    let shown = listed(&all_lines, listings);
    let failing = shown.iter().filter(|l| l.kind == Kind::CompileFail).count();
    if failing < MIN_COMPILE_FAIL {
        problem(format!(
            "shows {failing} compile-fail listings; a chapter shows at least {MIN_COMPILE_FAIL} real diagnostics"
        ));
    }
    if let Some(s) = section("Flashcards") {
        if !s.body.iter().any(|l| l.contains("{{#flashcards}}")) {
            problem("\"## Flashcards\" does not contain {{#flashcards}}".into());
        }
        match flashcards::load(&file.with_file_name("flashcards.toml")) {
            Ok(deck) if !(MIN_CARDS..=MAX_CARDS).contains(&deck.cards.len()) => problem(format!(
                "flashcards.toml has {} cards; the contract asks for {MIN_CARDS}–{MAX_CARDS}",
                deck.cards.len()
            )),
            Ok(_) => {}
            Err(e) => problem(e.0),
        }
    }
    if let Some(s) = section("Cheat sheet") {
        let rows = s
            .body
            .iter()
            .filter(|l| l.trim_start().starts_with('|'))
            .count();
        let header = s.body.iter().find(|l| l.trim_start().starts_with('|'));
        let header_ok = header.is_some_and(|h| {
            let h = h.to_lowercase();
            h.contains("need") && h.contains("tool") && h.contains("why")
        });
        if !header_ok || rows < 5 {
            problem(
                "\"## Cheat sheet\" needs a table with a Need | Tool | Why header and at least 3 rows"
                    .into(),
            );
        }
    }
    problems
}

/// Whether `{{#listing NAME}}` sits inside a `collapsible=true` admonition.
fn hidden_in_collapsible(body: &[&str], name: &str) -> bool {
    let mut open: Option<(String, bool)> = None;
    for line in body {
        let t = line.trim();
        match &open {
            None => {
                for fence in ["~~~", "```"] {
                    if let Some(rest) = t.strip_prefix(fence) {
                        let fence_len = fence.len()
                            + rest.chars().take_while(|c| fence.starts_with(*c)).count();
                        let info = &t[fence_len..];
                        if info.trim_start().starts_with("admonish") {
                            open = Some((
                                t[..fence_len].to_string(),
                                info.contains("collapsible=true"),
                            ));
                        }
                    }
                }
            }
            Some((fence, collapsible)) => {
                if t == fence {
                    open = None;
                } else if *collapsible && t.contains(&format!("{{{{#listing {name}")) {
                    return true;
                }
            }
        }
    }
    false
}

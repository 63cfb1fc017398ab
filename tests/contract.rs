//! Every chapter in SUMMARY.md meets the chapter contract of BOOK.md.

mod support;

#[test]
fn every_chapter_meets_the_contract() {
    let root = support::root();
    let listings = bookkit::listings::all(&root).unwrap_or_else(|e| panic!("{e}"));
    let chapters = bookkit::summary::chapters(&root).unwrap_or_else(|e| panic!("{e}"));
    assert!(!chapters.is_empty(), "SUMMARY.md links no chapter");
    let mut problems = Vec::new();
    let only = support::chapter_filter();
    for chapter in chapters
        .iter()
        .filter(|c| only.is_none_or(|n| c.chapter_number() == Some(n)))
    {
        let file = root.join("src").join(&chapter.path);
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        problems.extend(bookkit::contract::check(&file, &text, &listings));
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The checker itself must be able to fail: a chapter missing its parts.
#[test]
fn the_contract_check_catches_a_broken_chapter() {
    let root = support::root();
    let file = root.join("src/ch99-missing/index.md");
    let text = "# A chapter\n\n## The problem\n\n## Minimal example\n\n## The mental model\n";
    let problems = bookkit::contract::check(&file, text, &support::listings());
    let all = problems.join("\n");
    for needle in [
        "lacks **Prerequisites",
        "section \"The mental model\" is out of order",
        "missing section \"## Cheat sheet\"",
        "shows 0 compile-fail listings",
        "ch99-missing/index.md",
    ] {
        assert!(all.contains(needle), "expected `{needle}` in:\n{all}");
    }
}

/// Outcomes may wrap onto indented lines; they still count once each.
#[test]
fn wrapped_outcomes_count_once() {
    let root = support::root();
    let file = root.join("src/ch99-missing/index.md");
    let text = "# T\n\n**Prerequisites:** x\n\n**You will understand:**\n\n- one\n  wrapped\n- two\n- three\n\n**Reading time:** 1\n";
    let problems = bookkit::contract::check(&file, text, &support::listings()).join("\n");
    assert!(!problems.contains("outcomes"), "{problems}");
}

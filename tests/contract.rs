//! Every chapter in SUMMARY.md meets the chapter contract
//! (docs/chapter-contract.md); each rule has its own unit tests, which prove
//! it can fail, in xtask/bookkit/src/contract.rs.

mod support;

#[test]
fn every_chapter_meets_the_contract() {
    let book = support::book();
    assert!(!book.chapters.is_empty(), "SUMMARY.md links no chapter");
    let only = support::chapter_filter();
    let problems: Vec<String> = book
        .chapters
        .iter()
        .filter(|c| only.is_none_or(|n| c.number == n))
        .flat_map(|c| bookkit::contract::check(book, c))
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// No page sends a reader to a chapter by a bare "Chapter N": each is a
/// `{{#ref chapter-NN}}`, which fails the build if chapter N does not exist.
#[test]
fn every_chapter_mention_is_a_checked_link() {
    let book = support::book();
    let pages = book
        .pages
        .iter()
        .map(|p| (p.path.display().to_string(), p.text.clone()));
    // The opening block is rendered from chapter.toml: check it as it will read.
    let openings = book.chapters.iter().map(|c| {
        (
            c.page
                .path
                .with_file_name("chapter.toml")
                .display()
                .to_string(),
            c.meta.opening_block(),
        )
    });
    let problems: Vec<String> = pages
        .chain(openings)
        .flat_map(|(path, text)| {
            bookkit::contract::unlinked_chapter_mentions(&text)
                .into_iter()
                .map(move |e| format!("src/{path}: {e}"))
        })
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

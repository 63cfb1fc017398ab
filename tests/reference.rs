//! Part V's generated reference: the "what happens?" quiz and the error
//! index come from the listings' kinds and captured files, so they must
//! follow those files when a compiler upgrade changes them.

mod support;

use bookkit::book::Book;
use bookkit::directives;
use bookkit::listings::Kind;
use bookkit::quiz::{self, Outcome};

fn quiz_chapters(book: &Book) -> Vec<&bookkit::book::Chapter> {
    book.chapters
        .iter()
        .filter(|c| !c.meta.quiz.is_empty())
        .collect()
}

#[test]
fn the_quiz_has_at_least_twenty_items_of_every_outcome() {
    let book = support::book();
    let chapters = quiz_chapters(book);
    assert!(!chapters.is_empty(), "no chapter.toml names a quiz");
    let mut outcomes = Vec::new();
    for chapter in &chapters {
        let rendered = directives::expand_page(book, &chapter.page).unwrap();
        assert!(
            rendered.contains("<div class=\"quiz\""),
            "{} names a quiz but its page has no {{{{#quiz}}}}",
            chapter.page.path.display()
        );
        for item in quiz::items(book, chapter).unwrap_or_else(|e| panic!("{e:#}")) {
            outcomes.push(item.choices[item.answer].clone());
        }
    }
    assert!(outcomes.len() >= 20, "{} quiz items", outcomes.len());
    let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let runs = count(&|o| *o == Outcome::Runs);
    let panics = count(&|o| *o == Outcome::Panics);
    let coded = count(&|o| matches!(o, Outcome::Fails(e) if quiz::is_code(e)));
    let uncoded = count(&|o| matches!(o, Outcome::Fails(e) if !quiz::is_code(e)));
    assert!(
        runs >= 3 && panics >= 2 && coded >= 5 && uncoded >= 2,
        "a quiz needs every kind of answer: {runs} run, {panics} panic, \
         {coded} fail with a code, {uncoded} fail without one"
    );
}

/// Each rendered item shows the listing's real capture under its answer, and
/// the letter of the answer follows the listing's kind.
#[test]
fn each_answer_is_the_listings_kind_and_shows_its_capture() {
    let book = support::book();
    for chapter in quiz_chapters(book) {
        let rendered = directives::expand_page(book, &chapter.page).unwrap();
        for item in quiz::items(book, chapter).unwrap() {
            let l = item.listing;
            let start = rendered
                .find(&format!("data-item=\"{}\"", l.name))
                .unwrap_or_else(|| panic!("{} is not on the page", l.name));
            let section = &rendered[start..start + rendered[start..].find("</section>").unwrap()];
            assert!(
                section.contains(&format!("data-answer=\"{}\"", item.answer)),
                "{}",
                l.name
            );
            let capture = std::fs::read_to_string(
                support::root().join(l.capture_path().expect("quiz listings have captures")),
            )
            .unwrap()
            .replace("$DIR/", "");
            let last = capture.trim_end().lines().last().unwrap_or_default();
            assert!(
                section.contains(last),
                "{}: the answer does not show its capture",
                l.name
            );
        }
    }
}

/// The quiz cannot keep an answer that the listings no longer give: change
/// a listing's kind (as a compiler upgrade would change its capture) and the
/// answer moves.
#[test]
fn a_changed_outcome_changes_the_answer() {
    let mut book = support::book().clone();
    let chapter = quiz_chapters(&book)[0].clone();
    let before = quiz::items(&book, &chapter).unwrap();
    let first = before[0].listing.name.clone();
    let old = before[0].choices[before[0].answer].clone();
    let listing = book.listings.iter_mut().find(|l| l.name == first).unwrap();
    listing.kind = match old {
        Outcome::Runs => Kind::Panics,
        _ => Kind::Run,
    };
    let after = quiz::items(&book, &chapter).unwrap();
    assert_ne!(after[0].choices[after[0].answer], old);
}

/// Every error a listing shows is in the error index, with that listing, and
/// the field guide has an entry for every error the index lists.
#[test]
fn the_error_index_lists_every_error_and_its_field_guide_entry() {
    let book = support::book();
    let page = book
        .pages
        .iter()
        .find(|p| p.text.contains("{{#error-index}}"))
        .expect("no page holds {{#error-index}}");
    let index = directives::expand_page(book, page).unwrap();
    let mut problems = Vec::new();
    for l in &book.listings {
        let Kind::CompileFail { error } = &l.kind else {
            continue;
        };
        let Some(row) = index.lines().find(|r| {
            r.starts_with(&format!("| [{error}]")) || r.starts_with(&format!("| `error: {error}`"))
        }) else {
            problems.push(format!("{error} ({}) is not in the index", l.name));
            continue;
        };
        if !row.contains(&format!("#{})", l.id())) {
            problems.push(format!("the row of {error} does not link {}", l.name));
        }
        if row.ends_with("| — |") {
            problems.push(format!("{error} has no entry in the field guide"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

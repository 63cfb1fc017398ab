//! The "what happens?" quiz: a chapter's `chapter.toml` names listings
//! (`quiz = [...]`), and every choice and every answer is derived from those
//! listings' kinds and captured files. Nothing of the outcome is typed by
//! hand, so a compiler upgrade that changes an outcome changes the quiz.
//!
//! Each item offers four outcomes in a fixed order: the program compiles and
//! runs to the end, it panics at run time, or it fails to compile with one of
//! two diagnostics (the real one, when it fails, and one or two others the
//! book shows, picked deterministically from the listing's name). The error
//! codes are explained by the pinned `rustc --explain`.

use crate::book::{Book, Chapter};
use crate::listings::{Kind, Listing};
use crate::markdown::escape_html;
use anyhow::{Context, Result, bail};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// What building and running a listing does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Runs,
    Panics,
    /// Fails to compile; the first error's code (`E0373`) or, for a
    /// diagnostic without one, its message.
    Fails(String),
}

impl Outcome {
    /// The outcome of a listing, if it has one a reader can predict.
    pub fn of(listing: &Listing) -> Option<Outcome> {
        match &listing.kind {
            Kind::Run => Some(Outcome::Runs),
            Kind::Panics => Some(Outcome::Panics),
            Kind::CompileFail { error } => Some(Outcome::Fails(error.clone())),
            _ => None,
        }
    }
}

/// One question: a listing, four outcomes, the index of the true one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'b> {
    pub listing: &'b Listing,
    pub choices: Vec<Outcome>,
    pub answer: usize,
}

/// The quiz of a chapter, in the order its `chapter.toml` gives.
pub fn items<'b>(book: &'b Book, chapter: &Chapter) -> Result<Vec<Item<'b>>> {
    let errors = book_errors(book);
    if errors.len() < 2 {
        bail!("the book shows fewer than two compile errors: a quiz needs them as choices");
    }
    let mut seen = BTreeSet::new();
    chapter
        .meta
        .quiz
        .iter()
        .map(|name| {
            if !seen.insert(name) {
                bail!("quiz: {name} is asked twice");
            }
            let listing = book
                .listing(name)
                .with_context(|| format!("quiz: {name}"))?;
            let outcome = Outcome::of(listing).with_context(|| {
                format!(
                    "quiz: {name} is a {:?} listing; a quiz asks only about listings that run, \
                     panic or fail to compile",
                    listing.kind
                )
            })?;
            Ok(item(listing, outcome, &errors))
        })
        .collect()
}

/// Every first error the book's compile-fail listings show, sorted.
fn book_errors(book: &Book) -> Vec<String> {
    book.listings
        .iter()
        .filter_map(|l| match &l.kind {
            Kind::CompileFail { error } => Some(error.clone()),
            _ => None,
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn item<'b>(listing: &'b Listing, outcome: Outcome, errors: &[String]) -> Item<'b> {
    // FNV-1a of the name: stable across runs and platforms, unlike std's hasher.
    let mut seed = listing
        .name
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    let mut pick = |taken: &[String]| {
        let free: Vec<&String> = errors.iter().filter(|e| !taken.contains(e)).collect();
        let chosen = free[(seed % free.len() as u64) as usize].clone();
        seed = seed.rotate_left(17).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        chosen
    };
    let mut failures = match &outcome {
        Outcome::Fails(error) => vec![error.clone()],
        _ => Vec::new(),
    };
    while failures.len() < 2 {
        let other = pick(&failures);
        failures.push(other);
    }
    failures.sort();
    let mut choices = vec![Outcome::Runs, Outcome::Panics];
    choices.extend(failures.into_iter().map(Outcome::Fails));
    let answer = choices
        .iter()
        .position(|c| *c == outcome)
        .expect("the true outcome is always offered");
    Item {
        listing,
        choices,
        answer,
    }
}

/// The first paragraph of `rustc --explain CODE` from the pinned toolchain
/// (run in the book's folder, so `rust-toolchain.toml` applies), cached.
pub fn explain(root: &Path, code: &str) -> Result<String> {
    static CACHE: OnceLock<Mutex<BTreeMap<String, String>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(text) = cache.lock().unwrap().get(code) {
        return Ok(text.clone());
    }
    let out = Command::new("rustc")
        .args(["--explain", code])
        .current_dir(root)
        .output()
        .with_context(|| format!("cannot run `rustc --explain {code}`"))?;
    if !out.status.success() {
        bail!(
            "`rustc --explain {code}` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let first = text
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    cache.lock().unwrap().insert(code.into(), first.clone());
    Ok(first)
}

/// Whether an error id is a code (`E0277`) rather than a message.
pub fn is_code(error: &str) -> bool {
    error.len() == 5 && error.starts_with('E') && error[1..].bytes().all(|b| b.is_ascii_digit())
}

/// A choice as the reader sees it (HTML).
pub fn choice_html(root: &Path, outcome: &Outcome) -> Result<String> {
    Ok(match outcome {
        Outcome::Runs => "It compiles and runs to the end.".into(),
        Outcome::Panics => "It compiles, then panics at run time.".into(),
        Outcome::Fails(error) if is_code(error) => {
            let explained = explain(root, error)?;
            format!(
                "It does not compile: <strong>{error}</strong> <span class=\"quiz-explain\">({})</span>",
                code_spans(&escape_html(explained.trim_end_matches('.')))
            )
        }
        Outcome::Fails(message) => format!(
            "It does not compile: <strong>error: {}</strong> <span class=\"quiz-explain\">(an error without a code)</span>",
            escape_html(message)
        ),
    })
}

/// `rustc --explain` writes code in backticks: show it as code.
fn code_spans(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&format!("<code>{part}</code>"));
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listings::Listing;

    fn listing(name: &str, kind: Kind) -> Listing {
        Listing {
            name: name.into(),
            chapter: 1,
            number: 1,
            dir: format!("listings/ch01-x/{name}"),
            file: "src/main.rs".into(),
            caption: String::new(),
            kind,
            no_loom: None,
        }
    }

    fn errors() -> Vec<String> {
        [
            "E0277",
            "E0373",
            "E0382",
            "future cannot be sent between threads safely",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn the_true_outcome_is_offered_once_among_four() {
        for (name, kind) in [
            ("listing-01-01", Kind::Run),
            ("listing-01-02", Kind::Panics),
            (
                "listing-01-03",
                Kind::CompileFail {
                    error: "E0373".into(),
                },
            ),
        ] {
            let l = listing(name, kind);
            let truth = Outcome::of(&l).unwrap();
            let item = item(&l, truth.clone(), &errors());
            assert_eq!(item.choices.len(), 4, "{item:?}");
            assert_eq!(item.choices[item.answer], truth);
            let distinct: BTreeSet<_> = item.choices.iter().collect();
            assert_eq!(distinct.len(), 4, "a choice is offered twice: {item:?}");
        }
    }

    #[test]
    fn choices_are_the_same_every_time_and_differ_between_listings() {
        let a = listing("listing-01-01", Kind::Run);
        let first = item(&a, Outcome::Runs, &errors()).choices;
        assert_eq!(first, item(&a, Outcome::Runs, &errors()).choices);
        let differ = (1..=20)
            .map(|n| listing(&format!("listing-02-{n:02}"), Kind::Run))
            .any(|l| item(&l, Outcome::Runs, &errors()).choices != first);
        assert!(differ, "every listing got the same distractors");
    }

    #[test]
    fn a_listing_without_a_predictable_outcome_is_refused() {
        let l = listing("listing-01-04", Kind::BuildOnly { not_run: None });
        assert_eq!(Outcome::of(&l), None);
    }

    #[test]
    fn backticks_become_code() {
        assert_eq!(
            code_spans("A non-`const` fn in a `const` context"),
            "A non-<code>const</code> fn in a <code>const</code> context"
        );
    }

    #[test]
    fn error_codes_are_told_from_messages() {
        assert!(is_code("E0373"));
        assert!(!is_code("future cannot be sent between threads safely"));
        assert!(!is_code("E037"));
    }
}

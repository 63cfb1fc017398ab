//! A chapter's flashcards: `src/<chapter>/flashcards.toml`, one `[[card]]`
//! per card with a stable `id`, a question `q` and an answer `a` (markdown,
//! inline code allowed, no code blocks). The ids never change once published,
//! so progress kept by readers and decks imported elsewhere stay attached.

use crate::book::Book;
use crate::markdown::{escape_html, inline_html};
use anyhow::{Context, Result, bail, ensure};
use fs_err as fs;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub q: String,
    pub a: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// The deck's name, e.g. `ch01-threads`.
    pub deck: String,
    #[serde(rename = "card")]
    pub cards: Vec<Card>,
}

/// Reads and checks a deck: ids unique, prefixed with the deck name, made of
/// lowercase letters, digits and dashes; no empty text; no code blocks.
pub fn load(path: &Path) -> Result<Deck> {
    let deck: Deck = toml::from_str(&fs::read_to_string(path)?)
        .with_context(|| format!("{}: not a flashcard deck", path.display()))?;
    let mut seen = HashSet::new();
    for card in &deck.cards {
        let at = || format!("{}: card `{}`", path.display(), card.id);
        let id_ok = card.id.starts_with(&format!("{}-", deck.deck))
            && card
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ensure!(
            id_ok,
            "{}: an id is `{}-…` in lowercase letters, digits and dashes",
            at(),
            deck.deck
        );
        ensure!(
            seen.insert(card.id.as_str()),
            "{}: the id is used twice",
            at()
        );
        ensure!(
            !card.q.trim().is_empty() && !card.a.trim().is_empty(),
            "{}: question and answer must not be empty",
            at()
        );
        if card.q.contains("```") || card.a.contains("```") {
            bail!(
                "{}: no code blocks in cards (they would escape the tests)",
                at()
            );
        }
    }
    Ok(deck)
}

/// The deck as HTML that works without JavaScript (each card a `<details>`),
/// prints as a question/answer list, and carries the data a script needs.
pub fn render_html(deck: &Deck) -> String {
    let mut s = format!(
        "<div class=\"flashcards\" data-deck=\"{}\">\n",
        escape_html(&deck.deck)
    );
    for (i, card) in deck.cards.iter().enumerate() {
        // No blank lines inside: the whole deck stays one HTML block.
        let q = inline_html(&card.q).replace("\n\n", "\n");
        let a = inline_html(&card.a).replace("\n\n", "\n");
        s.push_str(&format!(
            "<details class=\"flashcard\" id=\"card-{id}\" data-card=\"{id}\">\
             <summary><span class=\"flashcard-number\">{n}.</span> {q}</summary> \
             <div class=\"flashcard-answer\">{a}</div></details>\n",
            id = escape_html(&card.id),
            n = i + 1,
        ));
    }
    s.push_str("</div>\n");
    s
}

/// A chapter's deck together with the chapter's number and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterDeck {
    pub number: u32,
    pub title: String,
    /// The chapter's page, relative to `src/`.
    pub path: std::path::PathBuf,
    pub deck: Deck,
}

impl ChapterDeck {
    /// The chapter title as plain text (markdown code marks dropped).
    pub fn plain_title(&self) -> String {
        self.title.replace('`', "")
    }

    /// Anki's deck name: `Send + Sync::01 Threads and move`.
    pub fn anki_deck_name(&self, book: &str) -> String {
        format!("{book}::{:02} {}", self.number, self.plain_title())
    }
}

/// Every deck of the book, in the order of `SUMMARY.md` (a chapter still
/// being written may have none yet; the contract checks that a finished one
/// does).
pub fn book_decks(book: &Book) -> Vec<ChapterDeck> {
    book.chapters
        .iter()
        .filter_map(|c| {
            Some(ChapterDeck {
                number: c.number,
                title: c.title().to_string(),
                path: c.page.path.clone(),
                deck: c.deck.clone()?,
            })
        })
        .collect()
}

/// The headers and column layout of the book's Anki files (see
/// <https://docs.ankiweb.net/importing/text-files.html>): tab-separated,
/// HTML fields, the GUID first so that importing a newer file updates the
/// notes a reader already studies instead of duplicating them.
const ANKI_HEADER: &str = "#separator:tab\n\
#html:true\n\
#guid column:1\n\
#notetype:Basic\n\
#deck column:4\n\
#tags column:5\n\
#columns:GUID\tFront\tBack\tDeck\tTags\n";

/// The Anki note GUID of a card: its stable id, namespaced by the book.
pub fn anki_guid(card: &Card) -> String {
    format!("send-sync:{}", card.id)
}

/// One field of Anki's text format: no tabs or line breaks (HTML does not
/// need them), quoted the CSV way only when it starts with a quote.
fn anki_field(text: &str) -> String {
    let flat: String = text
        .split(['\t', '\n', '\r'])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if flat.starts_with('"') {
        format!("\"{}\"", flat.replace('"', "\"\""))
    } else {
        flat
    }
}

/// Anki's plain-text import file for these decks (one note per card, each
/// deck a sub-deck of `book`). An empty list gives the headers only.
pub fn anki_text(book: &str, decks: &[ChapterDeck]) -> String {
    let mut s = String::from(ANKI_HEADER);
    for d in decks {
        let deck_name = anki_field(&d.anki_deck_name(book));
        for card in &d.deck.cards {
            let fields = [
                anki_field(&anki_guid(card)),
                anki_field(&inline_html(&card.q)),
                anki_field(&inline_html(&card.a)),
                deck_name.clone(),
                format!("send-sync {}", d.deck.deck),
            ];
            s.push_str(&fields.join("\t"));
            s.push('\n');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> ChapterDeck {
        ChapterDeck {
            number: 1,
            title: "Threads and `move`".into(),
            path: "ch01-threads/index.md".into(),
            deck: Deck {
                deck: "ch01-threads".into(),
                cards: vec![
                    Card {
                        id: "ch01-threads-join".into(),
                        q: "What does `join`\nreturn?".into(),
                        a: "A `Result`:\t`Err` if 1 < 2.".into(),
                    },
                    Card {
                        id: "ch01-threads-quote".into(),
                        q: "\"Quoted\" question".into(),
                        a: "Yes".into(),
                    },
                ],
            },
        }
    }

    #[test]
    fn anki_file_has_headers_and_one_note_per_card() {
        let text = anki_text("Send + Sync", &[deck()]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "#separator:tab");
        assert!(lines.contains(&"#html:true"));
        assert!(lines.contains(&"#guid column:1"));
        assert!(lines.contains(&"#notetype:Basic"));
        assert!(lines.contains(&"#deck column:4"));
        assert!(lines.contains(&"#tags column:5"));
        let notes: Vec<Vec<&str>> = lines
            .iter()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        assert_eq!(notes.len(), 2);
        assert_eq!(
            notes[0],
            [
                "send-sync:ch01-threads-join",
                "What does <code>join</code> return?",
                "A <code>Result</code>: <code>Err</code> if 1 &lt; 2.",
                "Send + Sync::01 Threads and move",
                "send-sync ch01-threads",
            ]
        );
        assert_eq!(notes[1][1], "\"\"\"Quoted\"\" question\"");
    }

    #[test]
    fn a_field_starting_with_a_quote_is_quoted() {
        assert_eq!(anki_field("\"a\" b"), "\"\"\"a\"\" b\"");
        assert_eq!(anki_field("a \"b\""), "a \"b\"");
    }

    #[test]
    fn the_guid_is_the_stable_card_id() {
        let d = deck();
        assert_eq!(anki_guid(&d.deck.cards[0]), "send-sync:ch01-threads-join");
    }
}

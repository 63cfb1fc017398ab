//! A chapter's flashcards: `src/<chapter>/flashcards.toml`, one `[[card]]`
//! per card with a stable `id`, a question `q` and an answer `a` (markdown,
//! inline code allowed, no code blocks). The ids never change once published,
//! so progress kept by readers and decks imported elsewhere stay attached.

use crate::directives::inline_html;
use crate::{Error, Result, err, read};
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
    let text = read(path)?;
    let deck: Deck =
        toml::from_str(&text).map_err(|e| Error(format!("{}: {e}", path.display())))?;
    let mut seen = HashSet::new();
    for card in &deck.cards {
        let at = || format!("{}: card `{}`", path.display(), card.id);
        let id_ok = card.id.starts_with(&format!("{}-", deck.deck))
            && card
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return err(format!(
                "{}: an id is `{}-…` in lowercase letters, digits and dashes",
                at(),
                deck.deck
            ));
        }
        if !seen.insert(card.id.as_str()) {
            return err(format!("{}: the id is used twice", at()));
        }
        if card.q.trim().is_empty() || card.a.trim().is_empty() {
            return err(format!("{}: question and answer must not be empty", at()));
        }
        if card.q.contains("```") || card.a.contains("```") {
            return err(format!(
                "{}: no code blocks in cards (they would escape the tests)",
                at()
            ));
        }
    }
    Ok(deck)
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The deck as HTML that works without JavaScript (each card a `<details>`),
/// prints as a question/answer list, and carries the data a script needs.
pub fn render_html(deck: &Deck) -> String {
    let mut s = format!(
        "<div class=\"flashcards\" data-deck=\"{}\">\n",
        escape_attr(&deck.deck)
    );
    for (i, card) in deck.cards.iter().enumerate() {
        // No blank lines inside: the whole deck stays one HTML block.
        let q = inline_html(&card.q).replace("\n\n", "\n");
        let a = inline_html(&card.a).replace("\n\n", "\n");
        s.push_str(&format!(
            "<details class=\"flashcard\" id=\"card-{id}\" data-card=\"{id}\">\
             <summary><span class=\"flashcard-number\">{n}.</span> {q}</summary>\
             <div class=\"flashcard-answer\">{a}</div></details>\n",
            id = escape_attr(&card.id),
            n = i + 1,
        ));
    }
    s.push_str("</div>\n");
    s
}

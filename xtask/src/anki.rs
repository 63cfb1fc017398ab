//! `cargo xtask flashcards`: the book's decks as Anki plain-text imports.

use crate::{Result, anyhow};
use bookkit::flashcards::{anki_text, book_decks};
use std::path::Path;

/// The Anki parent deck every chapter's deck goes under.
pub const BOOK_DECK: &str = "Send + Sync";
/// The whole book's file; each chapter's is `<deck>.txt` beside it.
pub const BOOK_FILE: &str = "send-sync.txt";

/// Writes `send-sync.txt` and one `<deck>.txt` per chapter into `out`.
pub fn export(root: &Path, out: &Path) -> Result<()> {
    let decks = book_decks(&bookkit::book::Book::load(root)?);
    std::fs::create_dir_all(out).map_err(|e| anyhow!("{}: {e}", out.display()))?;
    let write = |name: &str, text: String| {
        let file = out.join(name);
        std::fs::write(&file, text).map_err(|e| anyhow!("{}: {e}", file.display()))
    };
    write(BOOK_FILE, anki_text(BOOK_DECK, &decks))?;
    for d in &decks {
        write(
            &format!("{}.txt", d.deck.deck),
            anki_text(BOOK_DECK, std::slice::from_ref(d)),
        )?;
    }
    let cards: usize = decks.iter().map(|d| d.deck.cards.len()).sum();
    if decks.is_empty() {
        eprintln!("note: no chapter has a flashcards.toml yet; {BOOK_FILE} has headers only");
    }
    println!(
        "wrote Anki decks to {}: {cards} cards from {} chapter(s)",
        out.display(),
        decks.len()
    );
    Ok(())
}

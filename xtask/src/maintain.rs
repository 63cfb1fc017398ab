//! Keeping hand-kept facts in step with the listings: `cargo xtask sync`
//! (the workspace's exclude list) and `cargo xtask renumber N` (listing
//! numbers in order of first appearance).

use crate::{Context, Result};
use bookkit::book::{Book, renumbering, with_exclude};
use fs_err as fs;
use std::path::Path;

/// Rewrites `workspace.exclude` in the root Cargo.toml from the listings,
/// then prints what the chapter contract still finds missing.
pub fn sync(root: &Path) -> Result<()> {
    let book = Book::load(root)?;
    let manifest_path = root.join("Cargo.toml");
    let manifest = fs::read_to_string(&manifest_path)?;
    let updated = with_exclude(&manifest, &book.excluded_folders())?;
    if updated != manifest {
        fs::write(&manifest_path, &updated)?;
        println!(
            "updated workspace.exclude: {} compile-fail listings",
            book.excluded_folders().len()
        );
    } else {
        println!("workspace.exclude is up to date");
    }
    let problems: Vec<String> = book
        .chapters
        .iter()
        .flat_map(|c| bookkit::contract::check(&book, c))
        .collect();
    if problems.is_empty() {
        println!("every chapter meets the contract");
    } else {
        println!("still to do for the chapter contract:");
        for p in &problems {
            println!("- {p}");
        }
    }
    Ok(())
}

/// Renames chapter `chapter`'s listings so that they are numbered in the
/// order the chapter first shows them: folders, package names, `pair`s, the
/// captured files' paths, and every `{{#listing}}`/`{{#ref}}` in `src/`.
pub fn renumber(root: &Path, chapter: u32) -> Result<()> {
    let book = Book::load(root)?;
    let plan = renumbering(&book, chapter)?;
    if plan.is_empty() {
        println!("chapter {chapter}'s listings are already in order");
        return Ok(());
    }
    let dir_of = |name: &str| {
        book.listings
            .iter()
            .find(|l| l.name == name)
            .map(|l| root.join(&l.dir))
            .with_context(|| format!("no listing {name}"))
    };
    let parent = dir_of(&plan[0].0)?
        .parent()
        .context("a listing folder has a parent")?
        .to_path_buf();
    // Through temporary names, so that 3 → 4 and 4 → 3 do not collide.
    for (old, _) in &plan {
        fs::rename(dir_of(old)?, parent.join(format!("{old}.renumbering")))?;
    }
    for (old, new) in &plan {
        fs::rename(parent.join(format!("{old}.renumbering")), parent.join(new))?;
    }
    let mut files = Vec::new();
    collect_files(&root.join("src"), &mut files)?;
    collect_files(&parent, &mut files)?;
    let mut changed = 0;
    for file in files {
        let Ok(text) = fs::read_to_string(&file) else {
            continue; // not text
        };
        // Package names, and the crate names Rust code uses (`listing_01_03`).
        let mut new_text = text.clone();
        for (i, (old, _)) in plan.iter().enumerate() {
            new_text = new_text.replace(old.as_str(), &format!("\u{0}{i}-\u{0}"));
            new_text = new_text.replace(&old.replace('-', "_"), &format!("\u{0}{i}_\u{0}"));
        }
        for (i, (_, new)) in plan.iter().enumerate() {
            new_text = new_text.replace(&format!("\u{0}{i}-\u{0}"), new);
            new_text = new_text.replace(&format!("\u{0}{i}_\u{0}"), &new.replace('-', "_"));
        }
        if new_text != text {
            fs::write(&file, new_text)?;
            changed += 1;
        }
        // A renamed crate must not look fresh to cargo because `rename`
        // kept its sources' old modification times.
        if file.extension().is_some_and(|e| e == "rs") {
            fs::File::options()
                .append(true)
                .open(&file)?
                .set_modified(std::time::SystemTime::now())?;
        }
    }
    for (old, new) in &plan {
        println!("{old} -> {new}");
    }
    println!("rewrote {changed} files");
    // The packages have new names: record them in Cargo.lock (workspace
    // members only; no dependency moves).
    let status = crate::cargo(root)
        .args(["update", "--workspace", "--quiet"])
        .status()
        .context("running cargo update --workspace")?;
    anyhow::ensure!(
        status.success(),
        "cargo update --workspace failed ({status})"
    );
    sync(root)?;
    println!("now run `cargo xtask bless` and read the diff");
    Ok(())
}

fn collect_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name == "target" || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

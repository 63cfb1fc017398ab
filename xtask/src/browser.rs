//! `cargo xtask browser-test`: the built site in a real browser.
//!
//! The tests in `tests/browser` serve `book/html` themselves (with the npm
//! package `sirv`, in-process on 127.0.0.1), so `npm test` there runs on its
//! own. This command checks that the book is built and Chromium is there,
//! installs the pinned npm packages (`npm ci`, when `node_modules` does not
//! match `package-lock.json`), and runs `npm test` with the book's folder,
//! Chromium and its launch flags (`pdf::CHROMIUM_FLAGS`).

use crate::{Result, anyhow};
use std::path::{Path, PathBuf};
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Written into `node_modules` after a successful `npm ci`: a copy of the
/// lock file it installed, so a changed lock file means a new `npm ci`.
const INSTALLED_LOCK: &str = "node_modules/.send-sync-package-lock.json";

pub fn run(root: &Path) -> Result<()> {
    let site = root.join("book/html");
    if !site.join("index.html").is_file() {
        return Err(anyhow!(
            "{} has no built book: run `cargo xtask build` first",
            site.display()
        ));
    }
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(CHROMIUM));
    if !chromium.is_file() {
        return Err(anyhow!(
            "Chromium is not installed at {} (the browser tests drive it).\n\
             On Debian or Ubuntu: `sudo apt-get install chromium`, or set CHROMIUM to a Chromium binary.",
            chromium.display()
        ));
    }
    let dir = root.join("tests/browser");
    npm_ci(&dir)?;
    let screenshots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&screenshots).map_err(|e| anyhow!("{}: {e}", screenshots.display()))?;
    println!(
        "running the browser tests on {} (npm test in tests/browser)",
        site.display()
    );
    let status = Command::new("npm")
        .current_dir(&dir)
        .arg("test")
        .env("BOOK_DIR", &site)
        .env("CHROMIUM", &chromium)
        .env("CHROMIUM_ARGS", crate::pdf::CHROMIUM_FLAGS.join("\n"))
        .env("SCREENSHOT_DIR", &screenshots)
        .status()
        .map_err(|e| anyhow!("cannot run npm (apt-get install nodejs npm): {e}"))?;
    if status.success() {
        println!(
            "browser tests passed; screenshots in {}",
            screenshots.display()
        );
        Ok(())
    } else {
        Err(anyhow!(
            "browser tests failed (npm test: {status}); the failing tests are listed above"
        ))
    }
}

/// `npm ci` when `node_modules` is missing or was installed from another
/// `package-lock.json` than the one in `dir`.
fn npm_ci(dir: &Path) -> Result<()> {
    let lock_file = dir.join("package-lock.json");
    let lock = std::fs::read(&lock_file).map_err(|e| anyhow!("{}: {e}", lock_file.display()))?;
    let installed = dir.join(INSTALLED_LOCK);
    if std::fs::read(&installed).is_ok_and(|have| have == lock) {
        return Ok(());
    }
    println!("installing the browser tests' npm packages (npm ci)");
    let status = Command::new("npm")
        .current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund"])
        .status()
        .map_err(|e| anyhow!("cannot run npm (apt-get install nodejs npm): {e}"))?;
    if !status.success() {
        return Err(anyhow!("npm ci in {} failed ({status})", dir.display()));
    }
    std::fs::write(&installed, &lock).map_err(|e| anyhow!("{}: {e}", installed.display()))
}

#[cfg(test)]
mod tests {
    /// `npm test` run on its own launches Chromium with the flags in
    /// `tests/browser/chromium-flags.json`: the same as the xtask passes.
    #[test]
    fn standalone_chromium_flags_are_the_books() {
        let json = include_str!("../../tests/browser/chromium-flags.json");
        let flags: Vec<String> = serde_json::from_str(json).expect("a JSON list of strings");
        assert_eq!(flags, crate::pdf::CHROMIUM_FLAGS);
    }
}

//! `cargo xtask pdf` and `cargo xtask dist`: the book for offline readers.
//!
//! Both start from an offline build of the site in `book/offline/html`: the
//! same book with the playground's "run" buttons off (they need the network).
//! The PDF is Chromium's print of a rewritten copy of `print.html` (see
//! `bookkit::print`), paper size and page layout from `theme/book.css`.

use crate::{Result, anki, anyhow, mdbook, mdbook_build};
use bookkit::print::{TitlePage, for_pdf};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How the book runs Chromium, for the PDF and the browser tests alike:
/// headless, as root, and without the background connections that this
/// machine's closed network refuses.
pub const CHROMIUM_FLAGS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

const HEADLESS: &str = "chromium-headless-shell";
pub const PDF_NAME: &str = "send-sync.pdf";

/// Builds the offline site into `book/offline/html`, Anki decks included.
pub fn offline_site(root: &Path) -> Result<PathBuf> {
    let dest = root.join("book/offline");
    let mut cmd = mdbook(root, &["build", "--dest-dir"])?;
    cmd.arg(&dest)
        .env("MDBOOK_OUTPUT__HTML__PLAYGROUND__RUNNABLE", "false");
    mdbook_build(root, cmd)?;
    let html = dest.join("html");
    anki::export(root, &html.join("anki"))?;
    Ok(html)
}

/// An executable on PATH (or the path in `$CHROMIUM_HEADLESS_SHELL`).
fn headless_shell() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM_HEADLESS_SHELL") {
        return Ok(PathBuf::from(p));
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join(HEADLESS))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            anyhow!(
                "`{HEADLESS}` is not installed (needed to print the PDF).\n\
                 On Debian or Ubuntu: `sudo apt-get install {HEADLESS}` (add `poppler-utils` \
                 for pdfinfo/pdftoppm), then run `cargo xtask pdf` again.\n\
                 Or set CHROMIUM_HEADLESS_SHELL to a Chromium headless shell binary."
            )
        })
}

fn title_page(model: &bookkit::book::Book) -> Result<TitlePage> {
    let root = model.root.as_path();
    let file = root.join("book.toml");
    let text = std::fs::read_to_string(&file).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let config: toml::Table = text
        .parse()
        .map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let book = config.get("book").and_then(|b| b.as_table());
    let get = |key: &str| {
        book.and_then(|b| b.get(key))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let authors = book
        .and_then(|b| b.get("authors"))
        .and_then(|a| a.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    // Read-only: the date and commit the PDF was made from, when in git.
    let edition = Command::new("git")
        .current_dir(root)
        .args(["log", "-1", "--format=%cs, commit %h"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            format!(
                "Built from the sources of {}",
                String::from_utf8_lossy(&o.stdout).trim()
            )
        })
        .unwrap_or_default();
    let versions = model.versions()?;
    let edition = format!("Checked with {versions}. {edition}")
        .trim()
        .to_string();
    Ok(TitlePage {
        title: get("title"),
        description: get("description"),
        authors,
        edition,
    })
}

/// Runs a command, killing it after `limit`.
fn run_with_limit(mut cmd: Command, what: &str, limit: Duration) -> Result<()> {
    let mut child = cmd.spawn().map_err(|e| anyhow!("cannot run {what}: {e}"))?;
    let start = Instant::now();
    loop {
        match child.try_wait().map_err(|e| anyhow!("{what}: {e}"))? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => return Err(anyhow!("{what} failed ({status})")),
            None if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(anyhow!("{what} did not finish within {}s", limit.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Builds the offline site and prints it to `book/send-sync.pdf`.
/// Returns the offline site's folder and the PDF's path.
pub fn pdf(root: &Path) -> Result<(PathBuf, PathBuf)> {
    let shell = headless_shell()?;
    let html = offline_site(root)?;
    let print = html.join("print.html");
    let print_html =
        std::fs::read_to_string(&print).map_err(|e| anyhow!("{}: {e}", print.display()))?;
    let book = bookkit::book::Book::load(root)?;
    let pdf_html = for_pdf(
        &print_html,
        &book.entries,
        &title_page(&book)?,
        |page: &str| {
            let file = html.join(bookkit::markdown::html_path(page));
            std::fs::read_to_string(file).ok()
        },
    )?;
    // Each output block's font fits its longest line (theme/book.css).
    let pdf_html = bookkit::print::mark_output_columns(&pdf_html)?;
    let outputs = bookkit::print::output_blocks(&pdf_html)?;
    let dangling = bookkit::print::dangling_links(&pdf_html);
    if !dangling.is_empty() {
        eprintln!(
            "warning: {} link(s) in the book point to no heading or figure (they do nothing in the PDF): {}",
            dangling.len(),
            dangling.join(" ")
        );
    }
    let copy = html.join("print-pdf.html");
    std::fs::write(&copy, pdf_html).map_err(|e| anyhow!("{}: {e}", copy.display()))?;

    let out = root.join("book").join(PDF_NAME);
    let _ = std::fs::remove_file(&out);
    let profile = std::env::temp_dir().join(format!("send-sync-pdf-{}", std::process::id()));
    let mut cmd = Command::new(&shell);
    cmd.args(CHROMIUM_FLAGS)
        .args(["--no-pdf-header-footer", "--generate-pdf-document-outline"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", copy.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let start = Instant::now();
    let printed = run_with_limit(cmd, HEADLESS, Duration::from_secs(180));
    let elapsed = start.elapsed();
    let _ = std::fs::remove_dir_all(&profile);
    let _ = std::fs::remove_file(&copy);
    printed?;
    let bytes = std::fs::read(&out).map_err(|e| anyhow!("{HEADLESS} wrote no PDF: {e}"))?;
    check_pdf(&out, &bytes)?;
    check_outputs_unwrapped(&out, &outputs)?;
    let pages = Command::new("pdfinfo")
        .arg(&out)
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|p| p.trim().to_string()))
        })
        .map(|p| format!("{p} pages, "))
        .unwrap_or_default();
    println!(
        "wrote {} ({pages}{} KiB, printed in {:.1}s)",
        out.display(),
        bytes.len() / 1024,
        elapsed.as_secs_f64()
    );
    Ok((html, out))
}

/// What can be checked without a PDF library: the file is a PDF, has an
/// outline (bookmarks), and no link into the build machine's files; with
/// poppler's `pdfinfo`, also that its pages are A4.
fn check_pdf(out: &Path, bytes: &[u8]) -> Result<()> {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if !bytes.starts_with(b"%PDF") {
        return Err(anyhow!("{} is not a PDF", out.display()));
    }
    if !has(b"/Outlines") {
        return Err(anyhow!("{} has no bookmarks (outline)", out.display()));
    }
    if has(b"/URI (file:") {
        return Err(anyhow!(
            "{} links to local files: a link in print.html was not rewritten",
            out.display()
        ));
    }
    if let Ok(info) = Command::new("pdfinfo").arg(out).output() {
        let info = String::from_utf8_lossy(&info.stdout);
        if let Some(size) = info.lines().find(|l| l.starts_with("Page size:"))
            && !size.contains("(A4)")
        {
            return Err(anyhow!("{}: not A4 ({size})", out.display()));
        }
    }
    Ok(())
}

/// Captured outputs and diagnostics must not wrap in the PDF: a wrapped
/// line of a rustc diagnostic breaks its caret and underline drawing. With
/// poppler's `pdftotext`, every line of every output block must be on one
/// line of the PDF's text. A line longer than
/// [`bookkit::print::OUTPUT_COLUMNS_AT_FLOOR`] cannot fit even at the print
/// CSS's smallest size: it is allowed to wrap, and named in a warning.
fn check_outputs_unwrapped(out: &Path, blocks: &[bookkit::print::OutputBlock]) -> Result<()> {
    let limit = bookkit::print::OUTPUT_COLUMNS_AT_FLOOR;
    let text = match Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(out)
        .arg("-")
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        Ok(o) => return Err(anyhow!("pdftotext {} failed ({})", out.display(), o.status)),
        Err(e) => {
            eprintln!(
                "warning: cannot run pdftotext ({e}): not checked that outputs do not wrap (install poppler-utils)"
            );
            return Ok(());
        }
    };
    let lines: usize = blocks.iter().map(|b| b.lines.len()).sum();
    if blocks.is_empty() {
        return Err(anyhow!(
            "the PDF's HTML has no listing output block: did the figure change?"
        ));
    }
    let name = |id: &str| id.rsplit("--").next().unwrap_or(id).to_string();
    let (too_long, wrapped): (Vec<_>, Vec<_>) = bookkit::print::wrapped_lines(blocks, &text)
        .into_iter()
        .partition(|(_, l)| l.chars().count() > limit);
    if !too_long.is_empty() {
        eprintln!(
            "warning: {} captured line(s) are longer than the {limit} columns that fit at the PDF's smallest code size, and wrap:",
            too_long.len()
        );
        for (id, l) in &too_long {
            eprintln!("  {} ({} chars): {}", name(id), l.chars().count(), l.trim());
        }
    }
    if !wrapped.is_empty() {
        let list: Vec<String> = wrapped
            .iter()
            .map(|(id, l)| format!("  {} ({} chars): {}", name(id), l.chars().count(), l.trim()))
            .collect();
        return Err(anyhow!(
            "{}: {} line(s) of captured output wrap although they fit in {limit} columns (check the print CSS for `.listing-output-label + pre`):\n{}",
            out.display(),
            wrapped.len(),
            list.join("\n")
        ));
    }
    println!(
        "outputs: {} blocks, {lines} lines: none of {limit} columns or fewer wraps ({} longer ones do)",
        blocks.len(),
        too_long.len()
    );
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).map_err(|e| anyhow!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| anyhow!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| anyhow!("{}: {e}", from.display()))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(|e| anyhow!("{}: {e}", src.display()))?;
        }
    }
    Ok(())
}

const DIST_README: &str = "Send + Sync, for reading offline\n\
\n\
html/index.html     the book as a website: open it in a browser (no server needed)\n\
send-sync.pdf       the same book as one A4 PDF\n\
anki/send-sync.txt  every flashcard, for Anki: File > Import (one file per chapter beside it)\n\
\n\
Re-importing a newer deck into Anki updates the cards you already have:\n\
each card keeps the same id (Anki's GUID) from one edition to the next.\n";

/// `dist/send-sync/` (site, PDF, decks) and `dist/send-sync.tar.gz`.
pub fn dist(root: &Path) -> Result<()> {
    let (html, pdf) = pdf(root)?;
    let dist = root.join("dist");
    let folder = dist.join("send-sync");
    let tarball = dist.join("send-sync.tar.gz");
    if folder.exists() {
        std::fs::remove_dir_all(&folder).map_err(|e| anyhow!("{}: {e}", folder.display()))?;
    }
    let _ = std::fs::remove_file(&tarball);
    copy_dir(&html, &folder.join("html"))?;
    copy_dir(&html.join("anki"), &folder.join("anki"))?;
    std::fs::copy(&pdf, folder.join(PDF_NAME)).map_err(|e| anyhow!("{}: {e}", pdf.display()))?;
    std::fs::write(folder.join("README.txt"), DIST_README)
        .map_err(|e| anyhow!("{}: {e}", folder.display()))?;
    let status = Command::new("tar")
        .current_dir(&dist)
        .args(["-czf", "send-sync.tar.gz", "send-sync"])
        .status()
        .map_err(|e| anyhow!("cannot run tar (needed for the tarball): {e}"))?;
    if !status.success() {
        return Err(anyhow!("tar failed ({status})"));
    }
    let size = std::fs::metadata(&tarball).map(|m| m.len()).unwrap_or(0);
    println!(
        "wrote {} and {} ({} KiB)",
        folder.display(),
        tarball.display(),
        size / 1024
    );
    Ok(())
}

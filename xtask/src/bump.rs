//! `cargo xtask bump-toolchain 1.NN.P`: moves the pin in `rust-toolchain.toml`
//! to another Rust release, re-captures every output and diagnostic under it
//! (what `cargo xtask bless` does), and prints what the upgrade changed: the
//! captures that differ, the compile-fail listings whose first error changed
//! or that now compile, and the lines of `src/**/*.md` that quote a line the
//! new toolchain no longer prints.
//!
//! The toolchain is installed (or found) before the pin moves, so an
//! unavailable release leaves `rust-toolchain.toml` as it was. A bless that
//! fails (a listing that now compiles, a first error that is no longer the
//! declared one) does not stop the report: the summary is printed, the new
//! pin and captures stay for the author to fix, and the command exits
//! non-zero.
//!
//! [`summarise`] is the whole report, as a pure function of the captures
//! before and after and the chapters' text.

use crate::{Result, anyhow, bail};
use bookkit::listings::{Expected, Kind};
use fs_err as fs;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

const TOOLCHAIN_FILE: &str = "rust-toolchain.toml";

/// A quoted fragment shorter than this is too common to point at a change.
const MIN_QUOTE: usize = 20;

pub fn run(root: &Path, version: &str) -> Result<()> {
    check_version(version)?;
    let toolchain_path = root.join(TOOLCHAIN_FILE);
    let original = fs::read_to_string(&toolchain_path)?;
    let pin = Pin::parse(&original).map_err(|e| anyhow!("{}: {e}", toolchain_path.display()))?;
    let updated = set_channel(&original, version)
        .map_err(|e| anyhow!("{}: {e}", toolchain_path.display()))?;

    ensure_toolchain(version, &pin).map_err(|e| {
        anyhow!(
            "{e}\n{TOOLCHAIN_FILE} is unchanged (still pinned to {}); nothing was re-captured",
            pin.channel
        )
    })?;

    let tracked = tracked(root)?;
    let before = read_captures(root, &tracked)?;

    write_atomically(&toolchain_path, &updated)?;
    if let Err(e) = check_active(root, version) {
        write_atomically(&toolchain_path, &original)?;
        bail!(
            "{e}\n{TOOLCHAIN_FILE} is restored (pinned to {}); nothing was re-captured",
            pin.channel
        );
    }
    eprintln!(
        "{TOOLCHAIN_FILE}: {} -> {version}; re-capturing every listing under rustc {version} \
         (the first build under a new toolchain rebuilds everything)",
        pin.channel
    );

    let blessed = match bless(root, &tracked) {
        Ok(blessed) => blessed,
        Err(e) => {
            // cargo could not even start: nothing was re-captured.
            write_atomically(&toolchain_path, &original)?;
            bail!(
                "{e}\n{TOOLCHAIN_FILE} is restored (pinned to {})",
                pin.channel
            );
        }
    };

    let after = read_captures(root, &tracked)?;
    let markdown = read_markdown(root)?;
    let compiled = now_compiling(&blessed.output, &tracked);
    let summary = summarise(&tracked, &before, &after, &markdown, &compiled);
    println!("\nbump-toolchain {} -> {version}\n{summary}", pin.channel);
    if blessed.success {
        println!("bless passed under {version}: read every changed capture, then commit.");
        Ok(())
    } else {
        bail!(
            "bless failed under {version} (see the test output above and the summary): \
             {TOOLCHAIN_FILE} now pins {version} and the captures that could be taken were \
             rewritten; fix the listings named above and run `cargo xtask bless`"
        )
    }
}

/// `1.NN.P`: a Rust release, not a channel name (`stable` moves, so it is
/// no pin) nor a nightly.
pub fn check_version(version: &str) -> Result<()> {
    let parts: Vec<&str> = version.split('.').collect();
    let numeric = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    let ok = parts.len() == 3 && parts[0] == "1" && parts[1..].iter().all(|p| numeric(p));
    if !ok {
        bail!(
            "`{version}` is not a Rust release: give one like 1.96.0 or 1.96.1 \
             (a channel such as stable or nightly moves, so it cannot be a pin)"
        );
    }
    Ok(())
}

/// What `rust-toolchain.toml` pins.
#[derive(Debug, PartialEq, Eq)]
pub struct Pin {
    pub channel: String,
    pub components: Vec<String>,
    pub profile: Option<String>,
}

impl Pin {
    pub fn parse(text: &str) -> Result<Pin> {
        let value: toml::Table = toml::from_str(text).map_err(|e| anyhow!("not TOML: {e}"))?;
        let table = value
            .get("toolchain")
            .and_then(|t| t.as_table())
            .ok_or_else(|| anyhow!("no [toolchain] table"))?;
        let channel = table
            .get("channel")
            .and_then(|c| c.as_str())
            .ok_or_else(|| anyhow!("no `channel = \"…\"` in [toolchain]"))?
            .to_string();
        let components = match table.get("components") {
            None => Vec::new(),
            Some(list) => list
                .as_array()
                .and_then(|a| a.iter().map(|c| c.as_str().map(String::from)).collect())
                .ok_or_else(|| anyhow!("`components` is not a list of names"))?,
        };
        let profile = table
            .get("profile")
            .and_then(|p| p.as_str())
            .map(String::from);
        Ok(Pin {
            channel,
            components,
            profile,
        })
    }
}

/// The toolchain file with its `channel` line pointing at `version`, every
/// other line (comments, components) kept as it was.
pub fn set_channel(text: &str, version: &str) -> Result<String> {
    let mut replaced = 0;
    let lines: Vec<String> = text
        .split_inclusive('\n')
        .map(|line| {
            let key = line.split('=').next().unwrap_or_default().trim();
            if key == "channel" && line.contains('=') {
                replaced += 1;
                let indent = &line[..line.len() - line.trim_start().len()];
                let newline = if line.ends_with('\n') { "\n" } else { "" };
                format!("{indent}channel = \"{version}\"{newline}")
            } else {
                line.to_string()
            }
        })
        .collect();
    if replaced != 1 {
        bail!("expected exactly one `channel = \"…\"` line, found {replaced}");
    }
    let updated = lines.concat();
    let pin = Pin::parse(&updated)?;
    if pin.channel != version {
        bail!("could not rewrite the channel (it reads {:?})", pin.channel);
    }
    Ok(updated)
}

/// rustup, with nothing inherited from the `cargo xtask` that runs us: cargo
/// and rustup export the *current* toolchain to child processes
/// (`RUSTUP_TOOLCHAIN`, `CARGO`), which would beat `rust-toolchain.toml`.
fn unpinned(program: &str, root: Option<&Path>) -> Command {
    let mut cmd = Command::new(program);
    if let Some(root) = root {
        cmd.current_dir(root);
    }
    for var in [
        "RUSTUP_TOOLCHAIN",
        "RUSTUP_TOOLCHAIN_SOURCE",
        "CARGO",
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "BOOK_CHAPTER",
        // rustup prints its own backtrace on a failed download otherwise.
        "RUST_BACKTRACE",
        "RUST_LIB_BACKTRACE",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn output_of(cmd: &mut Command) -> Result<(bool, String)> {
    let out = cmd
        .output()
        .map_err(|e| anyhow!("cannot run {:?}: {e}", cmd.get_program()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok((out.status.success(), text.trim().to_string()))
}

/// Finds the release with the pinned profile's components, installing
/// what is missing. Asks rustup's server only for what is not here.
fn ensure_toolchain(version: &str, pin: &Pin) -> Result<()> {
    let (ok, listed) = output_of(unpinned("rustup", None).args(["toolchain", "list"]))
        .map_err(|e| anyhow!("{e}: bump-toolchain needs rustup"))?;
    if !ok {
        bail!("`rustup toolchain list` failed:\n{listed}");
    }
    let installed = listed.lines().any(|l| {
        l.split_whitespace().next() == Some(version) || l.starts_with(&format!("{version}-"))
    });
    if !installed {
        eprintln!("Rust {version} is not installed: asking rustup to install it");
        let mut install = unpinned("rustup", None);
        install.args(["toolchain", "install", version, "--no-self-update"]);
        if let Some(profile) = &pin.profile {
            install.args(["--profile", profile]);
        }
        for component in &pin.components {
            install.args(["--component", component]);
        }
        let (ok, said) = output_of(&mut install)?;
        if !ok {
            bail!(
                "Rust {version} is not installed and rustup could not install it \
                 (no network, or no such release?). rustup said:\n{}",
                last_lines(&said, 8)
            );
        }
        return Ok(());
    }
    let (ok, have) = output_of(unpinned("rustup", None).args([
        "component",
        "list",
        "--installed",
        "--toolchain",
        version,
    ]))?;
    if !ok {
        bail!("`rustup component list --toolchain {version}` failed:\n{have}");
    }
    let missing: Vec<&String> = pin
        .components
        .iter()
        .filter(|c| {
            !have
                .lines()
                .any(|l| l == *c || l.starts_with(&format!("{c}-")))
        })
        .collect();
    if !missing.is_empty() {
        let mut add = unpinned("rustup", None);
        add.args(["component", "add", "--toolchain", version]);
        add.args(missing.iter().map(|c| c.as_str()));
        let (ok, said) = output_of(&mut add)?;
        if !ok {
            bail!(
                "Rust {version} lacks {missing:?} and rustup could not add them:\n{}",
                last_lines(&said, 8)
            );
        }
    }
    Ok(())
}

/// After the pin moved: rustup, reading `rust-toolchain.toml`, must now
/// give the book's folder that release.
fn check_active(root: &Path, version: &str) -> Result<()> {
    let (ok, said) = output_of(unpinned("rustc", Some(root)).arg("--version"))?;
    if !ok || !said.starts_with(&format!("rustc {version} ")) {
        bail!(
            "with the new pin, `rustc --version` in {} says {said:?}",
            root.display()
        );
    }
    Ok(())
}

/// rustup's `error:` lines, or its last lines when it printed none.
fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let errors: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("error"))
        .collect();
    let shown = if errors.is_empty() {
        &lines[..]
    } else {
        &errors[..]
    };
    shown[shown.len().saturating_sub(n)..].join("\n")
}

fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let tmp = path.with_extension("toml.bump-tmp");
    fs::write(&tmp, text)?;
    fs::rename(&tmp, path)?;
    Ok(())
}

/// A capture the book shows: which listing, where, and for a compile-fail
/// listing its declared error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tracked {
    pub name: String,
    /// Relative to the book root.
    pub capture: String,
    /// The listing's source (compile-fail listings: trybuild names it).
    pub file: String,
    pub declared: Option<String>,
}

/// Every capture `cargo xtask bless` rewrites (benchmarks are measured on
/// demand, never blessed).
fn tracked(root: &Path) -> Result<Vec<Tracked>> {
    Ok(bookkit::listings::all(root)?
        .into_iter()
        .filter(|l| l.kind != Kind::Benchmark)
        .filter_map(|l| {
            Some(Tracked {
                capture: l.capture_path()?,
                file: l.file_path(),
                declared: match &l.kind {
                    Kind::CompileFail { error } => Some(error.clone()),
                    _ => None,
                },
                name: l.name,
            })
        })
        .collect())
}

/// Capture path → its text (`None`: no file yet).
pub type Captures = BTreeMap<String, Option<String>>;

fn read_captures(root: &Path, tracked: &[Tracked]) -> Result<Captures> {
    let mut captures = Captures::new();
    for t in tracked {
        let path = root.join(&t.capture);
        let text = if path.exists() {
            Some(fs::read_to_string(&path)?)
        } else {
            None
        };
        captures.insert(t.capture.clone(), text);
    }
    Ok(captures)
}

/// Every `.md` under `src/` (and `.toml`: flashcards quote errors too), by
/// path relative to the root.
fn read_markdown(root: &Path) -> Result<BTreeMap<String, String>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) -> Result<()> {
        let mut entries: Vec<_> = fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "md" || e == "toml") {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(rel, fs::read_to_string(&path)?);
            }
        }
        Ok(())
    }
    let mut out = BTreeMap::new();
    walk(root, &root.join("src"), &mut out)?;
    Ok(out)
}

struct Blessed {
    success: bool,
    /// What the tests printed (stdout and stderr), for [`now_compiling`].
    output: String,
}

/// `cargo xtask bless`, under the toolchain `rust-toolchain.toml` now pins:
/// the rustup proxy `cargo`, not the `$CARGO` that runs us. Its output goes
/// to the terminal as it comes, and is kept.
fn bless(root: &Path, tracked: &[Tracked]) -> Result<Blessed> {
    // A new listing has no capture yet, and the build script refuses a
    // missing include: start it empty, as `cargo xtask bless` does.
    let mut started = Vec::new();
    for t in tracked {
        let path = root.join(&t.capture);
        if !path.exists() {
            fs::write(&path, "")?;
            started.push(path);
        }
    }
    let spawned = unpinned("cargo", Some(root))
        .args(["test", "--test", "listings", "--test", "compile_fail"])
        .env("BLESS", "1")
        .env("TRYBUILD", "overwrite")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            for path in started {
                let _ = fs::remove_file(path);
            }
            bail!("cannot run cargo: {e}");
        }
    };
    let out = tee(child.stdout.take(), std::io::stdout());
    let err = tee(child.stderr.take(), std::io::stderr());
    let status = child
        .wait()
        .map_err(|e| anyhow!("waiting for cargo: {e}"))?;
    let output = [out, err].map(|h| h.join().unwrap_or_default()).concat();
    Ok(Blessed {
        success: status.success(),
        output,
    })
}

fn tee(
    source: Option<impl Read + Send + 'static>,
    mut sink: impl Write + Send + 'static,
) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let Some(mut source) = source else {
            return String::new();
        };
        let mut buf = [0u8; 8192];
        while let Ok(n) = source.read(&mut buf) {
            if n == 0 {
                break;
            }
            let _ = sink.write_all(&buf[..n]);
            let _ = sink.flush();
            kept.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&kept).into_owned()
    })
}

/// The compile-fail listings trybuild reports as compiling: its
/// `test <file> ... error` followed by `Expected test case to fail to
/// compile, but it succeeded.` (trybuild 1.0's wording).
pub fn now_compiling(output: &str, tracked: &[Tracked]) -> BTreeSet<String> {
    let plain = strip_ansi(output);
    let lines: Vec<&str> = plain.lines().map(str::trim).collect();
    let mut found = BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        let Some(file) = rest.strip_suffix(" ... error") else {
            continue;
        };
        let file = file.trim_end_matches(" [should fail to compile]").trim();
        let verdict = lines[i + 1..].iter().find(|l| !l.is_empty());
        if verdict.is_some_and(|v| v.starts_with("Expected test case to fail to compile"))
            && let Some(t) = tracked.iter().find(|t| t.file == file)
        {
            found.insert(t.name.clone());
        }
    }
    found
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What an upgrade changed, for the author to review.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Listings whose capture differs, with the capture's path.
    pub changed: Vec<(String, String)>,
    pub first_errors: Vec<FirstError>,
    /// Compile-fail listings the new compiler accepts.
    pub now_compile: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// A compile-fail listing whose first `error` line changed.
#[derive(Debug, PartialEq, Eq)]
pub struct FirstError {
    pub name: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// Whether the new first error is still the one its Cargo.toml declares.
    pub still_declared: bool,
}

/// A line of the chapters that quotes a line the new toolchain no longer
/// prints.
#[derive(Debug, PartialEq, Eq)]
pub struct Quote {
    pub file: String,
    pub line: usize,
    pub listing: String,
    pub quoted: String,
}

/// The report: which captures changed, which compile-fail listings fail
/// differently or compile, and which markdown lines quote a removed line.
pub fn summarise(
    tracked: &[Tracked],
    before: &Captures,
    after: &Captures,
    markdown: &BTreeMap<String, String>,
    now_compile: &BTreeSet<String>,
) -> Summary {
    let mut summary = Summary::default();
    for t in tracked {
        let old = before
            .get(&t.capture)
            .cloned()
            .flatten()
            .unwrap_or_default();
        let new = after.get(&t.capture).cloned().flatten().unwrap_or_default();
        if now_compile.contains(&t.name) {
            summary.now_compile.push(t.name.clone());
        }
        if old == new {
            continue;
        }
        summary.changed.push((t.name.clone(), t.capture.clone()));
        if let Some(declared) = &t.declared {
            let (was, is) = (first_error(&old), first_error(&new));
            if was != is {
                summary.first_errors.push(FirstError {
                    name: t.name.clone(),
                    before: was.map(String::from),
                    after: is.map(String::from),
                    still_declared: Expected::parse(declared).matches(&new),
                });
            }
        }
        summary.quotes.extend(stale_quotes(
            &t.name,
            &old,
            &new,
            t.declared.is_some(),
            markdown,
        ));
    }
    summary
}

fn first_error(capture: &str) -> Option<&str> {
    capture.lines().find(|l| l.starts_with("error"))
}

/// Lines of `markdown` that quote what `old` printed and `new` no longer
/// does: a quoted fragment (`` `…` ``, "…") of at least [`MIN_QUOTE`]
/// characters found in a removed line, or a removed line's text found whole.
fn stale_quotes(
    listing: &str,
    old: &str,
    new: &str,
    diagnostic: bool,
    markdown: &BTreeMap<String, String>,
) -> Vec<Quote> {
    let kept: BTreeSet<&str> = new.lines().collect();
    let new_text: Vec<String> = new
        .lines()
        .map(|l| squash(message_part(l, diagnostic)))
        .collect();
    let still_printed = |s: &str| new_text.iter().any(|l| l.contains(s));
    let removed: Vec<String> = old
        .lines()
        .filter(|l| !kept.contains(l))
        .map(|l| squash(message_part(l, diagnostic)))
        .filter(|l| l.chars().count() >= MIN_QUOTE && !still_printed(l))
        .collect();
    if removed.is_empty() {
        return Vec::new();
    }
    let mut quotes = Vec::new();
    for (file, text) in markdown {
        for (i, line) in text.lines().enumerate() {
            let squashed = squash(line);
            let hit = quoted_fragments(line)
                .into_iter()
                .map(|f| squash(&f))
                .filter(|f| f.chars().count() >= MIN_QUOTE && !still_printed(f))
                .find(|f| removed.iter().any(|r| r.contains(f.as_str())))
                .or_else(|| {
                    removed
                        .iter()
                        .find(|r| squashed.contains(r.as_str()))
                        .cloned()
                });
            if let Some(quoted) = hit {
                quotes.push(Quote {
                    file: file.clone(),
                    line: i + 1,
                    listing: listing.to_string(),
                    quoted,
                });
            }
        }
    }
    quotes
}

/// A diagnostic line without rustc's gutter (`12 |`, `|`, `=`) and
/// underline marks, so the message a chapter would quote is left.
fn message_part(line: &str, diagnostic: bool) -> &str {
    if !diagnostic {
        return line.trim();
    }
    let t = line.trim_start();
    let after_number = t
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let rest = if let Some(rest) = after_number.strip_prefix('|') {
        rest
    } else if let Some(rest) = t.strip_prefix('=') {
        rest
    } else {
        t
    };
    rest.trim_start_matches(|c: char| " |^-_+~".contains(c))
        .trim()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a line may quote: code spans (any number of backticks), double-quoted
/// text, and the stretches between emphasis and quote marks.
fn quoted_fragments(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find('`') {
        let ticks = rest[at..].chars().take_while(|&c| c == '`').count();
        let fence = &rest[at..at + ticks];
        let body = &rest[at + ticks..];
        match find_run(body, fence) {
            Some(end) => {
                found.push(body[..end].trim().to_string());
                rest = &body[end + ticks..];
            }
            None => rest = body,
        }
    }
    for (open, close) in [('"', '"'), ('“', '”')] {
        let mut rest = line;
        while let Some(at) = rest.find(open) {
            let body = &rest[at + open.len_utf8()..];
            let Some(end) = body.find(close) else { break };
            found.push(body[..end].to_string());
            rest = &body[end + close.len_utf8()..];
        }
    }
    // Emphasis (`*…*`, often across a line break), quotes inside TOML
    // strings (`\"…\"`) and quotes cut short with `…`: every stretch of
    // the line between such marks, trimmed of punctuation.
    let marks = |c: char| "*`\"“”…\\".contains(c);
    let edges = |c: char| c.is_whitespace() || ".,;:!?()—–".contains(c);
    found.extend(
        line.split(marks)
            .map(|s| s.trim_matches(edges).to_string())
            .filter(|s| !s.is_empty()),
    );
    found
}

/// The next run of exactly `fence` (backticks) in `text`.
fn find_run(text: &str, fence: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(fence) {
        let start = from + at;
        let run = text[start..].chars().take_while(|&c| c == '`').count();
        if run == fence.len() {
            return Some(start);
        }
        from = start + run;
    }
    None
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "captures changed: {}", self.changed.len())?;
        for (name, path) in &self.changed {
            writeln!(f, "  {name}  {path}")?;
        }
        writeln!(
            f,
            "compile-fail listings whose first error changed: {}",
            self.first_errors.len()
        )?;
        for e in &self.first_errors {
            let show = |s: &Option<String>| s.clone().unwrap_or_else(|| "(no error)".into());
            writeln!(f, "  {}", e.name)?;
            writeln!(f, "    was: {}", show(&e.before))?;
            writeln!(f, "    now: {}", show(&e.after))?;
            if !e.still_declared {
                writeln!(
                    f,
                    "    (no longer the error its Cargo.toml declares: update `error = …`)"
                )?;
            }
        }
        writeln!(
            f,
            "compile-fail listings that now compile: {}",
            self.now_compile.len()
        )?;
        for name in &self.now_compile {
            writeln!(f, "  {name}")?;
        }
        writeln!(
            f,
            "chapter lines quoting a line the new toolchain no longer prints: {}",
            self.quotes.len()
        )?;
        for q in &self.quotes {
            writeln!(f, "  {}:{}  ({}) {}", q.file, q.line, q.listing, q.quoted)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOOLCHAIN: &str = "[toolchain]\n# Pinned so that the diagnostics stay true.\n\
        channel = \"1.95.0\"\ncomponents = [\"rustfmt\", \"clippy\"]\nprofile = \"minimal\"\n";

    const E0373_OLD: &str = "\
error[E0373]: closure may outlive the current function, but it borrows `readings`, which is owned by the current function
  --> listings/ch01-threads/listing-01-01/src/main.rs:10:32
   |
10 |     let handle = thread::spawn(|| {
   |                                ^^ may outlive borrowed value `readings`
help: to force the closure to take ownership of `readings`, use the `move` keyword
";

    fn tracked() -> Vec<Tracked> {
        vec![
            Tracked {
                name: "listing-01-01".into(),
                capture: "listings/ch01-threads/listing-01-01/src/main.stderr".into(),
                file: "listings/ch01-threads/listing-01-01/src/main.rs".into(),
                declared: Some("E0373".into()),
            },
            Tracked {
                name: "listing-01-02".into(),
                capture: "listings/ch01-threads/listing-01-02/output.txt".into(),
                file: "listings/ch01-threads/listing-01-02/src/main.rs".into(),
                declared: None,
            },
            Tracked {
                name: "listing-01-03".into(),
                capture: "listings/ch01-threads/listing-01-03/src/main.stderr".into(),
                file: "listings/ch01-threads/listing-01-03/src/main.rs".into(),
                declared: Some("E0277".into()),
            },
        ]
    }

    fn captures(texts: [&str; 3]) -> Captures {
        tracked()
            .into_iter()
            .zip(texts)
            .map(|(t, text)| (t.capture, Some(text.to_string())))
            .collect()
    }

    const E0277: &str = "error[E0277]: `Rc<Vec<&str>>` cannot be sent between threads safely\n";
    const OUTPUT: &str = "worker 1 summed 6 readings\nmean temperature: 21.5 degrees\n";

    fn markdown() -> BTreeMap<String, String> {
        BTreeMap::from([
            (
                "src/ch01-threads/index.md".to_string(),
                "# Threads\n\
                 \n\
                 The compiler says `closure may outlive the current function` and points\n\
                 at the closure. Its help reads \"use the `move` keyword\".\n\
                 The headline, `` `Rc<Vec<&str>>` cannot be sent between threads safely ``.\n\
                 The run prints:\n\
                 \n\
                 ```text\n\
                 mean temperature: 21.5 degrees\n\
                 ```\n"
                    .to_string(),
            ),
            (
                "src/appendix-errors.md".to_string(),
                "E0373 says `closure may outlive the current function`.\n\
                 Short quotes like `readings` never count.\n\
                 And still: *closure may outlive the current function, but it borrows\n\
                 `readings`*, the book says.\n"
                    .to_string(),
            ),
        ])
    }

    #[test]
    fn unchanged_captures_report_nothing() {
        let same = captures([E0373_OLD, OUTPUT, E0277]);
        let summary = summarise(&tracked(), &same, &same, &markdown(), &BTreeSet::new());
        assert_eq!(summary, Summary::default());
        assert!(summary.to_string().contains("captures changed: 0"));
    }

    #[test]
    fn a_changed_diagnostic_is_listed_with_the_prose_that_quotes_it() {
        let before = captures([E0373_OLD, OUTPUT, E0277]);
        // The new compiler rewords the first error; the rest stays.
        let reworded = E0373_OLD.replace(
            "closure may outlive the current function,",
            "closure may outlive the enclosing function,",
        );
        let after = captures([&reworded, OUTPUT, E0277]);
        let summary = summarise(&tracked(), &before, &after, &markdown(), &BTreeSet::new());
        assert_eq!(
            summary.changed,
            [(
                "listing-01-01".to_string(),
                "listings/ch01-threads/listing-01-01/src/main.stderr".to_string()
            )]
        );
        assert_eq!(summary.first_errors.len(), 1);
        let e = &summary.first_errors[0];
        assert!(e.before.as_deref().unwrap().contains("current function"));
        assert!(e.after.as_deref().unwrap().contains("enclosing function"));
        assert!(e.still_declared, "still E0373");
        let at: Vec<(&str, usize)> = summary
            .quotes
            .iter()
            .map(|q| (q.file.as_str(), q.line))
            .collect();
        assert_eq!(
            at,
            [
                ("src/appendix-errors.md", 1),
                ("src/appendix-errors.md", 3),
                ("src/ch01-threads/index.md", 3)
            ],
            "both quotes of the reworded line, not the help line that did not change"
        );
        let printed = summary.to_string();
        assert!(printed.contains("src/ch01-threads/index.md:3  (listing-01-01)"));
        assert!(!printed.contains("no longer the error"));
    }

    #[test]
    fn a_changed_output_line_quoted_in_a_code_block_is_found() {
        let before = captures([E0373_OLD, OUTPUT, E0277]);
        let after = captures([
            E0373_OLD,
            "worker 1 summed 6 readings\nmean temperature: 21.50 degrees\n",
            E0277,
        ]);
        let summary = summarise(&tracked(), &before, &after, &markdown(), &BTreeSet::new());
        assert_eq!(summary.changed.len(), 1);
        assert!(
            summary.first_errors.is_empty(),
            "not a compile-fail listing"
        );
        assert_eq!(summary.quotes.len(), 1);
        assert_eq!(summary.quotes[0].line, 9);
        assert_eq!(summary.quotes[0].quoted, "mean temperature: 21.5 degrees");
    }

    #[test]
    fn a_new_first_error_that_is_not_the_declared_one_says_so() {
        let before = captures([E0373_OLD, OUTPUT, E0277]);
        let after = captures([
            E0373_OLD,
            OUTPUT,
            "error[E0599]: no method named `spawn_local` found\n",
        ]);
        let summary = summarise(&tracked(), &before, &after, &markdown(), &BTreeSet::new());
        assert_eq!(summary.first_errors.len(), 1);
        assert_eq!(summary.first_errors[0].name, "listing-01-03");
        assert!(!summary.first_errors[0].still_declared);
        assert_eq!(
            summary.quotes.len(),
            1,
            "the headline quoted the E0277 line"
        );
        assert_eq!(summary.quotes[0].line, 5);
        assert!(summary.to_string().contains("update `error = …`"));
    }

    #[test]
    fn a_listing_that_now_compiles_is_reported_from_trybuild_output() {
        let output = "\n\
            test listings/ch01-threads/listing-01-01/src/main.rs ... \u{1b}[1;31merror\u{1b}[0m\n\
            Expected test case to fail to compile, but it succeeded.\n\
            \n\
            test listings/ch01-threads/listing-01-03/src/main.rs ... wip\n\
            \n\
            NOTE: writing the following output to `…`.\n";
        let compiled = now_compiling(output, &tracked());
        assert_eq!(compiled, BTreeSet::from(["listing-01-01".to_string()]));
        let same = captures([E0373_OLD, OUTPUT, E0277]);
        let summary = summarise(&tracked(), &same, &same, &markdown(), &compiled);
        assert_eq!(summary.now_compile, ["listing-01-01"]);
        assert!(
            summary.changed.is_empty(),
            "trybuild leaves its .stderr alone"
        );
        assert!(
            summary
                .to_string()
                .contains("compile-fail listings that now compile: 1\n  listing-01-01\n")
        );
        let other_failure = "test listings/ch01-threads/listing-01-01/src/main.rs ... error\n\
            mismatch\n";
        assert!(now_compiling(other_failure, &tracked()).is_empty());
    }

    #[test]
    fn a_missing_capture_that_appears_counts_as_changed() {
        let mut before = captures([E0373_OLD, OUTPUT, E0277]);
        before.insert(
            "listings/ch01-threads/listing-01-02/output.txt".into(),
            None,
        );
        let after = captures([E0373_OLD, OUTPUT, E0277]);
        let summary = summarise(&tracked(), &before, &after, &markdown(), &BTreeSet::new());
        assert_eq!(summary.changed.len(), 1);
        assert!(summary.quotes.is_empty(), "nothing was removed");
    }

    #[test]
    fn versions_must_be_releases() {
        for good in ["1.96.0", "1.96.1", "1.100.0"] {
            assert!(check_version(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "1.96",
            "1.96.0.1",
            "2.0.0",
            "stable",
            "nightly",
            "1.96.x",
            "v1.96.0",
            "1.96.0 ",
            "1..0",
            "1.96.-1",
            "1.96.0-beta",
        ] {
            let err = check_version(bad).unwrap_err().to_string();
            assert!(err.contains("is not a Rust release"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_channel_line_is_rewritten_and_nothing_else() {
        let updated = set_channel(TOOLCHAIN, "1.96.0").unwrap();
        assert_eq!(updated, TOOLCHAIN.replace("1.95.0", "1.96.0"));
        let pin = Pin::parse(&updated).unwrap();
        assert_eq!(pin.channel, "1.96.0");
        assert_eq!(pin.components, ["rustfmt", "clippy"]);
        assert_eq!(pin.profile.as_deref(), Some("minimal"));
        assert!(set_channel("[toolchain]\ncomponents = []\n", "1.96.0").is_err());
        assert!(
            set_channel(
                "[toolchain]\nchannel = \"1.95.0\"\nchannel = \"x\"\n",
                "1.96.0"
            )
            .is_err()
        );
        assert!(
            Pin::parse("channel = \"1.95.0\"\n").is_err(),
            "no [toolchain]"
        );
    }

    #[test]
    fn quotes_are_code_spans_and_double_quotes() {
        let found = quoted_fragments("a `b c` and `` `d` e `` and \"f g\" and “h”");
        assert_eq!(found[..4], ["b c", "`d` e", "f g", "h"]);
        let found = quoted_fragments("And still: *closure may outlive the current function, but");
        assert!(found.contains(&"closure may outlive the current function, but".to_string()));
        let found = quoted_fragments(
            r#"q = "What does E0373 (\"closure may outlive, but it borrows …\") mean?""#,
        );
        assert!(found.contains(&"closure may outlive, but it borrows".to_string()));
        assert_eq!(
            message_part("10 |     let handle = thread::spawn(|| {", true),
            "let handle = thread::spawn(|| {"
        );
        assert_eq!(
            message_part("   |         ^^ may outlive borrowed value `x`", true),
            "may outlive borrowed value `x`"
        );
        assert_eq!(
            message_part("   = note: required for `Rc`", true),
            "note: required for `Rc`"
        );
        assert_eq!(message_part("  12 items | left", false), "12 items | left");
    }
}

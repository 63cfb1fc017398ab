//! The listing crates: `listings/<chapter>/<name>/Cargo.toml`, each with a
//! `[package.metadata.listing]` table that says what kind of listing it is.

use crate::{Error, Result, err, read};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What the tests do with a listing, and how the book labels it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Runs, exits successfully; its output is captured in `output.txt`.
    Run,
    /// Runs and panics on purpose (exits non-zero); output captured.
    Panics,
    /// Must not compile; its diagnostic is captured in `src/main.stderr`.
    CompileFail,
    /// Compiles and is linted but is not run by the tests (it would block
    /// forever, or its output depends on timing — a bug shown on purpose).
    BuildOnly,
    /// An exercise's starting point: compiles, and fails the shared tests.
    ExerciseStarter,
    /// An exercise's solution: passes the shared tests.
    ExerciseSolution,
    /// A `--release` benchmark: built by the tests, run only on demand by
    /// `cargo xtask bench`, which captures its table (with a line describing
    /// the machine) in `output.txt`.
    Benchmark,
}

impl Kind {
    /// The visible badge for listings that do not simply run (a build-only
    /// listing's reason, if it gives one, is added by [`Listing::badge`]).
    pub fn badge(self) -> Option<(&'static str, &'static str)> {
        match self {
            Kind::CompileFail => Some(("fail", "Does not compile")),
            Kind::Panics => Some(("panics", "Panics")),
            Kind::BuildOnly => Some(("norun", "Not run by the tests")),
            Kind::ExerciseStarter => Some(("exercise", "Exercise starter")),
            Kind::ExerciseSolution => Some(("solution", "Solution")),
            Kind::Benchmark => Some(("bench", "Benchmark, measured with cargo xtask bench")),
            Kind::Run => None,
        }
    }

    /// Whether the tests run this listing and compare its output.
    pub fn has_output(self) -> bool {
        matches!(self, Kind::Run | Kind::Panics)
    }

    /// Whether the book shows a captured file under the code, and which one
    /// is it: `output.txt` (runs and benchmarks) or the compiler's `.stderr`.
    pub fn shows_capture(self) -> bool {
        matches!(
            self,
            Kind::Run | Kind::Panics | Kind::Benchmark | Kind::CompileFail
        )
    }
}

#[derive(Debug, Deserialize)]
struct Manifest {
    package: Package,
}

#[derive(Debug, Deserialize)]
struct Package {
    name: String,
    description: Option<String>,
    metadata: Option<Metadata>,
}

#[derive(Debug, Deserialize)]
struct Metadata {
    listing: Option<Meta>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Meta {
    kind: Kind,
    /// What a compile-fail listing's first error must be: a code such as
    /// `E0373`, or, for a diagnostic without a code, its message
    /// (`future cannot be sent between threads safely`).
    error: Option<String>,
    /// The file the book shows, relative to the crate (default `src/main.rs`).
    file: Option<String>,
    /// For an exercise: the crate with the other half (starter ↔ solution).
    pair: Option<String>,
    /// For a build-only listing: why it is not run, shown in its badge
    /// ("deadlocks", "undefined behaviour", …).
    not_run: Option<String>,
}

/// One listing crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// Package name, e.g. `listing-01-03`.
    pub name: String,
    /// Chapter number and listing number, from the name.
    pub chapter: u32,
    pub number: u32,
    /// The crate's folder relative to the book root, with `/` separators.
    pub dir: String,
    /// The caption (the package `description`).
    pub caption: String,
    pub kind: Kind,
    pub error: Option<String>,
    /// The file shown in the book, relative to the crate folder.
    pub file: String,
    pub pair: Option<String>,
    /// Why a build-only listing is not run, if it says.
    pub not_run: Option<String>,
}

/// What a compile-fail listing's first error is declared to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected<'a> {
    /// `error[E0373]: …`
    Code(&'a str),
    /// `error: future cannot be sent between threads safely`, for the
    /// diagnostics that have no code.
    Message(&'a str),
}

impl Expected<'_> {
    /// Reads a declared `error`: `E` and four digits is a code, anything else
    /// is the exact message.
    pub fn parse(declared: &str) -> Expected<'_> {
        let is_code = declared.len() == 5
            && declared.starts_with('E')
            && declared[1..].chars().all(|c| c.is_ascii_digit());
        if is_code {
            Expected::Code(declared)
        } else {
            Expected::Message(declared)
        }
    }

    /// Whether the first `error` line of a diagnostic is the expected one.
    pub fn matches(&self, stderr: &str) -> bool {
        let Some(first) = stderr.lines().find(|l| l.starts_with("error")) else {
            return false;
        };
        match self {
            Expected::Code(code) => first.starts_with(&format!("error[{code}]: ")),
            Expected::Message(message) => first == format!("error: {message}"),
        }
    }
}

impl Listing {
    /// The badge's class and text: the kind's, with a build-only listing's
    /// reason for not running.
    pub fn badge(&self) -> Option<(&'static str, String)> {
        let (class, text) = self.kind.badge()?;
        Some(match (&self.not_run, self.kind) {
            (Some(why), Kind::BuildOnly) => (class, format!("Not run: {why}")),
            _ => (class, text.to_string()),
        })
    }

    /// What a compile-fail listing must fail with.
    pub fn expected(&self) -> Option<Expected<'_>> {
        self.error.as_deref().map(Expected::parse)
    }

    /// `Listing 1-3`.
    pub fn label(&self) -> String {
        format!("Listing {}-{}", self.chapter, self.number)
    }

    /// The HTML id of the listing's figure.
    pub fn id(&self) -> &str {
        &self.name
    }

    /// The shown file relative to the book root.
    pub fn file_path(&self) -> String {
        format!("{}/{}", self.dir, self.file)
    }

    /// The captured output (runnable listings) relative to the book root.
    pub fn output_path(&self) -> String {
        format!("{}/output.txt", self.dir)
    }

    /// The captured file the book shows under the code, if any.
    pub fn capture_path(&self) -> Option<String> {
        match self.kind {
            Kind::CompileFail => Some(self.stderr_path()),
            kind if kind.shows_capture() => Some(self.output_path()),
            _ => None,
        }
    }

    /// The captured diagnostic (compile-fail listings) relative to the root:
    /// trybuild keeps it beside the source file with an `.stderr` extension.
    pub fn stderr_path(&self) -> String {
        let file = self.file_path();
        let stem = file.strip_suffix(".rs").unwrap_or(&file);
        format!("{stem}.stderr")
    }

    /// The command a reader types, from the book root, to see what the book shows.
    pub fn command(&self) -> String {
        match self.kind {
            Kind::CompileFail => format!("cargo build --manifest-path {}/Cargo.toml", self.dir),
            Kind::ExerciseStarter | Kind::ExerciseSolution => {
                format!("cargo test -p {}", self.name)
            }
            // Running a build-only listing would hang or misbehave on purpose.
            Kind::BuildOnly => format!("cargo build -p {}", self.name),
            Kind::Run | Kind::Panics => format!("cargo run -p {}", self.name),
            Kind::Benchmark => format!("cargo run --release -p {}", self.name),
        }
    }
}

/// Parses `listing-CC-NN` into (chapter, number).
pub fn parse_name(name: &str) -> Option<(u32, u32)> {
    let rest = name.strip_prefix("listing-")?;
    let (chapter, number) = rest.split_once('-')?;
    if chapter.len() != 2 || number.len() != 2 {
        return None;
    }
    Some((chapter.parse().ok()?, number.parse().ok()?))
}

/// Reads one listing crate from its folder (absolute), given the book root.
pub fn load(root: &Path, dir: &Path) -> Result<Listing> {
    let manifest_path = dir.join("Cargo.toml");
    let text = read(&manifest_path)?;
    let manifest: Manifest =
        toml::from_str(&text).map_err(|e| Error(format!("{}: {e}", manifest_path.display())))?;
    let package = manifest.package;
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if package.name != folder {
        return err(format!(
            "{}: package name `{}` differs from its folder `{folder}`",
            manifest_path.display(),
            package.name
        ));
    }
    let Some((chapter, number)) = parse_name(&package.name) else {
        return err(format!(
            "{}: a listing is named `listing-CC-NN`, not `{}`",
            manifest_path.display(),
            package.name
        ));
    };
    let Some(meta) = package.metadata.and_then(|m| m.listing) else {
        return err(format!(
            "{}: missing [package.metadata.listing] with a `kind`",
            manifest_path.display()
        ));
    };
    let Some(caption) = package.description.filter(|d| !d.trim().is_empty()) else {
        return err(format!(
            "{}: missing `description` (the listing's caption)",
            manifest_path.display()
        ));
    };
    if meta.not_run.is_some() && meta.kind != Kind::BuildOnly {
        return err(format!(
            "{}: only build-only listings say why they are `not-run`",
            manifest_path.display()
        ));
    }
    match (meta.kind, &meta.error) {
        (Kind::CompileFail, None) => {
            return err(format!(
                "{}: a compile-fail listing declares its `error`: a code (\"E0373\"), or the \
                 message of a diagnostic that has none",
                manifest_path.display()
            ));
        }
        (Kind::CompileFail, Some(_)) => {}
        (_, Some(_)) => {
            return err(format!(
                "{}: only compile-fail listings declare an `error`",
                manifest_path.display()
            ));
        }
        _ => {}
    }
    let rel = dir
        .strip_prefix(root)
        .map_err(|_| Error(format!("{} is outside {}", dir.display(), root.display())))?;
    let dir_rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let default_file = match meta.kind {
        Kind::ExerciseStarter | Kind::ExerciseSolution => "src/lib.rs",
        _ => "src/main.rs",
    };
    let listing = Listing {
        name: package.name,
        chapter,
        number,
        dir: dir_rel,
        caption: caption.trim().to_string(),
        kind: meta.kind,
        error: meta.error,
        file: meta.file.unwrap_or_else(|| default_file.to_string()),
        pair: meta.pair,
        not_run: meta.not_run,
    };
    if !root.join(listing.file_path()).is_file() {
        return err(format!(
            "{}: the shown file {} does not exist",
            manifest_path.display(),
            listing.file
        ));
    }
    Ok(listing)
}

/// Every listing under `root/listings`, sorted by chapter and number.
pub fn all(root: &Path) -> Result<Vec<Listing>> {
    let mut found = Vec::new();
    for chapter in sorted_dirs(&root.join("listings"))? {
        for dir in sorted_dirs(&chapter)? {
            found.push(load(root, &dir)?);
        }
    }
    found.sort_by_key(|l| (l.chapter, l.number));
    for pair in found.windows(2) {
        if pair[0].name == pair[1].name {
            return err(format!("two listings are named {}", pair[0].name));
        }
    }
    Ok(found)
}

/// The listing with this name, or an error that says so.
pub fn find<'a>(listings: &'a [Listing], name: &str) -> Result<&'a Listing> {
    listings
        .iter()
        .find(|l| l.name == name)
        .ok_or_else(|| Error(format!("no listing named `{name}` under listings/")))
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error(format!("{}: {e}", dir.display())))?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

#[cfg(test)]
mod tests {
    use super::Expected;

    #[test]
    fn a_declared_error_is_a_code_or_an_exact_message() {
        let code = Expected::parse("E0373");
        assert_eq!(code, Expected::Code("E0373"));
        assert!(code.matches("warning: x\nerror[E0373]: closure may outlive\n"));
        assert!(
            !code.matches("error[E0277]: x\nerror[E0373]: y\n"),
            "only the first error counts"
        );
        let message = Expected::parse("future cannot be sent between threads safely");
        assert!(matches!(message, Expected::Message(_)));
        assert!(message.matches("error: future cannot be sent between threads safely\n"));
        assert!(!message.matches("error: future cannot be sent between threads safely!\n"));
        assert!(!message.matches("no errors at all\n"));
    }
}

//! The listing crates: `listings/<chapter>/<name>/Cargo.toml`, each with a
//! `[package.metadata.listing]` table that says what kind of listing it is.

use anyhow::{Context, Result, bail, ensure};
use fs_err as fs;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What the tests do with a listing, and how the book labels it. In the
/// crate's `Cargo.toml` this is `[package.metadata.listing]`, tagged by
/// `kind`, with the fields that kind needs and no others: a compile-fail
/// listing cannot be written without its expected error, nor a starter
/// without its pair.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Kind {
    /// Runs, exits successfully; its output is captured in `output.txt`.
    Run,
    /// Runs and panics on purpose (exits non-zero); output captured.
    Panics,
    /// Must not compile; its diagnostic is captured in `src/main.stderr`.
    /// `error` is the first error's code (`E0373`) or, for a diagnostic
    /// without a code, its exact message.
    CompileFail { error: String },
    /// Compiles and is linted but is not run by the tests (it would block
    /// forever, or its output depends on timing — a bug shown on purpose).
    /// `not-run` says why, for the badge ("deadlocks").
    #[serde(rename_all = "kebab-case")]
    BuildOnly { not_run: Option<String> },
    /// An exercise's starting point: compiles, and fails the shared tests.
    ExerciseStarter { pair: String },
    /// An exercise's solution: passes the shared tests.
    ExerciseSolution { pair: String },
    /// A `--release` benchmark: built by the tests, run only on demand by
    /// `cargo xtask bench`, which captures its table (with a line describing
    /// the machine) in `output.txt`.
    Benchmark,
    /// A program with its own test suite (the capstone): built, linted and
    /// tested with `cargo test -p`, run by a reader with arguments.
    Tool,
}

impl Kind {
    /// The visible badge for listings that do not simply run: a class and
    /// the text.
    pub fn badge(&self) -> Option<(&'static str, String)> {
        Some(match self {
            Kind::CompileFail { .. } => ("fail", "Does not compile".into()),
            Kind::Panics => ("panics", "Panics".into()),
            Kind::BuildOnly { not_run: Some(why) } => ("norun", format!("Not run: {why}")),
            Kind::BuildOnly { not_run: None } => ("norun", "Not run by the tests".into()),
            Kind::ExerciseStarter { .. } => ("exercise", "Exercise starter".into()),
            Kind::ExerciseSolution { .. } => ("solution", "Solution".into()),
            Kind::Benchmark => ("bench", "Benchmark, measured with cargo xtask bench".into()),
            Kind::Tool => ("tool", "A program, tested by its own test suite".into()),
            Kind::Run => return None,
        })
    }

    /// Whether the tests run this listing and compare its output.
    pub fn has_output(&self) -> bool {
        matches!(self, Kind::Run | Kind::Panics)
    }

    pub fn is_compile_fail(&self) -> bool {
        matches!(self, Kind::CompileFail { .. })
    }

    pub fn is_starter(&self) -> bool {
        matches!(self, Kind::ExerciseStarter { .. })
    }

    /// The other half of an exercise.
    pub fn pair(&self) -> Option<&str> {
        match self {
            Kind::ExerciseStarter { pair } | Kind::ExerciseSolution { pair } => Some(pair),
            _ => None,
        }
    }

    /// The fields this kind takes besides `kind`.
    fn fields(&self) -> &'static [&'static str] {
        match self {
            Kind::CompileFail { .. } => &["error"],
            Kind::BuildOnly { .. } => &["not-run"],
            Kind::ExerciseStarter { .. } | Kind::ExerciseSolution { .. } => &["pair"],
            Kind::Run | Kind::Panics | Kind::Benchmark | Kind::Tool => &[],
        }
    }

    /// The file the book shows when the metadata names none.
    fn default_file(&self) -> &'static str {
        match self {
            Kind::ExerciseStarter { .. } | Kind::ExerciseSolution { .. } => "src/lib.rs",
            _ => "src/main.rs",
        }
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
    listing: Option<toml::Table>,
}

/// `[package.metadata.listing]`: the kind and its fields, and `file`, the
/// file the book shows, relative to the crate (default `src/main.rs`, or
/// `src/lib.rs` for an exercise).
#[derive(Debug)]
struct Meta {
    kind: Kind,
    file: Option<String>,
    no_loom: Option<String>,
}

impl Meta {
    /// `file` is read apart, so that the kind's own fields are checked with
    /// `deny_unknown_fields` (serde cannot do that through `flatten`).
    fn from_table(mut table: toml::Table) -> std::result::Result<Meta, toml::de::Error> {
        use serde::de::Error as _;
        let mut text_field = |key: &str| match table.remove(key) {
            None => Ok(None),
            Some(toml::Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(toml::de::Error::custom(format!(
                "`{key}` is a string, not {other}"
            ))),
        };
        let file = text_field("file")?;
        let no_loom = text_field("no-loom")?;
        let keys: Vec<String> = table.keys().cloned().collect();
        let kind = Kind::deserialize(toml::Value::Table(table))?;
        // serde ignores unknown fields on unit variants of a tagged enum.
        if let Some(extra) = keys
            .iter()
            .find(|k| *k != "kind" && !kind.fields().contains(&k.as_str()))
        {
            return Err(toml::de::Error::custom(format!(
                "unknown field `{extra}` for this kind of listing"
            )));
        }
        Ok(Meta {
            kind,
            file,
            no_loom,
        })
    }
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
    /// The file shown in the book, relative to the crate folder.
    pub file: String,
    /// For a listing that uses atomics, `UnsafeCell` or `unsafe impl` but
    /// has no loom model (`tests/loom.rs`): why not (`no-loom = "…"`).
    pub no_loom: Option<String>,
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

    /// How the error index and the quiz name it: `E0373`, or the message.
    pub fn key(&self) -> &str {
        match self {
            Expected::Code(s) | Expected::Message(s) => s,
        }
    }
}

impl Listing {
    /// What a compile-fail listing must fail with.
    pub fn expected(&self) -> Option<Expected<'_>> {
        match &self.kind {
            Kind::CompileFail { error } => Some(Expected::parse(error)),
            _ => None,
        }
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

    /// The captured output (runnable listings and benchmarks) relative to
    /// the book root.
    pub fn output_path(&self) -> String {
        format!("{}/output.txt", self.dir)
    }

    /// The captured file the book shows under the code, if any.
    pub fn capture_path(&self) -> Option<String> {
        match self.kind {
            Kind::CompileFail { .. } => Some(self.stderr_path()),
            Kind::Run | Kind::Panics | Kind::Benchmark => Some(self.output_path()),
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
            Kind::CompileFail { .. } => {
                format!("cargo build --manifest-path {}/Cargo.toml", self.dir)
            }
            Kind::ExerciseStarter { .. } | Kind::ExerciseSolution { .. } | Kind::Tool => {
                format!("cargo test -p {}", self.name)
            }
            // Running a build-only listing would hang or misbehave on purpose.
            Kind::BuildOnly { .. } => format!("cargo build -p {}", self.name),
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
    let at = manifest_path.display();
    let manifest: Manifest = toml::from_str(&fs::read_to_string(&manifest_path)?)
        .with_context(|| format!("{at}: not a listing manifest"))?;
    let package = manifest.package;
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    ensure!(
        package.name == folder,
        "{at}: package name `{}` differs from its folder `{folder}`",
        package.name
    );
    let Some((chapter, number)) = parse_name(&package.name) else {
        bail!(
            "{at}: a listing is named `listing-CC-NN`, not `{}`",
            package.name
        );
    };
    let Some(table) = package.metadata.and_then(|m| m.listing) else {
        bail!("{at}: missing [package.metadata.listing] with a `kind`");
    };
    let meta =
        Meta::from_table(table).with_context(|| format!("{at}: [package.metadata.listing]"))?;
    let Some(caption) = package.description.filter(|d| !d.trim().is_empty()) else {
        bail!("{at}: missing `description` (the listing's caption)");
    };
    let rel = dir
        .strip_prefix(root)
        .with_context(|| format!("{} is outside {}", dir.display(), root.display()))?;
    let dir_rel = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let file = meta
        .file
        .unwrap_or_else(|| meta.kind.default_file().to_string());
    let listing = Listing {
        name: package.name,
        chapter,
        number,
        dir: dir_rel,
        caption: caption.trim().to_string(),
        kind: meta.kind,
        file,
        no_loom: meta.no_loom,
    };
    ensure!(
        root.join(listing.file_path()).is_file(),
        "{at}: the shown file {} does not exist",
        listing.file
    );
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
        ensure!(
            pair[0].name != pair[1].name,
            "two listings are named {}",
            pair[0].name
        );
    }
    Ok(found)
}

/// The listing with this name, or an error that says so.
pub fn find<'a>(listings: &'a [Listing], name: &str) -> Result<&'a Listing> {
    listings
        .iter()
        .find(|l| l.name == name)
        .with_context(|| format!("no listing named `{name}` under listings/"))
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)?
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

#[cfg(test)]
mod kind_tests {
    use super::{Kind, Meta};

    fn meta(toml_text: &str) -> Result<Meta, toml::de::Error> {
        Meta::from_table(toml::from_str(toml_text)?)
    }

    #[test]
    fn each_kind_takes_exactly_its_own_fields() {
        let ok = meta("kind = \"compile-fail\"\nerror = \"E0373\"\n").unwrap();
        assert_eq!(
            ok.kind,
            Kind::CompileFail {
                error: "E0373".into()
            }
        );
        let ok =
            meta("kind = \"build-only\"\nnot-run = \"deadlocks\"\nfile = \"src/x.rs\"\n").unwrap();
        assert_eq!(
            ok.kind,
            Kind::BuildOnly {
                not_run: Some("deadlocks".into())
            }
        );
        assert_eq!(ok.file.as_deref(), Some("src/x.rs"));
        for (bad, why) in [
            (
                "kind = \"compile-fail\"\n",
                "a compile-fail listing without its error",
            ),
            (
                "kind = \"exercise-starter\"\n",
                "a starter without its pair",
            ),
            (
                "kind = \"run\"\nerror = \"E0373\"\n",
                "an error on a listing that runs",
            ),
            ("kind = \"sometimes\"\n", "an unknown kind"),
        ] {
            assert!(meta(bad).is_err(), "accepted {why}");
        }
    }
}

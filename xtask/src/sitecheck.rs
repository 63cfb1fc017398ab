//! `cargo xtask check-site`: the capstone checks the book. The test server
//! (listing 13-6) serves the built `book/html` on 127.0.0.1, and the threads
//! engine (listing 13-3) crawls it from the front page, checking every link
//! and `#anchor`; any broken one fails.

use crate::{Context, Result, bail, cargo};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};

/// Kills the server however the check ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn check(root: &Path) -> Result<()> {
    let site = root.join("book/html");
    if !site.join("index.html").is_file() {
        bail!(
            "{} has no built book: run `cargo xtask build` first",
            site.display()
        );
    }
    let built = cargo(root)
        .args([
            "build",
            "--quiet",
            "--locked",
            "-p",
            "listing-13-06",
            "-p",
            "listing-13-03",
        ])
        .status()
        .context("cannot run cargo build")?;
    if !built.success() {
        bail!("building the capstone's server and checker failed ({built})");
    }
    let bin = |name: &str| root.join("target/debug").join(name);
    let mut child = std::process::Command::new(bin("sitesrv"))
        .arg(&site)
        .stdout(Stdio::piped())
        .spawn()
        .context("cannot start the capstone's server (sitesrv)")?;
    let stdout = child.stdout.take().context("sitesrv has no stdout")?;
    let server = Server(child);
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .context("reading sitesrv's address")?;
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .with_context(|| format!("sitesrv printed {first:?}, not its address"))?
        .to_string();
    let status = std::process::Command::new(bin("linkcheck-threads"))
        .args(["--timeout", "5000", &url])
        .status()
        .context("cannot run the capstone's checker (linkcheck-threads)")?;
    drop(server);
    match status.code() {
        Some(0) => {
            println!("the built book has no broken link or anchor");
            Ok(())
        }
        Some(1) => bail!("the built book has broken links (listed above)"),
        _ => bail!("linkcheck-threads failed ({status})"),
    }
}

//! `cargo xtask bench`: runs the benchmark listings in release mode and
//! captures what they print, under a line that describes the machine, as the
//! `output.txt` the book shows. The tests only build benchmarks; timings are
//! never compared, because they belong to the machine that measured them.

use crate::{Result, anyhow, cargo};
use bookkit::listings::{Kind, Listing};
use std::path::Path;

pub fn run(root: &Path, names: &[String]) -> Result<()> {
    let listings = bookkit::listings::all(root)?;
    let benchmarks: Vec<&Listing> = listings
        .iter()
        .filter(|l| l.kind == Kind::Benchmark)
        .collect();
    for name in names {
        if !benchmarks.iter().any(|l| &l.name == name) {
            return Err(anyhow!(
                "`{name}` is not a benchmark listing; the benchmarks are: {}",
                benchmarks
                    .iter()
                    .map(|l| l.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    let chosen = benchmarks
        .into_iter()
        .filter(|l| names.is_empty() || names.contains(&l.name));
    let machine = machine();
    for listing in chosen {
        eprintln!("measuring {} (release build)", listing.name);
        let out = cargo(root)
            .args([
                "run",
                "--release",
                "--locked",
                "--quiet",
                "-p",
                &listing.name,
            ])
            .output()
            .map_err(|e| anyhow!("cannot run cargo: {e}"))?;
        if !out.status.success() {
            return Err(anyhow!(
                "{} failed ({}); output.txt is left as it was:\n{}",
                listing.name,
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let text = format!("{machine}\n{}", String::from_utf8_lossy(&out.stdout));
        let capture = root.join(listing.output_path());
        std::fs::write(&capture, text).map_err(|e| anyhow!("{}: {e}", capture.display()))?;
        println!("wrote {}", capture.display());
    }
    Ok(())
}

/// One line: processor, cores the process may use, memory, compiler.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")?
                .split_once(':')
                .map(|(_, v)| v.trim())
        })
        .unwrap_or("unknown processor");
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or_else(
            || "unknown memory".into(),
            |kb| format!("{} GiB", kb / (1024 * 1024)),
        );
    let rustc = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    format!("machine: {cpu}, {cores} cores available, {memory}, {rustc}")
}

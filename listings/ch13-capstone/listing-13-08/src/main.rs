//! Runs each engine as a child process (this same binary, re-run with
//! `engine NAME …`) on a generated site served in-process, and reports the
//! median wall time, CPU time and peak memory of the child, as `wait4` sees them.

use anyhow::{Result, ensure};
use clap::Parser;
use linkcheck::Options;
use sitesrv::{Config, Server};
use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const PAGES: usize = 200;

const SEQUENTIAL: &str = "sequential";
const THREADS: &str = "threads";
const RAYON: &str = "rayon";
const RAYON_FETCH_IN_PAR_ITER: &str = "rayon, fetch in par_iter";
const TOKIO: &str = "tokio";

/// Engines to run, each with the worker counts to try.
type Engines = &'static [(&'static str, &'static [usize])];

/// The child's side: one crawl with one engine, exit code as the binaries'.
fn run_engine(engine: &str, args: &[String]) -> ExitCode {
    let opts = Options::parse_from(std::iter::once("linkcheck").chain(args.iter().map(|a| &**a)));
    let report = match engine {
        SEQUENTIAL => linkcheck_seq::crawl(&opts),
        THREADS => linkcheck_threads::crawl(&opts),
        RAYON => linkcheck_rayon::crawl(&opts),
        RAYON_FETCH_IN_PAR_ITER => {
            linkcheck_rayon::crawl_with(&opts, linkcheck_rayon::FetchOn::RayonPool)
        }
        TOKIO => linkcheck_tokio::crawl(&opts),
        _ => Err(anyhow::anyhow!("unknown engine {engine}")),
    };
    linkcheck::finish(report)
}

/// What one child run cost.
struct Run {
    wall: Duration,
    cpu: Duration,
    peak_rss_kb: i64,
    report: String,
}

fn measure(engine: &str, workers: usize, url: &str) -> Result<Run> {
    let started = Instant::now();
    let mut child = Command::new(std::env::current_exe()?)
        .args(["engine", engine, "--workers", &workers.to_string(), url])
        .stdout(Stdio::piped())
        .spawn()?;
    let mut report = String::new();
    child
        .stdout
        .take()
        .expect("piped")
        .read_to_string(&mut report)?;
    let mut status = 0;
    // SAFETY: `rusage` is plain old data that `wait4` fills in; both pointers
    // are valid for the call. The child is reaped here, never by `Child`.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        let pid = libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage);
        ensure!(pid > 0, "wait4 failed: {}", std::io::Error::last_os_error());
        usage
    };
    let wall = started.elapsed();
    ensure!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "{engine} failed"
    );
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1_000);
    Ok(Run {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        peak_rss_kb: usage.ru_maxrss,
        report,
    })
}

/// A site of `PAGES` pages of about 10 KB: each links to two children (so
/// the site is a tree a few levels deep) and to six other pages, each at a
/// `#fragment`; one page in twenty has two broken links.
fn generate_site(root: &Path) -> Result<()> {
    std::fs::create_dir_all(root)?;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    for page in 0..PAGES {
        let mut html =
            format!("<!DOCTYPE html><html><head><title>Page {page}</title></head><body>\n");
        for section in 0..8 {
            write!(html, "<h2 id=\"s{section}\">Section {section}</h2>\n<p>")?;
            for word in 0..200 {
                write!(html, "word{} ", (page + section + word) % 97)?;
            }
            html.push_str("</p>\n");
        }
        for child in [2 * page + 1, 2 * page + 2]
            .into_iter()
            .filter(|&c| c < PAGES)
        {
            writeln!(html, "<a href=\"p{child}.html\">child</a>")?;
        }
        for _ in 0..6 {
            let (other, section) = (next(PAGES), next(8));
            writeln!(html, "<a href=\"p{other}.html#s{section}\">see also</a>")?;
        }
        if page % 20 == 7 {
            writeln!(html, "<a href=\"gone{page}.html\">gone</a>")?;
            writeln!(html, "<a href=\"p{}.html#moved\">moved</a>", next(PAGES))?;
        }
        html.push_str("</body></html>\n");
        let name = if page == 0 {
            "index.html".to_string()
        } else {
            format!("p{page}.html")
        };
        std::fs::write(root.join(name), html)?;
    }
    Ok(())
}

fn median<T: Copy + Ord>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

fn main() -> Result<ExitCode> {
    let args: Vec<String> = std::env::args().collect();
    if let [_, mode, engine, rest @ ..] = &args[..]
        && mode == "engine"
    {
        return Ok(run_engine(engine, rest));
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load
        .split_whitespace()
        .next()
        .unwrap_or("unknown")
        .to_owned();
    println!("load average (1 min) before the run: {load}");

    let root = std::env::temp_dir().join(format!("linkcheck-bench-{}", std::process::id()));
    generate_site(&root)?;
    let rows: [(u64, Engines); 2] = [
        (
            0,
            &[
                (SEQUENTIAL, &[1]),
                (THREADS, &[1, 8, 32]),
                (RAYON, &[8]),
                (RAYON_FETCH_IN_PAR_ITER, &[8]),
                (TOKIO, &[1, 8, 32]),
            ],
        ),
        (
            20,
            &[
                (SEQUENTIAL, &[1]),
                (THREADS, &[1, 8, 32]),
                (RAYON, &[8, 32]),
                (RAYON_FETCH_IN_PAR_ITER, &[8]),
                (TOKIO, &[1, 8, 32]),
            ],
        ),
    ];
    let mut reports = Vec::new();
    let mut table = Vec::new();
    for (latency_ms, engines) in rows {
        let server = Server::start(
            &root,
            Config {
                latency_ms,
                ..Config::default()
            },
        )?;
        for &(engine, worker_counts) in engines {
            for &workers in worker_counts {
                let runs: Vec<Run> = (0..RUNS)
                    .map(|_| measure(engine, workers, server.url()))
                    .collect::<Result<_>>()?;
                reports.extend(runs.iter().map(|r| r.report.clone()));
                let ms = |d: Duration| d.as_secs_f64() * 1e3;
                table.push(format!(
                    "{engine:<24} | {latency_ms:>4} ms | {workers:>7} | {:>9.0} | {:>6.0} | {:>11.1}",
                    median(runs.iter().map(|r| r.wall).collect()).as_secs_f64() * 1e3,
                    ms(median(runs.iter().map(|r| r.cpu).collect())),
                    median(runs.iter().map(|r| r.peak_rss_kb).collect()) as f64 / 1024.0,
                ));
            }
        }
    }
    std::fs::remove_dir_all(&root)?;
    reports.dedup();
    ensure!(
        reports.len() == 1,
        "the engines disagree:\n{}",
        reports.join("\n")
    );
    let summary: Vec<&str> = reports[0].lines().take(4).collect();
    println!(
        "site: {PAGES} generated pages of about 10 KB, served in-process; median of {RUNS} runs"
    );
    println!("every run's report: {}", summary.join(", "));
    println!();
    println!(
        "{:<24} | latency | workers | wall (ms) | CPU ms | peak RSS MB",
        "engine"
    );
    for row in table {
        println!("{row}");
    }
    Ok(ExitCode::SUCCESS)
}

//! The link checker with rayon, one level of the site at a time. rayon's
//! pool has one thread per core and is meant for CPU work, so the blocking
//! fetches run on scoped threads of their own (`--workers` of them), and
//! only parsing and checking go through `par_iter`.

use anyhow::Result;
use linkcheck::{Crawl, Fetched, Options, Outcome, Report, Target};
use linkcheck_seq::Fetcher;
use rayon::prelude::*;
use std::thread;

/// Where the blocking fetches run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchOn {
    /// `--workers` scoped threads per level, outside rayon.
    ScopedThreads,
    /// Inside `par_iter`: the anti-pattern, kept to be measured.
    RayonPool,
}

pub fn crawl(opts: &Options) -> Result<Report> {
    crawl_with(opts, FetchOn::ScopedThreads)
}

/// Crawls breadth-first: fetch a whole level, parse it, then record it in
/// order, which makes the next level.
pub fn crawl_with(opts: &Options, fetch_on: FetchOn) -> Result<Report> {
    let fetcher = Fetcher::new(opts);
    let (mut crawl, start) = Crawl::new(opts);
    let mut level = vec![start];
    while !level.is_empty() {
        let outcomes = match fetch_on {
            FetchOn::ScopedThreads => {
                let fetched = fetch_level(&fetcher, &level, opts.workers.get());
                parse_in_parallel(&level, fetched)
            }
            FetchOn::RayonPool => fetch_in_par_iter(&fetcher, &level),
        };
        let mut next = Vec::new();
        for (target, outcome) in level.into_iter().zip(outcomes) {
            next.extend(crawl.record(target.url, outcome)?);
        }
        level = next;
    }
    let pages: Vec<_> = crawl.pages().collect();
    Ok(pages
        .par_iter()
        .map(|(url, page)| crawl.check_page(url, page))
        .reduce(Report::default, Report::merge))
}

/// Fetches `level` on up to `workers` scoped threads, each taking one slice,
/// and returns the results in `level`'s order.
fn fetch_level(fetcher: &Fetcher, level: &[Target], workers: usize) -> Vec<Fetched> {
    let slice_len = level.len().div_ceil(workers);
    thread::scope(|scope| {
        let handles: Vec<_> = level
            .chunks(slice_len)
            .map(|slice| scope.spawn(|| slice.iter().map(|t| fetcher.fetch(&t.url)).collect()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| -> Vec<Fetched> { handle.join().expect("a fetcher panicked") })
            .collect()
    })
}

// ANCHOR: parse-in-parallel
/// The CPU part of a level, on rayon's pool: parse every fetched page.
fn parse_in_parallel(level: &[Target], fetched: Vec<Fetched>) -> Vec<Outcome> {
    fetched
        .into_par_iter()
        .zip(level)
        .map(|(fetched, target)| fetched.into_outcome(target.crawl))
        .collect()
}
// ANCHOR_END: parse-in-parallel

// ANCHOR: fetch-in-par-iter
/// The anti-pattern: each rayon thread blocks on the network, so no more
/// requests are in flight than the machine has cores, whatever `--workers`
/// says, and nothing else can use the pool meanwhile.
fn fetch_in_par_iter(fetcher: &Fetcher, level: &[Target]) -> Vec<Outcome> {
    level
        .par_iter()
        .map(|target| fetcher.fetch(&target.url).into_outcome(target.crawl))
        .collect()
}
// ANCHOR_END: fetch-in-par-iter

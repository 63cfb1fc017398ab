//! The link checker on a fixed pool of threads: `--workers` fetchers take
//! jobs from one bounded channel and send what they found back on another.
//! The calling thread is the coordinator: it alone owns the visited set and
//! the frontier, so neither needs a lock.

use anyhow::{Result, bail};
use crossbeam_channel::{Receiver, Sender, TrySendError, bounded};
use linkcheck::{Crawl, Options, Outcome, Report, Target};
use linkcheck_seq::Fetcher;
use std::collections::VecDeque;
use std::thread;

/// Crawls with `opts.workers` fetcher threads, and joins them all before
/// returning, whether the crawl succeeded or not.
pub fn crawl(opts: &Options) -> Result<Report> {
    let workers = opts.workers.get();
    let (job_sender, jobs) = bounded::<Target>(workers);
    let (result_sender, results) = bounded::<(Target, Outcome)>(workers);
    let fetcher = Fetcher::new(opts);
    let pool: Vec<_> = (0..workers)
        .map(|_| {
            let (fetcher, jobs, results) = (fetcher.clone(), jobs.clone(), result_sender.clone());
            thread::spawn(move || worker(&fetcher, jobs, results))
        })
        .collect();
    drop(result_sender);
    // `coordinate` owns both channel ends and drops them on return, early or
    // not: a worker's `for` loop ends, or its `send` fails, so the joins below
    // cannot wait forever.
    let report = coordinate(opts, job_sender, results);
    for handle in pool {
        handle.join().expect("a fetcher thread panicked");
    }
    report
}

// ANCHOR: coordinator
/// Hands out jobs and records results until the frontier is empty and no
/// job is in flight.
///
/// Both channels are bounded, and the classic deadlock is a coordinator
/// blocked sending a job while every worker is blocked sending it a result.
/// Here the coordinator never blocks on a send: `try_send` puts a job back
/// into the frontier when the queue is full. It blocks only in `recv`, and
/// only with a job in flight, whose result is on its way.
fn coordinate(
    opts: &Options,
    jobs: Sender<Target>,
    results: Receiver<(Target, Outcome)>,
) -> Result<Report> {
    let (mut crawl, start) = Crawl::new(opts);
    let mut frontier = VecDeque::from([start]);
    let mut in_flight = 0;
    loop {
        while let Some(target) = frontier.pop_front() {
            match jobs.try_send(target) {
                Ok(()) => in_flight += 1,
                Err(TrySendError::Full(target)) => {
                    frontier.push_front(target);
                    break;
                }
                Err(TrySendError::Disconnected(_)) => bail!("every fetcher thread stopped"),
            }
        }
        if in_flight == 0 {
            return Ok(crawl.report());
        }
        let (target, outcome) = results.recv()?;
        in_flight -= 1;
        frontier.extend(crawl.record(target.url, outcome)?);
    }
}
// ANCHOR_END: coordinator

// ANCHOR: worker
/// Fetches and parses until the job channel is closed and empty. Parsing
/// happens here too: the parsed `scraper::Html` is not `Send`, but the
/// `Page` taken from it is.
fn worker(fetcher: &Fetcher, jobs: Receiver<Target>, results: Sender<(Target, Outcome)>) {
    for target in jobs {
        let outcome = fetcher.fetch(&target.url).into_outcome(target.crawl);
        if results.send((target, outcome)).is_err() {
            return; // the coordinator gave up
        }
    }
}
// ANCHOR_END: worker

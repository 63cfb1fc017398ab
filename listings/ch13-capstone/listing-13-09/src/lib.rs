//! The threads engine's pool and coordinator, over an in-memory site: a
//! `fetch` function returns a page's links. A fetch that panics must not hang
//! the crawl.

use crossbeam_channel::{Receiver, Sender, TrySendError, bounded};
use std::collections::{BTreeSet, HashSet, VecDeque};
use std::thread;

/// Returns the links of a page; may panic.
pub type Fetch = fn(&str) -> Vec<String>;

/// Crawls from `start` with `workers` threads and returns every page
/// reached, or an error naming the page whose fetch panicked.
pub fn crawl(start: &str, workers: usize, fetch: Fetch) -> Result<BTreeSet<String>, String> {
    let (job_sender, jobs) = bounded::<String>(workers);
    let (result_sender, results) = bounded(workers);
    let pool: Vec<_> = (0..workers)
        .map(|_| {
            let (jobs, results) = (jobs.clone(), result_sender.clone());
            thread::spawn(move || worker(fetch, jobs, results))
        })
        .collect();
    drop(result_sender);
    let outcome = coordinate(start, job_sender, results);
    for handle in pool {
        let _ = handle.join();
    }
    outcome
}

fn coordinate(
    start: &str,
    jobs: Sender<String>,
    results: Receiver<(String, Vec<String>)>,
) -> Result<BTreeSet<String>, String> {
    let mut seen = HashSet::from([start.to_string()]);
    let mut frontier = VecDeque::from([start.to_string()]);
    let mut in_flight = 0;
    loop {
        while let Some(page) = frontier.pop_front() {
            match jobs.try_send(page) {
                Ok(()) => in_flight += 1,
                Err(TrySendError::Full(page)) => {
                    frontier.push_front(page);
                    break;
                }
                Err(TrySendError::Disconnected(_)) => return Err("every worker stopped".into()),
            }
        }
        if in_flight == 0 {
            return Ok(seen.into_iter().collect());
        }
        let (_page, links) = results.recv().map_err(|_| "every worker stopped")?;
        in_flight -= 1;
        for link in links {
            if seen.insert(link.clone()) {
                frontier.push_back(link);
            }
        }
    }
}

fn worker(fetch: Fetch, jobs: Receiver<String>, results: Sender<(String, Vec<String>)>) {
    for page in jobs {
        let links = fetch(&page);
        if results.send((page, links)).is_err() {
            return;
        }
    }
}

//! The threads engine's pool and coordinator, over an in-memory site: a
//! `fetch` function returns a page's links. A fetch that panics must not hang
//! the crawl.

use crossbeam_channel::{Receiver, Sender, TrySendError, bounded};
use std::any::Any;
use std::collections::{BTreeSet, HashSet, VecDeque};
use std::panic::{self, AssertUnwindSafe};
use std::thread;

/// Returns the links of a page; may panic.
pub type Fetch = fn(&str) -> Vec<String>;

/// A page's links, or the message of the panic that fetching it raised.
type Fetched = Result<Vec<String>, String>;

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
    // Returning drops both channel ends, so every worker's loop or send ends.
    let outcome = coordinate(start, job_sender, results);
    for handle in pool {
        let _ = handle.join();
    }
    outcome
}

fn coordinate(
    start: &str,
    jobs: Sender<String>,
    results: Receiver<(String, Fetched)>,
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
        let (page, fetched) = results.recv().map_err(|_| "every worker stopped")?;
        in_flight -= 1;
        let links = fetched.map_err(|message| format!("fetching {page} panicked: {message}"))?;
        for link in links {
            if seen.insert(link.clone()) {
                frontier.push_back(link);
            }
        }
    }
}

fn worker(fetch: Fetch, jobs: Receiver<String>, results: Sender<(String, Fetched)>) {
    for page in jobs {
        // `fetch` is a plain function over its argument: a panic halfway
        // leaves nothing behind that a later call could see half-changed.
        let fetched = panic::catch_unwind(AssertUnwindSafe(|| fetch(&page)))
            .map_err(|payload| panic_message(&*payload));
        if results.send((page, fetched)).is_err() {
            return;
        }
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    match (
        payload.downcast_ref::<&str>(),
        payload.downcast_ref::<String>(),
    ) {
        (Some(text), _) => text.to_string(),
        (_, Some(text)) => text.clone(),
        _ => "a panic without a message".to_string(),
    }
}

//! The sequential baseline: one request at a time. Its report is the one the
//! concurrent engines must reproduce. Its blocking [`Fetcher`] is shared by
//! the threads and rayon engines.

use anyhow::Result;
use linkcheck::{Crawl, Failure, Fetched, Options, Report, backoff};
use std::collections::VecDeque;
use ureq::{Agent, ResponseExt};
use url::Url;

// ANCHOR: crawl
/// Crawls breadth-first from the start page, fetching and parsing each page
/// before asking for the next.
pub fn crawl(opts: &Options) -> Result<Report> {
    let fetcher = Fetcher::new(opts);
    let (mut crawl, start) = Crawl::new(opts);
    let mut frontier = VecDeque::from([start]);
    while let Some(target) = frontier.pop_front() {
        let outcome = fetcher.fetch(&target.url).into_outcome(target.crawl);
        frontier.extend(crawl.record(target.url, outcome)?);
    }
    Ok(crawl.report())
}
// ANCHOR_END: crawl

/// A blocking HTTP client with the options' timeout and retries. Cloning it
/// is cheap and shares its connection pool.
#[derive(Clone)]
pub struct Fetcher {
    agent: Agent,
    timeout_ms: u64,
    retries: u32,
}

impl Fetcher {
    pub fn new(opts: &Options) -> Fetcher {
        let config = Agent::config_builder()
            .timeout_global(Some(opts.timeout()))
            .http_status_as_error(false)
            .build();
        Fetcher {
            agent: config.into(),
            timeout_ms: opts.timeout_ms,
            retries: opts.retries,
        }
    }

    /// Fetches `url`, trying again after a pause on a transient failure.
    pub fn fetch(&self, url: &Url) -> Fetched {
        let mut attempt = 0;
        loop {
            let fetched = self.fetch_once(url);
            match &fetched {
                Fetched::Failed(failure) if failure.is_transient() && attempt < self.retries => {
                    std::thread::sleep(backoff(attempt));
                    attempt += 1;
                }
                _ => return fetched,
            }
        }
    }

    fn fetch_once(&self, url: &Url) -> Fetched {
        let failed = |error: ureq::Error, otherwise: Failure| match error {
            ureq::Error::Timeout(_) => Failure::TimedOut {
                ms: self.timeout_ms,
            },
            _ => otherwise,
        };
        let mut response = match self.agent.get(url.as_str()).call() {
            Ok(response) => response,
            Err(error) => return Fetched::Failed(failed(error, Failure::ConnectionFailed)),
        };
        if let Some(decided) = Fetched::from_head(response.status(), response.headers()) {
            return decided;
        }
        let final_url = Url::parse(&response.get_uri().to_string()).unwrap_or(url.clone());
        match response.body_mut().read_to_vec() {
            Ok(bytes) => Fetched::Html {
                url: final_url,
                body: String::from_utf8_lossy(&bytes).into_owned(),
            },
            Err(error) => Fetched::Failed(failed(error, Failure::Unreadable)),
        }
    }
}

//! The link checker on Tokio: one task per URL in a `JoinSet`, a `Semaphore`
//! that bounds the requests in flight, and a coordinator (the task running
//! `crawl_async`) that alone owns the crawl. HTML is parsed on the blocking
//! pool, so parsing a large page never holds up a worker thread.

use anyhow::Result;
use linkcheck::{Crawl, Failure, Fetched, Options, Outcome, Report, Target, backoff};
use std::pin::pin;
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use url::Url;

/// The same signature as the other engines: builds a runtime, and runs
/// until the crawl is done.
pub fn crawl(opts: &Options) -> Result<Report> {
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(crawl_async(opts, std::future::pending()))
}

// ANCHOR: ctrl-c
/// What the binary runs: Ctrl-C stops the crawl and keeps what it found.
pub fn crawl_until_ctrl_c(opts: &Options) -> Result<Report> {
    let runtime = tokio::runtime::Runtime::new()?;
    let ctrl_c = async {
        // If no handler can be installed, never stop early.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    runtime.block_on(crawl_async(opts, ctrl_c))
}

/// Crawls until no task is left, or until `shutdown` completes: then the
/// tasks still running are aborted and the report says it is partial.
pub async fn crawl_async(opts: &Options, shutdown: impl Future<Output = ()>) -> Result<Report> {
    let fetcher = Arc::new(Fetcher::new(opts)?);
    let (mut crawl, start) = Crawl::new(opts);
    let mut tasks = JoinSet::new();
    tasks.spawn(fetch_and_parse(fetcher.clone(), start));
    let mut shutdown = pin!(shutdown);
    loop {
        let joined = tokio::select! {
            joined = tasks.join_next() => joined,
            () = &mut shutdown => {
                tasks.abort_all();
                let mut partial = crawl.report();
                partial.interrupted = true;
                return Ok(partial);
            }
        };
        // `None`: the set is empty, so nothing is in flight and nothing is left to fetch.
        let Some(joined) = joined else { break };
        let (target, outcome) = joined?;
        for next in crawl.record(target.url, outcome)? {
            tasks.spawn(fetch_and_parse(fetcher.clone(), next));
        }
    }
    Ok(crawl.report())
}
// ANCHOR_END: ctrl-c

// ANCHOR: parse-off-runtime
/// One task per URL. Tasks waiting for a permit are the frontier; parsing
/// happens after the permit is given back, on the blocking pool.
async fn fetch_and_parse(fetcher: Arc<Fetcher>, target: Target) -> (Target, Outcome) {
    let fetched = fetcher.fetch(&target.url).await;
    let crawl = target.crawl;
    let outcome = tokio::task::spawn_blocking(move || fetched.into_outcome(crawl))
        .await
        .expect("parsing a page panicked");
    (target, outcome)
}
// ANCHOR_END: parse-off-runtime

struct Fetcher {
    client: reqwest::Client,
    permits: Semaphore,
    timeout_ms: u64,
    retries: u32,
}

impl Fetcher {
    fn new(opts: &Options) -> Result<Fetcher> {
        Ok(Fetcher {
            client: reqwest::Client::builder().timeout(opts.timeout()).build()?,
            permits: Semaphore::new(opts.workers.get()),
            timeout_ms: opts.timeout_ms,
            retries: opts.retries,
        })
    }

    // ANCHOR: fetch
    /// At most `--workers` requests are in flight: each holds a permit while
    /// it waits for the server, and gives it back before a retry's pause.
    async fn fetch(&self, url: &Url) -> Fetched {
        let mut attempt = 0;
        loop {
            let fetched = {
                let _permit = self.permits.acquire().await.expect("never closed");
                self.fetch_once(url).await
            };
            match &fetched {
                Fetched::Failed(failure) if failure.is_transient() && attempt < self.retries => {
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                _ => return fetched,
            }
        }
    }
    // ANCHOR_END: fetch

    async fn fetch_once(&self, url: &Url) -> Fetched {
        let failed = |error: reqwest::Error, otherwise: Failure| match error.is_timeout() {
            true => Failure::TimedOut {
                ms: self.timeout_ms,
            },
            false => otherwise,
        };
        let response = match self.client.get(url.clone()).send().await {
            Ok(response) => response,
            Err(error) => return Fetched::Failed(failed(error, Failure::ConnectionFailed)),
        };
        if let Some(decided) = Fetched::from_head(response.status(), response.headers()) {
            return decided;
        }
        let final_url = response.url().clone();
        match response.text().await {
            Ok(body) => Fetched::Html {
                url: final_url,
                body,
            },
            Err(error) => Fetched::Failed(failed(error, Failure::Unreadable)),
        }
    }
}

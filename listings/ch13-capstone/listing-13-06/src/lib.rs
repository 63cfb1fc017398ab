//! `sitesrv`: serves a folder over HTTP on 127.0.0.1 for the link checker's
//! tests and benchmark, with latency and failures added on demand. Built on
//! hyper directly: reqwest already brings it, so the server adds almost
//! nothing to the build.

use anyhow::{Context, Result};
use clap::Args;
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, LOCATION};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::oneshot;

/// The fixture site committed beside this crate: 11 pages with known broken links.
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixture")
}

/// How the server misbehaves. Request-count failures (`fail_every`) depend
/// on the order requests arrive in; per-path ones do not.
#[derive(Debug, Clone, Default, Args)]
pub struct Config {
    /// Wait this long before every answer
    #[arg(long = "latency", value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
    /// Answer 500 to every Nth request (counted over all paths)
    #[arg(long, value_name = "N")]
    pub fail_every: Option<u64>,
    /// Always answer 500 for this path (repeatable)
    #[arg(long = "fail-path", value_name = "PATH")]
    pub fail_paths: Vec<String>,
    /// Answer 500 to the first N requests for each path
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub fail_first: u32,
}

struct Site {
    root: PathBuf,
    config: Config,
    counts: Mutex<Counts>,
}

#[derive(Default)]
struct Counts {
    requests: u64,
    per_path: HashMap<String, u32>,
}

/// A running server; dropping it stops it.
pub struct Server {
    url: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` on 127.0.0.1 at `port` (0: any free port) from a thread
    /// of its own, running a single-threaded Tokio runtime.
    pub fn start_on(root: &Path, config: Config, port: u16) -> Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port)).context("cannot listen")?;
        listener.set_nonblocking(true)?;
        let url = format!("http://{}/", listener.local_addr()?);
        let site = Arc::new(Site {
            root: root.to_path_buf(),
            config,
            counts: Mutex::default(),
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (stop, stopped) = oneshot::channel();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                tokio::select! {
                    () = accept_loop(listener, site) => {}
                    _ = stopped => {}
                }
            });
            // Dropping the runtime here cancels every open connection.
        });
        Ok(Server {
            url,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Serves `root` on any free port.
    pub fn start(root: &Path, config: Config) -> Result<Server> {
        Server::start_on(root, config, 0)
    }

    /// `http://127.0.0.1:PORT/`
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Blocks until the server stops (it does not, unless its thread panics).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn accept_loop(listener: tokio::net::TcpListener, site: Arc<Site>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let site = site.clone();
        let service = service_fn(move |request| answer(site.clone(), request));
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service);
            let _ = connection.await;
        });
    }
}

type Answer = Response<Full<Bytes>>;

async fn answer(site: Arc<Site>, request: Request<Incoming>) -> Result<Answer, Infallible> {
    // Even a zero sleep waits for the timer's next millisecond tick.
    if site.config.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(site.config.latency_ms)).await;
    }
    let path = request.uri().path();
    if site.should_fail(path) {
        return Ok(status(StatusCode::INTERNAL_SERVER_ERROR));
    }
    let Some(file) = site.file_for(path) else {
        return Ok(status(StatusCode::NOT_FOUND));
    };
    if file.is_dir() {
        // `/dir` → `/dir/`, so that the page's relative links resolve inside it.
        let mut moved = status(StatusCode::MOVED_PERMANENTLY);
        let location = format!("{path}/").parse().expect("a valid header");
        moved.headers_mut().insert(LOCATION, location);
        return Ok(moved);
    }
    Ok(match tokio::fs::read(&file).await {
        Ok(bytes) => {
            let mut response = Response::new(Full::new(Bytes::from(bytes)));
            let kind = content_type(&file).parse().expect("a valid header");
            response.headers_mut().insert(CONTENT_TYPE, kind);
            response
        }
        Err(_) => status(StatusCode::NOT_FOUND),
    })
}

impl Site {
    fn should_fail(&self, path: &str) -> bool {
        let config = &self.config;
        let mut counts = self.counts.lock().expect("counts");
        counts.requests += 1;
        let seen = counts.per_path.entry(path.to_string()).or_default();
        *seen += 1;
        config.fail_paths.iter().any(|p| p == path)
            || *seen <= config.fail_first
            || config
                .fail_every
                .is_some_and(|n| counts.requests.is_multiple_of(n))
    }

    /// The file for a URL path: `index.html` for a folder, `None` for any
    /// path that tries to leave the root or needs decoding.
    fn file_for(&self, path: &str) -> Option<PathBuf> {
        let mut file = self.root.clone();
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            if segment == ".." || segment == "." || segment.contains(['%', '\\']) {
                return None;
            }
            file.push(segment);
        }
        if path.ends_with('/') {
            file.push("index.html");
        }
        Some(file)
    }
}

fn status(code: StatusCode) -> Answer {
    let mut response = Response::new(Full::new(Bytes::from(code.to_string())));
    *response.status_mut() = code;
    response
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("txt") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

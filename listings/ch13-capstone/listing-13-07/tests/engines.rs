//! The four engines against the test server: same reports, same errors, and
//! no hangs.

use anyhow::Result;
use clap::Parser;
use linkcheck::{Options, Report};
use sitesrv::{Config, Server};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

type Engine = fn(&Options) -> Result<Report>;

const ENGINES: [(&str, Engine); 4] = [
    ("sequential", linkcheck_seq::crawl),
    ("threads", linkcheck_threads::crawl),
    ("rayon", linkcheck_rayon::crawl),
    ("tokio", linkcheck_tokio::crawl),
];

const FIXTURE_REPORT: &str = "\
pages crawled: 12
links checked: 40
external links skipped: 2
broken links: 7
  /: about.html#history -> missing anchor #history
  /: http://exa mple.com/ -> malformed URL
  /: missing.html -> 404 Not Found
  /faq.html: news/2023.html -> 404 Not Found
  /guide/advanced.html: intro.html#nowhere -> missing anchor #nowhere
  /guide/deep/a/b/deep.html: diagram.png -> 404 Not Found
  /guide/intro.html: gone/page.html -> 404 Not Found
";

fn options(url: &str, extra: &[&str]) -> Options {
    let args = ["linkcheck"].iter().chain(extra).chain([&url]);
    Options::parse_from(args)
}

fn serve(config: Config) -> Server {
    Server::start(&sitesrv::fixture(), config).expect("server starts")
}

/// Every engine's result on `opts`, errors as their one-line text.
fn all_engines(opts: &Options) -> Vec<(&'static str, Result<String, String>)> {
    ENGINES
        .iter()
        .map(|(name, crawl)| {
            let text = crawl(opts)
                .map(|report| report.to_string())
                .map_err(|e| format!("{e:#}"));
            (*name, text)
        })
        .collect()
}

fn assert_all_equal(results: &[(&str, Result<String, String>)], expected: &Result<String, String>) {
    for (name, result) in results {
        assert_eq!(result, expected, "{name} differs");
    }
}

#[test]
fn the_fixture_report_is_known() {
    let server = serve(Config::default());
    let report = linkcheck_seq::crawl(&options(server.url(), &[])).unwrap();
    assert_eq!(report.to_string(), FIXTURE_REPORT);
}

#[test]
fn every_engine_gives_the_baseline_report_whatever_the_worker_count() {
    let server = serve(Config::default());
    for workers in ["1", "3", "16"] {
        let results = all_engines(&options(server.url(), &["--workers", workers]));
        assert_all_equal(&results, &Ok(FIXTURE_REPORT.to_string()));
    }
}

#[test]
fn engines_agree_with_latency() {
    let server = serve(Config {
        latency_ms: 5,
        ..Config::default()
    });
    let results = all_engines(&options(server.url(), &[]));
    assert_all_equal(&results, &Ok(FIXTURE_REPORT.to_string()));
}

#[test]
fn engines_agree_on_a_path_that_always_fails() {
    let server = serve(Config {
        fail_paths: vec!["/guide/advanced.html".into()],
        ..Config::default()
    });
    let results = all_engines(&options(server.url(), &["--retries", "1"]));
    let expected = linkcheck_seq::crawl(&options(server.url(), &[]))
        .unwrap()
        .to_string();
    assert!(expected.contains("/guide/: advanced.html -> 500 Internal Server Error"));
    assert!(
        !expected.contains("#nowhere"),
        "a failed page is not parsed"
    );
    assert_all_equal(&results, &Ok(expected));
}

#[test]
fn engines_agree_when_every_request_fails() {
    let server = serve(Config {
        fail_every: Some(1),
        ..Config::default()
    });
    let results = all_engines(&options(server.url(), &[]));
    let expected = format!(
        "cannot fetch the start URL {}: 500 Internal Server Error",
        server.url()
    );
    assert_all_equal(&results, &Err(expected));
}

#[test]
fn retries_recover_paths_that_fail_once() {
    let server = serve(Config {
        fail_first: 1,
        ..Config::default()
    });
    let opts = options(server.url(), &["--retries", "1"]);
    for (name, crawl) in [ENGINES[1], ENGINES[3]] {
        let report = crawl(&opts).map(|r| r.to_string());
        assert_eq!(report.ok().as_deref(), Some(FIXTURE_REPORT), "{name}");
    }
}

#[test]
fn without_retries_a_path_that_fails_once_stays_broken() {
    let server = serve(Config {
        fail_first: 1,
        ..Config::default()
    });
    let error = linkcheck_tokio::crawl(&options(server.url(), &[])).unwrap_err();
    assert!(format!("{error:#}").ends_with("500 Internal Server Error"));
}

#[test]
fn a_refused_connection_is_an_error_for_every_engine() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/");
    let expected = format!("cannot fetch the start URL {url}: connection failed");
    assert_all_equal(&all_engines(&options(&url, &[])), &Err(expected));
}

#[test]
fn a_server_that_never_answers_times_out() {
    // Accepts connections (the OS does, into the backlog) and never reads them.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    let opts = options(&url, &["--timeout", "200"]);
    let expected = format!("cannot fetch the start URL {url}: timed out after 200 ms");
    let (done, finished) = mpsc::channel();
    for (name, crawl) in ENGINES {
        let (opts, done) = (opts.clone(), done.clone());
        std::thread::spawn(move || done.send((name, crawl(&opts).map_err(|e| format!("{e:#}")))));
    }
    for _ in ENGINES {
        let (name, result) = finished
            .recv_timeout(Duration::from_secs(5))
            .expect("a crawl hung");
        assert_eq!(result.unwrap_err(), expected, "{name}");
    }
}

#[test]
fn the_threads_engine_ends_on_a_site_with_cycles() {
    // index ↔ about, news/2024 ↔ news/2025: the visited set must stop both.
    let server = serve(Config::default());
    let opts = options(server.url(), &["--workers", "2"]);
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || done.send(linkcheck_threads::crawl(&opts).map(|r| r.pages)));
    let pages = finished
        .recv_timeout(Duration::from_secs(5))
        .expect("the crawl hung");
    assert_eq!(pages.unwrap(), 12);
}

#[test]
fn a_crawl_limited_to_a_folder_stays_in_it() {
    let server = serve(Config::default());
    let url = format!("{}news/", server.url());
    let results = all_engines(&options(&url, &[]));
    let expected =
        "pages crawled: 3\nlinks checked: 5\nexternal links skipped: 0\nbroken links: 0\n";
    assert_all_equal(&results, &Ok(expected.to_string()));
}

#[test]
fn shutting_down_gives_a_partial_report() {
    let server = serve(Config {
        latency_ms: 2_000,
        ..Config::default()
    });
    let opts = options(server.url(), &[]);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let shutdown = async { tokio::time::sleep(Duration::from_millis(50)).await };
    let report = runtime
        .block_on(linkcheck_tokio::crawl_async(&opts, shutdown))
        .unwrap();
    assert!(report.interrupted);
    assert!(report.to_string().starts_with("interrupted: "));
    assert_eq!(
        linkcheck::finish(Ok(report)),
        std::process::ExitCode::from(130)
    );
}

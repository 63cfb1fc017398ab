use std::collections::BTreeSet;
use std::sync::mpsc;
use std::time::Duration;

/// A small site with a cycle: / → /a, /b; /a → /c, /; /b → /c; /c → /a.
fn site(page: &str) -> Vec<String> {
    let links: &[&str] = match page {
        "/" => &["/a", "/b"],
        "/a" => &["/c", "/"],
        "/b" => &["/c"],
        "/c" => &["/a"],
        "/broken" => panic!("disk on fire"),
        _ => &[],
    };
    links.iter().map(|l| l.to_string()).collect()
}

/// The same site, with a link from /b to a page whose fetch panics.
fn site_with_a_panic(page: &str) -> Vec<String> {
    match page {
        "/b" => vec!["/c".into(), "/broken".into()],
        _ => site(page),
    }
}

/// Runs the crawl on a thread of its own, so that a hang fails the test
/// instead of blocking it.
fn crawl_within_a_second(
    workers: usize,
    fetch: exercise::Fetch,
) -> Result<BTreeSet<String>, String> {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || done.send(exercise::crawl("/", workers, fetch)));
    finished
        .recv_timeout(Duration::from_secs(1))
        .expect("the crawl hung")
}

#[test]
fn every_page_is_found_once_despite_the_cycle() {
    for workers in [1, 3] {
        let pages = crawl_within_a_second(workers, site).unwrap();
        assert_eq!(
            pages,
            BTreeSet::from(["/", "/a", "/b", "/c"].map(String::from))
        );
    }
}

#[test]
fn a_panicking_fetch_is_an_error_naming_the_page() {
    for workers in [1, 3] {
        let error = crawl_within_a_second(workers, site_with_a_panic).unwrap_err();
        assert_eq!(error, "fetching /broken panicked: disk on fire");
    }
}

#[test]
fn a_formatted_panic_message_comes_back_too() {
    fn formatted(page: &str) -> Vec<String> {
        match page {
            "/" => vec!["/x".into()],
            other => panic!("no such page: {other}"),
        }
    }
    let error = crawl_within_a_second(2, formatted).unwrap_err();
    assert_eq!(error, "fetching /x panicked: no such page: /x");
}

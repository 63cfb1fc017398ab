//! What every engine of the link checker shares: the command line, the URL
//! rules, parsing a page, the crawl's bookkeeping and the report. None of it
//! is concurrent; the engines differ only in how they fetch and parse.

use anyhow::{Result, bail};
use clap::Parser;
use scraper::{Html, Selector};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::LazyLock;
use std::time::Duration;
use url::{Position, Url};

/// Check every link of a web site, and every `#fragment` they name.
#[derive(Debug, Clone, Parser)]
pub struct Options {
    /// Requests in flight at once (threads, or concurrent requests)
    #[arg(long, default_value = "8")]
    pub workers: NonZeroUsize,
    /// Give up on a request after this many milliseconds
    #[arg(long = "timeout", value_name = "MS", default_value_t = 10_000)]
    pub timeout_ms: u64,
    /// Try again this many times after a connection error or a 5xx answer
    #[arg(long, default_value_t = 0)]
    pub retries: u32,
    /// Fetch links to other sites too, instead of only counting them
    #[arg(long)]
    pub check_external: bool,
    /// The first page; only pages in its folder are crawled
    #[arg(value_parser = parse_start_url)]
    pub start: Url,
}

impl Options {
    pub fn timeout(&self) -> Duration {
        Duration::from_millis(self.timeout_ms)
    }
}

fn parse_start_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text).map_err(|e| format!("not a URL ({e})"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(format!("`{other}:` URLs cannot be crawled, only http(s)")),
    }
}

/// How long to wait before retry number `attempt` (0, 1, …): 20 ms, doubling.
pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(20 << attempt.min(8))
}

/// The URL that is fetched for a link: the link without its `#fragment`.
pub fn without_fragment(url: &Url) -> Url {
    let mut url = url.clone();
    url.set_fragment(None);
    url
}

/// Whether `url` is part of the site that starts at `start`: same scheme,
/// host and port, and under the start page's folder.
pub fn is_inside(start: &Url, url: &Url) -> bool {
    let folder = &start.path()[..=start.path().rfind('/').unwrap_or(0)];
    url.origin() == start.origin() && url.path().starts_with(folder)
}

/// A URL as the report prints it: from the path on when it shares the start's
/// origin, so that the report does not depend on the server's port.
pub fn shown(start: &Url, url: &Url) -> String {
    if url.origin() == start.origin() {
        url[Position::BeforePath..].to_string()
    } else {
        url.to_string()
    }
}

// ANCHOR: parse
/// A link as a page wrote it (`href`), and where it leads once resolved
/// against the page's URL (`None` when it cannot be resolved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub target: Option<Url>,
}

/// What the checker needs from a page: plain strings, so a `Page` is `Send`
/// while the parsed `scraper::Html` it came from is not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub links: Vec<Link>,
    pub anchors: BTreeSet<String>,
}

static LINKS: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse("a[href], link[href], img[src], script[src]").expect("valid selector")
});
static ANCHORS: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("[id], a[name]").expect("valid selector"));

/// Parses `html`, fetched from `base`: its links (skipping `mailto:` and other
/// schemes that are not fetched) and the names a `#fragment` can point to.
pub fn parse_page(base: &Url, html: &str) -> Page {
    let document = Html::parse_document(html);
    let links = document
        .select(&LINKS)
        .filter_map(|element| {
            let href = element.attr("href").or(element.attr("src"))?.trim();
            let target = base.join(href).ok();
            let fetchable = target
                .as_ref()
                .is_none_or(|url| matches!(url.scheme(), "http" | "https"));
            (fetchable && !href.is_empty()).then(|| Link {
                href: href.to_string(),
                target,
            })
        })
        .collect();
    let anchors = document
        .select(&ANCHORS)
        .filter_map(|element| element.attr("id").or(element.attr("name")))
        .map(str::to_string)
        .collect();
    Page { links, anchors }
}
// ANCHOR_END: parse

/// Why a link is broken.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Failure {
    Status { code: u16, reason: String },
    ConnectionFailed,
    TimedOut { ms: u64 },
    Unreadable,
    MissingAnchor(String),
    Malformed,
}

impl Failure {
    /// Worth another try: the server may be back (connection, 5xx).
    pub fn is_transient(&self) -> bool {
        match self {
            Failure::ConnectionFailed => true,
            Failure::Status { code, .. } => *code >= 500,
            _ => false,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Failure::Status { code, reason } => write!(f, "{code} {reason}"),
            Failure::ConnectionFailed => write!(f, "connection failed"),
            Failure::TimedOut { ms } => write!(f, "timed out after {ms} ms"),
            Failure::Unreadable => write!(f, "unreadable response"),
            Failure::MissingAnchor(name) => write!(f, "missing anchor #{name}"),
            Failure::Malformed => write!(f, "malformed URL"),
        }
    }
}

/// What an HTTP client got for one URL, before any parsing.
#[derive(Debug)]
pub enum Fetched {
    /// An HTML page; `url` is where it was found after redirects, the base of
    /// its relative links.
    Html {
        url: Url,
        body: String,
    },
    NotHtml,
    Failed(Failure),
}

impl Fetched {
    /// What a response's status line and headers decide before its body is
    /// read: a failed status, or a page that is not HTML. `None` means read
    /// the body. ureq and reqwest both hand over the `http` crate's types, so
    /// the blocking and the async fetcher judge a response the same way.
    pub fn from_head(status: http::StatusCode, headers: &http::HeaderMap) -> Option<Fetched> {
        if !status.is_success() {
            return Some(Fetched::Failed(Failure::Status {
                code: status.as_u16(),
                reason: status.canonical_reason().unwrap_or_default().to_string(),
            }));
        }
        let is_html = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"));
        (!is_html).then_some(Fetched::NotHtml)
    }

    /// The CPU part of a fetch: parses the body when the page is to be crawled.
    pub fn into_outcome(self, crawl: bool) -> Outcome {
        match self {
            Fetched::Html { url, body } if crawl => Outcome::Page(parse_page(&url, &body)),
            Fetched::Html { .. } | Fetched::NotHtml => Outcome::Fine,
            Fetched::Failed(failure) => Outcome::Broken(failure),
        }
    }
}

/// What one URL turned out to be, once parsed if it is a page to crawl.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Page(Page),
    Fine,
    Broken(Failure),
}

/// One URL to fetch; `crawl` says whether its links are followed too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub url: Url,
    pub crawl: bool,
}

/// The crawl's bookkeeping: every URL handed out so far and what each gave.
/// It has no opinion on order or concurrency; an engine owns one and asks it
/// what is new after each fetch.
#[derive(Debug)]
pub struct Crawl {
    start: Url,
    check_external: bool,
    seen: HashSet<Url>,
    outcomes: BTreeMap<Url, Outcome>,
}

impl Crawl {
    /// The bookkeeping, and the first target: the start page.
    pub fn new(opts: &Options) -> (Crawl, Target) {
        let start = without_fragment(&opts.start);
        let crawl = Crawl {
            start: start.clone(),
            check_external: opts.check_external,
            seen: HashSet::from([start.clone()]),
            outcomes: BTreeMap::new(),
        };
        (
            crawl,
            Target {
                url: start,
                crawl: true,
            },
        )
    }

    /// Records what `url` gave and returns the targets its links lead to that
    /// were never handed out before. Fails when the start page cannot be fetched.
    pub fn record(&mut self, url: Url, outcome: Outcome) -> Result<Vec<Target>> {
        if let (true, Outcome::Broken(failure)) = (url == self.start, &outcome) {
            bail!("cannot fetch the start URL {url}: {failure}");
        }
        let mut new = Vec::new();
        if let Outcome::Page(page) = &outcome {
            for link in &page.links {
                let Some(target) = &link.target else { continue };
                let url = without_fragment(target);
                let crawl = is_inside(&self.start, &url);
                let fetch = url.origin() == self.start.origin() || self.check_external;
                if fetch && self.seen.insert(url.clone()) {
                    new.push(Target { url, crawl });
                }
            }
        }
        self.outcomes.insert(url, outcome);
        Ok(new)
    }

    /// The crawled pages, in URL order.
    pub fn pages(&self) -> impl Iterator<Item = (&Url, &Page)> {
        self.outcomes
            .iter()
            .filter_map(|(url, outcome)| match outcome {
                Outcome::Page(page) => Some((url, page)),
                _ => None,
            })
    }

    /// Checks the links of one crawled page against what their targets gave.
    pub fn check_page(&self, source: &Url, page: &Page) -> Report {
        let mut report = Report {
            pages: 1,
            ..Report::default()
        };
        let hrefs: BTreeMap<&str, &Option<Url>> =
            page.links.iter().map(|l| (&*l.href, &l.target)).collect();
        for (href, target) in hrefs {
            let failure = match target {
                None => Some(Failure::Malformed),
                Some(target) => match self.outcomes.get(&without_fragment(target)) {
                    None if !self.check_external && target.origin() != self.start.origin() => {
                        report.external_skipped += 1;
                        continue;
                    }
                    Some(Outcome::Broken(failure)) => Some(failure.clone()),
                    Some(Outcome::Page(page)) => check_anchor(target, page),
                    None | Some(Outcome::Fine) => None,
                },
            };
            report.links_checked += 1;
            if let Some(reason) = failure {
                report.broken.insert(Broken {
                    source: shown(&self.start, source),
                    href: href.to_string(),
                    reason,
                });
            }
        }
        report
    }

    /// The report over every crawled page.
    pub fn report(&self) -> Report {
        self.pages()
            .map(|(url, page)| self.check_page(url, page))
            .fold(Report::default(), Report::merge)
    }
}

/// A `#fragment` must name an `id` (or `<a name>`) of the page it points to.
pub fn check_anchor(link: &Url, target: &Page) -> Option<Failure> {
    match link.fragment() {
        Some(name) if !name.is_empty() && !target.anchors.contains(name) => {
            Some(Failure::MissingAnchor(name.to_string()))
        }
        _ => None,
    }
}

/// One broken link: the page it is on, the link as written, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    pub source: String,
    pub href: String,
    pub reason: Failure,
}

/// What the crawl found. Its text is the same whatever engine made it and in
/// whatever order the pages arrived.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub pages: usize,
    pub links_checked: usize,
    pub external_skipped: usize,
    pub broken: BTreeSet<Broken>,
    pub interrupted: bool,
}

impl Report {
    /// Adds up two reports; `fold` and rayon's `reduce` both use it.
    pub fn merge(mut self, other: Report) -> Report {
        self.pages += other.pages;
        self.links_checked += other.links_checked;
        self.external_skipped += other.external_skipped;
        self.broken.extend(other.broken);
        self.interrupted |= other.interrupted;
        self
    }
}

// ANCHOR: report
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.interrupted {
            writeln!(f, "interrupted: this report covers only the pages fetched")?;
        }
        writeln!(f, "pages crawled: {}", self.pages)?;
        writeln!(f, "links checked: {}", self.links_checked)?;
        writeln!(f, "external links skipped: {}", self.external_skipped)?;
        writeln!(f, "broken links: {}", self.broken.len())?;
        for Broken {
            source,
            href,
            reason,
        } in &self.broken
        {
            writeln!(f, "  {source}: {href} -> {reason}")?;
        }
        Ok(())
    }
}
// ANCHOR_END: report

/// Prints the report (or the error, on one line) and picks the exit code:
/// 0 all links fine, 1 broken links, 2 the crawl could not run, 130 interrupted.
pub fn finish(result: Result<Report>) -> ExitCode {
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::from(match report {
                Report {
                    interrupted: true, ..
                } => 130,
                Report { ref broken, .. } if broken.is_empty() => 0,
                _ => 1,
            })
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap()
    }

    #[test]
    fn parse_page_resolves_links_and_collects_anchors() {
        let html = r##"<h1 id="top">T</h1><a name="old"></a>
            <a href="../b.html#x">b</a> <a href="mailto:me@example.com">m</a>
            <img src="pic.png"> <a href="">self</a>"##;
        let page = parse_page(&url("http://h/docs/a.html"), html);
        let targets: Vec<_> = page.links.iter().map(|l| l.target.clone()).collect();
        assert_eq!(
            targets,
            [
                Some(url("http://h/b.html#x")),
                Some(url("http://h/docs/pic.png"))
            ]
        );
        assert_eq!(page.anchors, BTreeSet::from(["old".into(), "top".into()]));
    }

    #[test]
    fn inside_means_same_origin_and_under_the_start_folder() {
        let start = url("http://h:8/docs/index.html");
        assert!(is_inside(&start, &url("http://h:8/docs/deep/a.html?q=1")));
        assert!(!is_inside(&start, &url("http://h:8/other.html")));
        assert!(!is_inside(&start, &url("http://h:9/docs/a.html")));
        assert_eq!(shown(&start, &url("http://h:8/docs/a?q=1")), "/docs/a?q=1");
    }

    #[test]
    fn report_text_is_sorted() {
        let mut report = Report::default();
        for (source, href) in [("/b", "x"), ("/a", "y"), ("/a", "x")] {
            report.broken.insert(Broken {
                source: source.into(),
                href: href.into(),
                reason: Failure::MissingAnchor("n".into()),
            });
        }
        let text = report.to_string();
        let lines: Vec<_> = text.lines().skip(4).collect();
        assert_eq!(
            lines,
            [
                "  /a: x -> missing anchor #n",
                "  /a: y -> missing anchor #n",
                "  /b: x -> missing anchor #n"
            ]
        );
    }
}

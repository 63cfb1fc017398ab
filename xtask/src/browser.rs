//! `cargo xtask browser-test`: the built site in a real browser.
//!
//! Serves `book/html` on 127.0.0.1 (a small static server: the test must see
//! exactly the files a reader gets), installs the pinned npm packages of
//! `tests/browser` (`npm ci`, once), and runs `tests/browser/book.test.mjs`
//! with Node's test runner against Debian's Chromium.

use crate::{Result, anyhow};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

pub fn run(root: &Path) -> Result<()> {
    let site = root.join("book/html");
    if !site.join("index.html").is_file() {
        return Err(anyhow!(
            "{} has no built book: run `cargo xtask build` first",
            site.display()
        ));
    }
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(CHROMIUM));
    if !chromium.is_file() {
        return Err(anyhow!(
            "Chromium is not installed at {} (the browser tests drive it).\n\
             On Debian or Ubuntu: `sudo apt-get install chromium`, or set CHROMIUM to a Chromium binary.",
            chromium.display()
        ));
    }
    let dir = root.join("tests/browser");
    npm_ci(&dir)?;
    let pages: Vec<String> = bookkit::summary::pages(root)?
        .iter()
        .map(|p| p.path.to_string_lossy().trim_end_matches(".md").to_string() + ".html")
        .collect();
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| anyhow!("cannot listen on 127.0.0.1: {e}"))?;
    let port = listener
        .local_addr()
        .map_err(|e| anyhow!("cannot read the server's port: {e}"))?
        .port();
    std::thread::spawn(move || serve(listener, site));
    let screenshots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&screenshots).map_err(|e| anyhow!("{}: {e}", screenshots.display()))?;
    println!("serving book/html at http://127.0.0.1:{port}/ for the browser tests");
    let status = Command::new("node")
        .current_dir(&dir)
        .args(["--test", "--test-concurrency=1", "book.test.mjs"])
        .env("BOOK_URL", format!("http://127.0.0.1:{port}/"))
        .env("BOOK_PAGES", pages.join("\n"))
        .env("CHROMIUM", &chromium)
        .env("CHROMIUM_ARGS", crate::pdf::CHROMIUM_FLAGS.join("\n"))
        .env("SCREENSHOT_DIR", &screenshots)
        .status()
        .map_err(|e| anyhow!("cannot run node (apt-get install nodejs npm): {e}"))?;
    if status.success() {
        println!(
            "browser tests passed; screenshots in {}",
            screenshots.display()
        );
        Ok(())
    } else {
        Err(anyhow!("browser tests failed ({status}); see above"))
    }
}

/// `npm ci` when `node_modules` is missing or older than the lock file.
fn npm_ci(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(have), Some(want)) = (modified(&installed), modified(&lock))
        && have >= want
    {
        return Ok(());
    }
    println!("installing the browser tests' npm packages (npm ci)");
    let status = Command::new("npm")
        .current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund"])
        .status()
        .map_err(|e| anyhow!("cannot run npm (apt-get install nodejs npm): {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(anyhow!("npm ci in {} failed ({status})", dir.display()))
    }
}

fn serve(listener: TcpListener, site: PathBuf) {
    for stream in listener.incoming().flatten() {
        let site = site.clone();
        std::thread::spawn(move || {
            let _ = respond(stream, &site);
        });
    }
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "eot" => "application/vnd.ms-fontobject",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// `%20` and friends in a request path.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The file under `site` a request path names, if any (never outside it).
fn resolve(site: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let rel = PathBuf::from(percent_decode(path).trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = site.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn respond(stream: TcpStream, site: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut words = request.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    let mut stream = stream;
    let found = resolve(site, target).and_then(|f| std::fs::read(&f).ok().map(|b| (f, b)));
    let (status, kind, body) = match (method, found) {
        ("GET" | "HEAD", Some((file, body))) => ("200 OK", content_type(&file), body),
        ("GET" | "HEAD", None) => ("404 Not Found", "text/plain", b"not found\n".to_vec()),
        _ => ("405 Method Not Allowed", "text/plain", Vec::new()),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

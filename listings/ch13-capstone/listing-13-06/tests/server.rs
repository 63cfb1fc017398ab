//! The test server over real sockets: folders, 404s, `..`, injected failures.

use sitesrv::{Config, Server};
use std::io::{Read, Write};
use std::net::TcpStream;

/// Sends a raw request line, so that nothing normalises the path, and
/// returns the status line and the whole answer.
fn get(server: &Server, path: &str) -> (String, String) {
    let address = server
        .url()
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer.lines().next().unwrap_or_default().to_string();
    (status, answer)
}

fn fixture(config: Config) -> Server {
    Server::start(&sitesrv::fixture(), config).unwrap()
}

#[test]
fn serves_files_and_folder_indexes() {
    let server = fixture(Config::default());
    assert!(server.url().starts_with("http://127.0.0.1:"));
    let (status, answer) = get(&server, "/guide/");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(answer.contains("content-type: text/html"));
    assert!(answer.contains("<title>Guide</title>"));
    let (status, answer) = get(&server, "/files/notes.txt?v=2");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(answer.contains("content-type: text/plain"));
}

#[test]
fn a_folder_without_its_slash_is_redirected() {
    let (status, answer) = get(&fixture(Config::default()), "/news");
    assert_eq!(status, "HTTP/1.1 301 Moved Permanently");
    assert!(answer.contains("location: /news/"));
}

#[test]
fn missing_files_and_escapes_are_404() {
    let server = fixture(Config::default());
    for path in [
        "/missing.html",
        "/../Cargo.toml",
        "/guide/../../Cargo.toml",
        "/%2e%2e/Cargo.toml",
    ] {
        assert_eq!(get(&server, path).0, "HTTP/1.1 404 Not Found", "{path}");
    }
}

#[test]
fn failures_are_injected_by_path_by_count_and_first_time() {
    let server = fixture(Config {
        fail_paths: vec!["/about.html".into()],
        ..Config::default()
    });
    assert_eq!(
        get(&server, "/about.html").0,
        "HTTP/1.1 500 Internal Server Error"
    );
    assert_eq!(get(&server, "/faq.html").0, "HTTP/1.1 200 OK");

    let every_second = fixture(Config {
        fail_every: Some(2),
        ..Config::default()
    });
    let statuses: Vec<_> = (0..4).map(|_| get(&every_second, "/").0).collect();
    assert_eq!(statuses[1], "HTTP/1.1 500 Internal Server Error");
    assert_eq!(statuses[2], "HTTP/1.1 200 OK");

    let first_time = fixture(Config {
        fail_first: 1,
        ..Config::default()
    });
    assert_eq!(
        get(&first_time, "/").0,
        "HTTP/1.1 500 Internal Server Error"
    );
    assert_eq!(get(&first_time, "/").0, "HTTP/1.1 200 OK");
}

#[test]
fn the_binary_prints_its_url_first() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sitesrv"))
        .arg(sitesrv::fixture())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(line.starts_with("listening on http://127.0.0.1:"), "{line}");
    assert!(line.ends_with("/\n"));
}

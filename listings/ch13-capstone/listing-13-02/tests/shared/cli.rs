// The binary's exit codes and error lines: 0 clean, 1 broken links, 2 when
// the crawl cannot run. Shared by the engines' `tests/cli.rs`, which set BIN.

use sitesrv::{Config, Server};
use std::net::TcpListener;
use std::process::{Command, Output};

fn linkcheck(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn broken_links_exit_1_and_a_clean_folder_exits_0() {
    let server = Server::start(&sitesrv::fixture(), Config::default()).unwrap();
    let whole_site = linkcheck(&[server.url()]);
    assert_eq!(whole_site.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&whole_site.stdout).contains("broken links: 7\n"));
    let news = linkcheck(&[&format!("{}news/", server.url())]);
    assert_eq!(news.status.code(), Some(0), "{}", stderr(&news));
}

#[test]
fn a_malformed_url_exits_2_with_a_clear_message() {
    let output = linkcheck(&["example.com/docs"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("not a URL (relative URL without a base)"));
    let output = linkcheck(&["ftp://example.com/"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("`ftp:` URLs cannot be crawled"));
}

#[test]
fn a_refused_start_url_exits_2() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let output = linkcheck(&[&format!("http://127.0.0.1:{port}/")]);
    assert_eq!(output.status.code(), Some(2));
    let expected =
        format!("error: cannot fetch the start URL http://127.0.0.1:{port}/: connection failed\n");
    assert_eq!(stderr(&output), expected);
}

#[test]
fn a_silent_server_times_out_and_exits_2() {
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    let output = linkcheck(&["--timeout", "200", &url]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).ends_with(": timed out after 200 ms\n"));
}

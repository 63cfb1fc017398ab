use anyhow::{Result, ensure};
use clap::Parser;
use linkcheck::{Options, Report};
use sitesrv::{Config, Server};

type Engine = fn(&Options) -> Result<Report>;

fn main() -> Result<()> {
    let server = Server::start(&sitesrv::fixture(), Config::default())?;
    let opts = Options::parse_from(["linkcheck", server.url()]);
    let engines: [(&str, Engine); 3] = [
        ("threads", linkcheck_threads::crawl),
        ("rayon", linkcheck_rayon::crawl),
        ("tokio", linkcheck_tokio::crawl),
    ];
    let baseline = linkcheck_seq::crawl(&opts)?;
    for (name, crawl) in engines {
        ensure!(
            crawl(&opts)? == baseline,
            "{name} disagrees with the baseline"
        );
    }
    print!("{baseline}");
    println!("the sequential, threads, rayon and tokio engines agree");
    Ok(())
}

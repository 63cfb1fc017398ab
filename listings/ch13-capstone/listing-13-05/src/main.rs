use clap::Parser;
use linkcheck::Options;
use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = Options::parse();
    linkcheck::finish(linkcheck_tokio::crawl_until_ctrl_c(&opts))
}

use clap::Parser;
use linkcheck::Options;
use linkcheck_rayon::FetchOn;
use std::process::ExitCode;

/// Check every link of a web site, and every `#fragment` they name.
#[derive(Parser)]
struct Args {
    #[command(flatten)]
    opts: Options,
    /// Fetch inside `par_iter`, on rayon's pool (slow on purpose)
    #[arg(long)]
    fetch_in_par_iter: bool,
}

fn main() -> ExitCode {
    let Args {
        opts,
        fetch_in_par_iter,
    } = Args::parse();
    let fetch_on = match fetch_in_par_iter {
        true => FetchOn::RayonPool,
        false => FetchOn::ScopedThreads,
    };
    linkcheck::finish(linkcheck_rayon::crawl_with(&opts, fetch_on))
}

use clap::Parser;
use sitesrv::{Config, Server};
use std::io::Write;
use std::path::PathBuf;

/// Serve a folder over HTTP on 127.0.0.1, slowly or badly on demand.
#[derive(Parser)]
struct Args {
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = 0)]
    port: u16,
    #[command(flatten)]
    config: Config,
    /// The folder to serve
    root: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        args.root.is_dir(),
        "{} is not a folder",
        args.root.display()
    );
    let server = Server::start_on(&args.root, args.config, args.port)?;
    println!("listening on {}", server.url());
    std::io::stdout().flush()?;
    server.wait();
    Ok(())
}

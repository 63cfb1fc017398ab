use anyhow::{Context, Result, bail};

fn parse_port(text: &str) -> Result<u16> {
    let port = text
        .trim()
        .parse()
        .with_context(|| format!("`{text}` is not a port number"))?;
    if port < 1024 {
        bail!("port {port} needs root");
    }
    Ok(port)
}

async fn start_shard(shard: u32, setting: &'static str) -> Result<u16> {
    parse_port(setting).with_context(|| format!("shard {shard}: bad `port` setting"))
}

async fn start_cluster() -> Result<Vec<u16>> {
    let mut ports = Vec::new();
    for (shard, setting) in [(1, "7001"), (2, "70O2")] {
        let handle = tokio::spawn(start_shard(shard, setting));
        // The first `?` is the `JoinError`, the second the shard's own error.
        let port = handle.await?.context("the cluster did not start")?;
        ports.push(port);
    }
    Ok(ports)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let error = start_cluster().await.expect_err("shard 2 is misconfigured");
    println!("--- {{}}:\n{error}");
    println!("--- {{:#}}:\n{error:#}");
    println!("--- {{:?}}:\n{error:?}");
}

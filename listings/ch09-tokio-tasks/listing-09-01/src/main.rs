use std::env;

async fn export(report: &str, out_dir: &str) -> String {
    format!("{out_dir}/{report}.csv")
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = env::args().collect();
    let out_dir: &str = args.get(1).map_or("reports", String::as_str);

    let mut handles = Vec::new();
    for report in ["daily", "weekly", "monthly"] {
        let task = async move { export(report, out_dir).await };
        handles.push(tokio::spawn(task));
    }
    for handle in handles {
        println!("wrote {}", handle.await.unwrap());
    }
}

use std::collections::HashMap;
use std::time::Duration;
use tokio::task::JoinSet;

async fn resize(image: &'static str, millis: u64) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(millis)).await;
    match image {
        "" => Err("empty file name".to_string()),
        "corrupt.png" => panic!("decoder crashed on {image}"),
        _ => Ok(format!("thumb-{image}")),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let images = [("a.png", 40), ("", 30), ("corrupt.png", 20), ("d.png", 10)];
    let mut jobs = JoinSet::new();
    let mut index_of = HashMap::new();
    for (index, (image, millis)) in images.into_iter().enumerate() {
        let handle = jobs.spawn(resize(image, millis));
        index_of.insert(handle.id(), index);
    }

    // Completion order is d, corrupt, "", a: put every outcome back at its index.
    let mut outcomes = Vec::new();
    while let Some(joined) = jobs.join_next_with_id().await {
        let (id, outcome) = match joined {
            Ok((id, result)) => (id, result),
            Err(join_error) => (join_error.id(), Err(join_error.to_string())),
        };
        outcomes.push((index_of[&id], outcome));
    }
    outcomes.sort_by_key(|(index, _)| *index);

    let (done, failed): (Vec<_>, Vec<_>) = outcomes.into_iter().partition(|(_, r)| r.is_ok());
    println!("{} resized, {} failed", done.len(), failed.len());
    for (index, outcome) in failed {
        println!("  image {index}: {}", outcome.unwrap_err());
    }
}

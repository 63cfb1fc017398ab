use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn fetch_title(url: &str) -> String {
    format!("title of {url}")
}

async fn title(cache: Arc<Mutex<HashMap<String, String>>>, url: String) -> String {
    match cache.lock().unwrap().get(&url).cloned() {
        Some(title) => title,
        None => {
            let title = fetch_title(&url).await;
            cache.lock().unwrap().insert(url, title.clone());
            title
        }
    }
}

#[tokio::main]
async fn main() {
    let cache = Arc::new(Mutex::new(HashMap::new()));
    let lookup = tokio::spawn(title(cache, String::from("https://example.com")));
    println!("{}", lookup.await.unwrap());
}

use std::collections::HashMap;
use std::sync::{Mutex, RwLock};
use std::thread;

static RENDERS: Mutex<u32> = Mutex::new(0);

fn render(page: &str) -> String {
    *RENDERS.lock().unwrap() += 1;
    format!("<h1>{page}</h1>")
}

fn cached_render(cache: &RwLock<HashMap<String, String>>, page: &str) -> String {
    if let Some(html) = cache.read().unwrap().get(page) {
        return html.clone();
    } // The read guard is a temporary of the `if let`: it is gone here.

    let mut pages = cache.write().unwrap();
    // Another thread may have rendered the page while we held no lock.
    pages
        .entry(page.to_string())
        .or_insert_with(|| render(page))
        .clone()
}

fn main() {
    let cache = RwLock::new(HashMap::new());
    let pages = thread::scope(|s| {
        let handles = [(); 4].map(|_| s.spawn(|| cached_render(&cache, "home")));
        handles.map(|handle| handle.join().unwrap())
    });
    println!("{pages:?}");
    println!("renders: {}", RENDERS.lock().unwrap());
}

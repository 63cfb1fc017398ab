use std::collections::HashMap;
use std::sync::RwLock;

fn render(page: &str) -> String {
    format!("<h1>{page}</h1>")
}

fn cached_render(cache: &RwLock<HashMap<String, String>>, page: &str) -> String {
    let pages = cache.read().unwrap();
    if let Some(html) = pages.get(page) {
        return html.clone();
    }
    let html = render(page);
    cache
        .write()
        .unwrap()
        .insert(page.to_string(), html.clone());
    html
}

fn main() {
    let cache = RwLock::new(HashMap::new());
    println!("{}", cached_render(&cache, "home"));
    println!("{}", cached_render(&cache, "home"));
}

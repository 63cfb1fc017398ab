use std::sync::{Arc, LazyLock, OnceLock, RwLock};
use std::thread;

struct Config {
    version: u32,
    greeting: String,
}

// Set once in `main`, from input that only exists at run time.
static SERVER_NAME: OnceLock<String> = OnceLock::new();

static CONFIG: LazyLock<RwLock<Arc<Config>>> = LazyLock::new(|| {
    let first = Config {
        version: 1,
        greeting: "hello".to_string(),
    };
    RwLock::new(Arc::new(first))
});

/// Holds the read lock only long enough to clone the `Arc`.
fn current_config() -> Arc<Config> {
    Arc::clone(&CONFIG.read().unwrap())
}

fn reload(greeting: &str) {
    let mut slot = CONFIG.write().unwrap();
    let next = Config {
        version: slot.version + 1,
        greeting: greeting.to_string(),
    };
    *slot = Arc::new(next);
}

fn handle(request: u32) -> String {
    let config = current_config();
    let server = SERVER_NAME.get().map_or("unnamed", String::as_str);
    format!(
        "{server} #{request}: {} (v{})",
        config.greeting, config.version
    )
}

fn main() {
    SERVER_NAME
        .set("eu-1".to_string())
        .expect("the name is set once, at startup");

    let in_flight = current_config();
    reload("bonjour");

    let replies = thread::scope(|s| {
        let handles = [1, 2, 3].map(|request| s.spawn(move || handle(request)));
        handles.map(|handle| handle.join().unwrap())
    });
    for reply in replies {
        println!("{reply}");
    }
    println!(
        "a request that began before the reload still sees v{}",
        in_flight.version
    );
}

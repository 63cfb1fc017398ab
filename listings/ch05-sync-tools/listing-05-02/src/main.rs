use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, RwLock};
use std::thread;

// Built on first use, by whichever thread gets there first.
static SESSIONS: LazyLock<RwLock<HashMap<u64, String>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));

// `Mutex::new` is a `const fn`, so this needs no lazy wrapper at all.
static LOOKUPS: Mutex<u64> = Mutex::new(0);

fn log_in(session: u64, user: &str) {
    SESSIONS.write().unwrap().insert(session, user.to_string());
}

fn user_of(session: u64) -> Option<String> {
    *LOOKUPS.lock().unwrap() += 1;
    SESSIONS.read().unwrap().get(&session).cloned()
}

fn main() {
    log_in(7, "ada");
    log_in(9, "grace");

    // Three lookups at once: they may all hold the read lock together.
    let users = thread::scope(|s| {
        let handles = [7, 8, 9].map(|session| s.spawn(move || user_of(session)));
        handles.map(|handle| handle.join().unwrap())
    });

    println!("{users:?}");
    println!("lookups: {}", LOOKUPS.lock().unwrap());
}

use std::collections::HashMap;
use std::sync::Mutex;

// Which user owns each session id, visible to every request handler.
static SESSIONS: Mutex<HashMap<u64, String>> = Mutex::new(HashMap::new());

fn log_in(session: u64, user: &str) {
    SESSIONS.lock().unwrap().insert(session, user.to_string());
}

fn main() {
    log_in(7, "ada");
    println!("{} session(s)", SESSIONS.lock().unwrap().len());
}

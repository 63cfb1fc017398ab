static REQUESTS: u64 = 0;

fn handle_request() {
    REQUESTS += 1;
}

fn main() {
    handle_request();
    println!("requests: {REQUESTS}");
}

use std::sync::{Arc, Mutex};
use std::thread;

struct Account {
    name: &'static str,
    balance: Mutex<u64>,
}

// ANCHOR: transfer
fn transfer(from: &Account, to: &Account, amount: u64) {
    let mut from_balance = from.balance.lock().unwrap();
    let mut to_balance = to.balance.lock().unwrap(); // waits while holding `from`
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: transfer

fn main() {
    let alice = Arc::new(Account {
        name: "alice",
        balance: Mutex::new(10_000),
    });
    let bob = Arc::new(Account {
        name: "bob",
        balance: Mutex::new(10_000),
    });

    let to_bob = {
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        thread::spawn(move || (0..5_000).for_each(|_| transfer(&alice, &bob, 1)))
    };
    let to_alice = {
        let (alice, bob) = (Arc::clone(&alice), Arc::clone(&bob));
        thread::spawn(move || (0..5_000).for_each(|_| transfer(&bob, &alice, 1)))
    };
    to_bob.join().unwrap();
    to_alice.join().unwrap();

    for account in [&alice, &bob] {
        println!("{}: {}", account.name, account.balance.lock().unwrap());
    }
}

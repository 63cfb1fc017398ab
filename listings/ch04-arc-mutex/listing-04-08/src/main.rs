use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

struct Account {
    id: u32,
    name: &'static str,
    balance: Mutex<u64>,
}

// ANCHOR: transfer
/// Locks both balances, always the lower `id` first, and returns the guards
/// in argument order.
fn lock_pair<'a>(a: &'a Account, b: &'a Account) -> (MutexGuard<'a, u64>, MutexGuard<'a, u64>) {
    assert_ne!(a.id, b.id, "locking one mutex twice would deadlock");
    if a.id < b.id {
        let a_balance = a.balance.lock().unwrap();
        (a_balance, b.balance.lock().unwrap())
    } else {
        let b_balance = b.balance.lock().unwrap();
        (a.balance.lock().unwrap(), b_balance)
    }
}

fn transfer(from: &Account, to: &Account, amount: u64) {
    let (mut from_balance, mut to_balance) = lock_pair(from, to);
    *from_balance -= amount;
    *to_balance += amount;
}
// ANCHOR_END: transfer

fn main() {
    let alice = Arc::new(Account {
        id: 1,
        name: "alice",
        balance: Mutex::new(10_000),
    });
    let bob = Arc::new(Account {
        id: 2,
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

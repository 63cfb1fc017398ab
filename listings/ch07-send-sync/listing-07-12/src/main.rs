use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};

struct Connection {
    id: u32,
    buffer: Vec<u8>,
}

struct Pool {
    idle: Mutex<Vec<Connection>>,
    opened: AtomicU32,
}

struct Checkout<'pool> {
    pool: &'pool Pool,
    connection: Connection,
}

struct IdleList<'pool> {
    connections: MutexGuard<'pool, Vec<Connection>>,
}

struct RequestContext {
    user: Rc<str>,
    retries: Cell<u8>,
}

fn main() {
    let pool = Pool {
        idle: Mutex::new(Vec::new()),
        opened: AtomicU32::new(0),
    };
    let connection = Connection {
        id: pool.opened.fetch_add(1, Ordering::Relaxed),
        buffer: Vec::with_capacity(4096),
    };
    let checkout = Checkout {
        pool: &pool,
        connection,
    };
    let context = RequestContext {
        user: Rc::from("ada"),
        retries: Cell::new(0),
    };
    context.retries.set(context.retries.get() + 1);
    println!(
        "{} got connection {} ({} bytes free), retry {}",
        context.user,
        checkout.connection.id,
        checkout.connection.buffer.capacity(),
        context.retries.get()
    );

    let idle = IdleList {
        connections: checkout.pool.idle.lock().unwrap(),
    };
    println!("{} idle", idle.connections.len());
}

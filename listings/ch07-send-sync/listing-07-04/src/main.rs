use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};

// `Probe::<T>::send()` picks the inherent method when `T: Send` holds and
// falls back to the trait's default method when it does not.
struct Probe<T>(PhantomData<T>);

trait Fallback {
    fn send(&self) -> &'static str {
        "no"
    }
    fn sync(&self) -> &'static str {
        "no"
    }
}
impl<T> Fallback for Probe<T> {}

impl<T: Send> Probe<T> {
    fn send(&self) -> &'static str {
        "yes"
    }
}
impl<T: Sync> Probe<T> {
    fn sync(&self) -> &'static str {
        "yes"
    }
}

macro_rules! row {
    ($t:ty) => {
        let probe = Probe::<$t>(PhantomData);
        println!(
            "{:<38} {:<5} {}",
            stringify!($t),
            probe.send(),
            probe.sync()
        );
    };
}

fn main() {
    println!("{:<38} {:<5} Sync", "type", "Send");
    row!(String);
    row!(Rc<String>);
    row!(Arc<String>);
    row!(Arc<Cell<u64>>);
    row!(Cell<u64>);
    row!(RefCell<String>);
    row!(AtomicU64);
    row!(Mutex<String>);
    row!(Mutex<Cell<u64>>);
    row!(Mutex<Rc<String>>);
    row!(MutexGuard<'static, String>);
    row!(MutexGuard<'static, Cell<u64>>);
    row!(*const u8);
    row!(&String);
    row!(&Cell<u64>);
    row!(&mut Cell<u64>);
    row!(PhantomData<*const ()>);
    row!(PhantomData<Cell<()>>);
    row!(PhantomData<MutexGuard<'static, ()>>);
}

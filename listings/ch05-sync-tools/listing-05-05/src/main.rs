use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;

struct State {
    jobs: VecDeque<u32>,
    closed: bool,
}

struct Queue {
    state: Mutex<State>,
    changed: Condvar,
}

impl Queue {
    const fn new() -> Self {
        let state = State {
            jobs: VecDeque::new(),
            closed: false,
        };
        Queue {
            state: Mutex::new(state),
            changed: Condvar::new(),
        }
    }

    fn push(&self, job: u32) {
        self.state.lock().unwrap().jobs.push_back(job);
        self.changed.notify_one();
    }

    fn close(&self) {
        self.state.lock().unwrap().closed = true;
        self.changed.notify_all();
    }

    /// Blocks until there is a job, or returns `None` once the queue is
    /// closed and empty.
    fn pop(&self) -> Option<u32> {
        let guard = self.state.lock().unwrap();
        let mut state = self
            .changed
            .wait_while(guard, |state| state.jobs.is_empty() && !state.closed)
            .unwrap();
        state.jobs.pop_front()
    }
}

fn main() {
    let queue = Queue::new();

    let mut squares: Vec<u32> = thread::scope(|s| {
        let workers: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(job) = queue.pop() {
                        done.push(job * job);
                    }
                    done
                })
            })
            .collect();

        for job in 1..=6 {
            queue.push(job);
        }
        queue.close();

        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap())
            .collect()
    });

    squares.sort();
    println!("{squares:?}");
}

use rayon::prelude::*;

fn main() {
    // (minute, event): several events share a minute.
    let mut events = vec![
        (3, "disk 91%"),
        (1, "boot"),
        (3, "disk 95%"),
        (2, "login alice"),
        (1, "mount /data"),
        (3, "disk full"),
    ];
    // Stable: events with the same minute keep their original order.
    events.par_sort_by_key(|&(minute, _)| minute);
    for (minute, event) in &events {
        println!("{minute} {event}");
    }

    // Unstable, in place, no extra buffer: fine when equal keys are indistinguishable.
    let mut latencies_ms: Vec<u64> = (0..1_000_000).map(|i| i * 7_919 % 1_000).collect();
    latencies_ms.par_sort_unstable();
    let p99 = latencies_ms[latencies_ms.len() * 99 / 100];
    println!("p99 latency: {p99} ms");
}

use rayon::prelude::*;

struct BadLine {
    line: usize,
    text: String,
}

fn parse_port(line: usize, text: &str) -> Result<u16, BadLine> {
    text.trim().parse().map_err(|_| BadLine {
        line,
        text: text.to_string(),
    })
}

fn main() {
    let config = ["8080", "443", "http", "22", "", "65536", "3000"];
    let numbered = || {
        config
            .par_iter()
            .enumerate()
            .map(|(i, t)| parse_port(i + 1, t))
    };

    // rayon keeps *an* error, whichever a worker records first: not reproducible.
    let any: Result<Vec<u16>, BadLine> = numbered().collect();
    println!("collect into Result failed: {}", any.is_err());
    let stopped = numbered().try_for_each(|port| port.map(drop));
    println!("try_for_each failed: {}", stopped.is_err());

    // The first failure by position, whatever the timing.
    let first = config
        .par_iter()
        .enumerate()
        .find_map_first(|(i, t)| parse_port(i + 1, t).err());
    if let Some(bad) = first {
        println!("first bad line: {} ({:?})", bad.line, bad.text);
    }

    // Or keep every result, in order, and decide afterwards.
    let all: Vec<Result<u16, BadLine>> = numbered().collect();
    let failures: Vec<usize> = all
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.line)
        .collect();
    println!("bad lines: {failures:?}");
}

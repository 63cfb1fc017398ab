use std::num::NonZeroUsize;
use std::thread;

const INPUT: &str = "\
ada,36
grace,85
linus,
barbara,eighty
ken,81
,40
dennis,70
margaret,88";

/// Checks one `name,age` record and describes what is wrong with it.
fn check(line_number: usize, record: &str) -> Option<String> {
    let Some((name, age)) = record.split_once(',') else {
        return Some(format!("line {line_number}: expected `name,age`"));
    };
    if name.is_empty() {
        return Some(format!("line {line_number}: the name is missing"));
    }
    if age.is_empty() {
        return Some(format!("line {line_number}: the age is missing"));
    }
    match age.parse::<u8>() {
        Ok(_) => None,
        Err(_) => Some(format!("line {line_number}: age `{age}` is not a number")),
    }
}

fn main() {
    let records: Vec<(usize, &str)> = INPUT.lines().zip(1..).map(|(r, n)| (n, r)).collect();
    let workers = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let chunk_len = records.len().div_ceil(workers);

    let problems: Vec<String> = thread::scope(|scope| {
        // Spawn every checker first, then join them in order.
        let checkers: Vec<_> = records
            .chunks(chunk_len)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|&(line_number, record)| check(line_number, record))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        checkers
            .into_iter()
            .flat_map(|checker| checker.join().expect("a checker panicked"))
            .collect()
    });

    println!("{} records, {} problems", records.len(), problems.len());
    for problem in &problems {
        println!("{problem}");
    }
}

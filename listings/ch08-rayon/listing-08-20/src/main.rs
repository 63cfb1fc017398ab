use rayon::prelude::*;

fn is_suspicious(path: &str) -> bool {
    path.contains("..") || path.starts_with("/etc")
}

fn main() {
    let paths = ["/index.html", "/../secret", "/etc/passwd", "/about"];
    let mut flagged = Vec::new();

    paths.par_iter().for_each(|path| {
        if is_suspicious(path) {
            flagged.push(*path);
        }
    });
    println!("flagged: {flagged:?}");
}

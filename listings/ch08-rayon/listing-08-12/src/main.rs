use rayon::prelude::*;

const WIDTH: usize = 72;
const HEIGHT: usize = 24;
const MAX_STEPS: u32 = 200;

/// How many steps of z = z² + c it takes |z| to exceed 2, up to `MAX_STEPS`.
fn escape_steps(cx: f64, cy: f64) -> u32 {
    let (mut x, mut y) = (0.0_f64, 0.0_f64);
    for step in 0..MAX_STEPS {
        if x * x + y * y > 4.0 {
            return step;
        }
        (x, y) = (x * x - y * y + cx, 2.0 * x * y + cy);
    }
    MAX_STEPS
}

fn render_row(row: usize) -> String {
    let cy = 1.2 - 2.4 * row as f64 / (HEIGHT - 1) as f64;
    (0..WIDTH)
        .map(|column| {
            let cx = -2.2 + 3.0 * column as f64 / (WIDTH - 1) as f64;
            match escape_steps(cx, cy) {
                MAX_STEPS => '#',
                steps if steps > 12 => '+',
                steps if steps > 5 => '.',
                _ => ' ',
            }
        })
        .collect()
}

fn main() {
    let rows: Vec<String> = (0..HEIGHT).into_par_iter().map(render_row).collect();
    for row in rows {
        println!("{}", row.trim_end());
    }
}

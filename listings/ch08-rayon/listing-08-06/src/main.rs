use rayon::prelude::*;

const WIDTH: usize = 6;

#[derive(Debug)]
struct Sensor {
    name: &'static str,
    celsius: f64,
    fahrenheit: f64,
}

fn main() {
    // A 6×4 greyscale image, one byte per pixel, row after row.
    let mut pixels: Vec<u8> = (0..24).map(|i| i * 10).collect();

    // Each row is a disjoint `&mut [u8]`, so workers can change rows at once.
    pixels
        .par_chunks_mut(WIDTH)
        .enumerate()
        .for_each(|(row, line)| {
            for pixel in line {
                *pixel = pixel.saturating_add(40 * row as u8);
            }
        });
    for line in pixels.chunks(WIDTH) {
        println!("{line:?}");
    }

    let mut sensors = vec![
        Sensor {
            name: "roof",
            celsius: -4.0,
            fahrenheit: 0.0,
        },
        Sensor {
            name: "cellar",
            celsius: 11.5,
            fahrenheit: 0.0,
        },
    ];
    sensors.par_iter_mut().for_each(|sensor| {
        sensor.fahrenheit = sensor.celsius * 9.0 / 5.0 + 32.0;
    });
    for sensor in &sensors {
        println!("{}: {} °F", sensor.name, sensor.fahrenheit);
    }
}

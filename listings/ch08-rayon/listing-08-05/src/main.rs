use std::rc::Rc;

fn render(region: &str, page: &str) -> String {
    format!("https://{region}.example.com/{page}")
}

fn main() {
    let region = Rc::new(String::from("eu-west"));

    let (home, about) = rayon::join(|| render(&region, "home"), || render(&region, "about"));
    println!("{home}\n{about}");
}

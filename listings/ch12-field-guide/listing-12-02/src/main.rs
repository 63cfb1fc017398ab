use std::rc::Rc;

#[tokio::main]
async fn main() {
    let template = Rc::new(String::from("Hello, {name}!"));
    let task = tokio::spawn(async move { template.replace("{name}", "Ada") });
    println!("{}", task.await.unwrap());
}

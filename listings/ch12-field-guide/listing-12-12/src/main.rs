async fn render(user: &str, page: &str) -> String {
    format!("<h1>{page}</h1><p>signed in as {user}</p>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let requests = [("ada", "home"), ("grace", "settings"), ("alan", "home")];
    let mut handles = Vec::new();
    for (user, page) in requests {
        let user = user.to_uppercase();
        handles.push(tokio::spawn(async move { render(&user, page).await }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}

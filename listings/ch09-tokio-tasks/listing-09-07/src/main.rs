use std::num::ParseIntError;
use tokio::task::JoinHandle;

async fn parse_port(text: String) -> Result<u16, ParseIntError> {
    if text.is_empty() {
        panic!("no port given");
    }
    text.parse()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let inputs = ["8080", "80a", ""];
    let handles: Vec<JoinHandle<Result<u16, ParseIntError>>> = inputs
        .iter()
        .map(|&text| tokio::spawn(parse_port(text.to_owned())))
        .collect();

    for (text, handle) in inputs.iter().zip(handles) {
        match handle.await {
            Ok(Ok(port)) => println!("{text:?}: port {port}"),
            Ok(Err(error)) => println!("{text:?}: bad input: {error}"),
            Err(join_error) => println!("{text:?}: task failed: {join_error}"),
        }
    }
}

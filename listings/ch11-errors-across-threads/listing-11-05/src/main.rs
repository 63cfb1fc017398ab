use std::error::Error;
use std::fmt;
use std::rc::Rc;

/// The table name is shared with a single-threaded schema cache.
#[derive(Debug)]
struct SchemaError {
    table: Rc<str>,
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "table `{}` has no primary key", self.table)
    }
}

impl Error for SchemaError {}

fn check_schema(table: Rc<str>) -> Result<(), SchemaError> {
    Err(SchemaError { table })
}

fn migrate(table: Rc<str>) -> Result<(), Box<dyn Error + Send + Sync>> {
    check_schema(table)?;
    Ok(())
}

fn main() {
    if let Err(error) = migrate(Rc::from("orders")) {
        println!("migration failed: {error}");
    }
}

mod db;
mod rest;
mod tree;
fn main() {
    println!("{} {:?} {}", db::all().count(), tree::ROOT, rest::OPERATIONS.len());
}

//! The integration tests, one module per area, built as one crate: one link and one binary
//! instead of one per file, which is most of what a cold `cargo test` spends.

mod common;

mod browse;
mod check;
mod check_bounds;
mod colour;
mod compare;
mod completion;
mod dependencies;
mod edges;
mod frameworks;
mod golden;
mod help;
mod hostile;
mod json;
mod lookup;
mod properties;
mod protocols;
mod questions;
mod readme;
mod screen;
mod search;
mod send;
mod which;
mod width;

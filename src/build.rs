//! Build script: links the binary as a position-dependent executable on Linux.
//!
//! The database is thousands of `&'static str` pointers. In a position-independent executable
//! each one is a relocation the loader patches at every start, dirtying ~28 pages before
//! `main` runs; that alone made a lookup cost a quarter more CPU than a hello-world binary.
//! Linked without PIE, the pointers are fixed at link time and data pages are read only when
//! used. The trade is that the executable itself (not its libraries) loads at a fixed address,
//! acceptable for an offline tool that reads nothing from the network.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=src/build.rs");
}

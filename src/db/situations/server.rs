//! Situations: server.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[];

//! Situations: state.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[];

//! Curated notes on codes developers confuse.

use super::types::Comparison;

pub static COMPARISONS: &[Comparison] = &[];

//! Records for c4xx_b.

use super::types::*;

pub static CODES: &[Status] = &[];

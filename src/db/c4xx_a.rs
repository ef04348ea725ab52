//! Records for c4xx_a.

use super::types::*;

pub static CODES: &[Status] = &[];

//! Records for c3xx.

use super::types::*;

pub static CODES: &[Status] = &[];

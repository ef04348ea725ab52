//! Records for c5xx.

use super::types::*;

pub static CODES: &[Status] = &[];

//! Records for c1xx.

use super::types::*;

pub static CODES: &[Status] = &[];

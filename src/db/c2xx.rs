//! Records for c2xx.

use super::types::*;

pub static CODES: &[Status] = &[];

//! Records for unofficial.

use super::types::*;

pub static CODES: &[Status] = &[];

//! Situations: authentication, sessions, accounts, permissions, limits, payments, legal blocks.

use crate::db::{Alternative, Situation};

pub static SITUATIONS: &[Situation] = &[Situation {
    id: "account-banned",
    title: "the account is banned or suspended",
    phrasings: &[
        "user is banned",
        "banned user tries to log in",
        "account suspended",
        "suspended account makes a request",
        "blocked user account",
    ],
    code: 403,
    vendor: None,
    why: "The server knows who the client is and refuses anyway; signing in again will not \
              help, which is what 403 says (RFC 9110 §15.5.4). Explain the suspension in the body.",
    alternatives: &[
        Alternative {
            code: 401,
            when: "if the ban should also end the session, so the client drops its credentials",
        },
        Alternative {
            code: 404,
            when: "if the ban must not be revealed to the client",
        },
    ],
}];

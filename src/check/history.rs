//! What later checks need from earlier responses, kept small: a hash of every redirect
//! target seen (for loops), which validator and cache fields the 200s for each request
//! carried (for 304s), and the final codes in order (for the redirect chain). Its size grows
//! by a few bytes a response, whatever the responses hold.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use super::message::{Exchange, Request};

/// The fields a 200 carries that a 304 for the same request must repeat (RFC 9110 §15.4.5).
pub const REPEATED_ON_304: [&str; 5] = [
    "Content-Location",
    "ETag",
    "Vary",
    "Cache-Control",
    "Expires",
];

/// A redirect chain: the hops from the first response to the last.
#[derive(Debug, PartialEq, Eq)]
pub struct Chain {
    pub codes: Vec<u16>,
    /// Every hop is permanent (301, 308).
    pub permanent: bool,
    /// Every hop keeps the method and body (307, 308).
    pub method_kept: bool,
    /// A Location repeats.
    pub looped: bool,
}

/// The earlier responses, as much as later checks need of them.
#[derive(Debug, Default)]
pub struct History {
    /// Hashes of the Location of every redirect so far.
    locations: HashSet<u64>,
    /// For each request (method and target, hashed), the `REPEATED_ON_304` fields its 200s
    /// carried, as bits.
    fields_of_200: HashMap<u64, u8>,
    /// For each target of a GET (hashed), the Content-Length its last 200 declared.
    lengths_of_200: HashMap<u64, u64>,
    /// The final (non-1xx) codes in order.
    finals: Vec<u16>,
    /// Whether every final response but the last redirects with a Location.
    hops_redirect: bool,
    /// Whether a redirect target repeated among the final responses.
    looped: bool,
    /// Whether the last final response redirected with a Location.
    last_redirected: bool,
}

fn hash_of(value: impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn is_redirect(exchange: &Exchange) -> bool {
    matches!(exchange.response.code, 301 | 302 | 303 | 307 | 308)
        && exchange.response.fields.has("location")
}

impl History {
    /// Whether an earlier response redirected to `location`.
    pub fn redirected_to(&self, location: &str) -> bool {
        self.locations.contains(&hash_of(location))
    }

    /// The `REPEATED_ON_304` fields earlier 200s for the same request carried.
    pub fn fields_of_200(&self, request: &Request) -> Vec<&'static str> {
        let bits = self
            .fields_of_200
            .get(&hash_of((&request.method, &request.target)))
            .copied()
            .unwrap_or(0);
        REPEATED_ON_304
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, name)| *name)
            .collect()
    }

    /// The Content-Length a 200 to a GET of `target` declared earlier in the input.
    pub fn length_of_200(&self, target: &str) -> Option<u64> {
        self.lengths_of_200.get(&hash_of(target)).copied()
    }

    /// Notes what later checks need of `exchange`, once it has been checked.
    pub fn record(&mut self, exchange: &Exchange) {
        let response = &exchange.response;
        if response.code < 200 {
            return;
        }
        if self.finals.is_empty() {
            self.hops_redirect = true;
        } else {
            // The previous final response was a hop only if it redirected.
            self.hops_redirect &= self.last_redirected;
        }
        self.finals.push(response.code);
        self.last_redirected = is_redirect(exchange);
        if let Some(location) = response.fields.get("location")
            && matches!(response.code, 301 | 302 | 303 | 307 | 308)
            && !self.locations.insert(hash_of(location))
        {
            self.looped = true;
        }
        if response.code == 200
            && let Some(request) = exchange.request.as_deref()
        {
            let bits = REPEATED_ON_304
                .iter()
                .enumerate()
                .filter(|(_, name)| response.fields.has(name))
                .fold(0u8, |bits, (i, _)| bits | (1 << i));
            *self
                .fields_of_200
                .entry(hash_of((&request.method, &request.target)))
                .or_default() |= bits;
            if request.method == "GET"
                && let Some(length) = response
                    .fields
                    .get("content-length")
                    .and_then(|v| v.trim().parse::<u64>().ok())
            {
                self.lengths_of_200.insert(hash_of(&request.target), length);
            }
        }
    }

    /// The redirect chain the input holds, when its final responses follow one another
    /// through redirects (`curl -sIL`).
    pub fn chain(&self) -> Option<Chain> {
        if self.finals.len() < 2 || !self.hops_redirect {
            return None;
        }
        let hops = &self.finals[..self.finals.len() - 1];
        Some(Chain {
            codes: self.finals.clone(),
            permanent: hops.iter().all(|c| matches!(c, 301 | 308)),
            method_kept: hops.iter().all(|c| matches!(c, 307 | 308)),
            looped: self.looped || self.last_redirected,
        })
    }
}

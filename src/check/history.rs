//! What later checks need from earlier responses, kept small: the redirect chain being
//! followed (a hash of each of its targets, for loops, and where its last hop points),
//! which validator and cache fields the 200s for each request carried and the length they
//! declared (for 304s and HEAD), and the final codes in order (for the chain summary). Its
//! size grows by a few bytes a response, whatever the responses hold.

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
    /// Every request of the chain was GET or HEAD (or none was shown): no method to change.
    pub safe_methods: bool,
    /// A Location repeats.
    pub looped: bool,
    /// The target of the chain's first request, where the input shows it.
    pub from: Option<String>,
}

/// The most chains summarised for one input; later ones are not kept.
const CHAINS_KEPT: usize = 1000;

/// The earlier responses, as much as later checks need of them.
#[derive(Debug, Default)]
pub struct History {
    /// For each request (method and target, hashed), the `REPEATED_ON_304` fields its 200s
    /// carried, as bits.
    fields_of_200: HashMap<u64, u8>,
    /// For each target of a GET (hashed), the Content-Length its last 200 declared.
    lengths_of_200: HashMap<u64, u64>,
    /// The final codes of the chain being followed.
    current: Vec<u16>,
    /// The target of its first request.
    current_from: Option<String>,
    /// The chains of two responses or more that have ended.
    chains: Vec<Chain>,
    /// Hashes of the targets of the chain being followed.
    chain_locations: HashSet<u64>,
    /// Where the chain's last redirect points, resolved against its request, if the last
    /// final response was a redirect.
    next_target: Option<String>,
    /// Whether every request of the chain being followed was GET or HEAD (or not shown), so
    /// that a change of method cannot happen.
    safe_methods: bool,
    /// Whether a redirect target repeated within the chain.
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
    /// Whether `exchange` follows the redirect before it: its request is for where that
    /// redirect points, or the input shows no requests (`curl -sIL` prints only the
    /// responses of one chain).
    pub fn continues(&self, exchange: &Exchange) -> bool {
        let Some(next) = &self.next_target else {
            return false;
        };
        match exchange.request.as_deref() {
            Some(request) => same_target(&request.target, next),
            None => true,
        }
    }

    /// Whether `exchange` continues the chain to a place the chain already went.
    pub fn loops_to(&self, exchange: &Exchange, location: &str) -> bool {
        let target = match exchange.request.as_deref() {
            Some(request) => resolve(location, &request.target),
            None => location.to_string(),
        };
        let own = exchange
            .request
            .as_deref()
            .is_some_and(|r| same_target(&r.target, &target));
        own || (self.continues(exchange) && self.chain_locations.contains(&hash_of(&target)))
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
        let continues = self.continues(exchange);
        let request = exchange.request.as_deref();
        if !continues {
            // A new chain starts here.
            self.end_chain();
            self.safe_methods = true;
            self.looped = false;
            self.current_from = request.map(|r| r.target.clone());
        }
        if request.is_some_and(|r| r.method != "GET" && r.method != "HEAD") {
            self.safe_methods = false;
        }
        self.current.push(response.code);
        self.last_redirected = is_redirect(exchange);
        self.next_target = None;
        if let Some(location) = response.fields.get("location")
            && is_redirect(exchange)
        {
            let target = match request {
                Some(r) => resolve(location, &r.target),
                None => location.to_string(),
            };
            if let Some(r) = request {
                self.chain_locations.insert(hash_of(&r.target));
            }
            if !self.chain_locations.insert(hash_of(&target)) {
                self.looped = true;
            }
            self.next_target = Some(target);
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
    /// Files the chain being followed, if it has two responses or more.
    fn end_chain(&mut self) {
        let codes = std::mem::take(&mut self.current);
        self.chain_locations.clear();
        if codes.len() < 2 || self.chains.len() >= CHAINS_KEPT {
            return;
        }
        let hops = &codes[..codes.len() - 1];
        self.chains.push(Chain {
            permanent: hops.iter().all(|c| matches!(c, 301 | 308)),
            method_kept: hops.iter().all(|c| matches!(c, 307 | 308)),
            safe_methods: self.safe_methods,
            looped: self.looped || self.last_redirected,
            from: self.current_from.take(),
            codes,
        });
    }

    /// Every redirect chain the input holds (`curl -sIL`, a browser's navigations), once
    /// the input has ended.
    pub fn chains(&mut self) -> Vec<Chain> {
        self.end_chain();
        std::mem::take(&mut self.chains)
    }
}

/// `location` resolved against the target of the request it answered: an absolute URL as
/// it is, a path on the same origin, a relative path beside the target's.
pub fn resolve(location: &str, target: &str) -> String {
    if location.contains("://") {
        return location.to_string();
    }
    let (origin, path) = split_origin(target);
    if let Some(rest) = location.strip_prefix("//") {
        let scheme = origin.split("://").next().unwrap_or("https");
        return format!("{scheme}://{rest}");
    }
    if location.starts_with('/') {
        return format!("{origin}{location}");
    }
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{dir}{location}")
}

/// `https://a.example/x/y` is `https://a.example` and `/x/y`; an origin-form target has
/// no origin.
fn split_origin(target: &str) -> (&str, &str) {
    match target.find("://") {
        Some(at) => {
            let after = at + 3;
            let path_at = target[after..]
                .find('/')
                .map_or(target.len(), |i| after + i);
            (&target[..path_at], &target[path_at..])
        }
        None => ("", target),
    }
}

/// Whether a request target is where a redirect pointed: the same URL, or the same path
/// when one side names no origin.
fn same_target(target: &str, pointed: &str) -> bool {
    if target == pointed {
        return true;
    }
    let (origin_a, path_a) = split_origin(target);
    let (origin_b, path_b) = split_origin(pointed);
    path_a == path_b && (origin_a.is_empty() || origin_b.is_empty() || origin_a == origin_b)
}

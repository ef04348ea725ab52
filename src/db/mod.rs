//! The embedded status-code database: registered codes, vendor codes, classes and lookups.

mod c1xx;
mod c2xx;
mod c3xx;
mod c400_417;
mod c418_451;
mod c5xx;
mod comparisons;
mod constant_table;
pub mod constants;
pub mod situations;
mod types;
mod unofficial;
pub mod vocab;

#[cfg(test)]
mod checks;

pub use comparisons::COMPARISONS;
pub use types::*;

/// Registered codes, in code order, one table per class.
static REGISTERED: [&[Status]; 6] = [
    c1xx::CODES,
    c2xx::CODES,
    c3xx::CODES,
    c400_417::CODES,
    c418_451::CODES,
    c5xx::CODES,
];

/// Every code in the IANA registry (including reserved and obsoleted ones), in code order.
pub fn registered() -> impl Iterator<Item = &'static Status> {
    REGISTERED.iter().flat_map(|table| table.iter())
}

/// Vendor codes outside the registry, or vendor reuses of registered numbers, in code order.
pub fn unofficial() -> impl Iterator<Item = &'static Status> {
    unofficial::CODES.iter()
}

/// Every record, registered first within each number, in code order.
pub fn all() -> impl Iterator<Item = &'static Status> {
    let mut registered = registered().peekable();
    let mut vendor = unofficial().peekable();
    std::iter::from_fn(move || match (registered.peek(), vendor.peek()) {
        (Some(r), Some(v)) if v.code < r.code => vendor.next(),
        (Some(_), _) => registered.next(),
        (None, _) => vendor.next(),
    })
}

/// The registered meaning of a number, if IANA lists one.
pub fn registered_code(code: u16) -> Option<&'static Status> {
    registered().find(|s| s.code == code)
}

/// Every meaning of a number: the registered one first, then vendors' uses.
pub fn meanings(code: u16) -> Vec<&'static Status> {
    registered()
        .filter(|s| s.code == code)
        .chain(unofficial().filter(|s| s.code == code))
        .collect()
}

/// A code class (1xx to 5xx).
#[derive(Debug)]
pub struct Class {
    pub digit: u8,
    pub name: &'static str,
    pub meaning: &'static str,
}

pub static CLASSES: [Class; 5] = [
    Class {
        digit: 1,
        name: "Informational",
        meaning: "An interim answer: the request was received and the exchange goes on. A final \
                  response always follows. Clients that do not expect a 1xx response may ignore it.",
    },
    Class {
        digit: 2,
        name: "Successful",
        meaning: "The request was received, understood and accepted. Which 2xx code tells the \
                  client what kind of success it was: data returned, something created, work \
                  queued, or nothing to send back.",
    },
    Class {
        digit: 3,
        name: "Redirection",
        meaning: "The client has to take another step to complete the request, usually by \
                  following the Location header. The code says whether the move is permanent and \
                  whether the method and body may change on the way.",
    },
    Class {
        digit: 4,
        name: "Client Error",
        meaning: "The request was wrong or cannot be granted as sent, and repeating it unchanged \
                  will not help. The server should explain the problem in the body, except for \
                  HEAD requests.",
    },
    Class {
        digit: 5,
        name: "Server Error",
        meaning: "The request may well have been valid, but the server, or one behind it, failed \
                  to carry it out. Some of these are worth retrying later; the body should say \
                  whether the failure is temporary.",
    },
];

/// The class whose first digit is `digit`.
pub fn class(digit: u8) -> Option<&'static Class> {
    CLASSES.iter().find(|c| c.digit == digit)
}

/// The first record whose current or former name, or a vendor's name, matches `text`
/// ignoring case, spaces, hyphens and apostrophes ("not found", "Payload Too Large").
pub fn by_name(text: &str) -> Option<&'static Status> {
    let wanted = name_key(text);
    if wanted.is_empty() {
        return None;
    }
    // Compared character by character, without building each name's key.
    let is_wanted = |name: &str| key_chars(name).eq(wanted.chars());
    all().find(|s| is_wanted(s.name) || s.former_names.iter().any(|a| is_wanted(a.name)))
}

fn key_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

fn name_key(name: &str) -> String {
    key_chars(name).collect()
}

/// The curated comparison covering exactly these codes (in any order), or the smallest one
/// covering all of them.
pub fn comparison_for(codes: &[u16]) -> Option<&'static Comparison> {
    COMPARISONS
        .iter()
        .filter(|c| codes.iter().all(|code| c.codes.contains(code)))
        .min_by_key(|c| c.codes.len())
}

/// The meaning shown first for a number: the registered one, else the first vendor's.
pub fn lead(code: u16) -> Option<&'static Status> {
    registered_code(code).or_else(|| unofficial().find(|s| s.code == code))
}

/// The library constants that belong to this record: a number's constants go with its lead
/// meaning only, so that a vendor's reuse does not repeat them.
pub fn constants_of(status: &Status) -> impl Iterator<Item = &'static constants::Constant> {
    let is_lead = lead(status.code).is_some_and(|l| std::ptr::eq(l, status));
    constants::for_code(status.code).filter(move |_| is_lead)
}

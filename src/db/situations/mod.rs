//! The situation catalogue: what developers meet, in their words, and the code each calls for.

mod access;
#[cfg(test)]
mod checks;
mod input;
mod server;
mod state;

use super::Situation;

static GROUPS: [&[Situation]; 4] = [
    input::SITUATIONS,
    access::SITUATIONS,
    state::SITUATIONS,
    server::SITUATIONS,
];

/// Every situation, group by group.
pub fn all() -> impl Iterator<Item = &'static Situation> {
    GROUPS.iter().flat_map(|group| group.iter())
}

/// The situation with this id.
pub fn by_id(id: &str) -> Option<&'static Situation> {
    all().find(|s| s.id == id)
}

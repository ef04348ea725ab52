//! The situation catalogue: what developers meet, in their words, and the code each calls for.

mod access;
#[cfg(test)]
mod checks;
mod input;
mod protocols;
mod server;
mod state;

use super::Situation;

/// The protocols' situations come last: search measures how rare a word is on the records
/// and the general situations before them (see `general_count`).
static GROUPS: [&[Situation]; 5] = [
    input::SITUATIONS,
    access::SITUATIONS,
    state::SITUATIONS,
    server::SITUATIONS,
    protocols::SITUATIONS,
];

/// Every situation, group by group.
pub fn all() -> impl Iterator<Item = &'static Situation> {
    GROUPS.iter().flat_map(|group| group.iter())
}

/// How many situations come before the protocols' own.
#[cfg(test)]
pub fn general_count() -> usize {
    all().count() - protocols::SITUATIONS.len()
}

/// The situation with this id.
pub fn by_id(id: &str) -> Option<&'static Situation> {
    all().find(|s| s.id == id)
}

/// The protocol a situation is written for, named by its id's first word
/// (`grpc-deadline-exceeded`, `k8s-list-continue-expired`, `webdav-resource-locked`).
pub fn protocol_of(situation: &Situation) -> Option<&'static super::vocab::Vocabulary> {
    let (head, _) = situation.id.split_once('-')?;
    super::vocab::vocabulary(head)
}

//! GraphQL over HTTP: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "graphql",
    aliases: &[],
    name: "GraphQL over HTTP",
    about: "",
    entries: ENTRIES,
};

static ENTRIES: &[Entry] = &[];

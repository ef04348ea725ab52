//! gRPC: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "grpc",
    aliases: &[],
    name: "gRPC",
    about: "",
    entries: ENTRIES,
};

static ENTRIES: &[Entry] = &[];

//! JSON:API: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "jsonapi",
    aliases: &[],
    name: "JSON:API",
    about: "",
    entries: ENTRIES,
};

static ENTRIES: &[Entry] = &[];

//! SCIM 2.0: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "scim",
    aliases: &[],
    name: "SCIM 2.0",
    about: "",
    entries: ENTRIES,
};

static ENTRIES: &[Entry] = &[];

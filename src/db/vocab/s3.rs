//! Amazon S3: its error names and the HTTP statuses its specification gives them.

use super::{Direction, Entry, Source, Vocabulary};

pub static VOCABULARY: Vocabulary = Vocabulary {
    key: "s3",
    aliases: &[],
    name: "Amazon S3",
    about: "",
    entries: ENTRIES,
};

static ENTRIES: &[Entry] = &[];

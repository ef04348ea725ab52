//! What `browse` lists: every code's meaning, former name and library constant, every
//! protocol vocabulary entry and every situation of the catalogue, each with what it leads to.
//! Built only when `browse` runs, from the same database every command reads.

use crate::db::vocab::{self, Entry, Vocabulary};
use crate::db::{self, Situation, Standing, Status, constants, situations};

/// What an item shows when picked or previewed.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// A code's card (one of its meanings).
    Status(&'static Status),
    /// A protocol's entry, then the card of its status.
    Entry(&'static Vocabulary, &'static Entry),
    /// A situation's answer: the code, why, and the alternatives.
    Situation(&'static Status, &'static Situation),
}

/// One row of the list.
#[derive(Debug, Clone)]
pub struct Item {
    /// What is matched and shown first: "404 Not Found", "StatusNotFound", "the account is
    /// banned or suspended".
    pub text: String,
    /// Where in `text` matching starts, in characters: after "404 " for a code, so that its
    /// name is matched as a name is (its first letter starts a word).
    pub key_start: usize,
    /// Other words for the same thing, matched when the text does not match: a code's
    /// keywords ("sni mismatch"), a situation's phrasings ("captive portal").
    pub also: &'static [&'static str],
    /// What kind of item it is and where it leads, shown after: "Go → 404".
    pub detail: String,
    /// The code it leads to, for digits typed (`42` lists 42x) and the order of ties.
    pub code: u16,
    /// Codes first, then former names, constants, protocol entries and situations.
    pub rank: u8,
    pub target: Target,
}

impl Item {
    /// The part of the text that letters typed are matched against.
    pub fn key(&self) -> &str {
        let at = self
            .text
            .char_indices()
            .nth(self.key_start)
            .map_or(self.text.len(), |(at, _)| at);
        &self.text[at..]
    }
}

/// Every item, codes in order first.
pub fn all() -> Vec<Item> {
    let mut items = Vec::with_capacity(2_048);
    let mut statuses: Vec<&'static Status> = db::all().collect();
    statuses.sort_by_key(|s| (s.code, !s.is_official()));
    for status in &statuses {
        let detail = match status.standing {
            Standing::Unofficial { vendor, .. } => format!("code · unofficial: {vendor}"),
            _ => "code".to_string(),
        };
        items.push(Item {
            text: format!("{} {}", status.code, status.name),
            key_start: 4,
            also: status.keywords,
            detail,
            code: status.code,
            rank: 0,
            target: Target::Status(status),
        });
    }
    for status in &statuses {
        for alias in status.former_names {
            items.push(Item {
                text: alias.name.to_string(),
                key_start: 0,
                also: &[],
                detail: format!("former name ({}) → {}", alias.source, status.code),
                code: status.code,
                rank: 1,
                target: Target::Status(status),
            });
        }
    }
    for constant in constants::all() {
        let Some(status) = db::lead(constant.code) else {
            continue;
        };
        items.push(Item {
            text: constant.name.to_string(),
            key_start: 0,
            also: &[],
            detail: format!("{} → {}", constant.ecosystem.label(), constant.code),
            code: constant.code,
            rank: 2,
            target: Target::Status(status),
        });
    }
    for (vocabulary, entry) in vocab::entries() {
        items.push(Item {
            text: vocab::numbered(entry),
            key_start: 0,
            also: &[],
            detail: format!("{} → {}", vocabulary.name, entry.status),
            code: entry.status,
            rank: 3,
            target: Target::Entry(vocabulary, entry),
        });
    }
    for situation in situations::all() {
        let Some(status) = status_of(situation) else {
            continue;
        };
        items.push(Item {
            text: situation.title.to_string(),
            key_start: 0,
            also: situation.phrasings,
            detail: format!("situation → {}", situation.code),
            code: situation.code,
            rank: 4,
            target: Target::Situation(status, situation),
        });
    }
    items
}

/// The meaning a situation calls for: its vendor's, when it names one.
fn status_of(situation: &Situation) -> Option<&'static Status> {
    let meanings = db::meanings(situation.code);
    let vendor_of = |status: &&Status| match status.standing {
        Standing::Unofficial { vendor, .. } => Some(vendor),
        _ => None,
    };
    match situation.vendor {
        Some(vendor) => meanings
            .iter()
            .find(|s| vendor_of(s) == Some(vendor))
            .copied(),
        None => meanings.first().copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_listed_and_leads_somewhere() {
        let items = all();
        for (rank, least) in [(0, 100), (1, 10), (2, 400), (3, 300), (4, 400)] {
            assert!(
                items.iter().filter(|i| i.rank == rank).count() >= least,
                "rank {rank}"
            );
        }
        assert!(items.iter().any(|i| i.text == "404 Not Found"));
        assert!(
            items
                .iter()
                .any(|i| i.text == "StatusNotFound" && i.code == 404)
        );
        assert!(
            items
                .iter()
                .any(|i| i.text == "Request-URI Too Long" && i.code == 414)
        );
        assert!(
            items
                .iter()
                .any(|i| i.text.starts_with("NOT_FOUND") && i.code == 404)
        );
        assert_eq!(
            items.iter().filter(|i| i.rank == 4).count(),
            situations::all().count(),
            "every situation has its code's meaning"
        );
    }
}

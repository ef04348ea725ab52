//! The shape of one status-code record and its parts, all `'static` so the data is compiled in.

/// One meaning of a status code: the registered one, or a vendor's unofficial use of the number.
#[derive(Debug)]
pub struct Status {
    pub code: u16,
    /// Current name, as the IANA registry and RFC 9110 give it (vendor's name for unofficial codes).
    pub name: &'static str,
    pub standing: Standing,
    /// Names the code carried before, with where they came from.
    pub former_names: &'static [Alias],
    /// Where the code is defined; `None` for unofficial codes.
    pub spec: Option<Spec>,
    /// One line, under 80 characters: what the code says.
    pub summary: &'static str,
    /// A short paragraph in plain words: what the code means and why it exists.
    pub meaning: &'static str,
    /// Situations where a server should send this code.
    pub use_when: &'static [&'static str],
    /// Common mistakes: when not to send it, and what to send instead.
    pub avoid: &'static [&'static str],
    /// What a client (or an operator reading logs) should do on receiving it.
    pub on_receipt: &'static str,
    pub examples: &'static [Example],
    pub headers: &'static [Header],
    pub cache: Cache,
    /// Whether and when a client may repeat the request.
    pub retry: &'static str,
    /// For redirects: permanent or not, and what happens to the method and body.
    pub redirect: Option<Redirect>,
    pub body: Body,
    pub related: &'static [Related],
    /// Words and situation phrases a developer would type when they do not know the number.
    pub keywords: &'static [&'static str],
}

impl Status {
    pub fn class(&self) -> u8 {
        (self.code / 100) as u8
    }

    pub fn is_official(&self) -> bool {
        !matches!(self.standing, Standing::Unofficial { .. })
    }
}

/// How the code stands in the IANA registry, or outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Registered and in use.
    Standard,
    /// A temporary IANA registration with an expiry date (YYYY-MM-DD).
    Temporary { expires: &'static str },
    /// Registered as "(Unused)": the number is held back and must not be given a meaning.
    Reserved,
    /// Still registered, but the defining RFC says not to use it.
    Deprecated,
    /// IANA marks it OBSOLETED.
    Obsoleted,
    /// Not registered: a vendor's own use of the number.
    Unofficial {
        vendor: &'static str,
        verified: bool,
    },
}

impl Standing {
    /// For a temporary registration, whether its listed expiry date lies before `today`
    /// ("YYYY-MM-DD", as from [`today`]); `None` for every other standing. On the expiry date
    /// itself the registration still counts as current.
    pub fn expired_on(&self, today: &str) -> Option<bool> {
        match self {
            // ISO dates of the same width order as strings.
            Standing::Temporary { expires } => Some(*expires < today),
            _ => None,
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Temporary { .. } => "temporary",
            Standing::Reserved => "reserved",
            Standing::Deprecated => "deprecated",
            Standing::Obsoleted => "obsoleted",
            Standing::Unofficial { .. } => "unofficial",
        }
    }
}

/// Today's date in UTC as "YYYY-MM-DD", read from the system clock.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_of_day(seconds / 86_400)
}

/// The proleptic Gregorian date of a day counted from 1970-01-01, as "YYYY-MM-DD"
/// (the civil-from-days conversion, for days on or after the epoch).
fn date_of_day(days: u64) -> String {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A former name of a code.
#[derive(Debug)]
pub struct Alias {
    pub name: &'static str,
    /// Where the name was used: "RFC 7231", "RFC 2616" ...
    pub source: &'static str,
}

/// The document and section that define a code.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// "RFC 9110", "RFC 6585", or an Internet-Draft name.
    pub document: &'static str,
    /// "15.5.21"; `None` where the document has no single section for it.
    pub section: Option<&'static str>,
}

impl Spec {
    pub fn url(&self) -> String {
        match self.document.strip_prefix("RFC ") {
            Some(number) => {
                let base = format!("https://www.rfc-editor.org/rfc/rfc{number}");
                match self.section {
                    Some(section) => format!("{base}#section-{section}"),
                    None => base,
                }
            }
            None => format!("https://datatracker.ietf.org/doc/{}", self.document),
        }
    }

    pub fn cite(&self) -> String {
        match self.section {
            Some(section) => format!("{} §{section}", self.document),
            None => self.document.to_string(),
        }
    }
}

/// A realistic exchange in HTTP/1.1 message form; lines separated by `\n`.
#[derive(Debug)]
pub struct Example {
    pub title: &'static str,
    pub request: &'static str,
    pub response: &'static str,
}

/// A header that goes with the code.
#[derive(Debug)]
pub struct Header {
    pub name: &'static str,
    pub usage: HeaderUsage,
    /// Why, in one sentence.
    pub why: &'static str,
    /// The requirement's source, e.g. "RFC 9110 §10.2.3".
    pub source: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderUsage {
    /// The response MUST carry it.
    Must,
    /// The response SHOULD carry it.
    Should,
    /// The response may carry it.
    May,
    /// A request header that leads to this code.
    Request,
}

impl HeaderUsage {
    pub fn label(&self) -> &'static str {
        match self {
            HeaderUsage::Must => "must send",
            HeaderUsage::Should => "should send",
            HeaderUsage::May => "may send",
            HeaderUsage::Request => "request",
        }
    }
}

/// Whether a cache may store the response without explicit freshness information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cache {
    /// Heuristically cacheable by default; the source names the rule.
    Heuristic(&'static str),
    /// Cacheable only with explicit freshness (Cache-Control, Expires).
    ExplicitOnly(&'static str),
    /// A cache must not store it.
    Never(&'static str),
    /// An interim (1xx) response: never cached.
    Interim,
    /// No rule known (unofficial codes).
    Unspecified,
}

/// Whether the response may carry content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// The response never has content (1xx, 204, 205, 304).
    Never,
    /// Content is allowed.
    Allowed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Redirect {
    pub permanent: bool,
    pub method: MethodRule,
}

/// What a client does with the method and body when it follows a redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodRule {
    /// Method and body are kept (307, 308).
    Kept,
    /// Clients may change POST to GET, for historical reasons (301, 302).
    PostMayBecomeGet,
    /// The follow-up is a GET (or HEAD) whatever the method was (303).
    BecomesGet,
    /// The client chooses and makes a new request (300).
    NotFollowedAutomatically,
}

/// Another code worth knowing about, and how it differs.
#[derive(Debug)]
pub struct Related {
    pub code: u16,
    pub how: &'static str,
}

/// A curated note on codes that are often confused.
#[derive(Debug)]
pub struct Comparison {
    /// The codes compared, in the order they are discussed.
    pub codes: &'static [u16],
    /// One-line title: "401 vs 403: who are you, or you may not".
    pub title: &'static str,
    /// The deciding question and the answer, a short paragraph.
    pub note: &'static str,
    /// A rule of thumb per code, in the order of `codes`.
    pub rules: &'static [&'static str],
}

/// A situation an API designer or operator meets, the code to send for it, and why.
#[derive(Debug)]
pub struct Situation {
    /// A stable kebab-case name: "account-banned".
    pub id: &'static str,
    /// One short line in plain words, shown as the reason for a hit: "the account is banned".
    pub title: &'static str,
    /// How developers put it when they ask, in their own words; search matches these. The
    /// binary reads them through the search index generated from them.
    #[cfg_attr(not(test), allow(dead_code))]
    pub phrasings: &'static [&'static str],
    /// The code to send.
    pub code: u16,
    /// For a vendor's code, the vendor of the meaning meant (as in the vendor record);
    /// `None` for a registered code.
    pub vendor: Option<&'static str>,
    /// One or two sentences: why this code fits, citing the RFC section where one decides it.
    pub why: &'static str,
    /// Other codes that fit a variant of the situation, and when each is the better choice.
    pub alternatives: &'static [Alternative],
}

/// A code that fits instead under some condition.
#[derive(Debug)]
pub struct Alternative {
    pub code: u16,
    /// When to prefer it: "if the account may come back after a review".
    pub when: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_become_calendar_dates() {
        assert_eq!(date_of_day(0), "1970-01-01");
        assert_eq!(date_of_day(59), "1970-03-01");
        assert_eq!(date_of_day(11_016), "2000-02-29");
        assert_eq!(date_of_day(20_405), "2025-11-13");
        assert_eq!(date_of_day(20_770), "2026-11-13");
        assert_eq!(date_of_day(20_771), "2026-11-14");
        assert_eq!(today().len(), 10);
    }

    #[test]
    fn a_temporary_registration_expires_only_after_its_date() {
        let standing = Standing::Temporary {
            expires: "2026-11-13",
        };
        assert_eq!(standing.expired_on("2026-11-12"), Some(false));
        assert_eq!(standing.expired_on("2026-11-13"), Some(false));
        assert_eq!(standing.expired_on("2026-11-14"), Some(true));
        assert_eq!(standing.expired_on("2031-01-01"), Some(true));
        assert_eq!(Standing::Standard.expired_on("2031-01-01"), None);
    }
}

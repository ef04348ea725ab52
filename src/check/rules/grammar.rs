//! The grammar of the field values the checks read: HTTP-dates, method lists, byte ranges.

/// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` or
/// `Sun Nov  6 08:49:37 1994`: the three HTTP-date forms, checked for shape.
pub(super) fn is_http_date(value: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const LONG_DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let time = |s: &str| {
        let parts: Vec<&str> = s.split(':').collect();
        parts.len() == 3 && parts.iter().all(|p| digits(p, 2))
    };
    let words: Vec<&str> = value.split(' ').collect();
    match words.as_slice() {
        // IMF-fixdate
        [day, dd, mon, yyyy, hms, "GMT"] => {
            day.strip_suffix(',').is_some_and(|d| DAYS.contains(&d))
                && digits(dd, 2)
                && MONTHS.contains(mon)
                && digits(yyyy, 4)
                && time(hms)
        }
        // rfc850-date
        [day, date, hms, "GMT"] => {
            let parts: Vec<&str> = date.split('-').collect();
            day.strip_suffix(',')
                .is_some_and(|d| LONG_DAYS.contains(&d))
                && parts.len() == 3
                && digits(parts[0], 2)
                && MONTHS.contains(&parts[1])
                && digits(parts[2], 2)
                && time(hms)
        }
        // asctime-date, a one-digit day padded with a space
        [day, mon, "", d, hms, yyyy] | [day, mon, d, hms, yyyy] => {
            DAYS.contains(day)
                && MONTHS.contains(mon)
                && (digits(d, 1) || digits(d, 2))
                && time(hms)
                && digits(yyyy, 4)
        }
        _ => false,
    }
}

/// Whether `value` is an HTTP-date in one of the two obsolete forms (rfc850-date or
/// asctime-date), which recipients accept and senders must not generate.
pub(super) fn is_obsolete_http_date(value: &str) -> bool {
    // rfc850-date writes the date with hyphens; asctime-date does not end in GMT.
    is_http_date(value) && (value.contains('-') || !value.ends_with(" GMT"))
}

/// Whether a challenge field's value starts with an auth-scheme: a token followed by the
/// end, a space or a comma (`Bearer realm="api"`, `Negotiate`), not a bare parameter
/// (`realm="api"`) or a quoted string.
pub(super) fn starts_with_auth_scheme(value: &str) -> bool {
    let value = value.trim_start();
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    let scheme = value.bytes().take_while(|b| token(*b)).count();
    scheme > 0 && matches!(value.as_bytes().get(scheme), None | Some(b' ' | b','))
}

/// Whether `value` is a comma-separated list of method tokens (possibly empty).
pub(super) fn is_method_list(value: &str) -> bool {
    value.split(',').map(str::trim).all(|m| {
        m.is_empty()
            || m.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    })
}

/// `bytes 0-99/1000`, `bytes 0-99/*` or `bytes */1000`.
pub(super) fn is_content_range(value: &str) -> bool {
    let Some((unit, rest)) = value.split_once(' ') else {
        return false;
    };
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if unit.is_empty()
        || !unit
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
    {
        return false;
    }
    if let Some(length) = rest.strip_prefix("*/") {
        return number(length);
    }
    let Some((range, length)) = rest.split_once('/') else {
        return false;
    };
    let Some((first, last)) = range.split_once('-') else {
        return false;
    };
    // RFC 9110 §14.4: invalid when last-pos is below first-pos, or the complete length is
    // not above last-pos.
    let last_pos = last.parse::<u128>().ok();
    number(first)
        && number(last)
        && (length == "*" || number(length))
        && first.parse::<u128>().ok() <= last_pos
        && (length == "*" || length.parse::<u128>().ok() > last_pos)
}

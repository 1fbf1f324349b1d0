//! A limited-time offer's banner: headline, code and expiry countdown (Meta: M-lto).
//!
//! Countdown wording (the client's exact strings are not documented; this follows what the
//! client shows): more than a day left → "Ends in N days"; more than an hour → "Ends in N
//! hours"; otherwise "Ends in N minutes" (at least 1), drawn in the urgent colour because the
//! timer turns red in the final hour; at or past the expiry → "Offer expired".

use crate::{tr, Locale};
use serde::Serialize;
use ts_rs::TS;

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;

/// The sample expiry used when none is given: two days after `now`.
pub const SAMPLE_EXPIRY_MS: i64 = 2 * DAY_MS;

/// The offer banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfferPreview {
    /// The offer headline (at most 16 characters at creation).
    pub headline: String,
    /// The offer code shown in the banner, if the template has a copy-code button.
    pub code: Option<String>,
    /// The countdown, when the offer expires.
    pub countdown: Option<Countdown>,
}

/// The expiry countdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Countdown {
    /// Wording, e.g. "Ends in 2 days".
    pub text: String,
    /// True in the final hour (and once expired): drawn in the urgent colour.
    pub urgent: bool,
    /// The expiry, Unix milliseconds.
    #[ts(type = "number")]
    pub expires_at_ms: i64,
    /// True when no expiry was given and a sample is shown.
    pub sample: bool,
}

/// The countdown at `now_ms` for an offer expiring at `expires_at_ms`, worded in English.
pub fn countdown(expires_at_ms: i64, now_ms: i64, sample: bool) -> Countdown {
    countdown_in(expires_at_ms, now_ms, sample, Locale::En)
}

/// Like [`countdown`], worded in `locale` ("Ends in 2 days", "Termina tra 2 giorni").
pub fn countdown_in(expires_at_ms: i64, now_ms: i64, sample: bool, locale: Locale) -> Countdown {
    let left = expires_at_ms.saturating_sub(now_ms);
    // (English singular, English plural, Italian singular, Italian plural)
    let plural = |n: i64, unit: (&str, &str, &str, &str)| {
        let (en1, en, it1, it) = unit;
        match (locale, n) {
            (Locale::En, 1) => format!("Ends in 1 {en1}"),
            (Locale::En, n) => format!("Ends in {n} {en}"),
            (Locale::It, 1) => format!("Termina tra 1 {it1}"),
            (Locale::It, n) => format!("Termina tra {n} {it}"),
        }
    };
    let (text, urgent) = if left <= 0 {
        (
            tr!(locale, en: "Offer expired", it: "Offerta scaduta"),
            true,
        )
    } else if left > DAY_MS {
        (
            plural(left / DAY_MS, ("day", "days", "giorno", "giorni")),
            false,
        )
    } else if left > HOUR_MS {
        (
            plural(left / HOUR_MS, ("hour", "hours", "ora", "ore")),
            false,
        )
    } else {
        (
            plural(
                (left / MINUTE_MS).max(1),
                ("minute", "minutes", "minuto", "minuti"),
            ),
            true,
        )
    };
    Countdown {
        text,
        urgent,
        expires_at_ms,
        sample,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_wording_at_the_boundaries() {
        assert_eq!(countdown(3 * DAY_MS, 0, false).text, "Ends in 3 days");
        assert_eq!(countdown(DAY_MS + 1, 0, false).text, "Ends in 1 day");
        assert_eq!(countdown(DAY_MS, 0, false).text, "Ends in 24 hours");
        assert_eq!(countdown(HOUR_MS + 1, 0, false).text, "Ends in 1 hour");
        assert!(!countdown(HOUR_MS + 1, 0, false).urgent);
        let last_hour = countdown(HOUR_MS, 0, false);
        assert_eq!(last_hour.text, "Ends in 60 minutes");
        assert!(last_hour.urgent);
        assert_eq!(countdown(1, 0, false).text, "Ends in 1 minute");
        assert_eq!(countdown(0, 0, false).text, "Offer expired");
        assert_eq!(countdown(i64::MIN, i64::MAX, false).text, "Offer expired");
    }
}

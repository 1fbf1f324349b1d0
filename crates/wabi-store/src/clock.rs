//! Time, passed in: the clock the store reads, and the UTC formats it writes.
//!
//! Revisions coalesce within a time window and the trash empties after 30 days, so the store
//! never reads the system clock directly; it asks a [`Clock`]. Tests use [`ManualClock`].

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Where the store gets the current time, in milliseconds since the Unix epoch (UTC).
pub trait Clock: Send {
    /// The current time in milliseconds since 1970-01-01T00:00:00Z.
    fn now_ms(&self) -> i64;
}

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(since) => i64::try_from(since.as_millis()).unwrap_or(i64::MAX),
            // A clock set before 1970: treat as the epoch rather than fail a save.
            Err(_) => 0,
        }
    }
}

/// A clock that only moves when told to; clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    /// A clock showing `now_ms`.
    pub fn new(now_ms: i64) -> Self {
        Self(Arc::new(AtomicI64::new(now_ms)))
    }

    /// Moves the clock forward (or back, with a negative amount) by `ms`.
    pub fn advance(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }

    /// Sets the clock to `now_ms`.
    pub fn set(&self, now_ms: i64) {
        self.0.store(now_ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The civil UTC date and time of a Unix time in milliseconds.
fn civil(ms: i64) -> (i64, u32, u32, u32, u32, u32) {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // All casts below are of values proven small by the arithmetic above (day < 32, month < 13,
    // hour < 24, minute and second < 60).
    (
        year,
        month as u32,
        day as u32,
        (rem / 3600) as u32,
        (rem % 3600 / 60) as u32,
        (rem % 60) as u32,
    )
}

/// RFC 3339 UTC with second precision, e.g. `2026-11-24T10:15:00Z`.
pub fn format_rfc3339(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// Compact UTC stamp for file names, e.g. `20261124T101500Z`.
pub fn format_file_stamp(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms);
    format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_formats_as_1970() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn known_instant_formats_in_both_styles() {
        // 2026-11-24T10:15:00Z
        let ms = 1_795_515_300_000;
        assert_eq!(format_rfc3339(ms), "2026-11-24T10:15:00Z");
        assert_eq!(format_file_stamp(ms), "20261124T101500Z");
    }

    #[test]
    fn leap_day_formats_correctly() {
        // 2024-02-29T23:59:59Z
        assert_eq!(format_rfc3339(1_709_251_199_000), "2024-02-29T23:59:59Z");
    }

    #[test]
    fn times_before_1970_do_not_panic() {
        assert_eq!(format_rfc3339(-1000), "1969-12-31T23:59:59Z");
        let _ = format_rfc3339(i64::MIN);
        let _ = format_rfc3339(i64::MAX);
    }

    #[test]
    fn manual_clock_clones_share_time() {
        let clock = ManualClock::new(5);
        let other = clock.clone();
        clock.advance(10);
        assert_eq!(other.now_ms(), 15);
        other.set(1);
        assert_eq!(clock.now_ms(), 1);
    }
}

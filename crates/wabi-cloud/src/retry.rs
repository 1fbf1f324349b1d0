//! Retry policy: exponential backoff with jitter, the randomness and the sleeping passed in so
//! tests run instantly and deterministically.
//!
//! What is retried is decided by the client (429, 5xx, connection failures before sending);
//! this module only says how long to wait before attempt `n`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// A source of jitter: a number in `[0, 1)` on each call.
pub type Jitter = Arc<dyn Fn() -> f64 + Send + Sync>;
/// A way to wait: real sleeping in the app, instant (and recorded) in tests.
pub type Pause = Arc<dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// How many times and how long to wait.
#[derive(Clone)]
pub struct RetryPolicy {
    /// Attempts in total, the first included (1 = never retry).
    pub max_attempts: u32,
    /// Wait before the first retry (before jitter).
    pub base_delay: Duration,
    /// Longest wait.
    pub max_delay: Duration,
    /// Jitter source.
    pub jitter: Jitter,
    /// How to wait.
    pub pause: Pause,
}

impl std::fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .finish_non_exhaustive()
    }
}

impl RetryPolicy {
    /// 4 attempts, 500 ms doubling up to 8 s, jitter from the std hasher's random seed, tokio
    /// sleeping.
    pub fn standard() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            jitter: Arc::new(system_jitter),
            pause: Arc::new(|duration| Box::pin(tokio::time::sleep(duration))),
        }
    }

    /// The wait before retry number `retry` (1 for the first retry): "full jitter" between half
    /// and all of `base * 2^(retry-1)`, capped at `max_delay`.
    pub fn delay(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(20);
        let full = self
            .base_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        let jitter = (self.jitter)().clamp(0.0, 1.0);
        full.mul_f64(0.5 + jitter / 2.0)
    }
}

/// A number in `[0, 1)` from the standard library's randomly seeded hasher.
fn system_jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(jitter: f64) -> RetryPolicy {
        RetryPolicy {
            jitter: Arc::new(move || jitter),
            ..RetryPolicy::standard()
        }
    }

    #[test]
    fn delays_double_and_stop_at_the_cap() {
        let p = policy(1.0);
        assert_eq!(p.delay(1), Duration::from_millis(500));
        assert_eq!(p.delay(2), Duration::from_millis(1000));
        assert_eq!(p.delay(5), Duration::from_secs(8));
        assert_eq!(p.delay(60), Duration::from_secs(8));
    }

    #[test]
    fn jitter_keeps_at_least_half_the_delay() {
        assert_eq!(policy(0.0).delay(1), Duration::from_millis(250));
    }

    #[test]
    fn system_jitter_is_in_range() {
        for _ in 0..100 {
            let j = system_jitter();
            assert!((0.0..1.0).contains(&j));
        }
    }
}

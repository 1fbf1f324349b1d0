//! `Sensitive`: a secret (the access token) that never shows itself.
//!
//! Why a type: `Debug`, `Display` and `Serialize` all redact, so a token inside a settings
//! struct, a log line or an error cannot leak by accident. The value leaves only through
//! [`Sensitive::bearer_header`] (the `Authorization` header) and [`Sensitive::expose_to_keyring`].

use serde::{Serialize, Serializer};

/// What every redacted rendering prints.
pub const REDACTED: &str = "«redacted»";

/// A secret string, redacted in `Debug`, `Display` and serialisation.
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(T);

impl Sensitive<String> {
    /// Wraps a secret (surrounding whitespace removed: pasted tokens often carry a newline).
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into().trim().to_owned())
    }

    /// True when the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The `Authorization` header value, `Bearer <token>`.
    pub(crate) fn bearer_header(&self) -> String {
        format!("Bearer {}", self.0)
    }

    /// The raw value, for the keyring only.
    pub(crate) fn expose_to_keyring(&self) -> &str {
        &self.0
    }

    /// "set, ending in …4f2a": what the UI may show after entry (last 4 characters only, and
    /// nothing when the token is too short to hide the rest).
    pub fn hint(&self) -> String {
        let count = self.0.chars().count();
        if count < 12 {
            return "set".to_owned();
        }
        let tail: String = self.0.chars().skip(count - 4).collect();
        format!("set, ending in …{tail}")
    }
}

impl<T> std::fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sensitive({REDACTED})")
    }
}

impl<T> std::fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T> Serialize for Sensitive<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(REDACTED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "EAAGm0PX4ZCpsBAsecret4f2a";

    #[test]
    fn debug_display_and_json_never_show_the_token() {
        let token = Sensitive::new(TOKEN);
        assert!(!format!("{token:?}").contains("secret"));
        assert!(!format!("{token}").contains("secret"));
        let json = serde_json::to_string(&token).unwrap();
        assert!(!json.contains("secret"));
    }

    #[test]
    fn hint_shows_only_the_last_four_characters() {
        assert_eq!(Sensitive::new(TOKEN).hint(), "set, ending in …4f2a");
        assert_eq!(Sensitive::new("short").hint(), "set");
    }

    #[test]
    fn header_carries_the_trimmed_token() {
        assert_eq!(
            Sensitive::new(format!("{TOKEN}\n")).bearer_header(),
            format!("Bearer {TOKEN}")
        );
    }
}

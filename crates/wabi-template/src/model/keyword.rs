//! Keywords that keep their spelling: `type`, `format`, `category`, `otp_type`…
//!
//! Meta's own examples write the same keyword in upper or lower case (`"BODY"` and `"body"`,
//! `"MARKETING"` and `"marketing"`). The model must understand both and write back exactly what
//! it read, so a keyword is stored as its meaning ([`Keyword`]) plus its original spelling.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A closed set of keyword meanings, read case-insensitively.
pub trait Keyword: Copy + PartialEq + fmt::Debug {
    /// The meaning of `spelling`, compared ignoring ASCII case; an "other" value when unknown.
    fn parse(spelling: &str) -> Self;
    /// Meta's canonical (upper-case) spelling, used when the model writes a new keyword.
    fn canonical(self) -> &'static str;
}

/// A keyword as written in a document: its meaning and its exact spelling.
#[derive(Clone, PartialEq, Eq)]
pub struct Spelled<K> {
    kind: K,
    spelling: String,
}

impl<K: Keyword> Spelled<K> {
    /// A keyword spelled the canonical way.
    pub fn new(kind: K) -> Self {
        Self {
            kind,
            spelling: kind.canonical().to_string(),
        }
    }

    /// Reads a spelling (any case).
    pub fn from_spelling(spelling: &str) -> Self {
        Self {
            kind: K::parse(spelling),
            spelling: spelling.to_string(),
        }
    }

    /// What the keyword means.
    pub fn kind(&self) -> K {
        self.kind
    }

    /// The keyword exactly as written.
    pub fn as_str(&self) -> &str {
        &self.spelling
    }
}

impl<K: Keyword> fmt::Debug for Spelled<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}({:?})", self.kind, self.spelling)
    }
}

impl<K> Serialize for Spelled<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.spelling)
    }
}

impl<'de, K: Keyword> Deserialize<'de> for Spelled<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spelling = String::deserialize(deserializer)?;
        Ok(Self::from_spelling(&spelling))
    }
}

/// Declares a keyword enum with its canonical spellings and an `Other` fallback.
macro_rules! keyword_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A spelling this version does not know; kept as written.
            Other,
        }

        impl $crate::model::keyword::Keyword for $name {
            fn parse(spelling: &str) -> Self {
                $(if spelling.eq_ignore_ascii_case($text) { return $name::$variant; })+
                $name::Other
            }

            fn canonical(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Other => "OTHER",
                }
            }
        }
    };
}

pub(crate) use keyword_enum;

#[cfg(test)]
mod tests {
    use super::*;

    keyword_enum!(
        /// Test keyword.
        Colour { Red => "RED", DarkBlue => "DARK_BLUE" }
    );

    #[test]
    fn keyword_is_read_in_any_case_and_written_as_read() {
        let spelled: Spelled<Colour> = serde_json::from_str("\"dark_blue\"").unwrap();
        assert_eq!(spelled.kind(), Colour::DarkBlue);
        assert_eq!(serde_json::to_string(&spelled).unwrap(), "\"dark_blue\"");
    }

    #[test]
    fn unknown_keyword_is_other_and_kept() {
        let spelled: Spelled<Colour> = serde_json::from_str("\"Green\"").unwrap();
        assert_eq!(spelled.kind(), Colour::Other);
        assert_eq!(spelled.as_str(), "Green");
    }

    #[test]
    fn new_keyword_uses_canonical_spelling() {
        assert_eq!(Spelled::new(Colour::Red).as_str(), "RED");
    }
}

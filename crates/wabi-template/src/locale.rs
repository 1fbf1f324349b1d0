//! The interface language of the texts this crate writes for people: the checker's messages,
//! the preview's notes and labels, the starters' titles. English and Italian.
//!
//! Why here: the one truth about a rule (its numbers and what to do) stays beside the rule in
//! Rust; the UI shows these texts as they come and never re-words them. Every text is written in
//! both languages at once with [`tr!`](crate::tr), so a missing Italian text does not compile.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the crate writes its texts in.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English (the default, and the command line's).
    #[default]
    En,
    /// Italian.
    It,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::It];

    /// The locale for a code such as `it`, `it-IT` or `en_US` (case-insensitive); `None` when
    /// the language is not one we write.
    pub fn parse(code: &str) -> Option<Locale> {
        let lang = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match lang.as_str() {
            "en" => Some(Locale::En),
            "it" => Some(Locale::It),
            _ => None,
        }
    }

    /// The code: `en` or `it`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
        }
    }

    /// `n` with the locale's thousands separator: "1,031" in English, "1.031" in Italian.
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let sep = match self {
            Locale::En => ',',
            Locale::It => '.',
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

/// One text in every locale: `tr!(locale, en: "…{n}…", it: "…{n}…", args…)` is a `String`.
///
/// Both texts are `format!` strings taking the same arguments, so a missing Italian text, or
/// one that drops a number the English gives, is a compile error.
#[macro_export]
macro_rules! tr {
    ($locale:expr, en: $en:literal, it: $it:literal $($args:tt)*) => {
        match $locale {
            $crate::Locale::En => ::std::format!($en $($args)*),
            $crate::Locale::It => ::std::format!($it $($args)*),
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_codes_parse_with_region_and_case() {
        assert_eq!(Locale::parse("it"), Some(Locale::It));
        assert_eq!(Locale::parse("it-IT"), Some(Locale::It));
        assert_eq!(Locale::parse("EN_us"), Some(Locale::En));
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(Locale::parse(""), None);
    }

    #[test]
    fn locale_serialises_as_its_lowercase_code() {
        for l in Locale::ALL {
            assert_eq!(
                serde_json::to_value(l).ok(),
                Some(serde_json::Value::String(l.code().to_string()))
            );
        }
    }

    #[test]
    fn numbers_use_the_locale_separator() {
        assert_eq!(Locale::En.number(1031), "1,031");
        assert_eq!(Locale::It.number(1031), "1.031");
        assert_eq!(Locale::It.number(2_592_000), "2.592.000");
        assert_eq!(Locale::It.number(999), "999");
    }

    #[test]
    fn tr_picks_the_locale_text_with_the_same_arguments() {
        let n = 3;
        assert_eq!(
            tr!(Locale::En, en: "{n} left", it: "ne restano {n}"),
            "3 left"
        );
        assert_eq!(
            tr!(Locale::It, en: "{} left", it: "ne restano {}", n),
            "ne restano 3"
        );
    }
}

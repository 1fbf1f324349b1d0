//! Meta's template name rules, applied when the user names a draft (create, rename).
//!
//! Imported drafts keep whatever name they carry (the checker reports it); only names the user
//! types here are refused.

use crate::error::{Result, StoreError};

/// Longest template name Meta accepts, in characters (from the template engine's limits table).
pub const MAX_NAME_CHARS: usize = wabi_template::limits::NAME;

/// Checks a template name: 1 to 512 characters, only lowercase letters `a-z`, digits and `_`.
pub fn check_name(name: &str) -> Result<()> {
    let refuse = |reason: String| {
        Err(StoreError::InvalidName {
            name: name.to_owned(),
            reason,
        })
    };
    if name.is_empty() {
        return refuse("a name is required; use lowercase letters, digits and underscores".into());
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return refuse(format!(
            "it has {chars} characters, Meta allows at most {MAX_NAME_CHARS}; shorten it"
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
    {
        return refuse(format!(
            "{bad:?} is not allowed; use only lowercase letters a-z, digits and underscores \
             (e.g. order_update_2)"
        ));
    }
    Ok(())
}

/// A name for a copy of `name`: `name_copy`, shortened so the result stays within the limit.
pub fn copy_name(name: &str) -> String {
    const SUFFIX: &str = "_copy";
    let keep = MAX_NAME_CHARS - SUFFIX.len();
    let base: String = name.chars().take(keep).collect();
    format!("{base}{SUFFIX}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_of_512_chars_is_accepted() {
        assert!(check_name(&"a".repeat(512)).is_ok());
    }

    #[test]
    fn name_of_513_chars_is_refused() {
        let err = check_name(&"a".repeat(513)).unwrap_err().to_string();
        assert!(err.contains("513 characters"), "{err}");
    }

    #[test]
    fn empty_name_is_refused() {
        assert!(check_name("").is_err());
    }

    #[test]
    fn uppercase_space_and_hyphen_are_refused() {
        for name in ["Order", "order update", "order-update", "commande_é"] {
            assert!(check_name(name).is_err(), "{name}");
        }
    }

    #[test]
    fn lowercase_digits_and_underscores_are_accepted() {
        assert!(check_name("order_update_2").is_ok());
        assert!(check_name("_1").is_ok());
    }

    #[test]
    fn copy_name_appends_suffix_and_stays_within_limit() {
        assert_eq!(copy_name("promo"), "promo_copy");
        let long = copy_name(&"a".repeat(512));
        assert_eq!(long.chars().count(), 512);
        assert!(check_name(&long).is_ok());
    }
}

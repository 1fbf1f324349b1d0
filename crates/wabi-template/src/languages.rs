//! The language codes WhatsApp accepts for a template, and help for near misses.
//!
//! Kept apart from the rules so the UI's language picker and the checker share one list.
//! Source: Meta's "Supported languages" page (updated 2026-05-21), 111 codes in Meta's order,
//! as summarised in section 1.4 of the platform reference. Codes are case-sensitive and use an
//! underscore (`en_US`), never a hyphen.

/// Every language code Meta accepts at template creation, in Meta's order.
pub const SUPPORTED: &[&str] = &[
    "af", "sq", "ar", "ar_EG", "ar_AE", "ar_LB", "ar_MA", "ar_QA", "az", "be_BY", "bn", "bn_IN",
    "bg", "ca", "zh_CN", "zh_HK", "zh_TW", "hr", "cs", "da", "prs_AF", "nl", "nl_BE", "en",
    "en_GB", "en_US", "en_AE", "en_AU", "en_CA", "en_GH", "en_IE", "en_IN", "en_JM", "en_MY",
    "en_NZ", "en_QA", "en_SG", "en_UG", "en_ZA", "et", "fil", "fi", "fr", "fr_BE", "fr_CA",
    "fr_CH", "fr_CI", "fr_MA", "ka", "de", "de_AT", "de_CH", "el", "gu", "ha", "he", "hi", "hu",
    "id", "ga", "it", "ja", "kn", "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", "ml",
    "mr", "nb", "ps_AF", "fa", "pl", "pt_BR", "pt_PT", "pa", "ro", "ru", "sr", "si_LK", "sk", "sl",
    "es", "es_AR", "es_CL", "es_CO", "es_CR", "es_DO", "es_EC", "es_HN", "es_MX", "es_PA", "es_PE",
    "es_ES", "es_UY", "sw", "sv", "ta", "te", "th", "tr", "uk", "ur", "uz", "vi", "zu",
];

/// True when `code` is exactly one of [`SUPPORTED`] (case-sensitive).
pub fn is_supported(code: &str) -> bool {
    SUPPORTED.contains(&code)
}

/// The supported code the user probably meant: same letters ignoring case, with `-` read as
/// `_` (e.g. `en-us` → `en_US`). `None` when nothing matches.
pub fn suggestion(code: &str) -> Option<&'static str> {
    let wanted = code.trim().replace('-', "_").to_ascii_lowercase();
    SUPPORTED
        .iter()
        .copied()
        .find(|c| c.to_ascii_lowercase() == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_has_the_111_codes_of_meta_without_duplicates() {
        assert_eq!(SUPPORTED.len(), 111);
        let mut sorted = SUPPORTED.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 111);
    }

    #[test]
    fn codes_are_case_sensitive() {
        assert!(is_supported("en_US"));
        assert!(!is_supported("en_us"));
        assert!(!is_supported("en-US"));
        assert!(is_supported("zu"));
        assert!(!is_supported("ar_SA"));
    }

    #[test]
    fn near_misses_get_a_suggestion() {
        assert_eq!(suggestion("en-US"), Some("en_US"));
        assert_eq!(suggestion("PT_br"), Some("pt_BR"));
        assert_eq!(suggestion("xx"), None);
    }
}

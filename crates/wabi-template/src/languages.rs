//! The language codes WhatsApp accepts for a template, their names in the interface languages,
//! and help for near misses.
//!
//! Kept apart from the rules so the UI's language picker and the checker share one list: adding
//! a language is one line of [`LANGUAGES`]. Source: Meta's "Supported languages" page (Meta:
//! M-lang in `docs/sources.md`, updated 2026-05-21), 111 codes in Meta's order, with Meta's
//! English names. Codes are case-sensitive and use an underscore (`en_US`), never a hyphen.

use crate::Locale;
use serde::Serialize;
use ts_rs::TS;

/// Every language Meta accepts at template creation, in Meta's order: (code, English name,
/// Italian name).
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("af", "Afrikaans", "Afrikaans"),
    ("sq", "Albanian", "Albanese"),
    ("ar", "Arabic", "Arabo"),
    ("ar_EG", "Arabic (Egypt)", "Arabo (Egitto)"),
    ("ar_AE", "Arabic (UAE)", "Arabo (Emirati Arabi Uniti)"),
    ("ar_LB", "Arabic (Lebanon)", "Arabo (Libano)"),
    ("ar_MA", "Arabic (Morocco)", "Arabo (Marocco)"),
    ("ar_QA", "Arabic (Qatar)", "Arabo (Qatar)"),
    ("az", "Azerbaijani", "Azero"),
    ("be_BY", "Belarusian", "Bielorusso"),
    ("bn", "Bengali", "Bengalese"),
    ("bn_IN", "Bengali (India)", "Bengalese (India)"),
    ("bg", "Bulgarian", "Bulgaro"),
    ("ca", "Catalan", "Catalano"),
    ("zh_CN", "Chinese (China)", "Cinese (Cina)"),
    ("zh_HK", "Chinese (Hong Kong)", "Cinese (Hong Kong)"),
    ("zh_TW", "Chinese (Taiwan)", "Cinese (Taiwan)"),
    ("hr", "Croatian", "Croato"),
    ("cs", "Czech", "Ceco"),
    ("da", "Danish", "Danese"),
    ("prs_AF", "Dari", "Dari"),
    ("nl", "Dutch", "Olandese"),
    ("nl_BE", "Dutch (Belgium)", "Olandese (Belgio)"),
    ("en", "English", "Inglese"),
    ("en_GB", "English (UK)", "Inglese (Regno Unito)"),
    ("en_US", "English (US)", "Inglese (Stati Uniti)"),
    ("en_AE", "English (UAE)", "Inglese (Emirati Arabi Uniti)"),
    ("en_AU", "English (Australia)", "Inglese (Australia)"),
    ("en_CA", "English (Canada)", "Inglese (Canada)"),
    ("en_GH", "English (Ghana)", "Inglese (Ghana)"),
    ("en_IE", "English (Ireland)", "Inglese (Irlanda)"),
    ("en_IN", "English (India)", "Inglese (India)"),
    ("en_JM", "English (Jamaica)", "Inglese (Giamaica)"),
    ("en_MY", "English (Malaysia)", "Inglese (Malaysia)"),
    ("en_NZ", "English (New Zealand)", "Inglese (Nuova Zelanda)"),
    ("en_QA", "English (Qatar)", "Inglese (Qatar)"),
    ("en_SG", "English (Singapore)", "Inglese (Singapore)"),
    ("en_UG", "English (Uganda)", "Inglese (Uganda)"),
    ("en_ZA", "English (South Africa)", "Inglese (Sudafrica)"),
    ("et", "Estonian", "Estone"),
    ("fil", "Filipino", "Filippino"),
    ("fi", "Finnish", "Finlandese"),
    ("fr", "French", "Francese"),
    ("fr_BE", "French (Belgium)", "Francese (Belgio)"),
    ("fr_CA", "French (Canada)", "Francese (Canada)"),
    ("fr_CH", "French (Switzerland)", "Francese (Svizzera)"),
    (
        "fr_CI",
        "French (Côte d'Ivoire)",
        "Francese (Costa d'Avorio)",
    ),
    ("fr_MA", "French (Morocco)", "Francese (Marocco)"),
    ("ka", "Georgian", "Georgiano"),
    ("de", "German", "Tedesco"),
    ("de_AT", "German (Austria)", "Tedesco (Austria)"),
    ("de_CH", "German (Switzerland)", "Tedesco (Svizzera)"),
    ("el", "Greek", "Greco"),
    ("gu", "Gujarati", "Gujarati"),
    ("ha", "Hausa", "Hausa"),
    ("he", "Hebrew", "Ebraico"),
    ("hi", "Hindi", "Hindi"),
    ("hu", "Hungarian", "Ungherese"),
    ("id", "Indonesian", "Indonesiano"),
    ("ga", "Irish", "Irlandese"),
    ("it", "Italian", "Italiano"),
    ("ja", "Japanese", "Giapponese"),
    ("kn", "Kannada", "Kannada"),
    ("kk", "Kazakh", "Kazako"),
    ("rw_RW", "Kinyarwanda", "Kinyarwanda"),
    ("ko", "Korean", "Coreano"),
    ("ky_KG", "Kyrgyz (Kyrgyzstan)", "Kirghiso (Kirghizistan)"),
    ("lo", "Lao", "Lao"),
    ("lv", "Latvian", "Lettone"),
    ("lt", "Lithuanian", "Lituano"),
    ("mk", "Macedonian", "Macedone"),
    ("ms", "Malay", "Malese"),
    ("ml", "Malayalam", "Malayalam"),
    ("mr", "Marathi", "Marathi"),
    ("nb", "Norwegian", "Norvegese"),
    ("ps_AF", "Pashto", "Pashto"),
    ("fa", "Persian", "Persiano"),
    ("pl", "Polish", "Polacco"),
    ("pt_BR", "Portuguese (Brazil)", "Portoghese (Brasile)"),
    ("pt_PT", "Portuguese (Portugal)", "Portoghese (Portogallo)"),
    ("pa", "Punjabi", "Punjabi"),
    ("ro", "Romanian", "Rumeno"),
    ("ru", "Russian", "Russo"),
    ("sr", "Serbian", "Serbo"),
    ("si_LK", "Sinhala", "Singalese"),
    ("sk", "Slovak", "Slovacco"),
    ("sl", "Slovenian", "Sloveno"),
    ("es", "Spanish", "Spagnolo"),
    ("es_AR", "Spanish (Argentina)", "Spagnolo (Argentina)"),
    ("es_CL", "Spanish (Chile)", "Spagnolo (Cile)"),
    ("es_CO", "Spanish (Colombia)", "Spagnolo (Colombia)"),
    ("es_CR", "Spanish (Costa Rica)", "Spagnolo (Costa Rica)"),
    (
        "es_DO",
        "Spanish (Dominican Republic)",
        "Spagnolo (Repubblica Dominicana)",
    ),
    ("es_EC", "Spanish (Ecuador)", "Spagnolo (Ecuador)"),
    ("es_HN", "Spanish (Honduras)", "Spagnolo (Honduras)"),
    ("es_MX", "Spanish (Mexico)", "Spagnolo (Messico)"),
    ("es_PA", "Spanish (Panama)", "Spagnolo (Panama)"),
    ("es_PE", "Spanish (Peru)", "Spagnolo (Perù)"),
    ("es_ES", "Spanish (Spain)", "Spagnolo (Spagna)"),
    ("es_UY", "Spanish (Uruguay)", "Spagnolo (Uruguay)"),
    ("sw", "Swahili", "Swahili"),
    ("sv", "Swedish", "Svedese"),
    ("ta", "Tamil", "Tamil"),
    ("te", "Telugu", "Telugu"),
    ("th", "Thai", "Thailandese"),
    ("tr", "Turkish", "Turco"),
    ("uk", "Ukrainian", "Ucraino"),
    ("ur", "Urdu", "Urdu"),
    ("uz", "Uzbek", "Uzbeco"),
    ("vi", "Vietnamese", "Vietnamita"),
    ("zu", "Zulu", "Zulu"),
];

/// Every language code Meta accepts at template creation, in Meta's order (the codes of
/// [`LANGUAGES`]).
pub const SUPPORTED: &[&str] = &codes();

const fn codes() -> [&'static str; LANGUAGES.len()] {
    let mut out = [""; LANGUAGES.len()];
    let mut i = 0;
    while i < LANGUAGES.len() {
        out[i] = LANGUAGES[i].0;
        i += 1;
    }
    out
}

/// A language a template can be written in, as the language picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    /// Meta's code, e.g. `en_US`.
    pub code: String,
    /// Name in the interface language, e.g. "English (US)" or "Inglese (Stati Uniti)".
    pub name: String,
}

/// Every supported language with its name in `locale`, in Meta's order.
pub fn options(locale: Locale) -> Vec<LanguageOption> {
    LANGUAGES
        .iter()
        .map(|(code, en, it)| LanguageOption {
            code: (*code).to_string(),
            name: match locale {
                Locale::En => en,
                Locale::It => it,
            }
            .to_string(),
        })
        .collect()
}

/// Name of a supported language code in `locale` (the code itself for an unknown one).
pub fn name(code: &str, locale: Locale) -> &str {
    LANGUAGES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(code, |(_, en, it)| match locale {
            Locale::En => en,
            Locale::It => it,
        })
}

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
    fn every_supported_language_has_an_english_and_an_italian_name() {
        for locale in Locale::ALL {
            for language in options(locale) {
                assert_ne!(
                    language.name, language.code,
                    "no {locale:?} name for {}",
                    language.code
                );
            }
            assert_eq!(options(locale).len(), SUPPORTED.len());
        }
        assert_eq!(name("it", Locale::En), "Italian");
        assert_eq!(name("it", Locale::It), "Italiano");
        assert_eq!(name("en_US", Locale::It), "Inglese (Stati Uniti)");
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

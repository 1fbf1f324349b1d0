//! Commands of the composer and the phone preview: render a template document (rules, preview
//! and character counters in one call per keystroke), list the starters, list the languages.
//!
//! Everything the UI shows about a template is computed here from `wabi-template`; the UI adds no
//! rules of its own, and the checker's messages, the preview's notes and the starters' titles
//! come worded in the interface language the UI passes (`locale`, English when absent). The
//! work is microseconds of pure CPU, so the commands run it inline.

use crate::error::AppError;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;
use wabi_template::model::Template;
use wabi_template::preview::{self, Client, Preview, PreviewOptions, Theme};
use wabi_template::starters::{self, Starter};
use wabi_template::text::char_count;
use wabi_template::values::Values;
use wabi_template::{check_in, Diagnostic, Locale, Severity};

/// What the composer and the preview draw after each change.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RenderedTemplate {
    /// The phone preview model.
    pub preview: Preview,
    /// Every problem the checker finds, with JSON pointers into the document.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of errors (the template is ready to submit only at zero).
    pub errors: usize,
    /// Number of warnings (rejection risks).
    pub warnings: usize,
    /// Character counters of every limited text field present in the document.
    pub counters: Vec<Counter>,
}

/// A character counter beside a limited field: `812 / 1024`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Counter {
    /// RFC 6901 pointer of the counted value.
    pub pointer: String,
    /// Characters as WhatsApp counts them.
    pub count: usize,
    /// The limit (reference §2.1).
    pub limit: usize,
}

/// A language the template can be written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    /// Meta's code, e.g. `en_US`.
    pub code: String,
    /// Name in the interface language, e.g. "English (US)" or "Inglese (Stati Uniti)".
    pub name: String,
}

/// Limits of the counted fields (reference §2.1, §3.1, §3.2).
mod limits {
    pub const NAME: usize = 512;
    pub const HEADER_TEXT: usize = 60;
    pub const BODY: usize = 1024;
    pub const LTO_BODY: usize = 600;
    pub const FOOTER: usize = 60;
    pub const BUTTON_LABEL: usize = 25;
    pub const URL: usize = 2000;
    pub const PHONE: usize = 20;
    pub const COPY_CODE: usize = 20;
    pub const LTO_COPY_CODE: usize = 15;
    pub const LTO_TEXT: usize = 16;
    pub const CARD_BODY: usize = 160;
}

/// Checks and previews `document`, messages and notes worded in `locale`: never fails, whatever
/// the document holds (a document that is not an object still gets its diagnostics and an empty
/// preview).
pub fn render(
    document: &Value,
    values: Option<&Value>,
    options: &PreviewOptions,
    show_samples: bool,
    locale: Locale,
) -> RenderedTemplate {
    let diagnostics = check_in(document, locale);
    let drawn = if show_samples {
        document.clone()
    } else {
        without_examples(document)
    };
    // Only a document that is not an object fails to read; its preview is that of an empty one.
    let template = Template::from_value(drawn).unwrap_or_default();
    let values = values
        .and_then(|v| Values::from_value(v, &template).ok())
        .unwrap_or_default();
    let preview = preview::preview_in(&template, &values, options, locale);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    RenderedTemplate {
        preview,
        errors,
        warnings,
        counters: counters(document),
        diagnostics,
    }
}

/// The document with every `example` removed, so the preview shows raw `{{1}}` markers.
fn without_examples(document: &Value) -> Value {
    match document {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| key.as_str() != "example")
                .map(|(key, value)| (key.clone(), without_examples(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_examples).collect()),
        other => other.clone(),
    }
}

fn upper(value: Option<&Value>) -> String {
    value
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_uppercase()
}

fn push(out: &mut Vec<Counter>, pointer: String, value: Option<&Value>, limit: usize) {
    if let Some(text) = value.and_then(Value::as_str) {
        out.push(Counter {
            pointer,
            count: char_count(text),
            limit,
        });
    }
}

/// Counters of every limited text field in `document`.
pub fn counters(document: &Value) -> Vec<Counter> {
    let mut out = Vec::new();
    push(&mut out, "/name".into(), document.get("name"), limits::NAME);
    let components = document.get("components").and_then(Value::as_array);
    let is_lto = components.is_some_and(|list| {
        list.iter()
            .any(|c| upper(c.get("type")) == "LIMITED_TIME_OFFER")
    });
    if let Some(list) = components {
        component_counters(&mut out, "/components", list, is_lto, false);
    }
    out
}

fn component_counters(
    out: &mut Vec<Counter>,
    base: &str,
    list: &[Value],
    is_lto: bool,
    in_card: bool,
) {
    for (i, component) in list.iter().enumerate() {
        let at = format!("{base}/{i}");
        match upper(component.get("type")).as_str() {
            "HEADER" if upper(component.get("format")) == "TEXT" => {
                push(
                    out,
                    format!("{at}/text"),
                    component.get("text"),
                    limits::HEADER_TEXT,
                );
            }
            "BODY" => {
                let limit = match (in_card, is_lto) {
                    (true, _) => limits::CARD_BODY,
                    (false, true) => limits::LTO_BODY,
                    (false, false) => limits::BODY,
                };
                push(out, format!("{at}/text"), component.get("text"), limit);
            }
            "FOOTER" => push(
                out,
                format!("{at}/text"),
                component.get("text"),
                limits::FOOTER,
            ),
            "LIMITED_TIME_OFFER" => push(
                out,
                format!("{at}/limited_time_offer/text"),
                component
                    .get("limited_time_offer")
                    .and_then(|o| o.get("text")),
                limits::LTO_TEXT,
            ),
            "BUTTONS" => {
                let buttons = component.get("buttons").and_then(Value::as_array);
                for (b, button) in buttons.into_iter().flatten().enumerate() {
                    let bat = format!("{at}/buttons/{b}");
                    push(
                        out,
                        format!("{bat}/text"),
                        button.get("text"),
                        limits::BUTTON_LABEL,
                    );
                    push(out, format!("{bat}/url"), button.get("url"), limits::URL);
                    push(
                        out,
                        format!("{bat}/phone_number"),
                        button.get("phone_number"),
                        limits::PHONE,
                    );
                    if upper(button.get("type")) == "COPY_CODE" {
                        let limit = if is_lto {
                            limits::LTO_COPY_CODE
                        } else {
                            limits::COPY_CODE
                        };
                        push(out, format!("{bat}/example"), button.get("example"), limit);
                    }
                }
            }
            "CAROUSEL" => {
                let cards = component.get("cards").and_then(Value::as_array);
                for (c, card) in cards.into_iter().flatten().enumerate() {
                    if let Some(parts) = card.get("components").and_then(Value::as_array) {
                        component_counters(
                            out,
                            &format!("{at}/cards/{c}/components"),
                            parts,
                            is_lto,
                            true,
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

/// Every supported language with its name in `locale`, in Meta's order.
pub fn languages(locale: Locale) -> Vec<LanguageOption> {
    wabi_template::languages::SUPPORTED
        .iter()
        .map(|code| LanguageOption {
            code: (*code).to_string(),
            name: language_name(code, locale).to_string(),
        })
        .collect()
}

/// Name of a supported language code in `locale` (the code itself for an unknown one).
pub fn language_name(code: &str, locale: Locale) -> &str {
    LANGUAGE_NAMES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(code, |(_, en, it)| match locale {
            Locale::En => en,
            Locale::It => it,
        })
}

/// (code, English name, Italian name); the English names from Meta's "Supported languages"
/// page.
const LANGUAGE_NAMES: &[(&str, &str, &str)] = &[
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

/// Checks and previews a template document for the composer (one call per change).
///
/// `timestamp` is the message time as the bubble shows it ("10:42"), `now_ms` the current time
/// for the offer countdown; `show_samples` false shows raw `{{1}}` markers instead of examples;
/// `locale` is the interface language of the messages and notes (English when absent).
#[tauri::command]
#[allow(clippy::too_many_arguments)] // one IPC argument each, as the UI sends them
pub async fn render_template(
    document: Value,
    values: Option<Value>,
    client: Client,
    theme: Theme,
    timestamp: String,
    now_ms: i64,
    show_samples: bool,
    locale: Option<Locale>,
) -> Result<RenderedTemplate, AppError> {
    let options = PreviewOptions {
        client,
        theme,
        timestamp,
        now_ms,
    };
    Ok(render(
        &document,
        values.as_ref(),
        &options,
        show_samples,
        locale.unwrap_or_default(),
    ))
}

/// The starter templates of "New from starter", titled in `locale` (English when absent).
#[tauri::command]
pub async fn list_starters(locale: Option<Locale>) -> Result<Vec<Starter>, AppError> {
    Ok(starters::starters_in(locale.unwrap_or_default()))
}

/// Every language a template can be written in, named in `locale` (English when absent).
#[tauri::command]
pub async fn list_languages(locale: Option<Locale>) -> Result<Vec<LanguageOption>, AppError> {
    Ok(languages(locale.unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn options() -> PreviewOptions {
        PreviewOptions {
            client: Client::Android,
            theme: Theme::Light,
            timestamp: "10:42".into(),
            now_ms: 0,
        }
    }

    #[test]
    fn every_supported_language_has_an_english_and_an_italian_name() {
        for locale in Locale::ALL {
            for language in languages(locale) {
                assert_ne!(
                    language.name, language.code,
                    "no {locale:?} name for {}",
                    language.code
                );
            }
            assert_eq!(
                languages(locale).len(),
                wabi_template::languages::SUPPORTED.len()
            );
        }
        assert_eq!(language_name("it", Locale::En), "Italian");
        assert_eq!(language_name("it", Locale::It), "Italiano");
        assert_eq!(language_name("en_US", Locale::It), "Inglese (Stati Uniti)");
    }

    #[test]
    fn a_document_that_is_not_an_object_still_renders_with_diagnostics() {
        for doc in [json!(null), json!([1, 2]), json!("text"), json!(42)] {
            let rendered = render(&doc, None, &options(), true, Locale::En);
            assert!(rendered.errors > 0, "{doc}");
            assert!(rendered.preview.body.is_none());
        }
    }

    #[test]
    fn an_empty_draft_renders_and_reports_what_is_missing() {
        let rendered = render(
            &json!({"components": []}),
            None,
            &options(),
            true,
            Locale::En,
        );
        assert!(rendered.errors > 0);
        assert_eq!(
            rendered.errors + rendered.warnings,
            rendered.diagnostics.len()
        );
    }

    #[test]
    fn problems_come_worded_in_the_locale_asked_for() {
        let doc = json!({"name": "a", "category": "UTILITY", "language": "en_US", "components": [
            {"type": "BODY", "text": "x".repeat(1030)}
        ]});
        let message = |locale| {
            render(&doc, None, &options(), true, locale)
                .diagnostics
                .into_iter()
                .find(|d| d.rule == "body.length")
                .map(|d| d.message)
                .unwrap_or_default()
        };
        assert_eq!(
            message(Locale::En),
            "Body is 1,030 characters; the limit is 1,024. Remove 6."
        );
        assert_eq!(
            message(Locale::It),
            "Il corpo ha 1.030 caratteri; il limite è 1.024. Rimuovine 6."
        );
    }

    #[test]
    fn body_counter_counts_characters_against_1024() {
        let doc = json!({"components": [{"type": "BODY", "text": "é".repeat(1024)}]});
        let counters = counters(&doc);
        assert_eq!(
            counters,
            vec![Counter {
                pointer: "/components/0/text".into(),
                count: 1024,
                limit: 1024
            }]
        );
    }

    #[test]
    fn lto_body_and_code_use_the_offer_limits() {
        let doc = json!({"components": [
            {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Sale", "has_expiration": true}},
            {"type": "BODY", "text": "x"},
            {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "ABC"}]}
        ]});
        let limits: Vec<(String, usize)> = counters(&doc)
            .into_iter()
            .map(|c| (c.pointer, c.limit))
            .collect();
        assert!(limits.contains(&("/components/0/limited_time_offer/text".into(), 16)));
        assert!(limits.contains(&("/components/1/text".into(), 600)));
        assert!(limits.contains(&("/components/2/buttons/0/example".into(), 15)));
    }

    #[test]
    fn card_bodies_count_against_160() {
        let doc = json!({"components": [{"type": "CAROUSEL", "cards": [{"components": [{"type": "BODY", "text": "hi"}]}]}]});
        assert_eq!(
            counters(&doc)[0].pointer,
            "/components/0/cards/0/components/0/text"
        );
        assert_eq!(counters(&doc)[0].limit, 160);
    }

    #[test]
    fn raw_mode_shows_placeholders_instead_of_examples() {
        let doc = json!({"name": "a", "category": "UTILITY", "language": "en_US", "components": [
            {"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": [["Ada"]]}}
        ]});
        let text = |samples| {
            let rendered = render(&doc, None, &options(), samples, Locale::En);
            let body = rendered.preview.body.expect("body");
            body.lines
                .iter()
                .flat_map(|l| l.spans.iter().map(|s| s.text.clone()))
                .collect::<String>()
        };
        assert_eq!(text(true), "Hi Ada");
        assert_eq!(text(false), "Hi {{1}}");
    }

    #[test]
    fn starters_render_with_zero_errors() {
        for starter in starters::starters() {
            let rendered = render(&starter.template, None, &options(), true, Locale::En);
            assert_eq!(
                rendered.errors, 0,
                "{}: {:?}",
                starter.id, rendered.diagnostics
            );
        }
    }
}

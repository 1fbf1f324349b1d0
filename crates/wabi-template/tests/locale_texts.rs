//! Every text the engine writes for people exists in Italian as well as English: the whole
//! corpus, the starters and a set of documents that reach the remaining rules go through the
//! checker and the preview in both locales.
//!
//! The Italian run must find the same problems (rule, severity, pointer) as the English one,
//! and no Italian text may equal its English one unless it is listed below as an intentional
//! exception. Every rule id of the table must be reached, so every rule has both texts.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::Path;
use wabi_template::model::Template;
use wabi_template::preview::{preview_in, Client, Preview, PreviewOptions, Theme};
use wabi_template::rules::RULES;
use wabi_template::starters::starters_in;
use wabi_template::values::Values;
use wabi_template::{check_in, Locale};

/// Texts that are the same in both languages on purpose (none today: every message has words).
const SAME_IN_BOTH: &[&str] = &[];

/// Templates of the corpus, the starters and the extra documents below.
fn documents() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/cases");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut docs: Vec<(String, Value)> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            (p.display().to_string(), case["template"].clone())
        })
        .collect();
    for s in starters_in(Locale::En) {
        docs.push((format!("starter {}", s.id), s.template));
    }
    docs.extend(extra_documents());
    docs
}

/// Documents reaching rules and texts the corpus does not.
fn extra_documents() -> Vec<(String, Value)> {
    vec![
        ("not an object".into(), json!([1, 2])),
        (
            "many malformed variables and a long body".into(),
            json!({"name": "x", "language": "en_US", "category": "MARKETING", "components": [
                {"type": "BODY", "text": format!("Hi {{{{ a}}}} {{{{ b}}}} {{{{ c}}}} {{{{ d}}}} {{{{ e}}}} {{{{ f}}}} {}", "word ".repeat(150))}
            ]}),
        ),
        (
            "location header in authentication".into(),
            json!({"name": "x", "language": "en_US", "category": "AUTHENTICATION", "components": [
                {"type": "HEADER", "format": "LOCATION"},
                {"type": "BODY"},
                {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP"}]}
            ]}),
        ),
        (
            "offer without expiry, four buttons".into(),
            json!({"name": "x", "language": "en_US", "category": "MARKETING", "components": [
                {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Deal", "has_expiration": true}},
                {"type": "BODY", "text": "Hello there {{1}} and welcome back.", "example": {"body_text": [["Ada"]]}},
                {"type": "BUTTONS", "buttons": [
                    {"type": "COPY_CODE", "example": "SAVE10"},
                    {"type": "URL", "text": "", "url": "https://example.com/shop"},
                    {"type": "QUICK_REPLY", "text": ""},
                    {"type": "PHONE_NUMBER", "text": "", "phone_number": "+15550051310"},
                    {"type": "FLOW", "text": ""},
                    {"type": "VOICE_CALL", "text": ""}
                ]}
            ]}),
        ),
    ]
}

fn options(client: Client) -> PreviewOptions {
    PreviewOptions {
        client,
        theme: Theme::Light,
        timestamp: "10:42".to_string(),
        now_ms: 1_767_225_600_000,
    }
}

/// The texts of a preview the UI shows that come from the engine (not from the template).
fn preview_texts(p: &Preview) -> Vec<String> {
    let mut out: Vec<String> = p.notes.iter().map(|n| n.text.clone()).collect();
    if let Some(see_all) = &p.buttons.see_all {
        out.push(see_all.label.clone());
    }
    if let Some(folded) = p.body.as_ref().and_then(|b| b.folded.as_ref()) {
        out.push(folded.label.clone());
    }
    if let Some(countdown) = p.offer.as_ref().and_then(|o| o.countdown.as_ref()) {
        out.push(countdown.text.clone());
    }
    if let wabi_template::preview::Display::NotShown { text, reasons } = &p.display {
        out.push(text.clone());
        out.extend(reasons.iter().cloned());
    }
    out
}

fn assert_translated(what: &str, en: &str, it: &str, untranslated: &mut Vec<String>) {
    if en == it && !SAME_IN_BOTH.contains(&en) {
        untranslated.push(format!("{what}: {en}"));
    }
}

#[test]
fn every_checker_message_has_an_italian_text_and_every_rule_is_reached() {
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut untranslated = Vec::new();
    for (name, doc) in documents() {
        let en = check_in(&doc, Locale::En);
        let it = check_in(&doc, Locale::It);
        let key = |d: &wabi_template::Diagnostic| (d.rule.clone(), d.severity, d.pointer.clone());
        assert_eq!(
            en.iter().map(key).collect::<Vec<_>>(),
            it.iter().map(key).collect::<Vec<_>>(),
            "{name}: the Italian run finds other problems"
        );
        for (e, i) in en.iter().zip(&it) {
            reached.insert(e.rule.clone());
            assert!(
                !i.message.trim().is_empty(),
                "{name}: empty Italian text for {}",
                e.rule
            );
            assert_translated(
                &format!("{name} {}", e.rule),
                &e.message,
                &i.message,
                &mut untranslated,
            );
        }
    }
    assert!(
        untranslated.is_empty(),
        "texts not translated:\n{}",
        untranslated.join("\n")
    );
    let missing: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !reached.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules no document reaches (add one above): {missing:?}"
    );
}

#[test]
fn every_preview_text_of_the_engine_has_an_italian_text() {
    let mut untranslated = Vec::new();
    let mut seen = 0;
    for (name, doc) in documents() {
        let Ok(template) = Template::from_value(doc) else {
            continue;
        };
        let Ok(values) = Values::from_value(&json!({}), &template) else {
            continue;
        };
        for client in [Client::Android, Client::Ios, Client::Desktop] {
            let en = preview_texts(&preview_in(
                &template,
                &values,
                &options(client),
                Locale::En,
            ));
            let it = preview_texts(&preview_in(
                &template,
                &values,
                &options(client),
                Locale::It,
            ));
            assert_eq!(en.len(), it.len(), "{name} {client:?}");
            for (e, i) in en.iter().zip(&it) {
                seen += 1;
                assert_translated(&format!("{name} {client:?}"), e, i, &mut untranslated);
            }
        }
    }
    assert!(seen > 50, "only {seen} preview texts compared");
    assert!(
        untranslated.is_empty(),
        "texts not translated:\n{}",
        untranslated.join("\n")
    );
}

#[test]
fn default_button_labels_are_worded_in_the_locale() {
    let docs = extra_documents();
    let (_, doc) = &docs[3];
    let template = Template::from_value(doc.clone()).expect("object");
    let values = Values::from_value(&json!({}), &template).expect("values");
    let it = preview_in(&template, &values, &options(Client::Android), Locale::It);
    let labels: Vec<&str> = it
        .buttons
        .see_all
        .as_ref()
        .map(|s| s.buttons.iter().map(|b| b.label.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        labels,
        [
            "Copia codice offerta",
            "Visita il sito web",
            "Rispondi",
            "Chiama",
            "Apri",
            "Chiama su WhatsApp"
        ]
    );
    assert_eq!(
        it.buttons.see_all.map(|s| s.label),
        Some("Vedi tutte le opzioni".to_string())
    );
    let countdown = it.offer.and_then(|o| o.countdown).map(|c| c.text);
    assert_eq!(countdown.as_deref(), Some("Termina tra 2 giorni"));
}

#[test]
fn italian_numbers_use_the_italian_thousands_separator() {
    let doc = json!({"name": "x", "language": "en_US", "category": "UTILITY", "components": [
        {"type": "BODY", "text": "a".repeat(1031)}
    ]});
    let it = check_in(&doc, Locale::It);
    let length = it
        .iter()
        .find(|d| d.rule == "body.length")
        .expect("body.length");
    assert!(length.message.contains("1.031"), "{}", length.message);
    assert!(length.message.contains("1.024"), "{}", length.message);
    assert!(length.message.contains("Rimuovine 7"), "{}", length.message);
}

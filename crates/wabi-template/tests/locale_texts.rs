//! Every text the engine writes for people exists in Italian as well as English: the whole
//! corpus, the starters and a set of documents that reach the remaining rules go through the
//! checker and the preview in both locales, and a set of values and sends reaches every problem
//! of the values reader and of the send-time rules.
//!
//! The Italian run must find the same problems (rule, severity, pointer) as the English one,
//! and no Italian text may equal its English one unless it is listed below as an intentional
//! exception. Every rule id of the table must be reached, so every rule has both texts.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::Path;
use wabi_template::model::Template;
use wabi_template::payload::build_in;
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

/// Templates of the value and send cases below, by name.
fn send_template(name: &str) -> Template {
    let doc = match name {
        "promo" => json!({"name": "promo", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}}"},
            {"type": "BODY", "text": "Hello {{1}}, code {{2}}."},
            {"type": "BUTTONS", "buttons": [
                {"type": "URL", "text": "Open", "url": "https://example.com/{{1}}"},
                {"type": "URL", "text": "Home", "url": "https://example.com/"},
                {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550051310"},
                {"type": "COPY_CODE", "example": "SAVE10"},
                {"type": "MPM", "text": "View"},
                {"type": "FLOW", "text": "Go", "flow_id": "1"},
                {"type": "URL", "text": "Odd", "url": 7}
            ]}
        ]}),
        "plain" => json!({"components": [{"type": "BODY", "text": "Hello."}]}),
        "nameless" => json!({"components": [{"type": "BODY", "text": 5}]}),
        "image" => json!({"name": "img", "language": "en_US", "components": [
            {"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Hi."}]}),
        "location" => json!({"name": "loc", "language": "en_US", "components": [
            {"type": "HEADER", "format": "LOCATION"}, {"type": "BODY", "text": "Hi."}]}),
        "product" => json!({"name": "prod", "language": "en_US", "components": [
            {"type": "HEADER", "format": "PRODUCT"}, {"type": "BODY", "text": "Hi."}]}),
        "otp" => json!({"name": "otp", "language": "en_US", "category": "AUTHENTICATION",
            "components": [{"type": "BODY"},
                {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]}]}),
        "offer" => json!({"name": "offer", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Deal", "has_expiration": true}},
            {"type": "BODY", "text": "Hi {{1}}."},
            {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SAVE10"}]}
        ]}),
        "carousel" => json!({"name": "cards", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "BODY", "text": "Look."},
            {"type": "CAROUSEL", "cards": [
                {"components": [{"type": "HEADER", "format": "IMAGE"},
                    {"type": "BODY", "text": "Card {{1}}"}]},
                {"components": [{"type": "HEADER", "format": "IMAGE"},
                    {"type": "BODY", "text": "Card two"}]}
            ]}
        ]}),
        "one_button" => json!({"components": [{"type": "BODY", "text": "Hi."},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Ok"}]}]}),
        other => panic!("no template {other}"),
    };
    Template::from_value(doc).expect("object")
}

/// (template, values) that reach every problem of the values reader.
fn value_cases() -> Vec<(&'static str, Value)> {
    vec![
        ("promo", json!([1])),
        (
            "promo",
            json!({"extra": 1, "cards": {}, "limited_time_offer": {}}),
        ),
        (
            "promo",
            json!({"header": {"9": "x"}, "body": {"1": 5, "7": "x"}}),
        ),
        ("promo", json!({"body": "text"})),
        ("plain", json!({"body": {"1": "x"}, "header": {}})),
        ("promo", json!({"buttons": [1]})),
        (
            "promo",
            json!({"buttons": {"0": 5, "1": "x", "2": "x", "4": "x", "9": "x"}}),
        ),
        ("promo", json!({"buttons": {"5": 5}})),
        ("one_button", json!({"buttons": {"3": "x"}})),
        ("plain", json!({"buttons": {"0": "x"}})),
        ("otp", json!({"buttons": {"0": "123456"}})),
        ("image", json!({"header": "x"})),
        (
            "image",
            json!({"header": {"id": "1", "link": "https://x", "size": 1}}),
        ),
        ("image", json!({"header": {"filename": 3}})),
        ("location", json!({"header": {"latitude": true, "zoom": 1}})),
        ("product", json!({"header": {"x": 1}})),
        ("carousel", json!({"cards": [1]})),
        (
            "carousel",
            json!({"cards": {"5": {}, "0": [1], "1": {"footer": 1}}}),
        ),
        (
            "offer",
            json!({"limited_time_offer": {"expiration_time_ms": -1}}),
        ),
        ("offer", json!({"limited_time_offer": {}})),
    ]
}

/// (template, values, recipient) that reach every send-time problem.
fn send_cases() -> Vec<(&'static str, Value, &'static str)> {
    vec![
        ("nameless", json!({}), "16505551234"),
        ("plain", json!({}), "+1650x"),
        ("plain", json!({}), "+123"),
        (
            "promo",
            json!({"header": {"1": "a\nb"}, "body": {"1": "a\tb", "2": "a     b"}}),
            "+16505551234",
        ),
        (
            "promo",
            json!({"header": {"1": "x".repeat(70)}, "body": {"1": "x".repeat(40_000)}}),
            "+16505551234",
        ),
        (
            "promo",
            json!({"buttons": {"0": "p".repeat(2_000), "3": "C".repeat(21)}}),
            "+16505551234",
        ),
        (
            "promo",
            json!({"buttons": {"3": "C".repeat(18)}}),
            "+16505551234",
        ),
        (
            "offer",
            json!({"body": {"1": "x".repeat(700)}, "buttons": {"0": "C".repeat(16)}}),
            "+16505551234",
        ),
        ("otp", json!({}), "+16505551234"),
        (
            "otp",
            json!({"body": {"1": "1".repeat(16)}}),
            "+16505551234",
        ),
        ("image", json!({}), "+16505551234"),
        ("location", json!({}), "+16505551234"),
        ("product", json!({}), "+16505551234"),
        ("carousel", json!({}), "+16505551234"),
    ]
}

#[test]
fn every_value_and_send_problem_has_an_italian_text() {
    let mut untranslated = Vec::new();
    let mut english = BTreeSet::new();
    for (name, values) in value_cases() {
        let template = send_template(name);
        let en = Values::from_value_in(&values, &template, Locale::En).err();
        let it = Values::from_value_in(&values, &template, Locale::It).err();
        assert_eq!(
            Values::from_value(&values, &template).err(),
            en,
            "{name} {values}: English is the default"
        );
        let (en, it) = (en.unwrap_or_default(), it.unwrap_or_default());
        assert!(!en.is_empty(), "{name} {values}: no problem");
        let fields = |list: &[wabi_template::values::FieldProblem]| {
            list.iter().map(|p| p.field.clone()).collect::<Vec<_>>()
        };
        assert_eq!(fields(&en), fields(&it), "{name} {values}");
        for (e, i) in en.iter().zip(&it) {
            english.insert(e.message.clone());
            assert_translated(
                &format!("{name} {}", e.field),
                &e.message,
                &i.message,
                &mut untranslated,
            );
        }
    }
    assert!(
        english.len() >= 30,
        "only {} value problems reached",
        english.len()
    );
    let mut sent = BTreeSet::new();
    for (name, values, to) in send_cases() {
        let template = send_template(name);
        let values =
            Values::from_value(&values, &template).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        let en = build_in(&template, &values, to, Locale::En);
        let it = build_in(&template, &values, to, Locale::It);
        assert_eq!(
            wabi_template::payload::build(&template, &values, to),
            en,
            "{name}: English is the default"
        );
        assert_eq!(
            en.message, it.message,
            "{name}: the message does not depend on the locale"
        );
        let key = |p: &wabi_template::payload::SendProblem| (p.field.clone(), p.severity);
        assert_eq!(
            en.problems.iter().map(key).collect::<Vec<_>>(),
            it.problems.iter().map(key).collect::<Vec<_>>(),
            "{name}"
        );
        assert!(!en.problems.is_empty(), "{name} to {to}: no problem");
        for (e, i) in en.problems.iter().zip(&it.problems) {
            sent.insert(e.message.clone());
            assert_translated(
                &format!("{name} {}", e.field),
                &e.message,
                &i.message,
                &mut untranslated,
            );
        }
    }
    assert!(
        sent.len() >= 20,
        "only {} send problems reached: {sent:#?}",
        sent.len()
    );
    assert!(
        untranslated.is_empty(),
        "texts not translated:\n{}",
        untranslated.join("\n")
    );
}

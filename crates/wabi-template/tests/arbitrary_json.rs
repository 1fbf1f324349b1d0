//! Never a panic on arbitrary JSON: template documents and values of any shape go through the
//! model, the values validation, the preview (every client) and the payload builder.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use wabi_template::model::{Template, TemplateDocument};
use wabi_template::payload::build;
use wabi_template::preview::{preview, Client, PreviewOptions, Theme};
use wabi_template::values::Values;

/// Keys and strings that steer generated JSON towards template shapes.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "type",
            "format",
            "text",
            "components",
            "buttons",
            "cards",
            "example",
            "body_text",
            "header_text",
            "header_handle",
            "body_text_named_params",
            "param_name",
            "category",
            "parameter_format",
            "url",
            "otp_type",
            "limited_time_offer",
            "has_expiration",
            "HEADER",
            "BODY",
            "FOOTER",
            "BUTTONS",
            "CAROUSEL",
            "LIMITED_TIME_OFFER",
            "header",
            "body",
            "carousel",
            "TEXT",
            "IMAGE",
            "VIDEO",
            "DOCUMENT",
            "LOCATION",
            "QUICK_REPLY",
            "URL",
            "COPY_CODE",
            "OTP",
            "ONE_TAP",
            "ZERO_TAP",
            "FLOW",
            "MPM",
            "CATALOG",
            "MARKETING",
            "AUTHENTICATION",
            "NAMED",
            "Hi {{1}} *b* {{name}}",
            "{{1}}",
            "{{",
            "0",
            "1",
            "id",
            "link",
            "latitude",
            "expiration_time_ms",
            "code_expiration_minutes",
            "add_security_recommendation",
            "supported_apps",
            "autofill_text",
        ])
        .prop_map(str::to_string),
        ".{0,12}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        word().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((word(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn run_everything(doc: &Value, values: &Value) {
    let _ = TemplateDocument::from_value(doc.clone()).map(|d| d.to_value());
    let Ok(template) = Template::from_value(doc.clone()) else {
        return;
    };
    assert_eq!(&template.to_value(), doc, "round trip must be lossless");
    let values = Values::from_value(values, &template).unwrap_or_default();
    for client in [Client::Android, Client::Ios, Client::Desktop] {
        let options = PreviewOptions {
            client,
            theme: Theme::Dark,
            timestamp: "09:00".into(),
            now_ms: 0,
        };
        let drawn = preview(&template, &values, &options);
        let _ = serde_json::to_value(&drawn);
    }
    let _ = build(&template, &values, "+16505551234");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn arbitrary_documents_and_values_never_panic(doc in json_value(), values in json_value()) {
        run_everything(&doc, &values);
    }

    #[test]
    fn template_shaped_documents_never_panic(
        components in prop::collection::vec(json_value(), 0..6),
        category in word(),
        values in json_value(),
    ) {
        let doc = json!({"name": "t", "language": "en", "category": category, "components": components});
        run_everything(&doc, &values);
    }

    #[test]
    fn well_formed_components_with_arbitrary_fields_never_panic(
        kind in prop::sample::select(vec!["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"]),
        fields in prop::collection::vec((word(), json_value()), 0..5),
        values in json_value(),
    ) {
        let mut component: Map<String, Value> = fields.into_iter().collect();
        component.insert("type".into(), json!(kind));
        let doc = json!({"name": "t", "language": "en", "components": [Value::Object(component),
            {"type": "BODY", "text": "Hi {{1}}"}]});
        run_everything(&doc, &values);
    }
}

#[test]
fn every_rule_corpus_template_previews_and_builds_without_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/cases");
    let entries = std::fs::read_dir(&dir).map(|e| e.count()).unwrap_or(0);
    assert!(entries >= 100, "rule corpus not found or small: {entries}");
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let case: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        run_everything(&case["template"], &json!({}));
    }
}

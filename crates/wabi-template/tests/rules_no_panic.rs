//! The rule checker never panics, whatever the JSON, and its output keeps its promises: every
//! pointer resolves in the document, diagnostics come in document order, and the same input
//! gives the same output.
//!
//! Run longer with e.g. `PROPTEST_CASES=100000 cargo test -p wabi-template --release --test
//! rules_no_panic`.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use wabi_template::check;

/// Keys and strings that steer generated JSON towards template shapes.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "name",
            "language",
            "category",
            "parameter_format",
            "components",
            "type",
            "format",
            "text",
            "example",
            "body_text",
            "header_text",
            "header_handle",
            "body_text_named_params",
            "header_text_named_params",
            "param_name",
            "buttons",
            "cards",
            "url",
            "phone_number",
            "otp_type",
            "supported_apps",
            "package_name",
            "signature_hash",
            "zero_tap_terms_accepted",
            "code_expiration_minutes",
            "add_security_recommendation",
            "limited_time_offer",
            "has_expiration",
            "message_send_ttl_seconds",
            "flow_id",
            "id",
            "status",
            "HEADER",
            "BODY",
            "FOOTER",
            "BUTTONS",
            "CAROUSEL",
            "LIMITED_TIME_OFFER",
            "body",
            "buttons",
            "TEXT",
            "IMAGE",
            "VIDEO",
            "DOCUMENT",
            "LOCATION",
            "GIF",
            "QUICK_REPLY",
            "URL",
            "PHONE_NUMBER",
            "COPY_CODE",
            "OTP",
            "ONE_TAP",
            "ZERO_TAP",
            "FLOW",
            "MPM",
            "CATALOG",
            "VOICE_CALL",
            "MARKETING",
            "UTILITY",
            "AUTHENTICATION",
            "NAMED",
            "POSITIONAL",
            "en_US",
            "{{1}}",
            "{{2}}",
            "{{0}}",
            "{{first_name}}",
            "{{ 1 }}",
            "{{",
            "}}",
            "{{1}}{{2}}",
            "https://example.com/{{1}}",
            "https://{{1}}",
            "😀",
            "👨‍👩‍👧",
            "e\u{301}",
            "مرحبا",
            "\u{200F}",
            "",
            " ",
            "\n",
            "~",
            "/",
            "~1",
            "a/b~c",
        ])
        .prop_map(str::to_string),
        "\\PC{0,40}",
        "[{}a-z0-9_ ]{0,30}",
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (-5i64..100).prop_map(|n| json!(n)),
        word().prop_map(Value::String),
    ];
    leaf.prop_recursive(8, 256, 12, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(Value::Array),
            prop::collection::vec((word(), inner), 0..12)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

/// Realistic templates that mutations start from.
fn seeds() -> Vec<Value> {
    vec![
        json!({"name": "order", "language": "en_US", "category": "UTILITY", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": {"header_text": ["1"]}},
            {"type": "BODY", "text": "Hi {{1}}, order {{2}} ships today.", "example": {"body_text": [["a", "b"]]}},
            {"type": "FOOTER", "text": "Thanks"},
            {"type": "BUTTONS", "buttons": [
                {"type": "URL", "text": "Track", "url": "https://e.com/{{1}}", "example": ["1"]},
                {"type": "QUICK_REPLY", "text": "Stop"},
                {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+1555"},
                {"type": "COPY_CODE", "example": "X"},
                {"type": "FLOW", "text": "Go", "flow_id": "1"}]}]}),
        json!({"name": "named", "language": "en_US", "category": "MARKETING", "parameter_format": "NAMED",
            "message_send_ttl_seconds": 50000, "components": [
            {"type": "BODY", "text": "Hi {{first_name}}, code {{code}} now.",
             "example": {"body_text_named_params": [{"param_name": "first_name", "example": "A"}, {"param_name": "code", "example": "B"}]}},
            {"type": "CAROUSEL", "cards": [
                {"components": [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["h"]}},
                                {"type": "BODY", "text": "Card {{1}} text", "example": {"body_text": [["x"]]}},
                                {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]},
                {"components": [{"type": "HEADER", "format": "VIDEO", "example": {"header_handle": ["h"]}},
                                {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Go", "url": "https://e.com"}]}]}]},
            {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Hurry", "has_expiration": true}}]}),
        json!({"name": "otp", "language": "en_US", "category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "FOOTER", "code_expiration_minutes": 10},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ZERO_TAP", "text": "Copy",
                "zero_tap_terms_accepted": true,
                "supported_apps": [{"package_name": "a.b", "signature_hash": "K8a/AINcGX7"}]}]}]}),
    ]
}

/// Replaces the value reached by following `path` (indexes taken modulo the children) with
/// `replacement`.
fn mutate(doc: &mut Value, path: &[usize], replacement: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *doc = replacement;
        return;
    };
    match doc {
        Value::Array(items) if !items.is_empty() => {
            let n = items.len();
            if let Some(child) = items.get_mut(step % n) {
                mutate(child, rest, replacement);
            }
        }
        Value::Object(map) if !map.is_empty() => {
            let n = map.len();
            if let Some(child) = map.values_mut().nth(step % n) {
                mutate(child, rest, replacement);
            }
        }
        _ => *doc = replacement,
    }
}

fn assert_promises(doc: &Value) {
    let first = check(doc);
    let second = check(doc);
    assert_eq!(first, second, "deterministic");
    for d in &first {
        assert!(
            doc.pointer(&d.pointer).is_some(),
            "pointer {} of {} does not resolve",
            d.pointer,
            d.rule
        );
        assert!(!d.message.is_empty());
        assert!(
            wabi_template::rules::rule(&d.rule).is_some(),
            "{} is in the table",
            d.rule
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_and_pointers_resolve(doc in arb_json()) {
        assert_promises(&doc);
    }

    #[test]
    fn mutated_templates_never_panic_and_pointers_resolve(
        seed in 0usize..3,
        mutations in prop::collection::vec((prop::collection::vec(any::<usize>(), 0..7), arb_json()), 1..4),
    ) {
        let mut doc = seeds().swap_remove(seed);
        for (path, value) in mutations {
            mutate(&mut doc, &path, value);
        }
        assert_promises(&doc);
    }

    #[test]
    fn arbitrary_text_in_every_text_field_never_panics(text in "\\PC{0,300}", seed in 0usize..3) {
        let mut doc = seeds().swap_remove(seed);
        for ptr in ["/components/0/text", "/components/1/text", "/components/2/text",
                    "/components/3/buttons/0/url", "/components/3/buttons/1/text", "/name", "/language"] {
            if let Some(slot) = doc.pointer_mut(ptr) {
                *slot = Value::String(text.clone());
            }
        }
        assert_promises(&doc);
    }
}

#[test]
fn huge_strings_and_brace_storms_do_not_panic() {
    let storm = "{{".repeat(100_000) + &"}}".repeat(100_000) + &"{1}".repeat(50_000);
    let mut doc = seeds().swap_remove(0);
    for ptr in [
        "/components/0/text",
        "/components/1/text",
        "/components/3/buttons/0/url",
        "/name",
    ] {
        if let Some(slot) = doc.pointer_mut(ptr) {
            *slot = Value::String(storm.clone());
        }
    }
    assert_promises(&doc);
    let numbers: String = (1..5000)
        .map(|i| format!("w {{{{{i}}}}} "))
        .collect::<String>()
        + "{{4294967295}} {{4294967296}} end";
    let mut doc = seeds().swap_remove(0);
    if let Some(slot) = doc.pointer_mut("/components/1/text") {
        *slot = Value::String(numbers);
    }
    assert_promises(&doc);
}

#[test]
fn deep_nesting_does_not_panic() {
    // Built by hand: `json!` would serialise the interpolated value recursively.
    let mut deep = Value::String("leaf".into());
    for i in 0..2000 {
        deep = if i % 2 == 0 {
            Value::Array(vec![deep])
        } else {
            let mut map = Map::new();
            map.insert("components".into(), deep);
            Value::Object(map)
        };
    }
    let mut body = Map::new();
    body.insert("type".into(), json!("BODY"));
    body.insert("text".into(), json!("hi {{1}} there"));
    body.insert("example".into(), deep);
    let mut root = Map::new();
    root.insert("name".into(), json!("x"));
    root.insert("components".into(), Value::Array(vec![Value::Object(body)]));
    let doc = Value::Object(root);
    assert_promises(&doc);
    // Dropping a 2,000-deep value recurses in serde_json; the test is about `check`, not drop.
    std::mem::forget(doc);
}

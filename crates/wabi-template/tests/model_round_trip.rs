//! Import/export of the typed model is lossless: every documented Meta example body (from Meta's
//! OpenAPI file and from the reference's component shapes), read into the model and written back,
//! is the same JSON value. Each example is also checked to be *understood* (typed, not kept raw).

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use wabi_template::model::{
    Button, ButtonKind, Category, Component, HeaderFormat, OtpType, ParameterFormat, Template,
    TemplateDocument,
};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture directory exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("fixture readable");
    serde_json::from_str(&text).expect("fixture is JSON")
}

fn unrecognized_parts(template: &Template) -> Vec<String> {
    let mut found = Vec::new();
    let visit = |components: &[Component], found: &mut Vec<String>| {
        for component in components {
            match component {
                Component::Unrecognized { problem, .. } => found.push(problem.clone()),
                Component::Buttons(buttons) => {
                    for button in buttons.list() {
                        if let Button::Unrecognized { problem, .. } = button {
                            found.push(problem.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    };
    visit(template.component_list(), &mut found);
    if let Some(carousel) = template.carousel() {
        for card in carousel.card_list() {
            visit(card.component_list(), &mut found);
        }
    }
    found
}

#[test]
fn every_documented_example_round_trips_to_the_same_json_value() {
    let files = fixtures();
    assert!(
        files.len() >= 20,
        "expected the full fixture set, found {}",
        files.len()
    );
    for path in files {
        let original = read(&path);
        let document = TemplateDocument::from_value(original.clone()).expect("object");
        assert_eq!(
            document.to_value(),
            original,
            "{} changed on round trip",
            path.display()
        );
        for template in document.templates() {
            let problems = unrecognized_parts(template);
            assert!(
                problems.is_empty(),
                "{}: not understood: {problems:?}",
                path.display()
            );
        }
    }
}

#[test]
fn round_trip_through_json_text_is_lossless() {
    for path in fixtures() {
        let original = read(&path);
        let document = TemplateDocument::from_value(original.clone()).expect("object");
        let text = serde_json::to_string_pretty(&document.to_value()).expect("serialisable");
        let again: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(again, original, "{}", path.display());
    }
}

#[test]
fn lower_case_keywords_are_understood_and_written_back_lower_case() {
    let doc = read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/meta/ref_limited_time_offer.json"),
    );
    let template = Template::from_value(doc.clone()).expect("object");
    assert_eq!(template.category(), Some(Category::Marketing));
    assert_eq!(
        template.header().map(|h| h.format()),
        Some(HeaderFormat::Image)
    );
    assert!(template.limited_time_offer().is_some());
    let kinds: Vec<ButtonKind> = template
        .buttons()
        .map(|b| b.list().iter().map(Button::kind).collect())
        .unwrap_or_default();
    assert_eq!(kinds, vec![ButtonKind::CopyCode, ButtonKind::Url]);
    assert_eq!(
        template.to_value()["components"][1]["type"],
        "limited_time_offer"
    );
}

#[test]
fn zero_tap_button_reads_otp_type_and_supported_apps() {
    let doc = read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta/ref_auth_zero_tap.json"),
    );
    let template = Template::from_value(doc).expect("object");
    assert_eq!(template.category(), Some(Category::Authentication));
    let Some(Button::Otp(otp)) = template.buttons().and_then(|b| b.list().first()) else {
        panic!("expected an OTP button");
    };
    assert_eq!(otp.otp_type(), OtpType::ZeroTap);
    assert_eq!(otp.supported_apps.as_ref().map(Vec::len), Some(2));
    assert_eq!(otp.zero_tap_terms_accepted, Some(true));
    assert_eq!(
        template.footer().and_then(|f| f.code_expiration_minutes),
        Some(5)
    );
    assert_eq!(
        template.body().and_then(|b| b.add_security_recommendation),
        Some(true)
    );
}

#[test]
fn named_parameter_format_is_read() {
    let doc = read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta/ref_named_params.json"),
    );
    let template = Template::from_value(doc).expect("object");
    assert_eq!(template.parameter_format(), ParameterFormat::Named);
    let named = template
        .body()
        .and_then(|b| b.example.as_ref())
        .and_then(|e| e.body_text_named_params.as_ref())
        .map(|params| {
            params
                .iter()
                .map(|p| p.param_name.as_str())
                .collect::<Vec<_>>()
        });
    assert_eq!(named, Some(vec!["first_name", "order_number"]));
}

#[test]
fn list_shape_keeps_id_status_and_paging() {
    let doc = read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta/oas_list_templates.json"),
    );
    let document = TemplateDocument::from_value(doc).expect("object");
    let TemplateDocument::List(list) = &document else {
        panic!("expected a list");
    };
    assert_eq!(list.data.len(), 2);
    assert_eq!(list.data[0].id.as_deref(), Some("1192339204654487"));
    assert_eq!(list.data[0].status.as_deref(), Some("APPROVED"));
    assert!(list.extra.contains_key("paging"));
}

#[test]
fn unknown_fields_and_unknown_component_types_are_kept() {
    let doc = json!({
        "name": "x", "language": "en", "category": "MARKETING", "future_field": {"a": [1, 2]},
        "components": [
            {"type": "BODY", "text": "Hi", "brand_new": true},
            {"type": "CALL_PERMISSION_REQUEST"},
            {"type": "BUTTONS", "buttons": [{"type": "APP", "text": "Open"}]}
        ]
    });
    let template = Template::from_value(doc.clone()).expect("object");
    assert!(matches!(
        template.component_list()[1],
        Component::Unrecognized { .. }
    ));
    assert_eq!(template.to_value(), doc);
}

#[test]
fn fields_of_the_wrong_type_are_kept_raw_not_rejected() {
    let doc = json!({
        "name": 42, "language": ["en"], "category": null, "components": [
            {"type": "HEADER", "format": "TEXT", "text": 7},
            {"type": "BODY", "text": "Still readable"},
            {"type": 5},
            "not an object",
            {"type": "BUTTONS", "buttons": [{"type": "URL", "url": 3}, {"type": "QUICK_REPLY", "text": "Ok"}]}
        ]
    });
    let template = Template::from_value(doc.clone()).expect("object");
    assert_eq!(template.name, None);
    assert_eq!(
        template.body().and_then(|b| b.text.as_deref()),
        Some("Still readable")
    );
    assert!(matches!(
        template.component_list()[0],
        Component::Unrecognized { .. }
    ));
    let buttons = template
        .buttons()
        .map(|b| b.list().to_vec())
        .unwrap_or_default();
    assert!(matches!(buttons[0], Button::Unrecognized { .. }));
    assert_eq!(buttons[1].kind(), ButtonKind::QuickReply);
    assert_eq!(template.to_value(), doc);
}

#[test]
fn components_that_are_not_an_array_are_kept() {
    let doc = json!({"name": "x", "components": {"type": "BODY"}});
    let template = Template::from_value(doc.clone()).expect("object");
    assert!(template.component_list().is_empty());
    assert_eq!(template.to_value(), doc);
}

#[test]
fn a_document_that_is_not_an_object_is_refused_with_its_kind() {
    let error = Template::from_value(json!([1, 2])).expect_err("not an object");
    assert!(error.to_string().contains("an array"), "{error}");
}

#[test]
fn explicit_nulls_are_kept_and_the_part_still_understood() {
    let doc = json!({"name": "x", "components": [
        {"type": "BODY", "text": "Hi", "example": null},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Go", "url": null}]}
    ]});
    let template = Template::from_value(doc.clone()).expect("object");
    assert_eq!(template.body().and_then(|b| b.text.as_deref()), Some("Hi"));
    let kinds: Vec<ButtonKind> = template
        .buttons()
        .map(|b| b.list().iter().map(Button::kind).collect())
        .unwrap_or_default();
    assert_eq!(kinds, vec![ButtonKind::Url]);
    assert_eq!(template.to_value(), doc);
}

#[test]
fn null_inside_a_nested_object_keeps_the_component_raw_and_exact() {
    let doc = json!({"components": [{"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": null}}]});
    let template = Template::from_value(doc.clone()).expect("object");
    assert!(matches!(
        template.component_list()[0],
        Component::Unrecognized { .. }
    ));
    assert_eq!(template.to_value(), doc);
}

/// The rule checker's corpus (valid and invalid templates, shared with the `rules` tests).
fn corpus_templates() -> Vec<(PathBuf, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/cases");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut cases: Vec<(PathBuf, Value)> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let case = read(&path);
            (path, case["template"].clone())
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

#[test]
fn every_rule_corpus_template_round_trips_and_valid_ones_are_understood() {
    let cases = corpus_templates();
    assert!(
        cases.len() >= 100,
        "rule corpus not found or small: {}",
        cases.len()
    );
    for (path, template) in cases {
        let Ok(document) = TemplateDocument::from_value(template.clone()) else {
            continue; // not an object: refused, which is what the model promises
        };
        assert_eq!(
            document.to_value(),
            template,
            "{} changed on round trip",
            path.display()
        );
        let case = read(&path);
        if case["expect"]["valid"] == Value::Bool(true) {
            for t in document.templates() {
                let problems = unrecognized_parts(t);
                assert!(
                    problems.is_empty(),
                    "{}: not understood: {problems:?}",
                    path.display()
                );
            }
        }
    }
}

//! Preview (and payload) speed on a maximal template: a 1,024-character marketing body with many
//! variables and markup, 10 buttons, and a 10-card carousel. Goal: under 50 µs median each.

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::hint::black_box;
use wabi_template::model::Template;
use wabi_template::payload::build;
use wabi_template::preview::{preview, Client, PreviewOptions, Theme};
use wabi_template::values::Values;

/// A body of exactly 1,024 characters holding variables {{1}}…{{20}} and markup.
fn long_body() -> String {
    let mut body = String::new();
    let mut n = 1;
    while body.chars().count() < 900 {
        body.push_str(&format!(
            "*Hello* {{{{{n}}}}}, _your_ ~offer~ number {{{{{}}}}} is ready. ",
            n + 1
        ));
        n += 2;
        if n > 19 {
            n = 1;
        }
        body.push('\n');
    }
    while body.chars().count() < 1024 {
        body.push('x');
    }
    body
}

fn maximal_template() -> Value {
    let body_examples: Vec<String> = (1..=20).map(|i| format!("value{i}")).collect();
    let mut buttons = vec![
        json!({"type": "URL", "text": "Shop", "url": "https://shop.example/p?c={{1}}", "example": ["summer"]}),
        json!({"type": "URL", "text": "Track", "url": "https://shop.example/t/{{1}}", "example": ["42"]}),
        json!({"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"}),
        json!({"type": "COPY_CODE", "example": "SAVE25"}),
    ];
    for i in 0..6 {
        buttons.push(json!({"type": "QUICK_REPLY", "text": format!("Reply {i}")}));
    }
    let cards: Vec<Value> = (0..10)
        .map(|i| {
            json!({"components": [
                {"type": "header", "format": "image", "example": {"header_handle": ["4::aW1hZ2U="]}},
                {"type": "body", "text": format!("Card {i}: *{{{{1}}}}* for {{{{2}}}} only."), "example": {"body_text": [["Lemons", "$2"]]}},
                {"type": "buttons", "buttons": [
                    {"type": "quick_reply", "text": "More like this"},
                    {"type": "url", "text": "Buy", "url": "https://shop.example/c/{{1}}", "example": ["lemons"]}]}]})
        })
        .collect();
    json!({
        "name": "maximal_template", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Big sale {{1}}", "example": {"header_text": ["today"]}},
            {"type": "BODY", "text": long_body(), "example": {"body_text": [body_examples]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"},
            {"type": "BUTTONS", "buttons": buttons},
            {"type": "CAROUSEL", "cards": cards}
        ]
    })
}

fn maximal_values(template: &Template) -> Values {
    let cards: serde_json::Map<String, Value> = (0..10)
        .map(|i| {
            (
                i.to_string(),
                json!({"header": {"id": format!("media-{i}")}, "body": {"1": "Mangoes"}}),
            )
        })
        .collect();
    let values = json!({
        "header": {"1": "now"},
        "body": {"1": "Ada", "2": "42", "3": "Lovelace"},
        "buttons": {"0": "fall", "3": "FALL30", "4": "STOP"},
        "cards": cards
    });
    match Values::from_value(&values, template) {
        Ok(values) => values,
        Err(problems) => panic!("benchmark values are invalid: {problems:?}"),
    }
}

fn benches(c: &mut Criterion) {
    let template = match Template::from_value(maximal_template()) {
        Ok(template) => template,
        Err(error) => panic!("benchmark template: {error}"),
    };
    assert_eq!(
        template
            .body()
            .and_then(|b| b.text.as_deref())
            .map(|t| t.chars().count()),
        Some(1024)
    );
    let values = maximal_values(&template);
    for client in [Client::Android, Client::Ios, Client::Desktop] {
        let options = PreviewOptions {
            client,
            theme: Theme::Light,
            timestamp: "10:42".to_string(),
            now_ms: 1_767_225_600_000,
        };
        c.bench_function(
            &format!("preview_maximal_template_{client:?}").to_lowercase(),
            |b| {
                b.iter(|| {
                    preview(
                        black_box(&template),
                        black_box(&values),
                        black_box(&options),
                    )
                })
            },
        );
    }
    c.bench_function("payload_maximal_template", |b| {
        b.iter(|| {
            build(
                black_box(&template),
                black_box(&values),
                black_box("+16505551234"),
            )
        })
    });
    let body = long_body();
    c.bench_function("format_parse_1024_char_body", |b| {
        b.iter(|| wabi_template::format::parse(black_box(&body)))
    });
}

criterion_group!(preview_benches, benches);
criterion_main!(preview_benches);

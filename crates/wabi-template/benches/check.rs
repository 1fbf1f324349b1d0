//! Speed of the rule checker on maximal templates (goal: under 50 µs median, optimised).
//!
//! Run: `cargo bench -p wabi-template --bench check`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::time::Duration;

/// A 1,024-character body with many variables, a text header, a footer and 10 buttons.
fn maximal_buttons() -> Value {
    let mut body = String::from("Hello");
    let mut n = 0;
    while body.chars().count() < 960 {
        n += 1;
        body.push_str(&format!(" dear customer {{{{{n}}}}} and more words"));
    }
    body.push_str(" thanks for shopping with us.");
    let mut body: String = body.chars().take(1020).collect();
    body.push_str(" ok.");
    let examples: Vec<String> = (1..=n).map(|i| format!("value{i}")).collect();
    let mut buttons: Vec<Value> = (0..7)
        .map(|i| json!({"type": "QUICK_REPLY", "text": format!("Option number {i}")}))
        .collect();
    buttons.push(json!({"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track/{{1}}", "example": ["860198"]}));
    buttons.push(
        json!({"type": "URL", "text": "Help centre", "url": "https://help.luckyshrub.com/orders"}),
    );
    buttons
        .push(json!({"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051310"}));
    json!({
        "name": "maximal_buttons", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Your order {{1}} update", "example": {"header_text": ["#1"]}},
            {"type": "BODY", "text": body, "example": {"body_text": [examples]}},
            {"type": "FOOTER", "text": "Lucky Shrub, reply STOP to opt out"},
            {"type": "BUTTONS", "buttons": buttons}
        ]
    })
}

/// A 1,024-character message body and a 10-card carousel, each card with a 160-character body
/// and two buttons.
fn maximal_carousel() -> Value {
    let card_body: String = format!("Rare plant {{{{1}}}} {}", "x".repeat(160 - 17));
    let card = json!({"components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
        {"type": "BODY", "text": card_body, "example": {"body_text": [["Blue elf"]]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Send more like this"},
            {"type": "URL", "text": "Buy now", "url": "https://www.luckyshrub.com/rare/{{1}}", "example": ["blue-elf"]}
        ]}
    ]});
    let body: String = format!("Hi {{{{1}}}}, rare plants {} are here.", "and ".repeat(247));
    json!({
        "name": "maximal_carousel", "language": "en_US", "category": "MARKETING",
        "components": [
            {"type": "BODY", "text": body, "example": {"body_text": [["Pablo"]]}},
            {"type": "CAROUSEL", "cards": vec![card; 10]}
        ]
    })
}

/// CPU time of this thread in nanoseconds (Linux), to report a figure that other processes
/// competing for the cores do not inflate.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Median CPU time per check over 25 batches of 1,000 checks, in microseconds.
fn cpu_median_us(doc: &Value) -> Option<f64> {
    let mut batches = Vec::new();
    for _ in 0..25 {
        let start = thread_cpu_ns()?;
        for _ in 0..1000 {
            black_box(wabi_template::check(black_box(doc)));
        }
        batches.push((thread_cpu_ns()? - start) as f64 / 1000.0 / 1000.0);
    }
    batches.sort_by(f64::total_cmp);
    batches.get(batches.len() / 2).copied()
}

fn bench(c: &mut Criterion) {
    let buttons = maximal_buttons();
    let carousel = maximal_carousel();
    // The inputs really are maximal and valid, so the benchmark measures a full check.
    for doc in [&buttons, &carousel] {
        let errors: Vec<_> = wabi_template::check(doc)
            .into_iter()
            .filter(|d| d.severity == wabi_template::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    for (name, doc) in [
        ("body_1024_many_variables_10_buttons", &buttons),
        ("carousel_10_cards", &carousel),
    ] {
        if let Some(us) = cpu_median_us(doc) {
            println!("check/{name}: median CPU time {us:.1} µs per check");
        }
    }
    let mut group = c.benchmark_group("check");
    group.measurement_time(Duration::from_secs(3));
    group.warm_up_time(Duration::from_secs(1));
    group.bench_function("body_1024_many_variables_10_buttons", |b| {
        b.iter(|| wabi_template::check(black_box(&buttons)))
    });
    group.bench_function("carousel_10_cards", |b| {
        b.iter(|| wabi_template::check(black_box(&carousel)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! A composer counter and the checker's length rule for the same field cannot disagree: for
//! every limited text field, the rule fires at the counter's pointer exactly when the counter is
//! over its limit.

use serde_json::{json, Value};
use wabi_template::check;
use wabi_template::counters::{counters, limited_values};
use wabi_template::limits::LimitedText;
use wabi_template::starters;

/// A template that is valid except, perhaps, for the length of the text of `field`.
fn document(field: LimitedText, text: &str) -> Value {
    let body = json!({"type": "BODY", "text": "Hello, your order is ready."});
    let offer = |offer_text: &str| {
        json!({"type": "LIMITED_TIME_OFFER",
               "limited_time_offer": {"text": offer_text, "has_expiration": true}})
    };
    let card = |card_body: &str| {
        json!({"components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1n"]}},
            {"type": "BODY", "text": card_body},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}
        ]})
    };
    let marketing = |components: Vec<Value>| {
        json!({"name": "limits_check", "category": "MARKETING", "language": "en_US",
               "components": components})
    };
    match field {
        LimitedText::Name => {
            let mut doc = marketing(vec![body]);
            doc["name"] = json!(text);
            doc
        }
        LimitedText::HeaderText => marketing(vec![
            json!({"type": "HEADER", "format": "TEXT", "text": text}),
            body,
        ]),
        LimitedText::Body => marketing(vec![json!({"type": "BODY", "text": text})]),
        LimitedText::OfferBody => marketing(vec![
            offer("Sale"),
            json!({"type": "BODY", "text": text}),
            json!({"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE"}]}),
        ]),
        LimitedText::CardBody => marketing(vec![
            body,
            json!({"type": "CAROUSEL", "cards": [card(text), card("Second card")]}),
        ]),
        LimitedText::Footer => marketing(vec![body, json!({"type": "FOOTER", "text": text})]),
        LimitedText::OfferText => marketing(vec![
            offer(text),
            body,
            json!({"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE"}]}),
        ]),
        LimitedText::ButtonLabel => marketing(vec![
            body,
            json!({"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": text}]}),
        ]),
        LimitedText::Url => marketing(vec![
            body,
            json!({"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Open", "url": text}]}),
        ]),
        LimitedText::PhoneNumber => marketing(vec![
            body,
            json!({"type": "BUTTONS", "buttons":
                [{"type": "PHONE_NUMBER", "text": "Call", "phone_number": text}]}),
        ]),
        LimitedText::CopyCode => marketing(vec![
            body,
            json!({"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": text}]}),
        ]),
        LimitedText::OfferCopyCode => marketing(vec![
            offer("Sale"),
            body,
            json!({"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": text}]}),
        ]),
    }
}

/// A text of `n` characters the field accepts apart from its length.
fn text_of(field: LimitedText, n: usize) -> String {
    match field {
        LimitedText::Name => "a".repeat(n),
        LimitedText::Url => {
            let start = "https://example.com/";
            format!("{start}{}", "p".repeat(n.saturating_sub(start.len())))
        }
        LimitedText::PhoneNumber => format!("+{}", "1".repeat(n - 1)),
        LimitedText::CopyCode | LimitedText::OfferCopyCode => "C".repeat(n),
        _ => format!("W{}", "é".repeat(n - 1)),
    }
}

#[test]
fn each_length_rule_fires_exactly_when_its_counter_is_over_the_limit() {
    for field in LimitedText::ALL {
        let limit = field.limit();
        for n in [limit - 1, limit, limit + 1, limit + 7] {
            let text = text_of(field, n);
            let doc = document(field, &text);
            let values = limited_values(&doc);
            let mine: Vec<_> = values
                .iter()
                .filter(|v| v.field == field && v.text == text)
                .collect();
            assert_eq!(mine.len(), 1, "{field:?}: one counted value in {doc}");
            let counter = mine[0].counter();
            assert_eq!(counter.count, n, "{field:?}");
            assert_eq!(counter.limit, limit, "{field:?}");
            let diagnostics = check(&doc);
            let fired = diagnostics
                .iter()
                .any(|d| d.rule == field.rule().id && d.pointer == counter.pointer);
            assert_eq!(
                fired,
                counter.count > counter.limit,
                "{field:?} at {n} characters: counter {}/{} but rule {} {}: {diagnostics:?}",
                counter.count,
                counter.limit,
                field.rule().id,
                if fired { "fired" } else { "did not fire" },
            );
            if n <= limit {
                let errors: Vec<_> = diagnostics
                    .iter()
                    .filter(|d| d.severity == wabi_template::Severity::Error)
                    .collect();
                assert!(errors.is_empty(), "{field:?} at {n}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_counter_of_a_starter_is_within_its_limit_and_no_length_rule_fires() {
    for starter in starters::starters() {
        for counter in counters(&starter.template) {
            assert!(
                counter.count <= counter.limit,
                "{}: {counter:?}",
                starter.id
            );
        }
        let fired: Vec<_> = check(&starter.template)
            .into_iter()
            .filter(|d| LimitedText::ALL.iter().any(|f| f.rule().id == d.rule))
            .collect();
        assert!(fired.is_empty(), "{}: {fired:?}", starter.id);
    }
}

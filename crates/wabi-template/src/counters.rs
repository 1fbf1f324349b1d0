//! The composer's character counters: every limited text field of a document, how many
//! characters it holds and its limit (`812 / 1024`).
//!
//! Why here: a counter and the checker's length rule for the same field read one
//! [`LimitedText`] (its limit and its rule, from [`crate::limits`]), so the counter turns red
//! exactly when the rule fires; `tests/counters_match_rules.rs` pins that for every field. The
//! UI draws the counters as they come over IPC.

use crate::limits::LimitedText;
use crate::text::char_count;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// A character counter beside a limited field: `812 / 1024`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Counter {
    /// RFC 6901 pointer of the counted value.
    pub pointer: String,
    /// Characters as WhatsApp counts them.
    pub count: usize,
    /// The limit (from the limits table; Meta: M-components, M-carousel, M-lto).
    pub limit: usize,
}

/// A limited text field found in a document: which field, where, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitedValue<'a> {
    /// The kind of field, which gives the limit and the rule.
    pub field: LimitedText,
    /// RFC 6901 pointer of the text.
    pub pointer: String,
    /// The text as the document holds it.
    pub text: &'a str,
}

impl LimitedValue<'_> {
    /// The counter the composer shows for this value.
    pub fn counter(&self) -> Counter {
        Counter {
            pointer: self.pointer.clone(),
            count: char_count(self.text),
            limit: self.field.limit(),
        }
    }
}

/// Counters of every limited text field in `document`, in document order.
pub fn counters(document: &Value) -> Vec<Counter> {
    limited_values(document)
        .iter()
        .map(LimitedValue::counter)
        .collect()
}

/// Every limited text field present (as a string) in `document`, in document order. Never
/// panics, whatever the value.
pub fn limited_values(document: &Value) -> Vec<LimitedValue<'_>> {
    let mut out = Vec::new();
    push(
        &mut out,
        LimitedText::Name,
        "/name".into(),
        document.get("name"),
    );
    let components = document.get("components").and_then(Value::as_array);
    let in_offer = components.is_some_and(|list| {
        list.iter()
            .any(|c| upper(c.get("type")) == "LIMITED_TIME_OFFER")
    });
    if let Some(list) = components {
        component_values(&mut out, "/components", list, in_offer, false);
    }
    out
}

fn upper(value: Option<&Value>) -> String {
    value
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_uppercase()
}

fn push<'a>(
    out: &mut Vec<LimitedValue<'a>>,
    field: LimitedText,
    pointer: String,
    value: Option<&'a Value>,
) {
    if let Some(text) = value.and_then(Value::as_str) {
        out.push(LimitedValue {
            field,
            pointer,
            text,
        });
    }
}

fn component_values<'a>(
    out: &mut Vec<LimitedValue<'a>>,
    base: &str,
    list: &'a [Value],
    in_offer: bool,
    in_card: bool,
) {
    for (i, component) in list.iter().enumerate() {
        let at = format!("{base}/{i}");
        let text = component.get("text");
        match upper(component.get("type")).as_str() {
            "HEADER" if upper(component.get("format")) == "TEXT" => {
                push(out, LimitedText::HeaderText, format!("{at}/text"), text);
            }
            "BODY" => {
                let field = match (in_card, in_offer) {
                    (true, _) => LimitedText::CardBody,
                    (false, true) => LimitedText::OfferBody,
                    (false, false) => LimitedText::Body,
                };
                push(out, field, format!("{at}/text"), text);
            }
            "FOOTER" => push(out, LimitedText::Footer, format!("{at}/text"), text),
            "LIMITED_TIME_OFFER" => push(
                out,
                LimitedText::OfferText,
                format!("{at}/limited_time_offer/text"),
                component
                    .get("limited_time_offer")
                    .and_then(|o| o.get("text")),
            ),
            "BUTTONS" => {
                let buttons = component.get("buttons").and_then(Value::as_array);
                for (b, button) in buttons.into_iter().flatten().enumerate() {
                    button_values(out, &format!("{at}/buttons/{b}"), button, in_offer);
                }
            }
            "CAROUSEL" => {
                let cards = component.get("cards").and_then(Value::as_array);
                for (c, card) in cards.into_iter().flatten().enumerate() {
                    if let Some(parts) = card.get("components").and_then(Value::as_array) {
                        let base = format!("{at}/cards/{c}/components");
                        component_values(out, &base, parts, in_offer, true);
                    }
                }
            }
            _ => {}
        }
    }
}

fn button_values<'a>(out: &mut Vec<LimitedValue<'a>>, at: &str, button: &'a Value, in_offer: bool) {
    let label = button.get("text");
    push(out, LimitedText::ButtonLabel, format!("{at}/text"), label);
    push(
        out,
        LimitedText::Url,
        format!("{at}/url"),
        button.get("url"),
    );
    let phone = button.get("phone_number");
    push(
        out,
        LimitedText::PhoneNumber,
        format!("{at}/phone_number"),
        phone,
    );
    if upper(button.get("type")) == "COPY_CODE" {
        let field = if in_offer {
            LimitedText::OfferCopyCode
        } else {
            LimitedText::CopyCode
        };
        push(out, field, format!("{at}/example"), button.get("example"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn a_document_that_is_not_an_object_has_no_counters() {
        for doc in [json!(null), json!([1, 2]), json!("text"), json!(42)] {
            assert!(counters(&doc).is_empty(), "{doc}");
        }
    }
}

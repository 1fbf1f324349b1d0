//! What a new draft starts from: a blank template or one of a few starters.
//!
//! Starters are small, rule-abiding examples of Meta's creation JSON (shapes from the platform
//! rules, section 1.6) that a marketer edits; the checker judges them like any draft.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use ts_rs::TS;

/// The content a new draft starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Starter {
    /// Only an empty body.
    Blank,
    /// A marketing offer: text header, body with a variable, footer, quick-reply button.
    MarketingOffer,
    /// An order update: body with two variables and a URL button.
    OrderUpdate,
    /// A one-time passcode with a copy-code button.
    OneTimePasscode,
}

impl Starter {
    /// The category Meta expects for this starter, or `None` for a blank draft.
    fn category(self) -> Option<&'static str> {
        match self {
            Starter::Blank => None,
            Starter::MarketingOffer => Some("MARKETING"),
            Starter::OrderUpdate => Some("UTILITY"),
            Starter::OneTimePasscode => Some("AUTHENTICATION"),
        }
    }

    fn components(self) -> Value {
        match self {
            Starter::Blank => json!([{"type": "BODY", "text": ""}]),
            Starter::MarketingOffer => json!([
                {"type": "HEADER", "format": "TEXT", "text": "Our autumn sale is on"},
                {"type": "BODY",
                 "text": "Hi {{1}}, take 20% off everything until Sunday.",
                 "example": {"body_text": [["Ana"]]}},
                {"type": "FOOTER", "text": "Reply STOP to opt out"},
                {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Show me"}]}
            ]),
            Starter::OrderUpdate => json!([
                {"type": "BODY",
                 "text": "Hi {{1}}, your order {{2}} has shipped.",
                 "example": {"body_text": [["Ana", "860198-230332"]]}},
                {"type": "BUTTONS", "buttons": [
                    {"type": "URL", "text": "Track order",
                     "url": "https://example.com/track/{{1}}",
                     "example": ["https://example.com/track/860198"]}
                ]}
            ]),
            Starter::OneTimePasscode => json!([
                {"type": "BODY", "add_security_recommendation": true},
                {"type": "FOOTER", "code_expiration_minutes": 10},
                {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]}
            ]),
        }
    }
}

/// The document of a new draft: Meta creation JSON with the given name, language and category
/// (the starter's category when `category` is `None`; `MARKETING` for a blank draft).
pub fn starter_document(
    starter: Starter,
    name: &str,
    language: &str,
    category: Option<&str>,
) -> Map<String, Value> {
    let category = category.or(starter.category()).unwrap_or("MARKETING");
    let mut doc = Map::new();
    doc.insert("name".into(), Value::from(name));
    doc.insert("language".into(), Value::from(language));
    doc.insert("category".into(), Value::from(category));
    doc.insert("components".into(), starter.components());
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_starter_has_fields_and_one_empty_body() {
        let doc = starter_document(Starter::Blank, "promo", "en_US", None);
        assert_eq!(doc["name"], "promo");
        assert_eq!(doc["language"], "en_US");
        assert_eq!(doc["category"], "MARKETING");
        assert_eq!(doc["components"], json!([{"type":"BODY","text":""}]));
    }

    #[test]
    fn starter_category_can_be_overridden() {
        let doc = starter_document(Starter::OrderUpdate, "o", "en", Some("MARKETING"));
        assert_eq!(doc["category"], "MARKETING");
        let doc = starter_document(Starter::OrderUpdate, "o", "en", None);
        assert_eq!(doc["category"], "UTILITY");
    }
}

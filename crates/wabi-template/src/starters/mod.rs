//! Starter templates: ready-made Meta template documents for the uses our users come for
//! (order confirmation, delivery update, promotion, one-time passcode…), offered by the app's
//! "New from starter" picker.
//!
//! Each starter is a Meta template-creation JSON file under `json/`, embedded at compile time
//! with `include_str!`, plus a title and a one-line description for the picker. They live in
//! this crate (not in the UI) so the app and the command line share them and a test here proves
//! every starter passes [`crate::check`] with zero errors.

use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// One starter template as the picker shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Starter {
    /// Stable id, e.g. `order_confirmation`.
    pub id: String,
    /// Title shown in the picker, in English.
    pub title: String,
    /// One line on what the starter is for, in English.
    pub description: String,
    /// The Meta template document the new draft starts from.
    #[ts(type = "Record<string, unknown>")]
    pub template: Value,
}

/// (id, title, description, JSON text) of every starter, in the picker's order.
const STARTERS: &[(&str, &str, &str, &str)] = &[
    (
        "order_confirmation",
        "Order confirmation",
        "Confirm an order with its number, total and delivery date, and link to it.",
        include_str!("json/order_confirmation.json"),
    ),
    (
        "delivery_update",
        "Delivery update",
        "Tell a customer their parcel is on its way, with a tracking link.",
        include_str!("json/delivery_update.json"),
    ),
    (
        "support_follow_up",
        "Support follow-up",
        "Check in after a support chat, with named variables and quick replies.",
        include_str!("json/support_follow_up.json"),
    ),
    (
        "promotion",
        "Promotion with image",
        "An image, an offer, a call-to-action link and two quick replies.",
        include_str!("json/promotion.json"),
    ),
    (
        "feedback_survey",
        "Feedback survey",
        "Ask for a rating in one tap with three quick replies.",
        include_str!("json/feedback_survey.json"),
    ),
    (
        "appointment_reminder",
        "Appointment reminder",
        "Remind of an appointment with confirm, reschedule and call options.",
        include_str!("json/appointment_reminder.json"),
    ),
    (
        "subscription_confirmation",
        "Subscription confirmation",
        "Confirm an opt-in to WhatsApp updates, with a way to stop them.",
        include_str!("json/subscription_confirmation.json"),
    ),
    (
        "regulatory_notice",
        "Regulatory notice",
        "Send a legal or terms notice with the document attached.",
        include_str!("json/regulatory_notice.json"),
    ),
    (
        "abandoned_cart",
        "Abandoned cart with coupon",
        "Bring a shopper back to their cart with a coupon code to copy.",
        include_str!("json/abandoned_cart.json"),
    ),
    (
        "product_carousel",
        "Product carousel",
        "Show several products as cards that scroll sideways.",
        include_str!("json/product_carousel.json"),
    ),
    (
        "limited_time_offer",
        "Limited-time offer",
        "An offer with a countdown, a code to copy and a shop link.",
        include_str!("json/limited_time_offer.json"),
    ),
    (
        "one_time_passcode",
        "One-time passcode",
        "An authentication code with a copy button and an expiry.",
        include_str!("json/one_time_passcode.json"),
    ),
];

/// Every starter, in the picker's order. A starter whose embedded JSON could not be read is
/// left out (the test below proves none is).
pub fn starters() -> Vec<Starter> {
    STARTERS
        .iter()
        .filter_map(|(id, title, description, text)| {
            let template = serde_json::from_str::<Value>(text).ok()?;
            Some(Starter {
                id: (*id).to_string(),
                title: (*title).to_string(),
                description: (*description).to_string(),
                template,
            })
        })
        .collect()
}

/// The starter with `id`, if there is one.
pub fn starter(id: &str) -> Option<Starter> {
    starters().into_iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    #[test]
    fn every_embedded_starter_is_valid_json() {
        assert_eq!(starters().len(), STARTERS.len());
    }

    #[test]
    fn every_starter_passes_the_checker_with_zero_errors() {
        for starter in starters() {
            let errors: Vec<_> = crate::check(&starter.template)
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "starter {} has errors: {errors:#?}",
                starter.id
            );
        }
    }

    #[test]
    fn starter_ids_are_unique_and_found_by_id() {
        let list = starters();
        for s in &list {
            assert_eq!(list.iter().filter(|o| o.id == s.id).count(), 1, "{}", s.id);
            assert_eq!(starter(&s.id).map(|f| f.id), Some(s.id.clone()));
        }
        assert!(starter("no_such_starter").is_none());
    }

    #[test]
    fn starters_cover_every_use_the_picker_promises() {
        let ids: Vec<String> = starters().into_iter().map(|s| s.id).collect();
        for wanted in [
            "order_confirmation",
            "delivery_update",
            "support_follow_up",
            "promotion",
            "feedback_survey",
            "appointment_reminder",
            "subscription_confirmation",
            "regulatory_notice",
            "abandoned_cart",
            "product_carousel",
            "limited_time_offer",
            "one_time_passcode",
        ] {
            assert!(
                ids.iter().any(|id| id == wanted),
                "missing starter {wanted}"
            );
        }
    }

    #[test]
    fn starters_cover_every_category() {
        let categories: Vec<String> = starters()
            .iter()
            .filter_map(|s| s.template["category"].as_str().map(str::to_owned))
            .collect();
        for category in ["MARKETING", "UTILITY", "AUTHENTICATION"] {
            assert!(
                categories.iter().any(|c| c == category),
                "no {category} starter"
            );
        }
    }
}

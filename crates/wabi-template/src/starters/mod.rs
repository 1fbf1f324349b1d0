//! Starter templates: ready-made Meta template documents for the uses our users come for
//! (order confirmation, delivery update, promotion, one-time passcode…), offered by the app's
//! "New from starter" picker.
//!
//! Each starter is a Meta template-creation JSON file under `json/`, embedded at compile time
//! with `include_str!`, plus a title and a one-line description for the picker. They live in
//! this crate (not in the UI) so the app and the command line share them and a test here proves
//! every starter passes [`crate::check`] with zero errors.

use crate::Locale;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// One starter template as the picker shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Starter {
    /// Stable id, e.g. `order_confirmation`.
    pub id: String,
    /// Title shown in the picker, in the locale asked for.
    pub title: String,
    /// One line on what the starter is for, in the locale asked for.
    pub description: String,
    /// The Meta template document the new draft starts from.
    #[ts(type = "Record<string, unknown>")]
    pub template: Value,
}

/// (id, English title, English description, Italian title, Italian description, JSON text) of
/// every starter, in the picker's order.
const STARTERS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "order_confirmation",
        "Order confirmation",
        "Confirm an order with its number, total and delivery date, and link to it.",
        "Conferma d'ordine",
        "Conferma un ordine con numero, totale e data di consegna, e un link all'ordine.",
        include_str!("json/order_confirmation.json"),
    ),
    (
        "delivery_update",
        "Delivery update",
        "Tell a customer their parcel is on its way, with a tracking link.",
        "Aggiornamento sulla consegna",
        "Avvisa il cliente che il pacco è in viaggio, con un link per seguirlo.",
        include_str!("json/delivery_update.json"),
    ),
    (
        "support_follow_up",
        "Support follow-up",
        "Check in after a support chat, with named variables and quick replies.",
        "Follow-up dell'assistenza",
        "Ricontatta il cliente dopo una chat di assistenza, con variabili con nome e risposte rapide.",
        include_str!("json/support_follow_up.json"),
    ),
    (
        "promotion",
        "Promotion with image",
        "An image, an offer, a call-to-action link and two quick replies.",
        "Promozione con immagine",
        "Un'immagine, un'offerta, un link di invito all'azione e due risposte rapide.",
        include_str!("json/promotion.json"),
    ),
    (
        "feedback_survey",
        "Feedback survey",
        "Ask for a rating in one tap with three quick replies.",
        "Sondaggio di gradimento",
        "Chiedi una valutazione con un tocco, con tre risposte rapide.",
        include_str!("json/feedback_survey.json"),
    ),
    (
        "appointment_reminder",
        "Appointment reminder",
        "Remind of an appointment with confirm, reschedule and call options.",
        "Promemoria appuntamento",
        "Ricorda un appuntamento con le opzioni conferma, sposta e chiama.",
        include_str!("json/appointment_reminder.json"),
    ),
    (
        "subscription_confirmation",
        "Subscription confirmation",
        "Confirm an opt-in to WhatsApp updates, with a way to stop them.",
        "Conferma d'iscrizione",
        "Conferma l'adesione agli aggiornamenti WhatsApp, con un modo per interromperli.",
        include_str!("json/subscription_confirmation.json"),
    ),
    (
        "regulatory_notice",
        "Regulatory notice",
        "Send a legal or terms notice with the document attached.",
        "Comunicazione normativa",
        "Invia un avviso legale o sulle condizioni con il documento allegato.",
        include_str!("json/regulatory_notice.json"),
    ),
    (
        "abandoned_cart",
        "Abandoned cart with coupon",
        "Bring a shopper back to their cart with a coupon code to copy.",
        "Carrello abbandonato con coupon",
        "Riporta un cliente al suo carrello con un codice sconto da copiare.",
        include_str!("json/abandoned_cart.json"),
    ),
    (
        "product_carousel",
        "Product carousel",
        "Show several products as cards that scroll sideways.",
        "Carosello di prodotti",
        "Mostra più prodotti come schede che scorrono di lato.",
        include_str!("json/product_carousel.json"),
    ),
    (
        "limited_time_offer",
        "Limited-time offer",
        "An offer with a countdown, a code to copy and a shop link.",
        "Offerta a tempo limitato",
        "Un'offerta con conto alla rovescia, un codice da copiare e un link al negozio.",
        include_str!("json/limited_time_offer.json"),
    ),
    (
        "one_time_passcode",
        "One-time passcode",
        "An authentication code with a copy button and an expiry.",
        "Codice monouso",
        "Un codice di autenticazione con pulsante Copia e una scadenza.",
        include_str!("json/one_time_passcode.json"),
    ),
];

/// Every starter, in the picker's order, titled in English. A starter whose embedded JSON could
/// not be read is left out (the test below proves none is).
pub fn starters() -> Vec<Starter> {
    starters_in(Locale::En)
}

/// Like [`starters`], titled and described in `locale`. The templates themselves are the same
/// in every locale.
pub fn starters_in(locale: Locale) -> Vec<Starter> {
    STARTERS
        .iter()
        .filter_map(|(id, title, description, title_it, description_it, text)| {
            let template = serde_json::from_str::<Value>(text).ok()?;
            let (title, description) = match locale {
                Locale::En => (title, description),
                Locale::It => (title_it, description_it),
            };
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
    fn italian_starters_have_their_own_titles_and_the_same_templates() {
        let en = starters();
        let it = starters_in(Locale::It);
        assert_eq!(en.len(), it.len());
        for (e, i) in en.iter().zip(&it) {
            assert_eq!(e.id, i.id);
            assert_eq!(e.template, i.template, "{}", e.id);
            assert!(!i.title.is_empty() && !i.description.is_empty(), "{}", e.id);
            assert_ne!(e.title, i.title, "{} title is not translated", e.id);
            assert_ne!(
                e.description, i.description,
                "{} description is not translated",
                e.id
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

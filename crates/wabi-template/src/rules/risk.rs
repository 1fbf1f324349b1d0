//! Rejection-risk warnings (reference 1.3, 2.5, 7.3): wording that gets a template
//! re-categorised or rejected, and bodies too long for a chat message. All warnings: Meta
//! decides these in review, not by a fixed rule.

use super::context::{at, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::text::{char_count, strip_placeholders, thousands};
use serde_json::Value;

/// Body length from which email suits the content better (characters).
pub(crate) const LONG_BODY_CHARS: usize = 700;
/// Body line count from which email suits the content better.
pub(crate) const LONG_BODY_LINES: usize = 15;

const PROMOTIONAL: &[&str] = &[
    "sale",
    "discount",
    "% off",
    "offer",
    "promo",
    "promotion",
    "promo code",
    "coupon",
    "voucher",
    "deal",
    "deals",
    "buy now",
    "shop now",
    "limited time",
    "exclusive",
    "save up to",
    "cashback",
    "free gift",
    "free shipping",
    "clearance",
    "best price",
    "special price",
    "new arrivals",
    "don't miss",
    "hurry",
    "black friday",
    "bogo",
];

const CODE_WORDING: &[&str] = &[
    "verification code",
    "otp",
    "one-time password",
    "one time password",
    "one-time code",
    "passcode",
    "security code",
    "login code",
    "authentication code",
    "2fa code",
];

const SENSITIVE: &[&str] = &[
    "card number",
    "credit card number",
    "debit card number",
    "full card",
    "cvv",
    "cvc",
    "social security number",
    "ssn",
    "passport number",
    "national id",
    "id number",
    "aadhaar",
    "aadhar",
    "bank account number",
    "account number",
    "iban",
    "routing number",
    "pin number",
];

const PARTIAL_OK: &[&str] = &[
    "last 4",
    "last four",
    "last 4 digits",
    "ending in",
    "ending with",
];

/// Checks the wording of the texts a reviewer reads, and the body's length and shape.
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let auth = tpl.is(Category::Authentication);
    let mut texts: Vec<(String, &str)> = Vec::new();
    for c in &tpl.components {
        if matches!(c.kind, Kind::Header | Kind::Body | Kind::Footer) {
            if let Some(Value::String(s)) = c.obj.get("text") {
                texts.push((at(&c.pointer, "text"), s));
            }
        }
    }
    for (ptr, text) in &texts {
        let lower = strip_placeholders(text).to_lowercase();
        if tpl.is(Category::Utility) {
            if let Some(word) = PROMOTIONAL.iter().find(|w| contains_phrase(&lower, w)) {
                ctx.emit(
                    &table::RISK_PROMOTIONAL_IN_UTILITY,
                    ptr,
                    format!(
                        "Promotional wording (\"{word}\") in a UTILITY template: Meta re-categorises \
                         templates with any promotional element as MARKETING. Remove it or use \
                         MARKETING."
                    ),
                );
            }
        }
        if !auth && tpl.category.is_some() {
            if let Some(word) = CODE_WORDING.iter().find(|w| contains_phrase(&lower, w)) {
                ctx.emit(
                    &table::RISK_CODE_OUTSIDE_AUTH,
                    ptr,
                    format!(
                        "Code wording (\"{word}\") outside an AUTHENTICATION template: one-time \
                         passcodes must be sent with AUTHENTICATION templates, and Meta rejects \
                         them elsewhere. Use an AUTHENTICATION template for codes."
                    ),
                );
            }
        }
        if let Some(word) = SENSITIVE.iter().find(|w| contains_phrase(&lower, w)) {
            if !PARTIAL_OK.iter().any(|p| contains_phrase(&lower, p)) {
                ctx.emit(
                    &table::RISK_SENSITIVE_REQUEST,
                    ptr,
                    format!(
                        "The text mentions \"{word}\". Meta rejects templates that ask for full \
                         card, account or national ID numbers; ask only for a partial number \
                         (e.g. the last 4 digits) or link to a secure page."
                    ),
                );
            }
        }
    }
    if auth {
        return;
    }
    if let Some(body) = tpl.first(Kind::Body) {
        if let Some(Value::String(text)) = body.obj.get("text") {
            let n = char_count(text);
            let lines = text.lines().count();
            if n >= LONG_BODY_CHARS || lines >= LONG_BODY_LINES {
                ctx.emit(
                    &table::RISK_LONG_BODY,
                    &at(&body.pointer, "text"),
                    format!(
                        "The body is {} characters on {} lines. WhatsApp suits short messages \
                         (marketing bodies fold after about 5 lines); long or complex content \
                         reads better by email with a short WhatsApp pointer to it.",
                        thousands(n),
                        thousands(lines)
                    ),
                );
            }
        }
    }
}

/// True when `phrase` occurs in `hay` with no letter or digit glued to either end.
fn contains_phrase(hay: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|h| h.find(phrase)) {
        let start = from + pos;
        let end = start + phrase.len();
        let before_ok = hay
            .get(..start)
            .and_then(|s| s.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay
            .get(end..)
            .and_then(|s| s.chars().next())
            .is_none_or(|c| !c.is_alphanumeric());
        let edge_ok = !phrase.starts_with(|c: char| c.is_alphanumeric()) || before_ok;
        let tail_ok = !phrase.ends_with(|c: char| c.is_alphanumeric()) || after_ok;
        if edge_ok && tail_ok {
            return true;
        }
        from = start + phrase.chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(contains_phrase("big sale today", "sale"));
        assert!(!contains_phrase("wholesale prices", "sale"));
        assert!(contains_phrase("get 20% off now", "% off"));
        assert!(contains_phrase("your otp: 1234", "otp"));
        assert!(!contains_phrase("hotpot", "otp"));
        assert!(!contains_phrase("", "otp"));
    }
}

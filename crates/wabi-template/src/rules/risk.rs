//! Rejection-risk warnings (Meta: M-cat, M-review, M-quality): wording that gets a template
//! re-categorised or rejected, and bodies too long for a chat message. All warnings: Meta
//! decides these in review, not by a fixed rule.

use super::context::{at, counted, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::text::{char_count, strip_placeholders};
use crate::{tr, Locale};
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
        let lower = Words::new(&strip_placeholders(text));
        if tpl.is(Category::Utility) {
            if let Some(word) = PROMOTIONAL.iter().find(|w| lower.contains(w)) {
                ctx.emit(
                    &table::RISK_PROMOTIONAL_IN_UTILITY,
                    ptr,
                    tr!(ctx.locale,
                        en: "Promotional wording (\"{word}\") in a UTILITY template: Meta \
                             re-categorises templates with any promotional element as \
                             MARKETING. Remove it or use MARKETING.",
                        it: "Linguaggio promozionale (\"{word}\") in un template UTILITY: Meta \
                             ricategorizza come MARKETING i template con qualsiasi elemento \
                             promozionale. Rimuovilo o usa MARKETING."),
                );
            }
        }
        if !auth && tpl.category.is_some() {
            if let Some(word) = CODE_WORDING.iter().find(|w| lower.contains(w)) {
                ctx.emit(
                    &table::RISK_CODE_OUTSIDE_AUTH,
                    ptr,
                    tr!(ctx.locale,
                        en: "Code wording (\"{word}\") outside an AUTHENTICATION template: \
                             one-time passcodes must be sent with AUTHENTICATION templates, and \
                             Meta rejects them elsewhere. Use an AUTHENTICATION template for \
                             codes.",
                        it: "Riferimenti a codici (\"{word}\") fuori da un template \
                             AUTHENTICATION: i codici monouso vanno inviati con template \
                             AUTHENTICATION e Meta li rifiuta altrove. Usa un template \
                             AUTHENTICATION per i codici."),
                );
            }
        }
        if let Some(word) = SENSITIVE.iter().find(|w| lower.contains(w)) {
            if !PARTIAL_OK.iter().any(|p| lower.contains(p)) {
                ctx.emit(
                    &table::RISK_SENSITIVE_REQUEST,
                    ptr,
                    tr!(ctx.locale,
                        en: "The text mentions \"{word}\". Meta rejects templates that ask for \
                             full card, account or national ID numbers; ask only for a partial \
                             number (e.g. the last 4 digits) or link to a secure page.",
                        it: "Il testo menziona \"{word}\". Meta rifiuta i template che chiedono \
                             numeri completi di carta, conto o documento d'identità; chiedi solo \
                             un numero parziale (ad esempio le ultime 4 cifre) o rimanda a una \
                             pagina sicura."),
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
                    tr!(ctx.locale,
                    en: "The body is {} characters on {} lines. WhatsApp suits short \
                         messages (marketing bodies fold after about 5 lines); long or \
                         complex content reads better by email with a short WhatsApp \
                         pointer to it.",
                    it: "Il corpo ha {} caratteri su {}. WhatsApp è adatto a messaggi \
                         brevi (i corpi marketing vengono compressi dopo circa 5 righe); i \
                         contenuti lunghi o complessi si leggono meglio via email, con un \
                         breve rimando su WhatsApp.",
                    ctx.num(n),
                    match ctx.locale {
                        Locale::En => ctx.num(lines),
                        Locale::It => counted(Locale::It, lines, ("", ""), ("riga", "righe")),
                    }),
                );
            }
        }
    }
}

/// Byte ranges of the tokens of `text`: runs of letters or digits, and `%` on its own.
fn token_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            if c == '%' {
                out.push((i, i + 1));
            }
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// FNV-1a, to look words up quickly (a hit is always confirmed by comparing the words).
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The lowercase words of a text, ready for phrase look-ups.
struct Words {
    lower: String,
    ranges: Vec<(usize, usize)>,
    hashes: Vec<u64>,
}

impl Words {
    fn new(text: &str) -> Words {
        let lower = text.to_lowercase();
        let ranges = token_ranges(&lower);
        let mut hashes: Vec<u64> = ranges
            .iter()
            .map(|&(a, b)| word_hash(lower.get(a..b).unwrap_or("")))
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        Words {
            lower,
            ranges,
            hashes,
        }
    }

    fn word(&self, i: usize) -> &str {
        self.ranges
            .get(i)
            .and_then(|&(a, b)| self.lower.get(a..b))
            .unwrap_or("")
    }

    /// True when the words of `phrase` (lowercase) occur one after the other, whole words only.
    fn contains(&self, phrase: &str) -> bool {
        let wanted: Vec<&str> = token_ranges(phrase)
            .into_iter()
            .filter_map(|(a, b)| phrase.get(a..b))
            .collect();
        let Some(first) = wanted.first() else {
            return false;
        };
        if self.hashes.binary_search(&word_hash(first)).is_err() {
            return false;
        }
        let n = wanted.len();
        (0..self.ranges.len().saturating_sub(n - 1)).any(|i| {
            wanted
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == *w)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(text: &str, phrase: &str) -> bool {
        Words::new(text).contains(phrase)
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(has("Big SALE today", "sale"));
        assert!(!has("wholesale prices", "sale"));
        assert!(has("get 20% off now", "% off"));
        assert!(has("Your OTP: 1234", "otp"));
        assert!(has("don't miss it", "don't miss"));
        assert!(!has("hotpot", "otp"));
        assert!(!has("", "otp"));
        assert!(has("the card ending in 4242", "ending in"));
    }
}

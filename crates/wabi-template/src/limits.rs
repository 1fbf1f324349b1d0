//! Every number WhatsApp limits a template by, written once.
//!
//! Why one table: the rule checker, the send-time rules of [`crate::payload`], the composer's
//! character counters ([`crate::counters`]) and the store's name check all read these
//! constants, so a limit changed here changes everywhere at once and nothing can disagree. The
//! lengths are in characters as WhatsApp counts them ([`crate::text::char_count`]).
//!
//! Each constant names its source by its key in `docs/sources.md` (for example "Meta:
//! M-components"). Where sources disagree, the rule ids in `rules/RULES.md` that warn about it
//! are named too.
//!
//! [`LimitedText`] ties each limited text field to its limit and to the checker rule that
//! reports it over that limit; counters and rules both go through it.

use crate::rules::table::{self, Rule};

/// Template name (Meta: M-mgmt): at most 512 characters.
pub const NAME: usize = 512;
/// Text header (Meta: M-components): at most 60 characters.
pub const HEADER_TEXT: usize = 60;
/// Body (Meta: M-components): at most 1,024 characters.
pub const BODY: usize = 1024;
/// Body of a limited-time-offer template (Meta: M-lto): at most 600 characters.
pub const LTO_BODY: usize = 600;
/// Body length that providers report MARKETING and UTILITY bodies rejected over; Meta says
/// [`BODY`] (rule `body.length_reported_550`, a warning).
pub const REPORTED_BODY: usize = 550;
/// Emoji per MARKETING or UTILITY body that providers report as a cap; Meta says only "may be
/// limited" (rule `body.emoji_cap`, a warning).
pub const REPORTED_EMOJI_CAP: usize = 10;
/// Footer (Meta: M-components): at most 60 characters.
pub const FOOTER: usize = 60;
/// Button label (Meta: M-components): at most 25 characters.
pub const BUTTON_LABEL: usize = 25;
/// Buttons per template (Meta: M-components).
pub const BUTTONS: usize = 10;
/// Button URL (Meta: M-components): at most 2,000 characters.
pub const URL: usize = 2000;
/// Phone number of a PHONE_NUMBER button (Meta: M-components): at most 20 characters.
pub const PHONE: usize = 20;
/// COPY_CODE sample or coupon code per Meta's current components page (Meta: M-components): at
/// most 20 characters.
pub const COPY_CODE: usize = 20;
/// COPY_CODE limit of Meta's older components page and the SDKs: codes longer than this but
/// within [`COPY_CODE`] get the warning `button.copy_code.example_uncertain` (sources
/// disagree, see `docs/sources.md`).
pub const COPY_CODE_OLD: usize = 15;
/// Coupon code of a limited-time offer (Meta: M-lto): at most 15 characters.
pub const LTO_COPY_CODE: usize = 15;
/// Offer text (headline) of a limited-time offer (Meta: M-lto): at most 16 characters.
pub const OFFER_TEXT: usize = 16;
/// Cards per carousel, at least (Meta: M-carousel).
pub const CARDS_MIN: usize = 2;
/// Cards per carousel, at most (Meta: M-carousel).
pub const CARDS_MAX: usize = 10;
/// Carousel card body (Meta: M-carousel): at most 160 characters.
pub const CARD_BODY: usize = 160;
/// Buttons per carousel card (Meta: M-carousel).
pub const CARD_BUTTONS: usize = 2;
/// One-time passcode sent in an AUTHENTICATION template (Meta: M-auth, M-auth-copy): at most 15
/// characters.
pub const OTP: usize = 15;
/// `code_expiration_minutes` of an AUTHENTICATION footer, at least (Meta: M-auth).
pub const CODE_EXPIRATION_MIN: i64 = 1;
/// `code_expiration_minutes` of an AUTHENTICATION footer, at most (Meta: M-auth).
pub const CODE_EXPIRATION_MAX: i64 = 90;
/// Apps in `supported_apps` of a ONE_TAP or ZERO_TAP button (Meta: M-auth-1tap).
pub const SUPPORTED_APPS: usize = 5;
/// Android `package_name` (Meta: M-auth-1tap): at most 224 characters.
pub const PACKAGE_NAME: usize = 224;
/// Android `signature_hash` (Meta: M-auth-1tap): exactly 11 characters.
pub const SIGNATURE_HASH: usize = 11;
/// Consecutive spaces allowed in a send parameter (Meta: M-errors, error 132018: "more than 4
/// consecutive spaces" is refused).
pub const CONSECUTIVE_SPACES: usize = 4;
/// One text parameter of a send (OAS: `TextParameter.maxLength`).
pub const PARAM: usize = 32_768;
/// Digits of an international phone number, at least (Meta: M-send; E.164 country code and
/// number).
pub const PHONE_DIGITS_MIN: usize = 7;
/// Digits of an international phone number, at most (E.164, Meta: M-send).
pub const PHONE_DIGITS_MAX: usize = 15;
/// Title of a reply button in an interactive message, as draft proofs send them (Meta:
/// M-reply): at most 20 characters.
pub const REPLY_TITLE: usize = 20;
/// Body of an interactive message (Meta: M-reply, M-cta; OAS: `BodyObject`): at most 1,024
/// characters.
pub const INTERACTIVE_BODY: usize = 1024;
/// Text header and footer of an interactive message (Meta: M-reply, M-cta): at most 60
/// characters.
pub const INTERACTIVE_HEADER: usize = 60;

/// A text field of a template whose length WhatsApp limits: what the composer shows a counter
/// beside, and what one checker rule reports when it is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitedText {
    /// The template's `name`.
    Name,
    /// A TEXT header's `text`.
    HeaderText,
    /// The body's `text`.
    Body,
    /// The body's `text` in a limited-time-offer template.
    OfferBody,
    /// A carousel card's body `text`.
    CardBody,
    /// The footer's `text`.
    Footer,
    /// The offer text (`limited_time_offer.text`).
    OfferText,
    /// A button label (`text`).
    ButtonLabel,
    /// A URL button's `url`.
    Url,
    /// A PHONE_NUMBER button's `phone_number`.
    PhoneNumber,
    /// A COPY_CODE button's sample code (`example`).
    CopyCode,
    /// A COPY_CODE button's sample code in a limited-time-offer template.
    OfferCopyCode,
}

impl LimitedText {
    /// Every limited text field.
    pub const ALL: [LimitedText; 12] = [
        LimitedText::Name,
        LimitedText::HeaderText,
        LimitedText::Body,
        LimitedText::OfferBody,
        LimitedText::CardBody,
        LimitedText::Footer,
        LimitedText::OfferText,
        LimitedText::ButtonLabel,
        LimitedText::Url,
        LimitedText::PhoneNumber,
        LimitedText::CopyCode,
        LimitedText::OfferCopyCode,
    ];

    /// The most characters the field may hold.
    pub const fn limit(self) -> usize {
        match self {
            LimitedText::Name => NAME,
            LimitedText::HeaderText => HEADER_TEXT,
            LimitedText::Body => BODY,
            LimitedText::OfferBody => LTO_BODY,
            LimitedText::CardBody => CARD_BODY,
            LimitedText::Footer => FOOTER,
            LimitedText::OfferText => OFFER_TEXT,
            LimitedText::ButtonLabel => BUTTON_LABEL,
            LimitedText::Url => URL,
            LimitedText::PhoneNumber => PHONE,
            LimitedText::CopyCode => COPY_CODE,
            LimitedText::OfferCopyCode => LTO_COPY_CODE,
        }
    }

    /// The checker rule that reports the field over [`limit`](Self::limit).
    pub const fn rule(self) -> &'static Rule {
        match self {
            LimitedText::Name => &table::NAME_LENGTH,
            LimitedText::HeaderText => &table::HEADER_LENGTH,
            LimitedText::Body => &table::BODY_LENGTH,
            LimitedText::OfferBody => &table::LTO_BODY_LENGTH,
            LimitedText::CardBody => &table::CAROUSEL_CARD_BODY_LENGTH,
            LimitedText::Footer => &table::FOOTER_LENGTH,
            LimitedText::OfferText => &table::LTO_TEXT_LENGTH,
            LimitedText::ButtonLabel => &table::BUTTON_TEXT_LENGTH,
            LimitedText::Url => &table::BUTTON_URL_LENGTH,
            LimitedText::PhoneNumber => &table::BUTTON_PHONE_LENGTH,
            LimitedText::CopyCode | LimitedText::OfferCopyCode => {
                &table::BUTTON_COPY_CODE_EXAMPLE_LENGTH
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    #[test]
    fn every_length_rule_describes_the_limit_it_checks() {
        for field in LimitedText::ALL {
            let rule = field.rule();
            let limit = Locale::En.number(field.limit());
            assert!(
                rule.description.contains(&limit),
                "{}: \"{}\" does not say {limit}",
                rule.id,
                rule.description
            );
        }
    }

    #[test]
    fn every_limited_text_has_a_length_rule_that_is_an_error() {
        for field in LimitedText::ALL {
            assert_eq!(
                field.rule().severity,
                crate::Severity::Error,
                "{}",
                field.rule().id
            );
        }
    }
}

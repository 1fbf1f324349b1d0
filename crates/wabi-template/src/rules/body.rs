//! The BODY component (Meta: M-components, M-lto): text, length (1,024; 600 with a limited-time
//! offer), variables and their examples, and the disputed 550-character / 10-emoji limits.

use super::context::{at, check_length, required_text, Ctx};
use super::examples::{self, Role};
use super::structure::{Category, Kind, Template};
use super::table;
use super::variables;
use crate::limits::{self, LimitedText, REPORTED_BODY, REPORTED_EMOJI_CAP};
use crate::text::{char_count, emoji_count};
use crate::tr;

/// Checks the template's body (AUTHENTICATION bodies are the authentication module's).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::Body) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return;
    }
    let text_ptr = at(&c.pointer, "text");
    let Some(text) = required_text(
        ctx,
        c.obj,
        &c.pointer,
        (&table::BODY_TEXT_MISSING, |locale| {
            tr!(locale,
                en: "The body has no `text`. Add the message text (up to {} characters).",
                it: "Il corpo non ha `text`. Aggiungi il testo del messaggio (fino a {} \
                     caratteri).",
                locale.number(limits::BODY))
        }),
        (&table::BODY_EMPTY, |locale| {
            tr!(locale,
                en: "The body text is empty. Write the message (up to {} characters).",
                it: "Il testo del corpo è vuoto. Scrivi il messaggio (fino a {} caratteri).",
                locale.number(limits::BODY))
        }),
    ) else {
        return;
    };
    let lto = tpl.first(Kind::LimitedTimeOffer).is_some();
    let within = if lto {
        let what = tr!(ctx.locale,
            en: "The body of a limited-time offer",
            it: "Il corpo di un'offerta a tempo limitato");
        check_length(ctx, LimitedText::OfferBody, &text_ptr, &what, text)
    } else {
        let what = tr!(ctx.locale, en: "Body", it: "Il corpo");
        check_length(ctx, LimitedText::Body, &text_ptr, &what, text)
    };
    let promo_or_utility = tpl.is(Category::Marketing) || tpl.is(Category::Utility);
    let n = char_count(text);
    if within && !lto && promo_or_utility && n > REPORTED_BODY {
        let (count, over, max) = (
            ctx.num(n),
            ctx.num(n - REPORTED_BODY),
            ctx.num(limits::BODY),
        );
        ctx.emit(
            &table::BODY_LENGTH_REPORTED_550,
            &text_ptr,
            tr!(ctx.locale,
                en: "Body is {count} characters. Meta's limit is {max}, but providers report \
                     MARKETING and UTILITY bodies over {REPORTED_BODY} rejected (subcode \
                     2388040): sources disagree. Remove {over} to be safe.",
                it: "Il corpo ha {count} caratteri. Il limite di Meta è {max}, ma alcuni \
                     provider segnalano che i corpi MARKETING e UTILITY oltre {REPORTED_BODY} \
                     vengono rifiutati (subcode 2388040): le fonti non concordano. Per sicurezza \
                     rimuovine {over}."),
        );
    }
    let emoji = emoji_count(text);
    if promo_or_utility && emoji > REPORTED_EMOJI_CAP {
        ctx.emit(
            &table::BODY_EMOJI_CAP,
            &text_ptr,
            tr!(ctx.locale,
                en: "The body has {emoji} emoji. Meta says the number \"may be limited\"; \
                     providers report a cap of {REPORTED_EMOJI_CAP}: sources disagree. Remove {} \
                     to be safe.",
                it: "Il corpo ha {emoji} emoji. Meta dice che il numero \"può essere \
                     limitato\"; alcuni provider segnalano un massimo di {REPORTED_EMOJI_CAP}: le \
                     fonti non concordano. Per sicurezza rimuovine {}.",
                emoji - REPORTED_EMOJI_CAP),
        );
    }
    let what = tr!(ctx.locale, en: "The body", it: "Il corpo");
    let vars = variables::check_text(ctx, tpl, text, &text_ptr, &what);
    variables::check_placement(ctx, text, &vars, &text_ptr);
    variables::check_ratio(ctx, text, &vars, &text_ptr);
    examples::check_examples(ctx, c.obj, &c.pointer, &vars, Role::Body, &what);
}

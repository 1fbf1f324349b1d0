//! Limited-time offers (Meta: M-lto): MARKETING only, offer text of at most 16 characters, no
//! footer, an IMAGE or VIDEO header if any. (The 600-character body is checked with the body,
//! the 15-character code with the buttons.)

use super::context::{at, check_length, opt_str, opt_upper, type_name, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::limits::{LimitedText, OFFER_TEXT};
use crate::tr;
use serde_json::Value;

/// Checks the LIMITED_TIME_OFFER component and what it implies for the rest of the template.
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    let Some(c) = tpl.first(Kind::LimitedTimeOffer) else {
        return;
    };
    if tpl.is(Category::Authentication) {
        return; // the authentication module rejects the whole component
    }
    if tpl.category.is_some() && !tpl.is(Category::Marketing) {
        ctx.emit(
            &table::LTO_CATEGORY,
            &c.pointer,
            tr!(ctx.locale,
                en: "Limited-time offers are allowed only in MARKETING templates. Change the \
                     category or remove the offer.",
                it: "Le offerte a tempo limitato sono ammesse solo nei template MARKETING. Cambia \
                     la categoria o rimuovi l'offerta."),
        );
    }
    let obj_ptr = at(&c.pointer, "limited_time_offer");
    match c.obj.get("limited_time_offer") {
        None | Some(Value::Null) => ctx.emit(
            &table::LTO_OBJECT_MISSING,
            &c.pointer,
            tr!(ctx.locale,
                en: "The component has no `limited_time_offer`. Add {{\"text\": \"…\", \
                     \"has_expiration\": true}}.",
                it: "Il componente non ha `limited_time_offer`. Aggiungi {{\"text\": \"…\", \
                     \"has_expiration\": true}}."),
        ),
        Some(Value::Object(offer)) => {
            let text_ptr = at(&obj_ptr, "text");
            match opt_str(ctx, offer, &obj_ptr, "text") {
                Some(text) => {
                    let what = tr!(ctx.locale, en: "The offer text", it: "Il testo dell'offerta");
                    check_length(ctx, LimitedText::OfferText, &text_ptr, &what, text);
                }
                None if offer.get("text").is_none_or(Value::is_null) => ctx.emit(
                    &table::LTO_OBJECT_MISSING,
                    &obj_ptr,
                    tr!(ctx.locale,
                        en: "The offer has no `text`. Add up to {OFFER_TEXT} characters, e.g. \
                             \"Expiring offer!\".",
                        it: "L'offerta non ha `text`. Aggiungi fino a {OFFER_TEXT} caratteri, ad \
                             esempio \"Offerta a tempo!\"."),
                ),
                None => {}
            }
            if let Some(v) = offer.get("has_expiration") {
                if !v.is_boolean() && !v.is_null() {
                    let kind = type_name(v, ctx.locale);
                    ctx.emit(
                        &table::FIELD_TYPE,
                        &at(&obj_ptr, "has_expiration"),
                        tr!(ctx.locale,
                            en: "`has_expiration` must be true or false, not {kind}.",
                            it: "`has_expiration` deve essere true o false, non {kind}."),
                    );
                }
            }
        }
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &obj_ptr,
                tr!(ctx.locale,
                    en: "`limited_time_offer` must be an object, not {kind}.",
                    it: "`limited_time_offer` deve essere un oggetto, non {kind}."),
            )
        }
    }
    if let Some(footer) = tpl.first(Kind::Footer) {
        ctx.emit(
            &table::LTO_FOOTER,
            &footer.pointer,
            tr!(ctx.locale,
                en: "Limited-time-offer templates cannot have a footer. Remove it.",
                it: "I template con offerta a tempo limitato non possono avere un piè di pagina. \
                     Rimuovilo."),
        );
    }
    if let Some(header) = tpl.first(Kind::Header) {
        if let Some(format) = opt_upper(ctx, header.obj, &header.pointer, "format") {
            if format != "IMAGE" && format != "VIDEO" {
                ctx.emit(
                    &table::LTO_HEADER_FORMAT,
                    &at(&header.pointer, "format"),
                    tr!(ctx.locale,
                        en: "A limited-time offer's header is IMAGE or VIDEO, not {format}. \
                             Change it or remove the header.",
                        it: "L'intestazione di un'offerta a tempo limitato è IMAGE o VIDEO, non \
                             {format}. Cambiala o rimuovi l'intestazione."),
                );
            }
        }
    }
}

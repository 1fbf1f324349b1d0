//! Fields of single buttons other than labels and URLs (Meta: M-components, M-lto): the phone
//! number of PHONE_NUMBER buttons and the sample code of COPY_CODE buttons.

use super::buttons::Scope;
use super::context::{at, at_index, check_length, opt_str, quote, type_name, Ctx};
use super::structure::{Category, Template};
use super::table;
use crate::limits::{LimitedText, COPY_CODE, COPY_CODE_OLD};
use crate::placeholders::scan;
use crate::text::char_count;
use crate::{tr, Locale};
use serde_json::{Map, Value};

/// Checks a PHONE_NUMBER button's number.
pub(crate) fn check_phone(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    let num_ptr = at(ptr, "phone_number");
    let Some(number) = opt_str(ctx, obj, ptr, "phone_number") else {
        if obj.get("phone_number").is_none_or(Value::is_null) {
            ctx.emit(
                &table::BUTTON_PHONE_MISSING,
                ptr,
                tr!(ctx.locale,
                    en: "The PHONE_NUMBER button has no `phone_number`. Add the number with its \
                         country code, e.g. \"15550051310\".",
                    it: "Il pulsante PHONE_NUMBER non ha `phone_number`. Aggiungi il numero con \
                         il prefisso internazionale, ad esempio \"390212345678\"."),
            );
        }
        return;
    };
    let what = tr!(ctx.locale, en: "The phone number", it: "Il numero di telefono");
    check_length(ctx, LimitedText::PhoneNumber, &num_ptr, &what, number);
    let trimmed = number.trim();
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    let allowed = trimmed.chars().enumerate().all(|(i, c)| {
        // Meta calls the field "alphanumeric": letters (1-800-FLOWERS) are let through.
        c.is_ascii_alphanumeric()
            || matches!(c, ' ' | '-' | '(' | ')' | '.')
            || (c == '+' && i == 0)
    });
    if !allowed || digits == 0 || !scan(number).is_empty() {
        ctx.emit(
            &table::BUTTON_PHONE_FORMAT,
            &num_ptr,
            tr!(ctx.locale,
                en: "\"{}\" is not a phone number. Write the number with its country code, \
                     e.g. \"+15550051310\" (digits, no variables or symbols).",
                it: "\"{}\" non è un numero di telefono. Scrivi il numero con il prefisso \
                     internazionale, ad esempio \"+390212345678\" (cifre, niente variabili o \
                     simboli).",
                quote(number)),
        );
    }
}

/// Checks a COPY_CODE button's sample code (20 characters; 15 in limited-time offers).
pub(crate) fn check_copy_code(
    ctx: &mut Ctx,
    tpl: &Template,
    obj: &Map<String, Value>,
    ptr: &str,
    scope: Scope,
) {
    if tpl.is(Category::Utility) {
        ctx.emit(
            &table::BUTTON_COPY_CODE_UTILITY,
            ptr,
            tr!(ctx.locale,
                en: "A provider (Gupshup) says UTILITY templates cannot use COPY_CODE; no Meta \
                     page says so: sources disagree. Consider MARKETING for coupon codes.",
                it: "Un provider (Gupshup) dice che i template UTILITY non possono usare \
                     COPY_CODE; nessuna pagina di Meta lo dice: le fonti non concordano. Per i \
                     codici sconto valuta MARKETING."),
        );
    }
    let ex_ptr = at(ptr, "example");
    let (code, code_ptr) = match obj.get("example") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::BUTTON_COPY_CODE_EXAMPLE_MISSING,
                ptr,
                tr!(ctx.locale,
                    en: "The COPY_CODE button has no `example`. Add a sample code, e.g. \
                         \"example\": \"250FF\".",
                    it: "Il pulsante COPY_CODE non ha `example`. Aggiungi un codice di esempio, \
                         ad esempio \"example\": \"250FF\"."),
            );
            return;
        }
        Some(Value::String(s)) => (s.as_str(), ex_ptr),
        Some(Value::Array(a)) => match a.first() {
            Some(Value::String(s)) => (s.as_str(), at_index(&ex_ptr, 0)),
            _ => {
                ctx.emit(
                    &table::BUTTON_COPY_CODE_EXAMPLE_MISSING,
                    &ex_ptr,
                    tr!(ctx.locale,
                        en: "The COPY_CODE `example` holds no code. Write it as text, e.g. \
                             \"250FF\".",
                        it: "L'`example` del COPY_CODE non contiene un codice. Scrivilo come \
                             testo, ad esempio \"250FF\"."),
                );
                return;
            }
        },
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                tr!(ctx.locale,
                    en: "The COPY_CODE `example` must be text, not {kind}.",
                    it: "L'`example` del COPY_CODE deve essere un testo, non {kind}."),
            );
            return;
        }
    };
    if code.trim().is_empty() {
        ctx.emit(
            &table::EXAMPLE_EMPTY,
            &code_ptr,
            tr!(ctx.locale,
                en: "The COPY_CODE example is empty. Give a sample code.",
                it: "L'esempio del COPY_CODE è vuoto. Inserisci un codice di esempio."),
        );
        return;
    }
    let n = char_count(code);
    let field = if scope.lto {
        LimitedText::OfferCopyCode
    } else {
        LimitedText::CopyCode
    };
    let limit = field.limit();
    if n > limit {
        ctx.emit(
            field.rule(),
            &code_ptr,
            tr!(ctx.locale,
                en: "The {} code is {n} characters; the limit is {limit}. Remove {}.",
                it: "Il codice {} ha {n} caratteri; il limite è {limit}. Rimuovine {}.",
                match (ctx.locale, scope.lto) {
                    (Locale::En, true) => "limited-time-offer",
                    (Locale::It, true) => "dell'offerta a tempo limitato",
                    (_, false) => "COPY_CODE",
                },
                n - limit),
        );
    } else if n > COPY_CODE_OLD {
        ctx.emit(
            &table::BUTTON_COPY_CODE_EXAMPLE_UNCERTAIN,
            &code_ptr,
            tr!(ctx.locale,
                en: "The code is {n} characters. Meta's components page raised the limit from \
                     {COPY_CODE_OLD} to {COPY_CODE} in June 2026, but SDKs and the send side \
                     still use {COPY_CODE_OLD}: sources disagree. Keep it to {COPY_CODE_OLD} to \
                     be safe.",
                it: "Il codice ha {n} caratteri. La pagina dei componenti di Meta ha alzato il \
                     limite da {COPY_CODE_OLD} a {COPY_CODE} a giugno 2026, ma gli SDK e l'invio \
                     usano ancora {COPY_CODE_OLD}: le fonti non concordano. Per sicurezza resta \
                     entro {COPY_CODE_OLD}."),
        );
    }
}

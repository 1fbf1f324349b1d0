//! URL buttons (Meta: M-components): the address (2,000 characters, http(s),
//! a fixed domain), at most one variable written {{1}} at the very end, and its example.

use super::context::{at, at_index, check_length, opt_str, quote, type_name, Ctx};
use super::table;
use crate::limits::LimitedText;
use crate::placeholders::{scan, PlaceholderKey};
use crate::tr;
use serde_json::{Map, Value};

/// Checks a URL button's `url` and `example`.
pub(crate) fn check_url(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    let url_ptr = at(ptr, "url");
    let Some(url) = opt_str(ctx, obj, ptr, "url") else {
        if obj.get("url").is_none_or(Value::is_null) {
            ctx.emit(
                &table::BUTTON_URL_MISSING,
                ptr,
                tr!(ctx.locale,
                    en: "The URL button has no `url`. Add the web address (https://…).",
                    it: "Il pulsante URL non ha `url`. Aggiungi l'indirizzo web (https://…)."),
            );
        }
        return;
    };
    let what = tr!(ctx.locale, en: "The URL", it: "L'URL");
    check_length(ctx, LimitedText::Url, &url_ptr, &what, url);
    let vars = scan(url);
    let trimmed_len = url.trim_end().len();
    let malformed: Vec<&str> = vars
        .iter()
        .filter_map(|p| match &p.key {
            PlaceholderKey::Malformed(raw) => Some(raw.as_str()),
            _ => None,
        })
        .collect();
    if let Some(raw) = malformed.first() {
        ctx.emit(
            &table::VARIABLE_MALFORMED,
            &url_ptr,
            tr!(ctx.locale,
            en: "The URL contains \"{}\"{}, which is not a valid variable. Write {{{{1}}}} \
                 at the end of the URL.",
            it: "L'URL contiene \"{}\"{}, che non è una variabile valida. Scrivi {{{{1}}}} \
                 alla fine dell'URL.",
            quote(raw),
            if malformed.len() > 1 {
                let more = ctx.num(malformed.len() - 1);
                tr!(ctx.locale, en: " and {more} more", it: " e altre {more}")
            } else {
                String::new()
            }),
        );
    }
    if vars.len() > 1 {
        ctx.emit(
            &table::BUTTON_URL_VARIABLE_COUNT,
            &url_ptr,
            tr!(ctx.locale,
                en: "The URL has {} variables; the limit is 1, at the very end. Remove {}.",
                it: "L'URL ha {} variabili; il limite è 1, proprio alla fine. Rimuovine {}.",
                vars.len(),
                vars.len() - 1),
        );
    }
    let scheme_len = ["https://", "http://"]
        .iter()
        .find(|s| {
            url.len() >= s.len()
                && url
                    .get(..s.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(s))
        })
        .map(|s| s.len());
    let host_end = scheme_len.map(|start| {
        url.get(start..)
            .and_then(|rest| rest.find(['/', '?', '#']).map(|i| i + start))
            .unwrap_or(url.len())
    });
    let mut in_host = false;
    if let (Some(start), Some(end)) = (scheme_len, host_end) {
        in_host = vars
            .iter()
            .any(|p| p.span.start < end && p.span.end > start);
        if in_host {
            ctx.emit(
                &table::BUTTON_URL_VARIABLE_IN_HOST,
                &url_ptr,
                tr!(ctx.locale,
                    en: "The variable is in the domain of the URL. Only the end of the address \
                         may vary: write the fixed domain, e.g. \
                         https://example.com/track/{{{{1}}}}.",
                    it: "La variabile è nel dominio dell'URL. Può variare solo la fine \
                         dell'indirizzo: scrivi il dominio fisso, ad esempio \
                         https://example.com/track/{{{{1}}}}."),
            );
        }
    }
    if !in_host {
        match (scheme_len, host_end) {
            (Some(start), Some(end)) => {
                let host = url.get(start..end).unwrap_or("");
                if host.is_empty()
                    || !host.contains('.')
                    || url.trim().contains(char::is_whitespace)
                {
                    ctx.emit(
                        &table::BUTTON_URL_INVALID,
                        &url_ptr,
                        tr!(ctx.locale,
                            en: "\"{}\" is not a valid web address. Use a full address such as \
                                 https://example.com/path.",
                            it: "\"{}\" non è un indirizzo web valido. Usa un indirizzo \
                                 completo come https://example.com/percorso.",
                            quote(url)),
                    );
                }
            }
            _ => ctx.emit(
                &table::BUTTON_URL_INVALID,
                &url_ptr,
                tr!(ctx.locale,
                    en: "\"{}\" does not start with https:// or http://. Write the full \
                         address, e.g. https://example.com/path.",
                    it: "\"{}\" non inizia con https:// o http://. Scrivi l'indirizzo completo, \
                         ad esempio https://example.com/percorso.",
                    quote(url)),
            ),
        }
    }
    let good: Vec<_> = vars.iter().filter(|p| !p.key.is_malformed()).collect();
    if !good.is_empty() {
        if let Some(first_bad) = good.iter().find(|p| p.span.end != trimmed_len) {
            ctx.emit(
                &table::BUTTON_URL_VARIABLE_NOT_AT_END,
                &url_ptr,
                tr!(ctx.locale,
                    en: "The variable {} is not at the end of the URL. Only the end may vary: \
                         move it to the very end.",
                    it: "La variabile {} non è alla fine dell'URL. Può variare solo la fine: \
                         spostala in fondo.",
                    quote(first_bad.raw(url))),
            );
        }
        for p in &good {
            if p.key != PlaceholderKey::Positional(1) {
                ctx.emit(
                    &table::BUTTON_URL_VARIABLE_NUMBER,
                    &url_ptr,
                    tr!(ctx.locale,
                        en: "The URL variable is written {}; URL buttons take {{{{1}}}} (also \
                             in NAMED templates). Write {{{{1}}}}.",
                        it: "La variabile dell'URL è scritta {}; i pulsanti URL vogliono \
                             {{{{1}}}} (anche nei template NAMED). Scrivi {{{{1}}}}.",
                        quote(p.raw(url))),
                );
            }
        }
    }
    check_url_example(ctx, obj, ptr, !vars.is_empty());
}

fn check_url_example(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str, has_var: bool) {
    let ex_ptr = at(ptr, "example");
    let example = obj.get("example").filter(|v| !v.is_null());
    if !has_var {
        if example.is_some() {
            ctx.emit(
                &table::EXAMPLE_UNUSED,
                &ex_ptr,
                tr!(ctx.locale,
                    en: "The URL has no variable, so its `example` is not used. Remove it, or \
                         end the URL with {{{{1}}}}.",
                    it: "L'URL non ha variabili, quindi il suo `example` non serve. Rimuovilo o \
                         termina l'URL con {{{{1}}}}."),
            );
        }
        return;
    }
    let Some(example) = example else {
        ctx.emit(
            &table::BUTTON_URL_EXAMPLE_MISSING,
            ptr,
            tr!(ctx.locale,
                en: "The URL has a variable but no example. Add \"example\": \
                     [\"<sample value>\"].",
                it: "L'URL ha una variabile ma nessun esempio. Aggiungi \"example\": \
                     [\"<valore di esempio>\"]."),
        );
        return;
    };
    let values = match example {
        Value::Array(values) => values,
        Value::String(_) => {
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                tr!(ctx.locale,
                    en: "The URL `example` must be an array holding one sample, e.g. \
                         [\"summer2023\"], not text.",
                    it: "L'`example` dell'URL deve essere un array con un esempio, ad esempio \
                         [\"estate2023\"], non un testo."),
            );
            return;
        }
        other => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                tr!(ctx.locale,
                    en: "The URL `example` must be an array holding one sample, not {kind}.",
                    it: "L'`example` dell'URL deve essere un array con un esempio, non {kind}."),
            );
            return;
        }
    };
    if values.len() != 1 {
        ctx.emit(
            &table::BUTTON_URL_EXAMPLE_COUNT,
            &ex_ptr,
            tr!(ctx.locale,
                en: "The URL example holds {} values; it takes exactly 1 (the sample for \
                     {{{{1}}}}).",
                it: "L'esempio dell'URL contiene {} valori; ne vuole esattamente 1 (l'esempio \
                     per {{{{1}}}}).",
                values.len()),
        );
    }
    if let Some(first) = values.first() {
        let vptr = at_index(&ex_ptr, 0);
        match first {
            Value::String(s) if s.trim().is_empty() => ctx.emit(
                &table::EXAMPLE_EMPTY,
                &vptr,
                tr!(ctx.locale,
                    en: "The URL example is empty. Give a sample value for {{{{1}}}}.",
                    it: "L'esempio dell'URL è vuoto. Inserisci un valore di esempio per \
                         {{{{1}}}}."),
            ),
            Value::String(s) => {
                let lower = s.to_ascii_lowercase();
                if lower.starts_with("http://") || lower.starts_with("https://") {
                    ctx.emit(
                        &table::BUTTON_URL_EXAMPLE_FORM,
                        &vptr,
                        tr!(ctx.locale,
                            en: "The URL example is a full address. Meta's components page \
                                 passes only the value of {{{{1}}}}, its limited-time-offer page \
                                 the full URL: Meta's pages disagree. Both are usually accepted.",
                            it: "L'esempio dell'URL è un indirizzo completo. La pagina dei \
                                 componenti di Meta passa solo il valore di {{{{1}}}}, quella \
                                 delle offerte a tempo limitato l'URL completo: le pagine di Meta \
                                 non concordano. Di solito sono accettati entrambi."),
                    );
                }
            }
            other => {
                let kind = type_name(other, ctx.locale);
                ctx.emit(
                    &table::FIELD_TYPE,
                    &vptr,
                    tr!(ctx.locale,
                        en: "The URL example must be text, not {kind}.",
                        it: "L'esempio dell'URL deve essere un testo, non {kind}."),
                )
            }
        }
    }
}

//! AUTHENTICATION templates (Meta: M-auth, M-auth-copy, M-auth-1tap, M-auth-0tap): preset body,
//! optional security recommendation, footer with `code_expiration_minutes` 1–90, exactly one OTP
//! button with its app fields, and no header, media, URLs or emoji.
//!
//! Templates read back from Meta (they carry `id` or `status`) show the preset body text and the
//! OTP button as a URL button; those are accepted.

use super::buttons;
use super::context::{at, at_index, check_length, opt_str, opt_upper, quote, type_name, Ctx};
use super::structure::{Category, Kind, Template};
use super::table;
use crate::limits::{
    LimitedText, CODE_EXPIRATION_MAX, CODE_EXPIRATION_MIN, PACKAGE_NAME, SIGNATURE_HASH,
    SUPPORTED_APPS,
};
use crate::text::emoji_count;
use crate::tr;
use serde_json::{Map, Value};

/// Checks an AUTHENTICATION template (does nothing for other categories).
pub(crate) fn check(ctx: &mut Ctx, tpl: &Template) {
    if !tpl.is(Category::Authentication) {
        return;
    }
    for c in &tpl.components {
        match c.kind {
            Kind::Header => {
                let format = c
                    .obj
                    .get("format")
                    .and_then(Value::as_str)
                    .map(str::to_ascii_uppercase);
                if format.as_deref() == Some("LOCATION") {
                    ctx.emit(
                        &table::HEADER_LOCATION_CATEGORY,
                        &c.pointer,
                        tr!(ctx.locale,
                            en: "Location headers are allowed only in UTILITY and MARKETING \
                                 templates. Remove the header.",
                            it: "Le intestazioni con posizione sono ammesse solo nei template \
                                 UTILITY e MARKETING. Rimuovi l'intestazione."),
                    );
                } else {
                    ctx.emit(
                        &table::AUTH_HEADER,
                        &c.pointer,
                        tr!(ctx.locale,
                            en: "AUTHENTICATION templates have no header (no text or media). \
                                 Remove it.",
                            it: "I template AUTHENTICATION non hanno intestazione (né testo né \
                                 media). Rimuovila."),
                    );
                }
            }
            Kind::Carousel | Kind::LimitedTimeOffer | Kind::Other => ctx.emit(
                &table::AUTH_COMPONENT,
                &c.pointer,
                tr!(ctx.locale,
                    en: "AUTHENTICATION templates hold only BODY, FOOTER and BUTTONS. Remove \
                         this component.",
                    it: "I template AUTHENTICATION contengono solo BODY, FOOTER e BUTTONS. \
                         Rimuovi questo componente."),
            ),
            Kind::Body => check_body(ctx, tpl, c.obj, &c.pointer),
            Kind::Footer => check_footer(ctx, tpl, c.obj, &c.pointer),
            Kind::Buttons => check_buttons(ctx, tpl, c.obj, &c.pointer),
        }
    }
    if tpl.first(Kind::Buttons).is_none() && !tpl.components.is_empty() {
        ctx.emit(
            &table::AUTH_BUTTON_MISSING,
            "/components",
            tr!(ctx.locale,
                en: "AUTHENTICATION templates need exactly one OTP button. Add \
                     {{\"type\": \"BUTTONS\", \"buttons\": [{{\"type\": \"OTP\", \
                     \"otp_type\": \"COPY_CODE\"}}]}}.",
                it: "I template AUTHENTICATION richiedono esattamente un pulsante OTP. Aggiungi \
                     {{\"type\": \"BUTTONS\", \"buttons\": [{{\"type\": \"OTP\", \
                     \"otp_type\": \"COPY_CODE\"}}]}}."),
        );
    }
}

fn check_body(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    if let Some(text) = obj.get("text").filter(|v| !v.is_null()) {
        if !tpl.read_back {
            ctx.emit(
                &table::AUTH_BODY_TEXT,
                &at(ptr, "text"),
                tr!(ctx.locale,
                    en: "AUTHENTICATION bodies are preset by WhatsApp (\"<code> is your \
                         verification code.\"); custom text is not allowed. Remove `text`.",
                    it: "Il corpo dei template AUTHENTICATION è predefinito da WhatsApp \
                         (\"<codice> è il tuo codice di verifica.\"); il testo personalizzato \
                         non è ammesso. Rimuovi `text`."),
            );
        } else if let Some(s) = text.as_str() {
            if emoji_count(s) > 0 {
                ctx.emit(
                    &table::AUTH_EMOJI,
                    &at(ptr, "text"),
                    tr!(ctx.locale,
                        en: "AUTHENTICATION templates cannot contain emoji. Remove them.",
                        it: "I template AUTHENTICATION non possono contenere emoji. Rimuovile."),
                );
            }
        }
    }
    if let Some(v) = obj.get("add_security_recommendation") {
        if !v.is_boolean() && !v.is_null() {
            let kind = type_name(v, ctx.locale);
            ctx.emit(
                &table::AUTH_SECURITY_RECOMMENDATION,
                &at(ptr, "add_security_recommendation"),
                tr!(ctx.locale,
                    en: "`add_security_recommendation` must be true or false, not {kind}.",
                    it: "`add_security_recommendation` deve essere true o false, non {kind}."),
            );
        }
    }
}

fn check_footer(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    if !tpl.read_back && obj.get("text").is_some_and(|v| !v.is_null()) {
        ctx.emit(
            &table::AUTH_FOOTER_TEXT,
            &at(ptr, "text"),
            tr!(ctx.locale,
                en: "AUTHENTICATION footers are preset; custom text is not allowed. Remove \
                     `text` and use \"code_expiration_minutes\" \
                     ({CODE_EXPIRATION_MIN}–{CODE_EXPIRATION_MAX}).",
                it: "Il piè di pagina dei template AUTHENTICATION è predefinito; il testo \
                     personalizzato non è ammesso. Rimuovi `text` e usa \
                     \"code_expiration_minutes\" \
                     ({CODE_EXPIRATION_MIN}–{CODE_EXPIRATION_MAX})."),
        );
    }
    let field_ptr = at(ptr, "code_expiration_minutes");
    match obj.get("code_expiration_minutes") {
        None | Some(Value::Null) => {}
        Some(v) => match v
            .as_i64()
            .or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
        {
            Some(m) if (CODE_EXPIRATION_MIN..=CODE_EXPIRATION_MAX).contains(&m) => {}
            Some(m) => ctx.emit(
                &table::AUTH_CODE_EXPIRATION,
                &field_ptr,
                tr!(ctx.locale,
                    en: "`code_expiration_minutes` is {m}; it must be from \
                         {CODE_EXPIRATION_MIN} to {CODE_EXPIRATION_MAX}.",
                    it: "`code_expiration_minutes` è {m}; deve essere compreso tra \
                         {CODE_EXPIRATION_MIN} e {CODE_EXPIRATION_MAX}."),
            ),
            None => ctx.emit(
                &table::AUTH_CODE_EXPIRATION,
                &field_ptr,
                tr!(ctx.locale,
                en: "`code_expiration_minutes` must be a whole number from \
                     {CODE_EXPIRATION_MIN} to {CODE_EXPIRATION_MAX}, not {}.",
                it: "`code_expiration_minutes` deve essere un numero intero tra \
                     {CODE_EXPIRATION_MIN} e {CODE_EXPIRATION_MAX}, non {}.",
                match v {
                    Value::Number(n) => n.to_string(),
                    other => type_name(other, ctx.locale).to_string(),
                }),
            ),
        },
    }
}

fn check_buttons(ctx: &mut Ctx, tpl: &Template, obj: &Map<String, Value>, ptr: &str) {
    let Some(list) = buttons::button_list(ctx, obj, ptr) else {
        return;
    };
    let list_ptr = at(ptr, "buttons");
    let mut otp_seen = false;
    for (j, b) in list.iter().enumerate() {
        let bptr = at_index(&list_ptr, j);
        let Some(bobj) = b.as_object() else {
            let kind = type_name(b, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &bptr,
                tr!(ctx.locale,
                    en: "Button {} must be an object, not {kind}.",
                    it: "Il pulsante {} deve essere un oggetto, non {kind}.",
                    j + 1),
            );
            continue;
        };
        let kind = opt_upper(ctx, bobj, &bptr, "type");
        let read_back_otp = tpl.read_back && kind.as_deref() == Some("URL");
        if kind.as_deref() != Some("OTP") && !read_back_otp {
            ctx.emit(
                &table::AUTH_BUTTON_TYPE,
                &bptr,
                match kind {
                    Some(k) => tr!(ctx.locale,
                        en: "AUTHENTICATION templates allow only one OTP button, not {k}. \
                             Replace it with {{\"type\": \"OTP\", \"otp_type\": \
                             \"COPY_CODE\"}} or remove it.",
                        it: "I template AUTHENTICATION ammettono solo un pulsante OTP, non {k}. \
                             Sostituiscilo con {{\"type\": \"OTP\", \"otp_type\": \
                             \"COPY_CODE\"}} o rimuovilo."),
                    None => tr!(ctx.locale,
                        en: "This button has no `type`. AUTHENTICATION templates take one \
                             button of type OTP.",
                        it: "Questo pulsante non ha `type`. I template AUTHENTICATION hanno un \
                             solo pulsante di tipo OTP."),
                },
            );
            continue;
        }
        if otp_seen {
            ctx.emit(
                &table::AUTH_BUTTON_TYPE,
                &bptr,
                tr!(ctx.locale,
                    en: "A second OTP button. AUTHENTICATION templates have exactly one; remove \
                         it.",
                    it: "Un secondo pulsante OTP. I template AUTHENTICATION ne hanno esattamente \
                         uno: rimuovilo."),
            );
            continue;
        }
        otp_seen = true;
        if read_back_otp {
            continue;
        }
        check_otp_button(ctx, bobj, &bptr);
    }
}

fn check_otp_button(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str) {
    for key in ["text", "autofill_text"] {
        if let Some(label) = opt_str(ctx, obj, ptr, key) {
            let lptr = at(ptr, key);
            let what = tr!(ctx.locale, en: "The button label", it: "L'etichetta del pulsante");
            check_length(ctx, LimitedText::ButtonLabel, &lptr, &what, label);
            if emoji_count(label) > 0 {
                ctx.emit(
                    &table::AUTH_EMOJI,
                    &lptr,
                    tr!(ctx.locale,
                        en: "AUTHENTICATION templates cannot contain emoji. Remove them from the \
                             label.",
                        it: "I template AUTHENTICATION non possono contenere emoji. Rimuovile \
                             dall'etichetta."),
                );
            }
        }
    }
    let otp_ptr = at(ptr, "otp_type");
    let Some(otp_type) = opt_upper(ctx, obj, ptr, "otp_type") else {
        if obj.get("otp_type").is_none_or(Value::is_null) {
            ctx.emit(
                &table::AUTH_OTP_TYPE,
                ptr,
                tr!(ctx.locale,
                    en: "The OTP button has no `otp_type`. Set COPY_CODE, ONE_TAP or ZERO_TAP.",
                    it: "Il pulsante OTP non ha `otp_type`. Imposta COPY_CODE, ONE_TAP o \
                         ZERO_TAP."),
            );
        }
        return;
    };
    match otp_type.as_str() {
        "COPY_CODE" => {}
        "ONE_TAP" | "ZERO_TAP" => {
            check_apps(ctx, obj, ptr, &otp_type);
            if otp_type == "ZERO_TAP" {
                let tptr = at(ptr, "zero_tap_terms_accepted");
                match obj.get("zero_tap_terms_accepted") {
                    Some(Value::Bool(true)) => {}
                    None | Some(Value::Null) => ctx.emit(
                        &table::AUTH_ZERO_TAP_TERMS,
                        ptr,
                        tr!(ctx.locale,
                            en: "ZERO_TAP buttons need \"zero_tap_terms_accepted\": true (you \
                                 accept Meta's zero-tap terms). Add it.",
                            it: "I pulsanti ZERO_TAP richiedono \"zero_tap_terms_accepted\": \
                                 true (accetti i termini zero-tap di Meta). Aggiungilo."),
                    ),
                    Some(_) => ctx.emit(
                        &table::AUTH_ZERO_TAP_TERMS,
                        &tptr,
                        tr!(ctx.locale,
                            en: "`zero_tap_terms_accepted` must be true for ZERO_TAP buttons.",
                            it: "Per i pulsanti ZERO_TAP `zero_tap_terms_accepted` deve essere \
                                 true."),
                    ),
                }
            }
        }
        other => ctx.emit(
            &table::AUTH_OTP_TYPE,
            &otp_ptr,
            tr!(ctx.locale,
                en: "Unknown otp_type \"{other}\". Use COPY_CODE, ONE_TAP or ZERO_TAP.",
                it: "otp_type sconosciuto \"{other}\". Usa COPY_CODE, ONE_TAP o ZERO_TAP."),
        ),
    }
}

fn check_apps(ctx: &mut Ctx, obj: &Map<String, Value>, ptr: &str, otp_type: &str) {
    let apps_ptr = at(ptr, "supported_apps");
    match obj.get("supported_apps") {
        None | Some(Value::Null) => {
            if obj.contains_key("package_name") && obj.contains_key("signature_hash") {
                ctx.emit(
                    &table::AUTH_LEGACY_APP_FIELDS,
                    ptr,
                    tr!(ctx.locale,
                        en: "`package_name` and `signature_hash` on the button work only up to \
                             Graph API v20.0. Move them into \"supported_apps\": \
                             [{{\"package_name\": …, \"signature_hash\": …}}].",
                        it: "`package_name` e `signature_hash` sul pulsante funzionano solo fino \
                             alla Graph API v20.0. Spostali in \"supported_apps\": \
                             [{{\"package_name\": …, \"signature_hash\": …}}]."),
                );
                check_app(ctx, obj, ptr);
            } else {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    ptr,
                    tr!(ctx.locale,
                        en: "{otp_type} buttons need `supported_apps` with your Android app's \
                             package_name and signature_hash. Add it.",
                        it: "I pulsanti {otp_type} richiedono `supported_apps` con package_name \
                             e signature_hash della tua app Android. Aggiungilo."),
                );
            }
        }
        Some(Value::Array(apps)) => {
            if apps.is_empty() {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    &apps_ptr,
                    tr!(ctx.locale,
                        en: "`supported_apps` is empty. Add at least one app (package_name, \
                             signature_hash).",
                        it: "`supported_apps` è vuoto. Aggiungi almeno un'app (package_name, \
                             signature_hash)."),
                );
            } else if apps.len() > SUPPORTED_APPS {
                ctx.emit(
                    &table::AUTH_SUPPORTED_APPS,
                    &at_index(&apps_ptr, SUPPORTED_APPS),
                    tr!(ctx.locale,
                        en: "`supported_apps` lists {} apps; the limit is {SUPPORTED_APPS}. \
                             Remove {}.",
                        it: "`supported_apps` elenca {} app; il limite è {SUPPORTED_APPS}. \
                             Rimuovine {}.",
                        apps.len(),
                        apps.len() - SUPPORTED_APPS),
                );
            }
            for (k, app) in apps.iter().enumerate() {
                let app_ptr = at_index(&apps_ptr, k);
                match app.as_object() {
                    Some(a) => check_app(ctx, a, &app_ptr),
                    None => {
                        let kind = type_name(app, ctx.locale);
                        ctx.emit(
                            &table::FIELD_TYPE,
                            &app_ptr,
                            tr!(ctx.locale,
                                en: "Each supported app is an object with package_name and \
                                     signature_hash, not {kind}.",
                                it: "Ogni app supportata è un oggetto con package_name e \
                                     signature_hash, non {kind}."),
                        )
                    }
                }
            }
        }
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &apps_ptr,
                tr!(ctx.locale,
                    en: "`supported_apps` must be an array, not {kind}.",
                    it: "`supported_apps` deve essere un array, non {kind}."),
            )
        }
    }
}

fn check_app(ctx: &mut Ctx, app: &Map<String, Value>, ptr: &str) {
    match opt_str(ctx, app, ptr, "package_name") {
        None if app.get("package_name").is_none_or(Value::is_null) => ctx.emit(
            &table::AUTH_PACKAGE_NAME,
            ptr,
            tr!(ctx.locale,
                en: "The app has no `package_name`. Add your Android package, e.g. \
                     \"com.example.app\".",
                it: "L'app non ha `package_name`. Aggiungi il pacchetto Android, ad esempio \
                     \"com.example.app\"."),
        ),
        Some(name) if !valid_package_name(name) => {
            let name = quote(name);
            ctx.emit(
                &table::AUTH_PACKAGE_NAME,
                &at(ptr, "package_name"),
                tr!(ctx.locale,
                    en: "\"{name}\" is not a valid Android package name: at most {PACKAGE_NAME} \
                         characters, two or more dot-separated parts, each starting with a \
                         letter, using letters, digits and underscores (e.g. \
                         \"com.example.app\").",
                    it: "\"{name}\" non è un nome di pacchetto Android valido: al massimo \
                         {PACKAGE_NAME} caratteri, due o più parti separate da punti, ciascuna \
                         che inizia con una lettera, con lettere, cifre e trattini bassi (ad \
                         esempio \"com.example.app\")."),
            );
        }
        _ => {}
    }
    match opt_str(ctx, app, ptr, "signature_hash") {
        None if app.get("signature_hash").is_none_or(Value::is_null) => ctx.emit(
            &table::AUTH_SIGNATURE_HASH,
            ptr,
            tr!(ctx.locale,
                en: "The app has no `signature_hash`. Add your app's \
                     {SIGNATURE_HASH}-character signing key hash.",
                it: "L'app non ha `signature_hash`. Aggiungi l'hash di {SIGNATURE_HASH} caratteri \
                     della chiave di firma della tua app."),
        ),
        None => {}
        Some(raw) => {
            // Meta's own OpenAPI example writes the hash URL-encoded ("K8a%2FAINcGX7").
            let hash = percent_decode_base64(raw);
            let ok = hash.chars().count() == SIGNATURE_HASH
                && hash
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='));
            if !ok {
                ctx.emit(
                    &table::AUTH_SIGNATURE_HASH,
                    &at(ptr, "signature_hash"),
                    tr!(ctx.locale,
                        en: "The signature hash is {} characters; it must be exactly \
                             {SIGNATURE_HASH} characters of A-Z, a-z, 0-9, +, / or =.",
                        it: "L'hash della firma ha {} caratteri; deve avere esattamente \
                             {SIGNATURE_HASH} caratteri tra A-Z, a-z, 0-9, +, / o =.",
                        hash.chars().count()),
                );
            }
        }
    }
}

/// `s` with the percent-encoded base64 symbols `%2B`, `%2F` and `%3D` (any case) decoded.
fn percent_decode_base64(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('%') {
        out.push_str(rest.get(..pos).unwrap_or(""));
        let code = rest.get(pos + 1..pos + 3).map(str::to_ascii_uppercase);
        let decoded = match code.as_deref() {
            Some("2B") => Some('+'),
            Some("2F") => Some('/'),
            Some("3D") => Some('='),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = rest.get(pos + 3..).unwrap_or("");
            }
            None => {
                out.push('%');
                rest = rest.get(pos + 1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// `package_name`: ≤224 characters, ≥2 dot-separated segments, each starting with a letter,
/// made of `[A-Za-z0-9_]`.
pub(crate) fn valid_package_name(name: &str) -> bool {
    if name.is_empty() || name.chars().count() > PACKAGE_NAME {
        return false;
    }
    let segments: Vec<&str> = name.split('.').collect();
    segments.len() >= 2
        && segments.iter().all(|s| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoded_signature_hash_symbols_are_decoded() {
        assert_eq!(percent_decode_base64("K8a%2FAINcGX7"), "K8a/AINcGX7");
        assert_eq!(percent_decode_base64("ab%2bc%3d"), "ab+c=");
        assert_eq!(percent_decode_base64("100%"), "100%");
        assert_eq!(percent_decode_base64("%é%2"), "%é%2");
    }

    #[test]
    fn package_names() {
        assert!(valid_package_name("com.example.app"));
        assert!(valid_package_name("a.b"));
        assert!(!valid_package_name("com"));
        assert!(!valid_package_name("com.1app"));
        assert!(!valid_package_name("com..app"));
        assert!(!valid_package_name("com.exa-mple"));
        let at_limit = format!("a.{}", "b".repeat(222));
        assert!(valid_package_name(&at_limit));
        let over = format!("a.{}", "b".repeat(223));
        assert!(!valid_package_name(&over));
    }
}

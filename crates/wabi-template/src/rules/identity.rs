//! Name, category, language, parameter format and time-to-live: the top-level fields that say
//! what the template is (Meta: M-mgmt, M-cat, M-lang, M-overview, M-ttl).

use super::context::{check_length, quote, type_name, Ctx};
use super::structure::Category;
use super::table;
use crate::languages;
use crate::limits::LimitedText;
use crate::{tr, Locale};
use serde_json::{Map, Value};

/// What the identity fields decided, for the other rule modules.
pub(crate) struct Identity {
    pub category: Option<Category>,
    pub named: bool,
    pub format_explicit: bool,
}

/// Checks `name`, `category`, `language` and `parameter_format`.
pub(crate) fn check(ctx: &mut Ctx, root: &Map<String, Value>) -> Identity {
    check_name(ctx, root);
    let category = check_category(ctx, root);
    check_language(ctx, root);
    let (named, format_explicit) = check_parameter_format(ctx, root);
    Identity {
        category,
        named,
        format_explicit,
    }
}

fn check_name(ctx: &mut Ctx, root: &Map<String, Value>) {
    let name = match root.get("name") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::NAME_MISSING,
                "",
                tr!(ctx.locale,
                    en: "The template has no `name`. Add one, e.g. \"order_update\" (lowercase \
                         letters, digits and underscores).",
                    it: "Il template non ha `name`. Aggiungine uno, ad esempio \"order_update\" \
                         (lettere minuscole, cifre e trattini bassi)."),
            );
            return;
        }
        Some(Value::String(s)) => s,
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                "/name",
                tr!(ctx.locale,
                    en: "`name` must be text, not {kind}.",
                    it: "`name` deve essere un testo, non {kind}."),
            );
            return;
        }
    };
    if name.is_empty() {
        ctx.emit(
            &table::NAME_EMPTY,
            "/name",
            tr!(ctx.locale,
                en: "The name is empty. Use lowercase letters, digits and underscores, e.g. \
                     \"order_update\".",
                it: "Il nome è vuoto. Usa lettere minuscole, cifre e trattini bassi, ad esempio \
                     \"order_update\"."),
        );
        return;
    }
    let what = tr!(ctx.locale, en: "The name", it: "Il nome");
    check_length(ctx, LimitedText::Name, "/name", &what, name);
    let bad: Vec<char> = name
        .chars()
        .filter(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
        .collect();
    if !bad.is_empty() {
        let mut shown: Vec<String> = Vec::new();
        for c in &bad {
            let s = match c {
                ' ' => tr!(ctx.locale, en: "space", it: "spazio"),
                c => format!("\"{c}\""),
            };
            if !shown.contains(&s) {
                shown.push(s);
            }
        }
        let suggestion: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        ctx.emit(
            &table::NAME_CHARSET,
            "/name",
            tr!(ctx.locale,
                en: "The name contains {} not allowed ({}). Use only lowercase letters a-z, \
                     digits and underscores, e.g. \"{}\".",
                it: "Il nome contiene {} non ammessi ({}). Usa solo lettere minuscole a-z, cifre \
                     e trattini bassi, ad esempio \"{}\".",
                match (ctx.locale, bad.len()) {
                    (Locale::En, 1) => "a character".to_string(),
                    (Locale::En, n) => format!("{} characters", ctx.num(n)),
                    (Locale::It, 1) => "un carattere".to_string(),
                    (Locale::It, n) => format!("{} caratteri", ctx.num(n)),
                },
                shown.join(", "),
                quote(&suggestion)),
        );
    } else if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        ctx.emit(
            &table::NAME_FIRST_CHARACTER,
            "/name",
            tr!(ctx.locale,
                en: "The name does not start with a letter. Meta states no such rule, but some \
                     validators (the community JSON schema) require it: sources disagree. Start \
                     with a letter to be safe.",
                it: "Il nome non inizia con una lettera. Meta non indica questa regola, ma alcuni \
                     validatori (lo schema JSON della community) la richiedono: le fonti non \
                     concordano. Per sicurezza inizia con una lettera."),
        );
    }
}

fn check_category(ctx: &mut Ctx, root: &Map<String, Value>) -> Option<Category> {
    match root.get("category") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::CATEGORY_MISSING,
                "",
                tr!(ctx.locale,
                    en: "The template has no `category`. Add MARKETING, UTILITY or \
                         AUTHENTICATION.",
                    it: "Il template non ha `category`. Aggiungi MARKETING, UTILITY o \
                         AUTHENTICATION."),
            );
            None
        }
        Some(Value::String(s)) => {
            let parsed = Category::parse(s);
            if parsed.is_none() {
                ctx.emit(
                    &table::CATEGORY_INVALID,
                    "/category",
                    tr!(ctx.locale,
                        en: "Unknown category \"{}\". Use MARKETING, UTILITY or AUTHENTICATION.",
                        it: "Categoria sconosciuta \"{}\". Usa MARKETING, UTILITY o \
                             AUTHENTICATION.",
                        quote(s)),
                );
            }
            parsed
        }
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::CATEGORY_INVALID,
                "/category",
                tr!(ctx.locale,
                    en: "`category` must be text (MARKETING, UTILITY or AUTHENTICATION), not \
                         {kind}.",
                    it: "`category` deve essere un testo (MARKETING, UTILITY o AUTHENTICATION), \
                         non {kind}."),
            );
            None
        }
    }
}

fn check_language(ctx: &mut Ctx, root: &Map<String, Value>) {
    match root.get("language") {
        None | Some(Value::Null) => ctx.emit(
            &table::LANGUAGE_MISSING,
            "",
            tr!(ctx.locale,
                en: "The template has no `language`. Add a supported code such as \"en_US\".",
                it: "Il template non ha `language`. Aggiungi un codice supportato come \
                     \"it\" o \"en_US\"."),
        ),
        Some(Value::String(code)) => {
            if !languages::is_supported(code) {
                let hint = match languages::suggestion(code) {
                    Some(s) => tr!(ctx.locale,
                        en: " Did you mean \"{s}\"? Codes are case-sensitive and use an \
                             underscore.",
                        it: " Forse intendevi \"{s}\"? I codici distinguono maiuscole e \
                             minuscole e usano il trattino basso."),
                    None => tr!(ctx.locale,
                        en: " Use one of Meta's 111 supported codes, e.g. \"en_US\", \"es\", \
                             \"pt_BR\".",
                        it: " Usa uno dei 111 codici supportati da Meta, ad esempio \"it\", \
                             \"en_US\", \"pt_BR\"."),
                };
                ctx.emit(
                    &table::LANGUAGE_UNSUPPORTED,
                    "/language",
                    tr!(ctx.locale,
                        en: "\"{}\" is not a language WhatsApp supports.{hint}",
                        it: "\"{}\" non è una lingua supportata da WhatsApp.{hint}",
                        quote(code)),
                );
            }
        }
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::LANGUAGE_UNSUPPORTED,
                "/language",
                tr!(ctx.locale,
                    en: "`language` must be a code such as \"en_US\", not {kind}.",
                    it: "`language` deve essere un codice come \"en_US\", non {kind}."),
            )
        }
    }
}

/// Returns (named, explicit).
fn check_parameter_format(ctx: &mut Ctx, root: &Map<String, Value>) -> (bool, bool) {
    match root.get("parameter_format") {
        None | Some(Value::Null) => (false, false),
        Some(Value::String(s)) => match s.trim().to_ascii_uppercase().as_str() {
            "POSITIONAL" => (false, true),
            "NAMED" => (true, true),
            _ => {
                ctx.emit(
                    &table::PARAMETER_FORMAT_INVALID,
                    "/parameter_format",
                    tr!(ctx.locale,
                        en: "Unknown parameter format \"{}\". Use POSITIONAL ({{{{1}}}}) or \
                             NAMED ({{{{first_name}}}}).",
                        it: "Formato delle variabili sconosciuto \"{}\". Usa POSITIONAL \
                             ({{{{1}}}}) o NAMED ({{{{first_name}}}}).",
                        quote(s)),
                );
                (false, false)
            }
        },
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::PARAMETER_FORMAT_INVALID,
                "/parameter_format",
                tr!(ctx.locale,
                    en: "`parameter_format` must be \"POSITIONAL\" or \"NAMED\", not {kind}.",
                    it: "`parameter_format` deve essere \"POSITIONAL\" o \"NAMED\", non \
                         {kind}."),
            );
            (false, false)
        }
    }
}

/// Checks `message_send_ttl_seconds` against the category's range (Meta: M-ttl).
pub(crate) fn check_ttl(ctx: &mut Ctx, root: &Map<String, Value>, category: Option<Category>) {
    let Some(value) = root.get("message_send_ttl_seconds") else {
        return;
    };
    if value.is_null() {
        return;
    }
    let Some(ttl) = value.as_i64() else {
        let kind = type_name(value, ctx.locale);
        ctx.emit(
            &table::FIELD_TYPE,
            "/message_send_ttl_seconds",
            tr!(ctx.locale,
                en: "`message_send_ttl_seconds` must be a whole number of seconds, not {kind}.",
                it: "`message_send_ttl_seconds` deve essere un numero intero di secondi, non \
                     {kind}."),
        );
        return;
    };
    let ptr = "/message_send_ttl_seconds";
    let Some(category) = category else { return };
    let (min, max) = match category {
        Category::Authentication => (30, 900),
        Category::Utility => (30, 43_200),
        Category::Marketing => (43_200, 2_592_000),
    };
    if ttl != -1 && (ttl < min || ttl > max) {
        let (low, high) = (ctx.num(min as usize), ctx.num(max as usize));
        ctx.emit(
            &table::TTL_RANGE,
            ptr,
            tr!(ctx.locale,
                en: "A time-to-live of {ttl} seconds is outside the {} range of {low}–{high} \
                     seconds (or -1 for 30 days). Pick a value in the range.",
                it: "Una durata (TTL) di {ttl} secondi è fuori dall'intervallo di {low}–{high} \
                     secondi previsto per {} (o -1 per 30 giorni). Scegli un valore \
                     nell'intervallo.",
                category.name()),
        );
    }
    if category == Category::Marketing {
        ctx.emit(
            &table::TTL_MARKETING_API_ONLY,
            ptr,
            tr!(ctx.locale,
                en: "A custom time-to-live on a MARKETING template applies only when sent \
                     through the Marketing Messages API; the Cloud API uses the default of 30 \
                     days.",
                it: "Una durata (TTL) personalizzata su un template MARKETING vale solo se il \
                     messaggio è inviato tramite la Marketing Messages API; la Cloud API usa il \
                     valore predefinito di 30 giorni."),
        );
    }
}

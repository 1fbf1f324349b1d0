//! What every rule module needs: the diagnostic collector, RFC 6901 pointers, field access that
//! reports wrong types, and the shared length check.
//!
//! Kept in one place so pointers are built (and escaped) one way, and every length message reads
//! the same ("Body is 1,031 characters; the limit is 1,024. Remove 7.").

use super::table::{self, Rule};
use crate::limits::LimitedText;
use crate::text::{char_count, utf16_len};
use crate::{tr, Diagnostic, Locale};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::HashSet;

/// Collects diagnostics while the rules run, written in one locale.
#[derive(Debug, Default)]
pub(crate) struct Ctx {
    out: Vec<Diagnostic>,
    /// The language the messages are written in.
    pub(crate) locale: Locale,
}

impl Ctx {
    /// An empty collector writing its messages in `locale`.
    pub(crate) fn new(locale: Locale) -> Ctx {
        Ctx {
            out: Vec::new(),
            locale,
        }
    }

    /// `n` with the locale's thousands separator.
    pub(crate) fn num(&self, n: usize) -> String {
        self.locale.number(n)
    }

    /// Records one problem of `rule` at `pointer`.
    pub(crate) fn emit(&mut self, rule: &Rule, pointer: &str, message: impl Into<String>) {
        self.out.push(Diagnostic {
            rule: rule.id.to_string(),
            severity: rule.severity,
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    /// The diagnostics, sorted in document order of their pointers (stable: diagnostics at the
    /// same place keep the order the rules found them in).
    pub(crate) fn finish(self, doc: &Value) -> Vec<Diagnostic> {
        let mut keyed: Vec<(Vec<usize>, Diagnostic)> = self
            .out
            .into_iter()
            .map(|d| (order_key(doc, &d.pointer), d))
            .collect();
        keyed.sort_by(|a, b| compare_keys(&a.0, &b.0));
        let mut seen = HashSet::with_capacity(keyed.len());
        let mut out: Vec<Diagnostic> = Vec::with_capacity(keyed.len());
        for (_, d) in keyed {
            // The same finding reached by two modules (e.g. a mistyped `format`) is said once.
            if seen.insert((d.rule.clone(), d.pointer.clone(), d.message.clone())) {
                out.push(d);
            }
        }
        out
    }
}

/// Document position of a pointer: at each step, the index of the key in its object (in the
/// order the document wrote them) or of the element in its array. Steps that do not exist in the
/// document sort after every existing sibling.
fn order_key(doc: &Value, pointer: &str) -> Vec<usize> {
    let mut key = Vec::new();
    let mut current = Some(doc);
    if pointer.is_empty() {
        return key;
    }
    for raw in pointer.split('/').skip(1) {
        let token = unescape(raw);
        let (pos, next) = match current {
            Some(Value::Object(map)) => match map.keys().position(|k| *k == token) {
                Some(i) => (i, map.get(&token)),
                None => (usize::MAX, None),
            },
            Some(Value::Array(items)) => match token.parse::<usize>() {
                Ok(i) => (i, items.get(i)),
                Err(_) => (usize::MAX, None),
            },
            _ => (usize::MAX, None),
        };
        key.push(pos);
        current = next;
    }
    key
}

fn compare_keys(a: &[usize], b: &[usize]) -> Ordering {
    // A parent comes before its children (shorter prefix first), as in a document walk.
    a.cmp(b)
}

/// Escapes one reference token for an RFC 6901 pointer (`~` → `~0`, `/` → `~1`).
pub(crate) fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// `base` extended by one object key.
pub(crate) fn at(base: &str, key: &str) -> String {
    let mut s = String::with_capacity(base.len() + key.len() + 1);
    s.push_str(base);
    s.push('/');
    if key.contains(['~', '/']) {
        s.push_str(&escape(key));
    } else {
        s.push_str(key);
    }
    s
}

/// `base` extended by one array index.
pub(crate) fn at_index(base: &str, index: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = index;
    let mut start = digits.len();
    loop {
        start -= 1;
        // `n % 10` is below 10, so the byte is an ASCII digit.
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(base.len() + 1 + digits.len() - start);
    s.push_str(base);
    s.push('/');
    for &d in &digits[start..] {
        s.push(char::from(d));
    }
    s
}

/// Most malformed variables reported one by one in a text; the rest are counted.
pub(crate) const MALFORMED_SHOWN: usize = 5;

/// User text for a message: as is when short, else its first 40 characters and an ellipsis.
pub(crate) fn quote(s: &str) -> String {
    if s.chars().count() > 48 {
        let head: String = s.chars().take(40).collect();
        format!("{head}…")
    } else {
        s.to_string()
    }
}

/// `n` and a noun, singular when `n` is 1: `counted(l, n, ("word", "words"), ("parola",
/// "parole"))` is "1 word", "1,031 words", "1.031 parole".
pub(crate) fn counted(locale: Locale, n: usize, en: (&str, &str), it: (&str, &str)) -> String {
    let (one, many) = match locale {
        Locale::En => en,
        Locale::It => it,
    };
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", locale.number(n))
    }
}

/// Name of a JSON type for messages.
pub(crate) fn type_name(value: &Value, locale: Locale) -> &'static str {
    match (locale, value) {
        (_, Value::Null) => "null",
        (Locale::En, Value::Bool(_)) => "a boolean",
        (Locale::En, Value::Number(_)) => "a number",
        (Locale::En, Value::String(_)) => "text",
        (Locale::En, Value::Array(_)) => "an array",
        (Locale::En, Value::Object(_)) => "an object",
        (Locale::It, Value::Bool(_)) => "un booleano",
        (Locale::It, Value::Number(_)) => "un numero",
        (Locale::It, Value::String(_)) => "un testo",
        (Locale::It, Value::Array(_)) => "un array",
        (Locale::It, Value::Object(_)) => "un oggetto",
    }
}

/// Reads an optional text field; a present non-string value is reported as `field.type`.
pub(crate) fn opt_str<'a>(
    ctx: &mut Ctx,
    obj: &'a Map<String, Value>,
    base: &str,
    key: &str,
) -> Option<&'a str> {
    match obj.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &at(base, key),
                tr!(ctx.locale,
                    en: "`{key}` must be text, not {kind}.",
                    it: "`{key}` deve essere un testo, non {kind}."),
            );
            None
        }
    }
}

/// Reads a `type`/`format`-like field as upper case (Meta's examples use both cases); a present
/// non-string value is reported as `field.type`.
pub(crate) fn opt_upper(
    ctx: &mut Ctx,
    obj: &Map<String, Value>,
    base: &str,
    key: &str,
) -> Option<String> {
    // Quoted: a value too long to be a known type is shown shortened in messages.
    opt_str(ctx, obj, base, key).map(|s| {
        let upper = s.trim().to_ascii_uppercase();
        if upper.len() > 48 {
            quote(&upper)
        } else {
            upper
        }
    })
}

/// The non-blank `text` of the object `obj` at `base` (a header, body, footer or card body), or
/// `None` after reporting why not: missing or null (`missing`, at the object), not a string (by
/// [`opt_str`]), or blank (`empty`, at the text). Messages are written only when needed.
pub(crate) fn required_text<'a>(
    ctx: &mut Ctx,
    obj: &'a Map<String, Value>,
    base: &str,
    missing: (&Rule, impl FnOnce(Locale) -> String),
    empty: (&Rule, impl FnOnce(Locale) -> String),
) -> Option<&'a str> {
    let Some(text) = opt_str(ctx, obj, base, "text") else {
        if obj.get("text").is_none_or(Value::is_null) {
            let message = (missing.1)(ctx.locale);
            ctx.emit(missing.0, base, message);
        }
        return None;
    };
    if text.trim().is_empty() {
        let message = (empty.1)(ctx.locale);
        ctx.emit(empty.0, &at(base, "text"), message);
        return None;
    }
    Some(text)
}

/// Checks `text` against the limit of `field` ([`LimitedText::limit`]); emits the field's rule
/// ([`LimitedText::rule`]) with the numbers when over, and the UTF-16 disagreement warning when
/// only the UTF-16 count is over. `what` starts the message in the context's locale ("Body" /
/// "Il corpo", "Header text"…). Returns true when within the limit.
///
/// The composer's counters ([`crate::counters`]) read the same [`LimitedText`], so a counter
/// and its rule cannot disagree.
pub(crate) fn check_length(
    ctx: &mut Ctx,
    field: LimitedText,
    pointer: &str,
    what: &str,
    text: &str,
) -> bool {
    let (rule, limit) = (field.rule(), field.limit());
    if text.len() <= limit {
        return true; // fast path: characters and UTF-16 units never outnumber bytes
    }
    let n = char_count(text);
    if n > limit {
        let (count, max, over) = (ctx.num(n), ctx.num(limit), ctx.num(n - limit));
        ctx.emit(
            rule,
            pointer,
            tr!(ctx.locale,
                en: "{what} is {count} characters; the limit is {max}. Remove {over}.",
                it: "{what} ha {count} caratteri; il limite è {max}. Rimuovine {over}."),
        );
        return false;
    }
    let units = utf16_len(text);
    if units > limit {
        let (count, max, units_n, over) = (
            ctx.num(n),
            ctx.num(limit),
            ctx.num(units),
            ctx.num(units - limit),
        );
        ctx.emit(
            &table::TEXT_UTF16_LENGTH,
            pointer,
            tr!(ctx.locale,
                en: "{what} is {count} characters (within the limit of {max}) but {units_n} \
                     UTF-16 units, because emoji and some symbols count twice there. Sources \
                     disagree on how Meta counts; remove {over} characters to be safe.",
                it: "{what} ha {count} caratteri (entro il limite di {max}) ma {units_n} unità \
                     UTF-16, perché lì emoji e alcuni simboli contano doppio. Le fonti non \
                     concordano su come conta Meta: per sicurezza rimuovi {over} caratteri."),
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(at("", "a/b"), "/a~1b");
        assert_eq!(at("", "m~n"), "/m~0n");
        assert_eq!(at_index("/components", 3), "/components/3");
        assert_eq!(at_index("", 0), "/0");
        assert_eq!(at_index("/a", 1234567890), "/a/1234567890");
        assert_eq!(at_index("/a", usize::MAX), format!("/a/{}", usize::MAX));
    }

    #[test]
    fn order_follows_document_not_string_sorting() {
        let doc = json!({"name": "x", "components": [1,2,3,4,5,6,7,8,9,10,11]});
        let a = order_key(&doc, "/components/2");
        let b = order_key(&doc, "/components/10");
        assert!(a < b);
        assert!(order_key(&doc, "/name") < order_key(&doc, "/components"));
        assert!(order_key(&doc, "") < order_key(&doc, "/name"));
        assert!(order_key(&doc, "/components") < order_key(&doc, "/components/0"));
    }

    #[test]
    fn missing_tokens_sort_last_without_panicking() {
        let doc = json!({"a": 1});
        assert_eq!(order_key(&doc, "/zz/0/~1"), vec![usize::MAX; 3]);
        assert_eq!(order_key(&json!(5), "/a"), vec![usize::MAX]);
    }
}

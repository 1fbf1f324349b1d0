//! Reading `VALUES.json` against a template: every key checked against what the template
//! offers (variables, buttons, cards), every problem reported with its field.

use super::examples::{body_keys, button_kind_name, url_has_variable, variable_keys};
use super::{
    ButtonValue, ComponentValues, FieldProblem, HeaderValue, LocationValue, MediaRef, MediaSource,
    Values,
};
use crate::model::template::json_kind;
use crate::model::{Body, Button, ButtonKind, Component, Header, HeaderFormat, Template};
use crate::{tr, Locale};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The problems found so far and the locale they are worded in.
struct Problems {
    locale: Locale,
    list: Vec<FieldProblem>,
}

impl Problems {
    fn push(&mut self, problem: FieldProblem) {
        self.list.push(problem);
    }

    /// What a JSON value is, in the problems' locale: "an array", "un array".
    fn kind(&self, value: &Value) -> &'static str {
        match (self.locale, value) {
            (Locale::En, _) | (_, Value::Null) => json_kind(value),
            (Locale::It, Value::Bool(_)) => "un booleano",
            (Locale::It, Value::Number(_)) => "un numero",
            (Locale::It, Value::String(_)) => "una stringa",
            (Locale::It, Value::Array(_)) => "un array",
            (Locale::It, Value::Object(_)) => "un oggetto",
        }
    }
}

/// Validates a `VALUES.json` value against a template, the problems worded in `locale` (see
/// [`Values::from_value_in`]).
pub(super) fn read_values(
    value: &Value,
    template: &Template,
    locale: Locale,
) -> Result<Values, Vec<FieldProblem>> {
    let mut problems = Problems {
        locale,
        list: Vec::new(),
    };
    let Value::Object(map) = value else {
        return Err(vec![FieldProblem::new(
            "(top level)",
            tr!(locale,
                en: "the values must be a JSON object with keys header, body, buttons, cards, \
                     limited_time_offer; found {}",
                it: "i valori devono essere un oggetto JSON con le chiavi header, body, buttons, \
                     cards, limited_time_offer; trovato {}",
                problems.kind(value)),
        )]);
    };
    let mut values = Values::default();
    let parts = Parts::of(template.component_list());
    for (key, item) in map {
        match key.as_str() {
            "header" | "body" | "buttons" => {}
            "cards" => values.cards = read_cards(item, template, &mut problems),
            "limited_time_offer" => {
                values.offer_expiration_time_ms = read_offer(item, template, &mut problems);
            }
            other => problems.push(FieldProblem::new(
                other,
                tr!(locale,
                    en: "unknown key; the values may hold header, body, buttons, cards and \
                         limited_time_offer",
                    it: "chiave sconosciuta; i valori possono contenere header, body, buttons, \
                         cards e limited_time_offer"),
            )),
        }
    }
    values.main = read_component_values(map, "", &parts, template, &mut problems);
    if problems.list.is_empty() {
        Ok(values)
    } else {
        Err(problems.list)
    }
}

/// The header, body and buttons of a component list (the message's or a card's).
struct Parts<'a> {
    header: Option<&'a Header>,
    body: Option<&'a Body>,
    buttons: &'a [Button],
}

impl<'a> Parts<'a> {
    fn of(components: &'a [Component]) -> Parts<'a> {
        let mut parts = Parts {
            header: None,
            body: None,
            buttons: &[],
        };
        for component in components {
            match component {
                Component::Header(h) if parts.header.is_none() => parts.header = Some(h),
                Component::Body(b) if parts.body.is_none() => parts.body = Some(b),
                Component::Buttons(b) if parts.buttons.is_empty() => parts.buttons = b.list(),
                _ => {}
            }
        }
        parts
    }
}

fn field(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}")
}

fn read_component_values(
    map: &Map<String, Value>,
    prefix: &str,
    parts: &Parts<'_>,
    template: &Template,
    problems: &mut Problems,
) -> ComponentValues {
    let mut values = ComponentValues::default();
    if let Some(item) = map.get("header") {
        values.header = read_header(item, &field(prefix, "header"), parts.header, problems);
    }
    if let Some(item) = map.get("body") {
        let path = field(prefix, "body");
        match parts.body {
            None => {
                let message = tr!(problems.locale,
                    en: "there is no body to fill in here",
                    it: "qui non c'è un corpo da compilare");
                problems.push(FieldProblem::new(path, message));
            }
            Some(body) => {
                let keys = if prefix.is_empty() {
                    body_keys(body, template)
                } else {
                    body.text.as_deref().map(variable_keys).unwrap_or_default()
                };
                let what = tr!(problems.locale, en: "the body", it: "il corpo");
                values.body = read_variables(item, &path, &keys, &what, problems);
            }
        }
    }
    if let Some(item) = map.get("buttons") {
        values.buttons = read_buttons(item, &field(prefix, "buttons"), parts.buttons, problems);
    }
    values
}

/// Reads `{"1": "…", "name": "…"}` for a text with variables `keys`.
fn read_variables(
    item: &Value,
    path: &str,
    keys: &[String],
    what: &str,
    problems: &mut Problems,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Value::Object(map) = item else {
        let message = tr!(problems.locale,
            en: "must be an object mapping each variable's number or name to its value, e.g. \
                 {{\"1\": \"Ada\"}}; found {}",
            it: "deve essere un oggetto che associa al numero o al nome di ogni variabile il suo \
                 valore, ad esempio {{\"1\": \"Ada\"}}; trovato {}",
            problems.kind(item));
        problems.push(FieldProblem::new(path, message));
        return out;
    };
    for (key, value) in map {
        let at = format!("{path}.{key}");
        if !keys.iter().any(|k| k == key) {
            let known = if keys.is_empty() {
                tr!(problems.locale,
                    en: "{what} has no variables",
                    it: "{what} non ha variabili")
            } else {
                tr!(problems.locale, en: "{what} has {}", it: "{what} ha {}", describe_keys(keys))
            };
            let message = tr!(problems.locale,
                en: "unknown variable {{{{{key}}}}}: {known}",
                it: "variabile sconosciuta {{{{{key}}}}}: {known}");
            problems.push(FieldProblem::new(at, message));
            continue;
        }
        match value {
            Value::String(text) => {
                out.insert(key.clone(), text.clone());
            }
            other => {
                let message = tr!(problems.locale,
                    en: "must be a string (write it in quotes), found {}",
                    it: "deve essere una stringa (scrivila tra virgolette), trovato {}",
                    problems.kind(other));
                problems.push(FieldProblem::new(at, message));
            }
        }
    }
    out
}

fn describe_keys(keys: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for key in keys {
        if !unique.contains(&key.as_str()) {
            unique.push(key);
        }
    }
    let list: Vec<String> = unique.iter().map(|k| format!("{{{{{k}}}}}")).collect();
    list.join(", ")
}

fn read_header(
    item: &Value,
    path: &str,
    header: Option<&Header>,
    problems: &mut Problems,
) -> Option<HeaderValue> {
    let Some(header) = header else {
        let message = tr!(problems.locale,
            en: "there is no header to fill in here",
            it: "qui non c'è un'intestazione da compilare");
        problems.push(FieldProblem::new(path, message));
        return None;
    };
    let format = header.format();
    if format == HeaderFormat::Text {
        let keys = header
            .text
            .as_deref()
            .map(variable_keys)
            .unwrap_or_default();
        let what = tr!(problems.locale, en: "the header", it: "l'intestazione");
        return Some(HeaderValue::Text(read_variables(
            item, path, &keys, &what, problems,
        )));
    }
    let Value::Object(map) = item else {
        let message = tr!(problems.locale,
            en: "must be an object, found {}",
            it: "deve essere un oggetto, trovato {}",
            problems.kind(item));
        problems.push(FieldProblem::new(path, message));
        return None;
    };
    if format.is_media() {
        return read_media(map, path, problems).map(HeaderValue::Media);
    }
    if format == HeaderFormat::Location {
        return read_location(map, path, problems).map(HeaderValue::Location);
    }
    let message = tr!(problems.locale,
        en: "a {} header takes no values here",
        it: "un'intestazione {} qui non accetta valori",
        header.format.as_ref().map_or("TEXT", |f| f.as_str()));
    problems.push(FieldProblem::new(path, message));
    None
}

fn optional_string(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    problems: &mut Problems,
) -> Option<String> {
    match map.get(key)? {
        Value::String(text) => Some(text.clone()),
        other => {
            let message = tr!(problems.locale,
                en: "must be a string, found {}",
                it: "deve essere una stringa, trovato {}",
                problems.kind(other));
            problems.push(FieldProblem::new(format!("{path}.{key}"), message));
            None
        }
    }
}

fn read_media(map: &Map<String, Value>, path: &str, problems: &mut Problems) -> Option<MediaRef> {
    for key in map.keys() {
        if !matches!(key.as_str(), "id" | "link" | "filename") {
            let message = tr!(problems.locale,
                en: "unknown key; a media header takes id or link (and filename for documents)",
                it: "chiave sconosciuta; un'intestazione multimediale accetta id o link (e \
                     filename per i documenti)");
            problems.push(FieldProblem::new(format!("{path}.{key}"), message));
        }
    }
    let id = optional_string(map, "id", path, problems);
    let link = optional_string(map, "link", path, problems);
    let filename = optional_string(map, "filename", path, problems);
    let source = match (id, link) {
        (Some(id), None) => MediaSource::Id(id),
        (None, Some(link)) => MediaSource::Link(link),
        (Some(_), Some(_)) => {
            let message = tr!(problems.locale,
                en: "give either id or link, not both",
                it: "indica id oppure link, non entrambi");
            problems.push(FieldProblem::new(path, message));
            return None;
        }
        (None, None) => {
            let message = tr!(problems.locale,
                en: "a media header needs {{\"id\": \"<MEDIA_ID>\"}} or \
                     {{\"link\": \"https://…\"}}",
                it: "un'intestazione multimediale richiede {{\"id\": \"<MEDIA_ID>\"}} o \
                     {{\"link\": \"https://…\"}}");
            problems.push(FieldProblem::new(path, message));
            return None;
        }
    };
    Some(MediaRef { source, filename })
}

fn read_location(
    map: &Map<String, Value>,
    path: &str,
    problems: &mut Problems,
) -> Option<LocationValue> {
    for key in map.keys() {
        if !matches!(key.as_str(), "latitude" | "longitude" | "name" | "address") {
            let message = tr!(problems.locale,
                en: "unknown key; a location header takes latitude, longitude, name and address",
                it: "chiave sconosciuta; un'intestazione di posizione accetta latitude, \
                     longitude, name e address");
            problems.push(FieldProblem::new(format!("{path}.{key}"), message));
        }
    }
    let coordinate = |key: &str, problems: &mut Problems| match map.get(key) {
        Some(v @ (Value::Number(_) | Value::String(_))) => Some(v.clone()),
        Some(other) => {
            let message = tr!(problems.locale,
                en: "must be a number, found {}",
                it: "deve essere un numero, trovato {}",
                problems.kind(other));
            problems.push(FieldProblem::new(format!("{path}.{key}"), message));
            None
        }
        None => {
            let message = tr!(problems.locale,
                en: "missing; a location header needs latitude and longitude",
                it: "manca; un'intestazione di posizione richiede latitude e longitude");
            problems.push(FieldProblem::new(format!("{path}.{key}"), message));
            None
        }
    };
    let latitude = coordinate("latitude", problems);
    let longitude = coordinate("longitude", problems);
    let name = optional_string(map, "name", path, problems);
    let address = optional_string(map, "address", path, problems);
    Some(LocationValue {
        latitude: latitude?,
        longitude: longitude?,
        name,
        address,
    })
}

fn read_buttons(
    item: &Value,
    path: &str,
    buttons: &[Button],
    problems: &mut Problems,
) -> BTreeMap<usize, ButtonValue> {
    let mut out = BTreeMap::new();
    let Value::Object(map) = item else {
        let message = tr!(problems.locale,
            en: "must be an object mapping a button index to its value, e.g. {{\"0\": \
                 \"order-42\"}}; found {}",
            it: "deve essere un oggetto che associa all'indice di un pulsante il suo valore, ad \
                 esempio {{\"0\": \"order-42\"}}; trovato {}",
            problems.kind(item));
        problems.push(FieldProblem::new(path, message));
        return out;
    };
    for (key, value) in map {
        let at = format!("{path}.{key}");
        let Some((index, button)) = key
            .parse::<usize>()
            .ok()
            .and_then(|i| buttons.get(i).map(|b| (i, b)))
        else {
            let message = match (problems.locale, buttons.len()) {
                (Locale::En, n) => format!(
                    "no button with this index; buttons are numbered from 0 and there {}",
                    match n {
                        0 => "are none".to_string(),
                        1 => "is 1 (index 0)".to_string(),
                        n => format!("are {n} (0 to {})", n - 1),
                    }
                ),
                (Locale::It, 0) => {
                    "nessun pulsante con questo indice; il template non ha pulsanti".to_string()
                }
                (Locale::It, 1) => "nessun pulsante con questo indice; i pulsanti sono numerati \
                                    da 0 e ce n'è 1 (indice 0)"
                    .to_string(),
                (Locale::It, n) => format!(
                    "nessun pulsante con questo indice; i pulsanti sono numerati da 0 e sono {n} \
                     (da 0 a {})",
                    n - 1
                ),
            };
            problems.push(FieldProblem::new(at, message));
            continue;
        };
        if let Some(read) = read_button(value, &at, button, problems) {
            out.insert(index, read);
        }
    }
    out
}

fn read_button(
    value: &Value,
    at: &str,
    button: &Button,
    problems: &mut Problems,
) -> Option<ButtonValue> {
    let kind_name = button_kind_name(button);
    let takes_action = matches!(button.kind(), ButtonKind::Mpm | ButtonKind::Flow);
    let takes_text = match button {
        Button::Url(url) => {
            if !url_has_variable(url) {
                let message = tr!(problems.locale,
                    en: "this URL button has no variable, so it takes no value",
                    it: "questo pulsante URL non ha variabili, quindi non accetta valori");
                problems.push(FieldProblem::new(at, message));
                return None;
            }
            true
        }
        Button::QuickReply(_) | Button::CopyCode(_) | Button::Catalog(_) | Button::Flow(_) => true,
        Button::Otp(_) => {
            let message = tr!(problems.locale,
                en: "the OTP button takes its code from body.1 (the code is sent in both places)",
                it: "il pulsante OTP prende il codice da body.1 (il codice è inviato in entrambi \
                     i punti)");
            problems.push(FieldProblem::new(at, message));
            return None;
        }
        _ if takes_action => false,
        _ => {
            let message = tr!(problems.locale,
                en: "a {kind_name} button takes no value",
                it: "un pulsante {kind_name} non accetta valori");
            problems.push(FieldProblem::new(at, message));
            return None;
        }
    };
    match value {
        Value::String(text) if takes_text => Some(ButtonValue::Text(text.clone())),
        Value::Object(map) if takes_action => Some(ButtonValue::Action(map.clone())),
        other => {
            let wanted = match (problems.locale, takes_text, takes_action) {
                (Locale::En, true, true) => "a string (flow token) or an object (action)",
                (Locale::En, false, true) => "an object (the action with sections)",
                (Locale::En, ..) => "a string",
                (Locale::It, true, true) => "una stringa (token del flow) o un oggetto (azione)",
                (Locale::It, false, true) => "un oggetto (l'azione con le sezioni)",
                (Locale::It, ..) => "una stringa",
            };
            let message = tr!(problems.locale,
                en: "a {kind_name} button's value must be {wanted}, found {}",
                it: "il valore di un pulsante {kind_name} deve essere {wanted}, trovato {}",
                problems.kind(other));
            problems.push(FieldProblem::new(at, message));
            None
        }
    }
}

fn read_cards(
    item: &Value,
    template: &Template,
    problems: &mut Problems,
) -> BTreeMap<usize, ComponentValues> {
    let mut out = BTreeMap::new();
    let cards = template
        .carousel()
        .map(|c| c.card_list())
        .unwrap_or_default();
    if template.carousel().is_none() {
        let message = tr!(problems.locale,
            en: "the template has no carousel",
            it: "il template non ha un carosello");
        problems.push(FieldProblem::new("cards", message));
        return out;
    }
    let Value::Object(map) = item else {
        let message = tr!(problems.locale,
            en: "must be an object mapping a card index to its values; found {}",
            it: "deve essere un oggetto che associa all'indice di una scheda i suoi valori; \
                 trovato {}",
            problems.kind(item));
        problems.push(FieldProblem::new("cards", message));
        return out;
    };
    for (key, value) in map {
        let path = format!("cards.{key}");
        let Some((index, card)) = key
            .parse::<usize>()
            .ok()
            .and_then(|i| cards.get(i).map(|c| (i, c)))
        else {
            let message = tr!(problems.locale,
                en: "no card with this index; cards are numbered from 0 and there are {}",
                it: "nessuna scheda con questo indice; le schede sono numerate da 0 e sono {}",
                cards.len());
            problems.push(FieldProblem::new(path, message));
            continue;
        };
        let Value::Object(card_map) = value else {
            let message = tr!(problems.locale,
                en: "must be an object with header, body and buttons",
                it: "deve essere un oggetto con header, body e buttons");
            problems.push(FieldProblem::new(path, message));
            continue;
        };
        for key in card_map.keys() {
            if !matches!(key.as_str(), "header" | "body" | "buttons") {
                let message = tr!(problems.locale,
                    en: "unknown key; a card may hold header, body and buttons",
                    it: "chiave sconosciuta; una scheda può contenere header, body e buttons");
                problems.push(FieldProblem::new(format!("{path}.{key}"), message));
            }
        }
        let parts = Parts::of(card.component_list());
        let values =
            read_component_values(card_map, &format!("{path}."), &parts, template, problems);
        out.insert(index, values);
    }
    out
}

fn read_offer(item: &Value, template: &Template, problems: &mut Problems) -> Option<i64> {
    if template.limited_time_offer().is_none() {
        let message = tr!(problems.locale,
            en: "the template has no limited-time offer",
            it: "il template non ha un'offerta a tempo limitato");
        problems.push(FieldProblem::new("limited_time_offer", message));
        return None;
    }
    let Some(expiry) = item.get("expiration_time_ms") else {
        let message = tr!(problems.locale,
            en: "must be {{\"expiration_time_ms\": <Unix time in milliseconds>}}",
            it: "deve essere {{\"expiration_time_ms\": <tempo Unix in millisecondi>}}");
        problems.push(FieldProblem::new("limited_time_offer", message));
        return None;
    };
    match expiry.as_i64() {
        Some(ms) if ms >= 0 => Some(ms),
        _ => {
            let message = tr!(problems.locale,
                en: "must be a whole, non-negative number of milliseconds since 1970",
                it: "deve essere un numero intero non negativo di millisecondi dal 1970");
            problems.push(FieldProblem::new(
                "limited_time_offer.expiration_time_ms",
                message,
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Fill;
    use serde_json::json;

    fn template(doc: Value) -> Template {
        Template::from_value(doc).expect("object")
    }

    fn promo() -> Template {
        template(json!({
            "name": "promo", "language": "en", "category": "MARKETING",
            "components": [
                {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}}", "example": {"header_text": ["Pablo"]}},
                {"type": "BODY", "text": "Code {{1}} gives {{2}} off.", "example": {"body_text": [["X1", "10%"]]}},
                {"type": "BUTTONS", "buttons": [
                    {"type": "QUICK_REPLY", "text": "Stop"},
                    {"type": "URL", "text": "Shop", "url": "https://a.example/shop?c={{1}}", "example": ["https://a.example/shop?c=summer"]},
                    {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"}
                ]}
            ]
        }))
    }

    fn problems(values: Value, template: &Template) -> Vec<String> {
        match Values::from_value(&values, template) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn valid_values_are_read() {
        let t = promo();
        let values = Values::from_value(
            &json!({"header": {"1": "Ada"}, "body": {"2": "20%"}, "buttons": {"0": "STOP", "1": "fall"}}),
            &t,
        )
        .expect("valid");
        let body = t.body().expect("body");
        assert_eq!(values.main.body_variable(body, "2"), Fill::Given("20%"));
        assert_eq!(values.main.body_variable(body, "1"), Fill::Example("X1"));
        assert_eq!(values.main.body_variable(body, "3"), Fill::Missing);
    }

    #[test]
    fn unknown_variable_names_the_field_and_the_known_ones() {
        let found = problems(json!({"body": {"3": "x"}}), &promo());
        assert_eq!(
            found,
            vec!["body.3: unknown variable {{3}}: the body has {{1}}, {{2}}"]
        );
    }

    #[test]
    fn wrong_types_are_reported_per_field() {
        let found = problems(
            json!({"body": {"1": 5}, "buttons": {"1": ["x"]}, "extra": 1}),
            &promo(),
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("extra: unknown key"), "{found:?}");
        assert!(
            found[1].starts_with("body.1: must be a string"),
            "{found:?}"
        );
        assert!(found[2].starts_with("buttons.1: a URL button's value must be a string"));
    }

    #[test]
    fn button_without_value_slot_is_refused() {
        let found = problems(json!({"buttons": {"2": "x", "7": "y"}}), &promo());
        assert_eq!(found.len(), 2);
        assert!(
            found[0].contains("PHONE_NUMBER button takes no value"),
            "{found:?}"
        );
        assert!(found[1].contains("there are 3 (0 to 2)"), "{found:?}");
    }

    #[test]
    fn full_url_example_is_cut_to_the_variable_part() {
        let t = promo();
        let button = &t.buttons().expect("buttons").list()[1];
        assert_eq!(
            Values::default().main.button_text(1, button),
            Fill::Example("summer")
        );
    }

    #[test]
    fn full_url_example_with_another_prefix_is_cut_after_the_last_separator() {
        let t = template(
            json!({"components": [{"type": "BODY", "text": "x"}, {"type": "BUTTONS", "buttons": [
            {"type": "url", "text": "Book", "url": "https://a.example/offers?code={{1}}",
             "example": ["https://a.example/offers?ref=n3mtql"]}]}]}),
        );
        let button = &t.buttons().expect("buttons").list()[0];
        assert_eq!(
            Values::default().main.button_text(0, button),
            Fill::Example("n3mtql")
        );
    }

    #[test]
    fn values_that_are_not_an_object_are_refused() {
        let found = problems(json!([1]), &promo());
        assert!(found[0].contains("found an array"), "{found:?}");
    }

    #[test]
    fn media_header_takes_id_or_link() {
        let t = template(
            json!({"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "x"}]}),
        );
        let values = Values::from_value(&json!({"header": {"id": "123"}}), &t).expect("valid");
        assert_eq!(
            values.main.header,
            Some(HeaderValue::Media(MediaRef {
                source: MediaSource::Id("123".into()),
                filename: None
            }))
        );
        assert_eq!(
            problems(json!({"header": {"id": "1", "link": "https://x"}}), &t).len(),
            1
        );
        assert_eq!(problems(json!({"header": {}}), &t).len(), 1);
    }

    #[test]
    fn authentication_code_is_body_1() {
        let t = template(json!({"category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]}]}));
        assert!(Values::from_value(&json!({"body": {"1": "123456"}}), &t).is_ok());
        assert_eq!(problems(json!({"buttons": {"0": "123456"}}), &t).len(), 1);
    }

    #[test]
    fn card_values_are_checked_against_their_card() {
        let t = template(json!({"category": "MARKETING", "components": [
            {"type": "BODY", "text": "Hi"},
            {"type": "CAROUSEL", "cards": [
                {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Card {{1}}"}]},
                {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Card {{1}}"}]}]}]}));
        let values = Values::from_value(
            &json!({"cards": {"1": {"body": {"1": "two"}, "header": {"link": "https://x/y.png"}}}}),
            &t,
        )
        .expect("valid");
        assert_eq!(
            values.card(1).body.get("1").map(String::as_str),
            Some("two")
        );
        let found = problems(json!({"cards": {"2": {}, "0": {"body": {"2": "x"}}}}), &t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("cards.2: no card"), "{found:?}");
        assert!(
            found[1].starts_with("cards.0.body.2: unknown variable"),
            "{found:?}"
        );
    }
}

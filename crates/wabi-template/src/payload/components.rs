//! The `components` array of a template send: one entry per template component that carries a
//! parameter, in template order (header, limited-time offer, body, buttons, carousel cards).

use super::send_rules::{check_coupon, check_length, check_otp, check_param};
use super::{Problems, SendProblem};
use crate::limits::LimitedText;
use crate::model::{
    Body, Button, Card, Carousel, Component, Header, HeaderFormat, LimitedTimeOffer,
    ParameterFormat, Template,
};
use crate::tr;
use crate::values::{
    button_kind_name, is_authentication, substitute, url_has_variable, variable_keys, ButtonValue,
    ComponentValues, Fill, HeaderValue, LocationValue, MediaRef, MediaSource, Values,
};
use serde_json::{json, Map, Value};

/// What every part of the build needs to know about the template.
struct Context {
    named: bool,
    in_offer: bool,
}

/// Builds the components of the send.
pub(super) fn build(template: &Template, values: &Values, problems: &mut Problems) -> Vec<Value> {
    let context = Context {
        named: template.parameter_format() == ParameterFormat::Named,
        in_offer: template.limited_time_offer().is_some(),
    };
    if is_authentication(template) {
        return authentication(template, values, problems);
    }
    let body_limit = if context.in_offer {
        LimitedText::OfferBody
    } else {
        LimitedText::Body
    };
    let mut out = Vec::new();
    for (position, component) in template.component_list().iter().enumerate() {
        match component {
            Component::Header(header) => {
                out.extend(header_component(
                    header,
                    &values.main,
                    "",
                    &context,
                    problems,
                ));
            }
            Component::Body(body) => {
                out.extend(body_component(
                    body,
                    &values.main,
                    "",
                    body_limit,
                    &context,
                    problems,
                ));
            }
            Component::Buttons(buttons) => {
                out.extend(button_components(
                    buttons.list(),
                    &values.main,
                    "",
                    &context,
                    problems,
                ));
            }
            Component::LimitedTimeOffer(offer) => {
                out.extend(offer_component(offer, values, problems));
            }
            Component::Carousel(carousel) => {
                out.push(carousel_component(carousel, values, &context, problems));
            }
            Component::Footer(_) => {}
            Component::Unrecognized { problem, .. } => problems.push(SendProblem::warning(
                format!("components.{position}"),
                tr!(problems.locale,
                    en: "this component could not be read ({problem}); it is left out",
                    it: "questo componente non si può leggere ({problem}); viene tralasciato"),
            )),
        }
    }
    out
}

/// Authentication: the code goes in the body and, again, in the OTP button as a URL parameter
/// (Meta: M-auth).
fn authentication(template: &Template, values: &Values, problems: &mut Problems) -> Vec<Value> {
    let Some(code) = values.main.body.get("1") else {
        problems.push(SendProblem::error(
            "body.1",
            tr!(problems.locale,
                en: "an authentication send needs the one-time code: give it as body.1",
                it: "un invio di autenticazione richiede il codice monouso: indicalo come body.1"),
        ));
        return Vec::new();
    };
    check_param("body.1", code, problems);
    check_otp("body.1", code, problems);
    let mut out = vec![json!({
        "type": "body",
        "parameters": [{"type": "text", "text": code}],
    })];
    let buttons = template.buttons().map(|b| b.list()).unwrap_or_default();
    for (index, button) in buttons.iter().enumerate() {
        // Meta returns an OTP button as type URL when templates are read back (Meta: M-auth).
        if let Button::Otp(_) | Button::Url(_) = button {
            out.push(json!({
                "type": "button",
                "sub_type": "url",
                "index": index.to_string(),
                "parameters": [{"type": "text", "text": code}],
            }));
        }
    }
    out
}

fn header_component(
    header: &Header,
    values: &ComponentValues,
    prefix: &str,
    context: &Context,
    problems: &mut Problems,
) -> Option<Value> {
    let field = format!("{prefix}header");
    let format = header.format();
    let parameter = match format {
        HeaderFormat::Text => {
            let text = header.text.as_deref()?;
            let keys = unique_keys(text, context.named);
            if keys.is_empty() {
                return None;
            }
            let mut parameters = Vec::new();
            for key in &keys {
                let at = format!("{field}.{key}");
                let value = required(values.header_variable(header, key), &at, problems)?;
                check_param(&at, value, problems);
                parameters.push(text_parameter(key, value, context.named));
            }
            let filled = substitute(text, |key| values.header_variable(header, key));
            check_length(&field, LimitedText::HeaderText, &filled.text, problems);
            return Some(object([
                ("type", "header".into()),
                ("parameters", Value::Array(parameters)),
            ]));
        }
        f if f.is_media() => {
            let kind = match f {
                HeaderFormat::Video => "video",
                HeaderFormat::Document => "document",
                HeaderFormat::Gif => "gif",
                _ => "image",
            };
            match &values.header {
                Some(HeaderValue::Media(media)) => media_parameter(kind, media),
                _ => {
                    problems.push(SendProblem::error(
                        field,
                        tr!(problems.locale,
                            en: "the {} header needs the file to send: give \
                                 {{\"id\": \"<MEDIA_ID>\"}} or {{\"link\": \"https://…\"}} (the \
                                 template's sample handle cannot be sent)",
                            it: "l'intestazione {} richiede il file da inviare: indica \
                                 {{\"id\": \"<MEDIA_ID>\"}} o {{\"link\": \"https://…\"}} (il \
                                 campione del template non si può inviare)",
                            kind.to_uppercase()),
                    ));
                    return None;
                }
            }
        }
        HeaderFormat::Location => match &values.header {
            Some(HeaderValue::Location(location)) => location_parameter(location),
            _ => {
                problems.push(SendProblem::error(
                    field,
                    tr!(problems.locale,
                        en: "the LOCATION header needs the place to show: give latitude and \
                             longitude (and optionally name and address)",
                        it: "l'intestazione LOCATION richiede il luogo da mostrare: indica \
                             latitude e longitude (e, se vuoi, name e address)"),
                ));
                return None;
            }
        },
        _ => {
            problems.push(SendProblem::warning(
                field,
                tr!(problems.locale,
                    en: "a {} header is not supported by this version; it is left out",
                    it: "un'intestazione {} non è supportata da questa versione; viene \
                         tralasciata",
                    header.format.as_ref().map_or("", |f| f.as_str())),
            ));
            return None;
        }
    };
    Some(object([
        ("type", "header".into()),
        ("parameters", Value::Array(vec![parameter])),
    ]))
}

fn media_parameter(kind: &str, media: &MediaRef) -> Value {
    let mut object = Map::new();
    match &media.source {
        MediaSource::Id(id) => object.insert("id".into(), Value::String(id.clone())),
        MediaSource::Link(link) => object.insert("link".into(), Value::String(link.clone())),
    };
    if let (Some(filename), "document") = (&media.filename, kind) {
        object.insert("filename".into(), Value::String(filename.clone()));
    }
    let mut parameter = Map::new();
    parameter.insert("type".into(), Value::String(kind.to_string()));
    parameter.insert(kind.to_string(), Value::Object(object));
    Value::Object(parameter)
}

fn location_parameter(location: &LocationValue) -> Value {
    let mut place = Map::new();
    place.insert("latitude".into(), location.latitude.clone());
    place.insert("longitude".into(), location.longitude.clone());
    if let Some(name) = &location.name {
        place.insert("name".into(), Value::String(name.clone()));
    }
    if let Some(address) = &location.address {
        place.insert("address".into(), Value::String(address.clone()));
    }
    object([
        ("type", "location".into()),
        ("location", Value::Object(place)),
    ])
}

fn body_component(
    body: &Body,
    values: &ComponentValues,
    prefix: &str,
    limit: LimitedText,
    context: &Context,
    problems: &mut Problems,
) -> Option<Value> {
    let field = format!("{prefix}body");
    let text = body.text.as_deref()?;
    let filled = substitute(text, |key| values.body_variable(body, key));
    check_length(&field, limit, &filled.text, problems);
    // Authentication bodies never get here (see `authentication`), so the body's variables are
    // exactly those of its text, which `substitute` has just found.
    let keys = ordered(
        filled.variables.iter().map(|v| v.key.clone()).collect(),
        context.named,
    );
    if keys.is_empty() {
        return None;
    }
    let mut parameters = Vec::new();
    for key in &keys {
        let at = format!("{field}.{key}");
        if let Some(value) = required(values.body_variable(body, key), &at, problems) {
            check_param(&at, value, problems);
            parameters.push(text_parameter(key, value, context.named));
        }
    }
    Some(object([
        ("type", "body".into()),
        ("parameters", Value::Array(parameters)),
    ]))
}

fn button_components(
    buttons: &[Button],
    values: &ComponentValues,
    prefix: &str,
    context: &Context,
    problems: &mut Problems,
) -> Vec<Value> {
    let mut out = Vec::new();
    for (index, button) in buttons.iter().enumerate() {
        let at = format!("{prefix}buttons.{index}");
        let given = values.buttons.get(&index);
        let (sub_type, parameter) = match button {
            Button::Url(url) if url_has_variable(url) => {
                let Some(suffix) = required(values.button_text(index, button), &at, problems)
                else {
                    continue;
                };
                check_param(&at, suffix, problems);
                if let Some(template_url) = url.url.as_deref() {
                    let full = substitute(template_url, |_| Fill::Given(suffix));
                    check_length(&at, LimitedText::Url, &full.text, problems);
                }
                ("url", json!({"type": "text", "text": suffix}))
            }
            Button::QuickReply(_) => match given {
                Some(ButtonValue::Text(payload)) => (
                    "quick_reply",
                    json!({"type": "payload", "payload": payload}),
                ),
                _ => continue,
            },
            Button::CopyCode(_) => {
                let Some(code) = required(values.button_text(index, button), &at, problems) else {
                    continue;
                };
                check_param(&at, code, problems);
                check_coupon(&at, code, context.in_offer, problems);
                (
                    "copy_code",
                    json!({"type": "coupon_code", "coupon_code": code}),
                )
            }
            Button::Flow(_) => match given {
                Some(ButtonValue::Text(token)) => (
                    "flow",
                    json!({"type": "action", "action": {"flow_token": token}}),
                ),
                Some(ButtonValue::Action(action)) => {
                    ("flow", json!({"type": "action", "action": action}))
                }
                None => continue,
            },
            Button::Catalog(_) => match given {
                Some(ButtonValue::Text(thumbnail)) => (
                    "CATALOG",
                    json!({"type": "action", "action": {"thumbnail_product_retailer_id": thumbnail}}),
                ),
                _ => continue,
            },
            Button::Mpm(_) => match given {
                Some(ButtonValue::Action(action)) => {
                    ("mpm", json!({"type": "action", "action": action}))
                }
                _ => {
                    problems.push(SendProblem::error(
                        at,
                        tr!(problems.locale,
                            en: "a multi-product button needs its products: give an object \
                                 {{\"thumbnail_product_retailer_id\": …, \"sections\": \
                                 [{{\"title\": …, \"product_items\": \
                                 [{{\"product_retailer_id\": …}}]}}]}}",
                            it: "un pulsante multi-prodotto richiede i suoi prodotti: indica un \
                                 oggetto {{\"thumbnail_product_retailer_id\": …, \"sections\": \
                                 [{{\"title\": …, \"product_items\": \
                                 [{{\"product_retailer_id\": …}}]}}]}}"),
                    ));
                    continue;
                }
            },
            Button::Unrecognized { problem, .. } => {
                problems.push(SendProblem::warning(
                    at,
                    tr!(problems.locale,
                        en: "this {} button could not be read ({problem}); it is left out",
                        it: "questo pulsante {} non si può leggere ({problem}); viene tralasciato",
                        button_kind_name(button)),
                ));
                continue;
            }
            _ => continue,
        };
        out.push(object([
            ("type", "button".into()),
            ("sub_type", sub_type.into()),
            ("index", index.to_string().into()),
            ("parameters", Value::Array(vec![parameter])),
        ]));
    }
    out
}

fn offer_component(
    offer: &LimitedTimeOffer,
    values: &Values,
    problems: &mut Problems,
) -> Option<Value> {
    let expires = offer
        .limited_time_offer
        .as_ref()
        .and_then(|details| details.has_expiration)
        .unwrap_or(false);
    if !expires {
        return None;
    }
    let Some(ms) = values.offer_expiration_time_ms else {
        problems.push(SendProblem::error(
            "limited_time_offer.expiration_time_ms",
            tr!(problems.locale,
                en: "the offer shows a countdown: give its expiry (Unix time in milliseconds)",
                it: "l'offerta mostra un conto alla rovescia: indica la scadenza (tempo Unix in \
                     millisecondi)"),
        ));
        return None;
    };
    Some(json!({
        "type": "limited_time_offer",
        "parameters": [{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": ms}}],
    }))
}

fn carousel_component(
    carousel: &Carousel,
    values: &Values,
    context: &Context,
    problems: &mut Problems,
) -> Value {
    let cards: Vec<Value> = carousel
        .card_list()
        .iter()
        .enumerate()
        .map(|(index, card)| card_value(index, card, values.card(index), context, problems))
        .collect();
    object([("type", "carousel".into()), ("cards", Value::Array(cards))])
}

fn card_value(
    index: usize,
    card: &Card,
    values: &ComponentValues,
    context: &Context,
    problems: &mut Problems,
) -> Value {
    let prefix = format!("cards.{index}.");
    let mut components = Vec::new();
    for component in card.component_list() {
        match component {
            Component::Header(header) => {
                components.extend(header_component(header, values, &prefix, context, problems));
            }
            Component::Body(body) => components.extend(body_component(
                body,
                values,
                &prefix,
                LimitedText::CardBody,
                context,
                problems,
            )),
            Component::Buttons(buttons) => components.extend(button_components(
                buttons.list(),
                values,
                &prefix,
                context,
                problems,
            )),
            _ => {}
        }
    }
    object([
        ("card_index", index.into()),
        ("components", Value::Array(components)),
    ])
}

/// A JSON object from its fields, moving the values in (`json!` would copy nested values).
fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    let mut map = Map::with_capacity(N);
    for (key, value) in fields {
        map.insert(key.to_string(), value);
    }
    Value::Object(map)
}

/// A text parameter, with `parameter_name` for named templates.
fn text_parameter(key: &str, value: &str, named: bool) -> Value {
    if named {
        json!({"type": "text", "parameter_name": key, "text": value})
    } else {
        json!({"type": "text", "text": value})
    }
}

/// The value, or an error naming the field when there is neither a value nor an example.
fn required<'a>(fill: Fill<'a>, field: &str, problems: &mut Problems) -> Option<&'a str> {
    let text = fill.text();
    if text.is_none() {
        problems.push(SendProblem::error(
            field,
            tr!(problems.locale,
                en: "no value given and the template has no example for it: add it to the values",
                it: "nessun valore indicato e il template non ha un esempio: aggiungilo ai valori"),
        ));
    }
    text
}

/// The distinct variable keys of a text in send order.
fn unique_keys(text: &str, named: bool) -> Vec<String> {
    ordered(variable_keys(text), named)
}

/// Distinct keys: numbers in ascending order (positional), names in order of first appearance.
fn ordered(keys: Vec<String>, named: bool) -> Vec<String> {
    let mut unique: Vec<String> = Vec::with_capacity(keys.len());
    for key in keys {
        if !unique.contains(&key) {
            unique.push(key);
        }
    }
    if !named {
        unique.sort_by_key(|key| (key.parse::<u64>().unwrap_or(u64::MAX), key.clone()));
    }
    unique
}

//! Meta's OpenAPI file as the judge of request bodies: loads the fixture
//! `crates/wabi-test-support/fixtures/openapi/*.yaml` (Meta's `business-messaging-api_v23.0.yaml`
//! from the `facebook/openapi` repository, MIT, its licence beside it) at test time, finds the
//! request-body schema of an operation, and checks a JSON body against it.
//!
//! The checker is a small subset of JSON Schema as OpenAPI 3.0 uses it, written here because the
//! file needs OpenAPI's reading of two keywords that a plain JSON Schema validator reads
//! differently:
//! - `allOf` with `additionalProperties: false` in one branch: the properties declared by every
//!   branch are allowed (OpenAPI's composition). A strict JSON Schema reading would reject every
//!   message, since `messaging_product` and `to` are declared in `BaseMessageProperties`, the
//!   other branch.
//! - `discriminator`: the `mapping` names the schema a body with that property value must match
//!   (so `TemplateComponent` checks a `type: button` component against `ButtonComponent`).
//!
//! Checked: `$ref` (local), `type`, `required`, `properties`, `enum`, `items`, `allOf`,
//! `oneOf`/`anyOf` (at least one alternative matches), `additionalProperties` (`false` or a
//! schema), `discriminator`. Not checked, on purpose: `pattern` (the file's button `index`
//! pattern `^[2-6, 11-14]$` is a one-character class that rejects the file's own example
//! `index: '0'`), `format`, length and count limits (the template engine checks Meta's limits
//! with the rules document as its source).

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The folder the OpenAPI files are read from: this crate's `fixtures/openapi`.
pub fn openapi_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("openapi")
}

/// Meta's OpenAPI document (the one describing the messages endpoint), parsed once per test
/// binary. Panics naming the folder when it is missing.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(Spec::load)
}

/// A parsed OpenAPI document.
pub struct Spec {
    root: Value,
}

/// The operation whose request body every `/messages` body must match.
pub const MESSAGES_PATH: &str = "/{Version}/{Phone-Number-ID}/messages";
/// The media upload operation.
pub const MEDIA_PATH: &str = "/{Version}/{Phone-Number-ID}/media";

impl Spec {
    fn load() -> Spec {
        let dir = openapi_dir();
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|error| {
            panic!(
                "Meta's OpenAPI files are needed to check request bodies: cannot read {} ({error}); \
                 the fixture is part of the repository",
                dir.display()
            )
        });
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
            .collect();
        files.sort();
        for file in &files {
            let text = std::fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let yaml: serde_yaml::Value = serde_yaml::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", file.display()));
            let root = to_json(yaml);
            if root.pointer(&path_pointer(MESSAGES_PATH)).is_some() {
                return Spec { root };
            }
        }
        panic!(
            "no OpenAPI file in {} describes POST {MESSAGES_PATH} (files: {files:?})",
            dir.display()
        )
    }

    /// The document's value at a JSON `pointer`.
    pub fn value(&self, pointer: &str) -> Option<&Value> {
        self.root.pointer(pointer)
    }

    /// The request-body schema of `POST path` for `content_type`, `$ref` resolved.
    pub fn request_schema(&self, path: &str, content_type: &str) -> Option<&Value> {
        let pointer = format!(
            "{}/post/requestBody/content/{}/schema",
            path_pointer(path),
            content_type.replace('~', "~0").replace('/', "~1")
        );
        self.root
            .pointer(&pointer)
            .map(|schema| self.resolve(schema))
    }

    /// Everything in `body` that `POST path`'s request schema for `content_type` does not
    /// allow, each naming where (`$.template.components[0].type`). Empty when the body matches.
    pub fn violations(&self, path: &str, content_type: &str, body: &Value) -> Vec<String> {
        let Some(schema) = self.request_schema(path, content_type) else {
            return vec![format!(
                "the OpenAPI file has no {content_type} request schema for POST {path}"
            )];
        };
        let mut out = Vec::new();
        self.check(schema, body, "$", &BTreeSet::new(), true, 0, &mut out);
        out
    }

    /// A schema with its `$ref` chain followed.
    fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => match reference
                    .strip_prefix('#')
                    .and_then(|p| self.root.pointer(p))
                {
                    Some(target) => schema = target,
                    None => return schema,
                },
                None => return schema,
            }
        }
        schema
    }

    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        allowed_elsewhere: &BTreeSet<String>,
        follow_discriminator: bool,
        depth: usize,
        out: &mut Vec<String>,
    ) {
        if depth > 64 {
            out.push(format!("{at}: schema nesting too deep to check"));
            return;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            match reference
                .strip_prefix('#')
                .and_then(|p| self.root.pointer(p))
            {
                Some(target) => self.check(
                    target,
                    value,
                    at,
                    allowed_elsewhere,
                    follow_discriminator,
                    depth + 1,
                    out,
                ),
                None => out.push(format!("{at}: unresolvable $ref {reference}")),
            }
            return;
        }
        // A discriminator names the one schema a value with that property must match.
        if follow_discriminator {
            if let (Some(property), Some(mapping)) = (
                schema
                    .pointer("/discriminator/propertyName")
                    .and_then(Value::as_str),
                schema
                    .pointer("/discriminator/mapping")
                    .and_then(Value::as_object),
            ) {
                if let Some(tag) = value.get(property).and_then(Value::as_str) {
                    match mapping.get(tag).and_then(Value::as_str) {
                        Some(target) => {
                            let target = Value::Object(Map::from_iter([(
                                "$ref".to_owned(),
                                Value::String(target.to_owned()),
                            )]));
                            self.check(
                                &target,
                                value,
                                at,
                                allowed_elsewhere,
                                false,
                                depth + 1,
                                out,
                            );
                        }
                        None => out.push(format!(
                            "{at}.{property}: {tag:?} is none of {:?}",
                            mapping.keys().collect::<Vec<_>>()
                        )),
                    }
                    return;
                }
            }
        }
        if let Some(kind) = schema.get("type").and_then(Value::as_str) {
            if !has_type(value, kind) {
                out.push(format!("{at}: expected {kind}, found {}", type_of(value)));
                return;
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            if !options.contains(value) {
                out.push(format!(
                    "{at}: {value} is not one of {}",
                    Value::Array(options.clone())
                ));
            }
        }
        // allOf: every branch, each allowing the properties the others declare.
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            let mut declared = allowed_elsewhere.clone();
            for branch in branches {
                self.declared_properties(branch, &mut declared, 0);
            }
            for branch in branches {
                self.check(
                    branch,
                    value,
                    at,
                    &declared,
                    follow_discriminator,
                    depth + 1,
                    out,
                );
            }
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(branches) = schema.get(keyword).and_then(Value::as_array) {
                let mut closest: Option<Vec<String>> = None;
                for branch in branches {
                    let mut found = Vec::new();
                    self.check(
                        branch,
                        value,
                        at,
                        allowed_elsewhere,
                        true,
                        depth + 1,
                        &mut found,
                    );
                    if found.is_empty() {
                        closest = None;
                        break;
                    }
                    if closest.as_ref().is_none_or(|c| found.len() < c.len()) {
                        closest = Some(found);
                    }
                }
                if let Some(closest) = closest {
                    out.push(format!(
                        "{at}: matches none of the {} alternatives of {keyword}; the closest says: {}",
                        branches.len(),
                        closest.join("; ")
                    ));
                }
            }
        }
        match value {
            Value::Object(object) => {
                self.check_object(schema, object, at, allowed_elsewhere, depth, out)
            }
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (index, item) in items.iter().enumerate() {
                        self.check(
                            item_schema,
                            item,
                            &format!("{at}[{index}]"),
                            &BTreeSet::new(),
                            true,
                            depth + 1,
                            out,
                        );
                    }
                }
            }
            _ => {}
        }
    }

    fn check_object(
        &self,
        schema: &Value,
        object: &Map<String, Value>,
        at: &str,
        allowed_elsewhere: &BTreeSet<String>,
        depth: usize,
        out: &mut Vec<String>,
    ) {
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                out.push(format!("{at}: required property {name:?} is missing"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, item) in object {
            let item_at = format!("{at}.{name}");
            match properties.and_then(|p| p.get(name)) {
                Some(property) => self.check(
                    property,
                    item,
                    &item_at,
                    &BTreeSet::new(),
                    true,
                    depth + 1,
                    out,
                ),
                None if allowed_elsewhere.contains(name) => {}
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        out.push(format!("{item_at}: property not allowed here"))
                    }
                    Some(extra @ Value::Object(_)) => self.check(
                        extra,
                        item,
                        &item_at,
                        &BTreeSet::new(),
                        true,
                        depth + 1,
                        out,
                    ),
                    _ => {}
                },
            }
        }
    }

    /// The property names `schema` declares, through `$ref`s and nested `allOf`s.
    fn declared_properties(&self, schema: &Value, into: &mut BTreeSet<String>, depth: usize) {
        if depth > 16 {
            return;
        }
        let schema = self.resolve(schema);
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            into.extend(properties.keys().cloned());
        }
        for branch in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.declared_properties(branch, into, depth + 1);
        }
    }
}

/// The JSON pointer of a path item (`/` in the path escaped as `~1`).
fn path_pointer(path: &str) -> String {
    format!("/paths/{}", path.replace('~', "~0").replace('/', "~1"))
}

fn has_type(value: &Value, kind: &str) -> bool {
    match kind {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    }
}

fn type_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// YAML to JSON; map keys that are not strings (`200:`) become their text.
fn to_json(yaml: serde_yaml::Value) -> Value {
    match yaml {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64().map_or(Value::Null, Value::from)
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => {
            Value::Array(items.into_iter().map(to_json).collect())
        }
        serde_yaml::Value::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = match k {
                        serde_yaml::Value::String(s) => s,
                        other => serde_yaml::to_string(&other)
                            .map(|s| s.trim().to_owned())
                            .unwrap_or_default(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
        serde_yaml::Value::Tagged(tagged) => to_json(tagged.value),
    }
}

/// A place where the OpenAPI file is narrower than Meta's send API, as the file's own examples
/// or Meta's documentation (summarised in the rules document) show. A complaint containing
/// `complaint` is not held against a request; `the_openapi_files_known_gaps_are_real` (in
/// `tests/client.rs`) proves each one is still in the file, so none outlives a fixed file.
pub struct KnownGap {
    /// Text every complaint of this gap contains.
    pub complaint: &'static str,
    /// The gap applies only to bodies with this JSON pointer equal to this string (`None`: any).
    pub only_when: Option<(&'static str, &'static str)>,
    /// Why the file, not the request, is wrong.
    pub why: &'static str,
}

/// The gaps of `business-messaging-api_v23.0.yaml`.
pub const KNOWN_GAPS: &[KnownGap] = &[
    KnownGap {
        complaint: "$.template.language: required property \"policy\" is missing",
        only_when: None,
        why: "LanguageObject requires `policy`, yet the file's own example `Send Catalog Template \
              Message` sends `language: {code: en_US}` alone, as Meta's send examples do",
    },
    KnownGap {
        complaint: ".sub_type: \"copy_code\" is not one of",
        only_when: None,
        why: "ButtonComponent's sub_type enum lists quick_reply, url and catalog only; copy-code \
              buttons (MARKETING coupons, limited-time offers) are sent with sub_type copy_code",
    },
    KnownGap {
        complaint: ".type: \"coupon_code\" is none of",
        only_when: None,
        why: "ButtonParameterObject knows payload and text only; a copy-code button's parameter \
              is {type: coupon_code, coupon_code: …}",
    },
    KnownGap {
        complaint: ".type: \"carousel\" is none of [\"header\", \"body\", \"button\"]",
        only_when: None,
        why: "TemplateComponent's discriminator maps header, body and button only; a carousel \
              template sends {type: carousel, cards: [{card_index, components}]}, whose cards \
              the file therefore cannot check",
    },
    KnownGap {
        complaint: ".type: \"limited_time_offer\" is none of [\"header\", \"body\", \"button\"]",
        only_when: None,
        why: "TemplateComponent's discriminator has no limited_time_offer, the component a \
              limited-time-offer template sends its expiry in",
    },
    KnownGap {
        complaint: "$.interactive.type: \"cta_url\" is not one of",
        only_when: Some(("/interactive/type", "cta_url")),
        why: "InteractiveObject's type enum has no cta_url, Meta's interactive call-to-action \
              URL button message (what a proof of a template with a URL button is sent as)",
    },
    KnownGap {
        complaint: "$.interactive.action: matches none of the",
        only_when: Some(("/interactive/type", "cta_url")),
        why: "ActionObject has no alternative for cta_url's action {name: cta_url, parameters: \
              {display_text, url}}; so the file cannot check that action at all",
    },
];

/// True when `complaint` about `body` is one of the file's [`KNOWN_GAPS`].
pub fn is_known_gap(complaint: &str, body: &Value) -> bool {
    KNOWN_GAPS.iter().any(|gap| {
        complaint.contains(gap.complaint)
            && gap.only_when.is_none_or(|(pointer, expected)| {
                body.pointer(pointer) == Some(&Value::from(expected))
            })
    })
}

/// The check the fake Graph API runs on every request (the file's [`KNOWN_GAPS`] aside): a `POST …/messages` JSON body against
/// the spec's `Message` schema, a `POST …/media` multipart form (its fields as an object, the
/// file as a string) against the spec's form schema. Other requests pass.
pub fn check_request(method: &str, path: &str, content_type: &str, body: &[u8]) -> Vec<String> {
    let mut complaints = every_complaint(method, path, content_type, body);
    let json = serde_json::from_slice(body).unwrap_or(Value::Null);
    complaints.retain(|complaint| !is_known_gap(complaint, &json));
    complaints
}

/// [`check_request`] with the known gaps kept in.
pub fn every_complaint(method: &str, path: &str, content_type: &str, body: &[u8]) -> Vec<String> {
    if method != "POST" {
        return Vec::new();
    }
    let path = path.split('?').next().unwrap_or(path);
    if path.ends_with("/messages") {
        return match serde_json::from_slice::<Value>(body) {
            Ok(json) => spec().violations(MESSAGES_PATH, "application/json", &json),
            Err(error) => vec![format!("the body is not JSON: {error}")],
        };
    }
    if path.ends_with("/media") {
        let Some(boundary) = content_type
            .split(';')
            .find_map(|p| p.trim().strip_prefix("boundary="))
        else {
            return vec![format!(
                "a media upload must be multipart/form-data, was {content_type:?}"
            )];
        };
        let form = multipart_fields(body, boundary.trim_matches('"'));
        if form.is_empty() {
            return vec!["the multipart body has no fields".to_owned()];
        }
        return spec().violations(MEDIA_PATH, "multipart/form-data", &Value::Object(form));
    }
    Vec::new()
}

/// A multipart body's fields by name: text fields as their text, file fields as a string
/// saying so (the spec types a binary file as a string).
fn multipart_fields(body: &[u8], boundary: &str) -> Map<String, Value> {
    let text = String::from_utf8_lossy(body);
    let mut fields = Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head
            .split(';')
            .find_map(|p| p.trim().strip_prefix("name="))
            .map(|n| {
                n.split("\r\n")
                    .next()
                    .unwrap_or(n)
                    .trim_matches('"')
                    .to_owned()
            })
        else {
            continue;
        };
        let value = if head.contains("filename=") {
            "<binary file>".to_owned()
        } else {
            content.trim_end_matches("\r\n").to_owned()
        };
        fields.insert(name, Value::String(value));
    }
    fields
}

/// The check a [`crate::GraphServer`] started with [`crate::GraphServer::start_checked`] runs on
/// every request: [`check_request`] against this fixture.
pub fn request_check() -> crate::RequestCheck {
    std::sync::Arc::new(|request: &crate::Received| {
        check_request(
            &request.method,
            &request.path,
            request.header("content-type").unwrap_or(""),
            &request.body,
        )
    })
}

//! Reading import files: which templates a file holds, or why it is refused.
//!
//! Pure (bytes in, documents out); the store writes the documents in one transaction per file.
//! Drafts may be work in progress, so any JSON object imports, whatever its fields hold; an
//! array of objects imports each; Meta's list response `{"data":[...]}` imports each entry.
//! Refused: an empty file, a file that is not JSON, and JSON that is neither an object nor an
//! array of objects. A refused file stores nothing.

use crate::error::{Result, StoreError};
use serde_json::{Map, Value};

/// Fields Meta returns when reading a template but does not accept when creating one. They are
/// taken out of imported documents so an export is creation JSON again; `status` is kept as the
/// draft's Meta status.
pub const READ_ONLY_FIELDS: [&str; 6] = [
    "id",
    "status",
    "quality_score",
    "rejected_reason",
    "previous_category",
    "correct_category",
];

/// One template read from an import file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportItem {
    /// The template document (Meta creation JSON), read-only fields removed.
    pub document: Map<String, Value>,
    /// Meta's review status, when the file carried one (e.g. `APPROVED`).
    pub meta_status: Option<String>,
    /// The read-only fields that were removed.
    pub removed_fields: Vec<String>,
}

/// Reads the templates in an import file. `file` names the file in messages.
pub fn parse_import(file: &str, bytes: &[u8]) -> Result<Vec<ImportItem>> {
    let refuse = |reason: String| StoreError::NotATemplateFile {
        file: file.to_owned(),
        reason,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(refuse("the file is empty".into()));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        refuse(format!(
            "not JSON ({e}); export the template as JSON from WhatsApp Manager or Wabi Studio"
        ))
    })?;
    let objects = match value {
        Value::Object(mut map) if is_list_response(&map) => match map.remove("data") {
            Some(Value::Array(items)) => items,
            // is_list_response checked that "data" is an array.
            _ => Vec::new(),
        },
        Value::Object(map) => vec![Value::Object(map)],
        Value::Array(items) => items,
        other => {
            return Err(refuse(format!(
                "JSON {} is not a template; a template file holds an object or an array of objects",
                json_type(&other)
            )))
        }
    };
    let mut out = Vec::with_capacity(objects.len());
    for (index, item) in objects.into_iter().enumerate() {
        match item {
            Value::Object(document) => out.push(item_from(document)),
            other => {
                return Err(refuse(format!(
                    "entry {index} is JSON {}, not a template object; a template file holds an \
                     object or an array of objects",
                    json_type(&other)
                )))
            }
        }
    }
    Ok(out)
}

/// Meta's list response: an object with a `data` array and no template fields of its own.
fn is_list_response(map: &Map<String, Value>) -> bool {
    matches!(map.get("data"), Some(Value::Array(_)))
        && !map.contains_key("name")
        && !map.contains_key("components")
}

fn item_from(mut document: Map<String, Value>) -> ImportItem {
    let meta_status = document
        .get("status")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut removed_fields = Vec::new();
    for field in READ_ONLY_FIELDS {
        if document.shift_remove(field).is_some() {
            removed_fields.push(field.to_owned());
        }
    }
    ImportItem {
        document,
        meta_status,
        removed_fields,
    }
}

/// The JSON type of a value, in words.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(items: &[ImportItem]) -> Vec<Value> {
        items.iter().map(|i| i.document["name"].clone()).collect()
    }

    #[test]
    fn single_object_imports_as_one_draft() {
        let items = parse_import("a.json", br#"{"name":"a","language":"en"}"#).unwrap();
        assert_eq!(names(&items), vec![Value::from("a")]);
    }

    #[test]
    fn array_of_objects_imports_each() {
        let items = parse_import("a.json", br#"[{"name":"a"},{"name":"b"}]"#).unwrap();
        assert_eq!(names(&items), vec![Value::from("a"), Value::from("b")]);
    }

    #[test]
    fn list_response_imports_entries_and_keeps_status_apart() {
        let bytes = br#"{"data":[{"name":"a","status":"APPROVED","id":"123","language":"en"}],
                         "paging":{"cursors":{"before":"x","after":"y"}}}"#;
        let items = parse_import("list.json", bytes).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].meta_status.as_deref(), Some("APPROVED"));
        assert!(!items[0].document.contains_key("status"));
        assert!(!items[0].document.contains_key("id"));
        assert_eq!(items[0].removed_fields, vec!["id", "status"]);
    }

    #[test]
    fn object_with_wrong_types_still_imports() {
        let items = parse_import("w.json", br#"{"name":5,"components":"nope"}"#).unwrap();
        assert_eq!(items.len(), 1);
    }

    #[test]
    fn empty_object_imports() {
        assert_eq!(parse_import("e.json", b"{}").unwrap().len(), 1);
    }

    #[test]
    fn empty_file_is_refused_naming_it() {
        let err = parse_import("empty.json", b"  \n").unwrap_err().to_string();
        assert!(err.contains("empty.json") && err.contains("empty"), "{err}");
    }

    #[test]
    fn non_json_is_refused() {
        let err = parse_import("x.txt", b"name: promo")
            .unwrap_err()
            .to_string();
        assert!(err.contains("x.txt") && err.contains("not JSON"), "{err}");
    }

    #[test]
    fn json_scalar_is_refused() {
        for bytes in [&b"42"[..], b"\"text\"", b"null", b"true"] {
            assert!(parse_import("s.json", bytes).is_err());
        }
    }

    #[test]
    fn array_with_a_non_object_is_refused_whole() {
        let err = parse_import("m.json", br#"[{"name":"a"}, 3]"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("entry 1"), "{err}");
    }

    #[test]
    fn empty_array_imports_nothing() {
        assert!(parse_import("n.json", b"[]").unwrap().is_empty());
    }
}

//! Field-by-field difference of two template documents, for comparing revisions.
//!
//! Pure: takes two JSON documents and lists each changed leaf as a JSON pointer with the value
//! before and after. Objects are compared key by key, arrays index by index (an added or
//! removed component shows as a change at its index), anything else by equality.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// Nesting deeper than this is compared as one value (serde_json parses at most 128 levels).
const MAX_DEPTH: usize = 128;

/// One changed field between two documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// RFC 6901 JSON pointer to the field, e.g. `/components/0/text`; empty for the whole document.
    pub pointer: String,
    /// The value before; `None` when the field was added.
    pub before: Option<Value>,
    /// The value after; `None` when the field was removed.
    pub after: Option<Value>,
}

/// Lists every field that differs between `before` and `after`, in document order.
pub fn diff_documents(before: &Value, after: &Value) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    walk(String::new(), Some(before), Some(after), 0, &mut changes);
    changes
}

/// Escapes one pointer token (RFC 6901: `~` becomes `~0`, `/` becomes `~1`).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn walk(
    pointer: String,
    before: Option<&Value>,
    after: Option<&Value>,
    depth: usize,
    out: &mut Vec<FieldChange>,
) {
    match (before, after) {
        (Some(Value::Object(a)), Some(Value::Object(b))) if depth < MAX_DEPTH => {
            for (key, va) in a {
                walk(
                    format!("{pointer}/{}", escape(key)),
                    Some(va),
                    b.get(key),
                    depth + 1,
                    out,
                );
            }
            for (key, vb) in b.iter().filter(|(k, _)| !a.contains_key(*k)) {
                walk(
                    format!("{pointer}/{}", escape(key)),
                    None,
                    Some(vb),
                    depth + 1,
                    out,
                );
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) if depth < MAX_DEPTH => {
            for i in 0..a.len().max(b.len()) {
                walk(format!("{pointer}/{i}"), a.get(i), b.get(i), depth + 1, out);
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(FieldChange {
            pointer,
            before: a.cloned(),
            after: b.cloned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn identical_documents_have_no_changes() {
        let doc = json!({"name":"a","components":[{"type":"BODY","text":"x"}]});
        assert!(diff_documents(&doc, &doc).is_empty());
    }

    #[test]
    fn changed_body_text_is_reported_at_its_pointer() {
        let a = json!({"components":[{"type":"BODY","text":"old"}]});
        let b = json!({"components":[{"type":"BODY","text":"new"}]});
        assert_eq!(
            diff_documents(&a, &b),
            vec![FieldChange {
                pointer: "/components/0/text".into(),
                before: Some(json!("old")),
                after: Some(json!("new")),
            }]
        );
    }

    #[test]
    fn added_and_removed_fields_have_no_before_or_after() {
        let a = json!({"name":"a","footer":"f"});
        let b = json!({"name":"a","language":"en"});
        let changes = diff_documents(&a, &b);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].pointer, "/footer");
        assert_eq!(changes[0].after, None);
        assert_eq!(changes[1].pointer, "/language");
        assert_eq!(changes[1].before, None);
    }

    #[test]
    fn appended_component_is_a_change_at_its_index() {
        let a = json!({"components":[{"type":"BODY"}]});
        let b = json!({"components":[{"type":"BODY"},{"type":"FOOTER","text":"bye"}]});
        let changes = diff_documents(&a, &b);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].pointer, "/components/1");
        assert_eq!(
            changes[0].after,
            Some(json!({"type":"FOOTER","text":"bye"}))
        );
    }

    #[test]
    fn keys_with_slash_and_tilde_are_escaped() {
        let changes = diff_documents(&json!({"a/b~c": 1}), &json!({"a/b~c": 2}));
        assert_eq!(changes[0].pointer, "/a~1b~0c");
    }

    #[test]
    fn type_change_is_one_change() {
        let changes = diff_documents(&json!({"name": 5}), &json!({"name": "five"}));
        assert_eq!(changes.len(), 1);
    }

    #[test]
    fn whole_document_type_change_has_empty_pointer() {
        let changes = diff_documents(&json!([1]), &json!({"a": 1}));
        assert_eq!(changes[0].pointer, "");
    }
}

//! The searchable text of a template: every string value in the document.
//!
//! Full-text search covers the name and "all text of the template". Rather than know every
//! component shape (which the template engine owns), this walks the JSON and collects every
//! string value, so header, body, footer, buttons, examples and carousel cards are all found,
//! and so is text in a broken work-in-progress draft.

use serde_json::Value;

/// Deepest nesting walked; deeper values are ignored (serde_json parses at most 128 levels).
const MAX_DEPTH: usize = 128;

/// Every string value in `doc`, in document order, separated by newlines.
pub fn searchable_text(doc: &Value) -> String {
    let mut out = String::new();
    collect(doc, 0, &mut out);
    out
}

fn collect(value: &Value, depth: usize, out: &mut String) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::String(s) => {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(s);
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, depth + 1, out)),
        Value::Object(map) => map.values().for_each(|v| collect(v, depth + 1, out)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn collects_strings_of_all_components_and_not_keys() {
        let doc = json!({"name":"promo","components":[
            {"type":"BODY","text":"Hello {{1}}","example":{"body_text":[["Ana"]]}},
            {"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop","url":"https://x.test"}]}]});
        let text = searchable_text(&doc);
        for word in ["promo", "Hello", "Ana", "Shop", "https://x.test"] {
            assert!(text.contains(word), "{word} missing in {text}");
        }
        assert!(!text.contains("components"));
    }

    #[test]
    fn numbers_and_nulls_are_skipped() {
        assert_eq!(searchable_text(&json!({"a": 1, "b": null, "c": true})), "");
    }
}

//! What the composer and the phone preview draw after each change, computed in one call: the
//! checker's diagnostics, the preview model and the character counters of a template document.
//!
//! Why here: the desktop app's `render_template` command and any other front end show the same
//! thing from the same document; the shell only passes the call through. The work is
//! microseconds of pure CPU, so callers may run it on every keystroke.

use crate::counters::{counters, Counter};
use crate::model::Template;
use crate::preview::{self, Preview, PreviewOptions};
use crate::values::Values;
use crate::{check_in, Diagnostic, Locale, Severity};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// What the composer and the preview draw after each change.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RenderedTemplate {
    /// The phone preview model.
    pub preview: Preview,
    /// Every problem the checker finds, with JSON pointers into the document.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of errors (the template is ready to submit only at zero).
    pub errors: usize,
    /// Number of warnings (rejection risks).
    pub warnings: usize,
    /// Character counters of every limited text field present in the document.
    pub counters: Vec<Counter>,
}

/// Checks and previews `document`, messages and notes worded in `locale`: never fails, whatever
/// the document holds (a document that is not an object still gets its diagnostics and an empty
/// preview). `show_samples` false shows raw `{{1}}` markers instead of the examples.
pub fn render(
    document: &Value,
    values: Option<&Value>,
    options: &PreviewOptions,
    show_samples: bool,
    locale: Locale,
) -> RenderedTemplate {
    let diagnostics = check_in(document, locale);
    let drawn = if show_samples {
        document.clone()
    } else {
        without_examples(document)
    };
    // Only a document that is not an object fails to read; its preview is that of an empty one.
    let template = Template::from_value(drawn).unwrap_or_default();
    let values = values
        .and_then(|v| Values::from_value(v, &template).ok())
        .unwrap_or_default();
    let preview = preview::preview_in(&template, &values, options, locale);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    RenderedTemplate {
        preview,
        errors,
        warnings,
        counters: counters(document),
        diagnostics,
    }
}

/// The document with every `example` removed, so the preview shows raw `{{1}}` markers.
fn without_examples(document: &Value) -> Value {
    match document {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| key.as_str() != "example")
                .map(|(key, value)| (key.clone(), without_examples(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_examples).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preview::{Client, Theme};
    use crate::starters;
    use serde_json::json;

    fn options() -> PreviewOptions {
        PreviewOptions {
            client: Client::Android,
            theme: Theme::Light,
            timestamp: "10:42".into(),
            now_ms: 0,
        }
    }

    #[test]
    fn a_document_that_is_not_an_object_still_renders_with_diagnostics() {
        for doc in [json!(null), json!([1, 2]), json!("text"), json!(42)] {
            let rendered = render(&doc, None, &options(), true, Locale::En);
            assert!(rendered.errors > 0, "{doc}");
            assert!(rendered.preview.body.is_none());
        }
    }

    #[test]
    fn an_empty_draft_renders_and_reports_what_is_missing() {
        let rendered = render(
            &json!({"components": []}),
            None,
            &options(),
            true,
            Locale::En,
        );
        assert!(rendered.errors > 0);
        assert_eq!(
            rendered.errors + rendered.warnings,
            rendered.diagnostics.len()
        );
    }

    #[test]
    fn problems_come_worded_in_the_locale_asked_for() {
        let doc = json!({"name": "a", "category": "UTILITY", "language": "en_US", "components": [
            {"type": "BODY", "text": "x".repeat(1030)}
        ]});
        let message = |locale| {
            render(&doc, None, &options(), true, locale)
                .diagnostics
                .into_iter()
                .find(|d| d.rule == "body.length")
                .map(|d| d.message)
                .unwrap_or_default()
        };
        assert_eq!(
            message(Locale::En),
            "Body is 1,030 characters; the limit is 1,024. Remove 6."
        );
        assert_eq!(
            message(Locale::It),
            "Il corpo ha 1.030 caratteri; il limite è 1.024. Rimuovine 6."
        );
    }

    #[test]
    fn raw_mode_shows_placeholders_instead_of_examples() {
        let doc = json!({"name": "a", "category": "UTILITY", "language": "en_US", "components": [
            {"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": [["Ada"]]}}
        ]});
        let text = |samples| {
            let rendered = render(&doc, None, &options(), samples, Locale::En);
            let body = rendered.preview.body.expect("body");
            body.lines
                .iter()
                .flat_map(|l| l.spans.iter().map(|s| s.text.clone()))
                .collect::<String>()
        };
        assert_eq!(text(true), "Hi Ada");
        assert_eq!(text(false), "Hi {{1}}");
    }

    #[test]
    fn starters_render_with_zero_errors() {
        for starter in starters::starters() {
            let rendered = render(&starter.template, None, &options(), true, Locale::En);
            assert_eq!(
                rendered.errors, 0,
                "{}: {:?}",
                starter.id, rendered.diagnostics
            );
        }
    }
}

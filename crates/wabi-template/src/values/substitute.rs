//! Filling a text's variables: the text after substitution and where each value ended up (the
//! preview marks values; the payload measures filled-in lengths).

use super::Fill;
use crate::placeholders::{scan, PlaceholderKey};

/// A text with its variables filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Substituted {
    /// The text after substitution (missing values stay as written, e.g. `{{2}}`).
    pub text: String,
    /// Where each variable ended up in `text`, in order.
    pub variables: Vec<FilledVariable>,
}

/// One variable occurrence in a [`Substituted`] text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledVariable {
    /// Its key (`"1"` or a name).
    pub key: String,
    /// Byte range of its value (or of its raw `{{…}}` when missing) in the substituted text.
    pub range: std::ops::Range<usize>,
    /// Where the value came from.
    pub source: FillSource,
}

/// Where a filled-in value came from (owned form of [`Fill`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FillSource {
    /// Given in the values.
    Given,
    /// The template's example.
    Example,
    /// Not available: the raw `{{…}}` is shown.
    Missing,
}

/// Fills the variables of `text` using `lookup`; malformed placeholders stay literal.
pub fn substitute<'a>(text: &str, lookup: impl Fn(&str) -> Fill<'a>) -> Substituted {
    let mut out = String::with_capacity(text.len() + 32);
    let placeholders = scan(text);
    let mut variables = Vec::with_capacity(placeholders.len());
    let mut copied_to = 0;
    for placeholder in placeholders {
        let key = match placeholder.key {
            PlaceholderKey::Positional(n) => n.to_string(),
            PlaceholderKey::Named(name) => name,
            PlaceholderKey::Malformed(_) => continue,
        };
        out.push_str(text.get(copied_to..placeholder.span.start).unwrap_or(""));
        let raw = text.get(placeholder.span.clone()).unwrap_or("");
        let (value, source) = match lookup(&key) {
            Fill::Given(value) => (value, FillSource::Given),
            Fill::Example(value) => (value, FillSource::Example),
            Fill::Missing => (raw, FillSource::Missing),
        };
        let start = out.len();
        out.push_str(value);
        variables.push(FilledVariable {
            key,
            range: start..out.len(),
            source,
        });
        copied_to = placeholder.span.end;
    }
    out.push_str(text.get(copied_to..).unwrap_or(""));
    Substituted {
        text: out,
        variables,
    }
}

#[cfg(test)]
mod substitute_tests {
    use super::*;

    #[test]
    fn variables_are_filled_and_their_ranges_recorded() {
        let filled = substitute("Hi {{1}}, {{name}} and {{3}} {{ 4 }}", |key| match key {
            "1" => Fill::Given("Ada"),
            "name" => Fill::Example("Bo"),
            _ => Fill::Missing,
        });
        assert_eq!(filled.text, "Hi Ada, Bo and {{3}} {{ 4 }}");
        let ranges: Vec<&str> = filled
            .variables
            .iter()
            .map(|v| &filled.text[v.range.clone()])
            .collect();
        assert_eq!(ranges, vec!["Ada", "Bo", "{{3}}"]);
        assert_eq!(filled.variables[2].source, FillSource::Missing);
    }
}

//! Finding the variables (`{{1}}`, `{{first_name}}`) in a template text.
//!
//! Lives apart from the rules because the preview, the formatter and the send-payload builder
//! need the very same notion of "a variable" as the rule checker: one scanner, one truth.
//!
//! # What counts
//!
//! The scanner walks the text left to right and reports, in order:
//!
//! * `{{` + one or more ASCII digits + `}}` → [`PlaceholderKey::Positional`] with the number
//!   (`{{0}}` and `{{007}}` included: numbering rules are the checker's business). A number too
//!   big for `u32` is [`PlaceholderKey::Malformed`].
//! * `{{` + one or more of `[A-Za-z0-9_]`, not all digits, + `}}` → [`PlaceholderKey::Named`]
//!   with the name as written. Meta allows only lowercase letters and underscores; upper case and
//!   digits are kept here so the checker can say precisely what is wrong with the spelling.
//! * Anything else that looks like a variable → [`PlaceholderKey::Malformed`] holding the raw
//!   text of the span:
//!   - `{{` … `}}` with any other content: empty (`{{}}`), spaces (`{{ 1 }}`), special
//!     characters (`{{#id}}`, `{{$1}}`, `{{first-name}}`), nested braces (`{{{1}}}`);
//!   - an opening `{{` with no `}}` before the next `{{` or the end of the line (`{{1}`,
//!     `{{name`): the span runs to the first `}` on that stretch, or else to the first
//!     whitespace, or else to the end of the stretch;
//!   - a closing `}}` with no opening `{{` (`{1}}`, `1}}`): the span starts at a single `{` on
//!     the same line since the previous placeholder when there is one, otherwise at the `}}`.
//!
//! Single braces that are not part of `{{`/`}}` (`{`, `}` alone, e.g. in `{1}`) are ordinary
//! text: Meta's own bodies may contain them and no source says they are rejected.
//!
//! Spans are byte ranges into the scanned text, always on `char` boundaries (all delimiters are
//! ASCII), covering the whole placeholder including its braces.

use std::ops::Range;

/// One variable (or variable-like mistake) found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Placeholder {
    /// What is between the braces, classified.
    pub key: PlaceholderKey,
    /// Byte range of the whole placeholder, braces included, in the scanned text.
    pub span: Range<usize>,
}

/// The classified content of a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlaceholderKey {
    /// `{{1}}`: a positional variable and its number.
    Positional(u32),
    /// `{{first_name}}`: a named variable, spelled exactly as written (may contain upper case
    /// or digits, which the rule checker flags).
    Named(String),
    /// Something that looks like a variable but is not one Meta accepts; holds the raw text
    /// of the whole span (e.g. `{{ 1 }}`, `{{#id}}`, `{{}}`, `{{1}`, `{1}}`).
    Malformed(String),
}

impl PlaceholderKey {
    /// True for `Positional`.
    pub fn is_positional(&self) -> bool {
        matches!(self, PlaceholderKey::Positional(_))
    }

    /// True for `Named`.
    pub fn is_named(&self) -> bool {
        matches!(self, PlaceholderKey::Named(_))
    }

    /// True for `Malformed`.
    pub fn is_malformed(&self) -> bool {
        matches!(self, PlaceholderKey::Malformed(_))
    }
}

impl Placeholder {
    /// The text of the placeholder as it appears in `text` (the text it was scanned from).
    ///
    /// Returns an empty string if `text` is not the scanned text and the span does not fit.
    pub fn raw<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or("")
    }
}

/// Finds every placeholder in `text`, in order of appearance. Never panics.
pub fn scan(text: &str) -> Vec<Placeholder> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    // Where the text after the previous placeholder starts (for stray `}}` look-back).
    let mut last_end = 0;
    let mut next_open = find_from(text, 0, '{');
    let mut next_close = find_from(text, 0, '}');
    while i + 1 < bytes.len() {
        // Skip to the next brace: most of a text has none. The next `{` and `}` are found
        // with `str::find` (memchr) and remembered until passed, so the skip stays linear.
        if next_open.is_some_and(|p| p < i) {
            next_open = find_from(text, i, '{');
        }
        if next_close.is_some_and(|p| p < i) {
            next_close = find_from(text, i, '}');
        }
        match (next_open, next_close) {
            (Some(a), Some(b)) => i = a.min(b),
            (Some(a), None) | (None, Some(a)) => i = a,
            (None, None) => break,
        }
        if i + 1 >= bytes.len() {
            break;
        }
        if bytes[i] == b'{' && bytes[i + 1] == b'{' {
            let (end, key) = open_at(text, i);
            found.push(Placeholder { key, span: i..end });
            i = end;
            last_end = end;
        } else if bytes[i] == b'}' && bytes[i + 1] == b'}' {
            let mut end = i + 2;
            while end < bytes.len() && bytes[end] == b'}' {
                end += 1;
            }
            let start = stray_close_start(bytes, last_end, i);
            let raw = text.get(start..end).unwrap_or("}}").to_string();
            found.push(Placeholder {
                key: PlaceholderKey::Malformed(raw),
                span: start..end,
            });
            i = end;
            last_end = end;
        } else {
            i += 1;
        }
    }
    found
}

/// Byte position of the first `c` at or after `from`.
fn find_from(text: &str, from: usize, c: char) -> Option<usize> {
    match text.get(from..) {
        Some(rest) => rest.find(c).map(|p| p + from),
        // `from` is always on a char boundary (after an ASCII brace); fall back to bytes anyway.
        None => text
            .as_bytes()
            .get(from..)?
            .iter()
            .position(|&b| char::from(b) == c)
            .map(|p| p + from),
    }
}

/// Classifies a placeholder opening at byte `start` (where `{{` is) and returns its end.
fn open_at(text: &str, start: usize) -> (usize, PlaceholderKey) {
    let bytes = text.as_bytes();
    let inner_start = start + 2;
    // The stretch ends at the next `{{` or newline, whichever comes first.
    let mut stretch_end = bytes.len();
    let mut j = inner_start;
    while j < bytes.len() {
        if bytes[j] == b'\n'
            || (bytes[j] == b'{' && bytes.get(j + 1) == Some(&b'{') && j > inner_start)
        {
            stretch_end = j;
            break;
        }
        j += 1;
    }
    // Look for `}}` within the stretch.
    let mut k = inner_start;
    while k + 1 < stretch_end {
        if bytes[k] == b'}' && bytes[k + 1] == b'}' {
            let mut end = k + 2;
            while end < bytes.len() && bytes[end] == b'}' {
                end += 1;
            }
            let inner = text.get(inner_start..k).unwrap_or("");
            let key = if end == k + 2 { classify(inner) } else { None };
            let key = key.unwrap_or_else(|| {
                PlaceholderKey::Malformed(text.get(start..end).unwrap_or("").to_string())
            });
            return (end, key);
        }
        k += 1;
    }
    // Unclosed: to the first `}` (inclusive), else to the first whitespace, else the stretch.
    let mut end = stretch_end;
    let mut m = inner_start;
    while m < stretch_end {
        if bytes[m] == b'}' {
            end = m + 1;
            break;
        }
        if bytes[m].is_ascii_whitespace() {
            end = m;
            break;
        }
        m += 1;
    }
    let raw = text.get(start..end).unwrap_or("{{").to_string();
    (end, PlaceholderKey::Malformed(raw))
}

/// Where the span of a stray `}}` at byte `close` starts: at a single `{` on the same line
/// after `from`, when there is one.
fn stray_close_start(bytes: &[u8], from: usize, close: usize) -> usize {
    let mut p = close;
    while p > from {
        p -= 1;
        match bytes[p] {
            b'{' => return p,
            b'\n' => return close,
            _ => {}
        }
    }
    close
}

/// The key for a well-formed inside (`1`, `first_name`), or `None` when it is malformed.
fn classify(inner: &str) -> Option<PlaceholderKey> {
    if inner.is_empty() {
        return None;
    }
    if inner.bytes().all(|b| b.is_ascii_digit()) {
        return inner.parse::<u32>().ok().map(PlaceholderKey::Positional);
    }
    if inner
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Some(PlaceholderKey::Named(inner.to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<PlaceholderKey> {
        scan(text).into_iter().map(|p| p.key).collect()
    }

    fn malformed(s: &str) -> PlaceholderKey {
        PlaceholderKey::Malformed(s.to_string())
    }

    #[test]
    fn positional_variables_are_found_in_order_with_spans() {
        let text = "Hi {{1}}, order {{2}} ok";
        let found = scan(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].key, PlaceholderKey::Positional(1));
        assert_eq!(found[0].raw(text), "{{1}}");
        assert_eq!(found[0].span, 3..8);
        assert_eq!(found[1].key, PlaceholderKey::Positional(2));
        assert_eq!(found[1].raw(text), "{{2}}");
    }

    #[test]
    fn named_variables_keep_their_spelling() {
        assert_eq!(
            keys("Hi {{first_name}} {{Order_ID}} {{code2}}"),
            vec![
                PlaceholderKey::Named("first_name".into()),
                PlaceholderKey::Named("Order_ID".into()),
                PlaceholderKey::Named("code2".into()),
            ]
        );
    }

    #[test]
    fn zero_and_leading_zeros_are_positional() {
        assert_eq!(
            keys("{{0}} {{007}}"),
            vec![PlaceholderKey::Positional(0), PlaceholderKey::Positional(7)]
        );
    }

    #[test]
    fn number_too_big_for_u32_is_malformed() {
        assert_eq!(
            keys("a {{99999999999}} b"),
            vec![malformed("{{99999999999}}")]
        );
    }

    #[test]
    fn spaces_special_characters_and_empty_are_malformed() {
        assert_eq!(
            keys("{{ 1 }} {{#id}} {{}} {{first-name}} {{$1}}"),
            vec![
                malformed("{{ 1 }}"),
                malformed("{{#id}}"),
                malformed("{{}}"),
                malformed("{{first-name}}"),
                malformed("{{$1}}"),
            ]
        );
    }

    #[test]
    fn triple_braces_are_one_malformed_placeholder() {
        let text = "x {{{1}}} y";
        let found = scan(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].raw(text), "{{{1}}}");
        assert!(found[0].key.is_malformed());
    }

    #[test]
    fn unclosed_opening_is_malformed_up_to_single_brace() {
        let text = "Hi {{1} there {{2}}";
        let found = scan(text);
        assert_eq!(found[0].key, malformed("{{1}"));
        assert_eq!(found[1].key, PlaceholderKey::Positional(2));
    }

    #[test]
    fn unclosed_opening_without_brace_stops_at_whitespace() {
        assert_eq!(keys("Hi {{name there"), vec![malformed("{{name")]);
        assert_eq!(keys("Hi {{name"), vec![malformed("{{name")]);
        assert_eq!(keys("{{"), vec![malformed("{{")]);
    }

    #[test]
    fn unclosed_opening_does_not_swallow_next_line() {
        assert_eq!(
            keys("a {{1\n{{2}}"),
            vec![malformed("{{1"), PlaceholderKey::Positional(2)]
        );
    }

    #[test]
    fn stray_closing_includes_single_opening_brace() {
        let text = "Hi {1}} and 2}}";
        let found = scan(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].key, malformed("{1}}"));
        assert_eq!(found[1].key, malformed("}}"));
    }

    #[test]
    fn single_braces_are_plain_text() {
        assert!(scan("a {1} b { c } d").is_empty());
        assert!(scan("").is_empty());
        assert!(scan("{").is_empty());
    }

    #[test]
    fn adjacent_placeholders_are_separate() {
        assert_eq!(
            keys("{{1}}{{2}}"),
            vec![PlaceholderKey::Positional(1), PlaceholderKey::Positional(2)]
        );
    }

    #[test]
    fn multibyte_text_around_placeholders_keeps_char_boundaries() {
        let text = "مرحبا {{1}} 😀{{name}}é";
        for p in scan(text) {
            assert!(text.is_char_boundary(p.span.start));
            assert!(text.is_char_boundary(p.span.end));
        }
        assert_eq!(
            keys(text),
            vec![
                PlaceholderKey::Positional(1),
                PlaceholderKey::Named("name".into())
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_disjoint_and_on_char_boundaries(text in "[{}a1 _é😀\n#]{0,60}") {
            let found = scan(&text);
            let mut last = 0;
            for p in &found {
                proptest::prop_assert!(p.span.start >= last && p.span.start < p.span.end, "ordered");
                proptest::prop_assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end), "boundaries");
                let raw = p.raw(&text);
                proptest::prop_assert!(raw.starts_with('{') || raw.starts_with('}'), "span starts with a brace");
                last = p.span.end;
            }
            // Every `{{` of the text lies inside some span.
            let bytes = text.as_bytes();
            for i in 0..bytes.len().saturating_sub(1) {
                if bytes[i] == b'{' && bytes[i + 1] == b'{' {
                    proptest::prop_assert!(found.iter().any(|p| p.span.contains(&i)), "{{{{ at {} not covered", i);
                }
            }
        }
    }
}

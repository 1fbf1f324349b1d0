//! Property tests of the WhatsApp markup parser: it never panics, and the plain text of its
//! output is exactly the input with the recognised markers (and only marker characters) removed.

use proptest::prelude::*;
use wabi_template::format::{parse, LineBlock};

/// Characters that may be removed as markers (inline markers, line prefixes and their spaces).
fn is_marker_char(c: char) -> bool {
    matches!(c, '*' | '_' | '~' | '`' | '>' | '-' | '.' | ' ') || c.is_ascii_digit()
}

/// Text heavy in markers, spaces, newlines and multi-byte characters.
fn markup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("*".to_string()),
            Just("_".to_string()),
            Just("~".to_string()),
            Just("`".to_string()),
            Just("```".to_string()),
            Just("> ".to_string()),
            Just("- ".to_string()),
            Just("1. ".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("é".to_string()),
            Just("😀".to_string()),
            "[a-z]{1,4}",
            any::<char>().prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_never_panics_on_any_string(input in any::<String>()) {
        let _ = parse(&input);
    }

    #[test]
    fn plain_text_is_the_input_without_markers(input in markup()) {
        let parsed = parse(&input);
        let plain = parsed.plain_text();
        // Every span shows exactly the input bytes it points at, in order, never overlapping.
        let mut cursor = 0;
        let mut removed = String::new();
        for line in &parsed.lines {
            for span in &line.spans {
                prop_assert!(span.source.start >= cursor);
                let gap = input.get(cursor..span.source.start);
                prop_assert!(gap.is_some(), "gap not on char boundaries");
                removed.push_str(gap.unwrap_or_default());
                prop_assert_eq!(input.get(span.source.clone()), Some(span.text.as_str()));
                cursor = span.source.end;
            }
        }
        removed.push_str(input.get(cursor..).unwrap_or_default());
        // What is not shown is only markers, line prefixes and the newlines between lines.
        let newlines = input.matches('\n').count();
        prop_assert_eq!(removed.matches('\n').count(), newlines);
        prop_assert!(removed.chars().all(|c| c == '\n' || is_marker_char(c)), "removed {:?}", removed);
        // The newlines appear both in the plain text and among the gaps; nothing else is lost.
        prop_assert_eq!(
            plain.chars().count() + removed.chars().count(),
            input.chars().count() + newlines
        );
    }

    #[test]
    fn text_without_marker_characters_is_unchanged(input in "[a-zA-Z0-9 ,!?éü😀\n]{0,80}") {
        let parsed = parse(&input);
        let starts_list = input.split('\n').any(|line| {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && line[digits..].starts_with(". ")
        });
        prop_assume!(!starts_list);
        prop_assert_eq!(parsed.plain_text(), input.clone());
        prop_assert!(parsed.lines.iter().all(|l| l.block == LineBlock::Plain));
        prop_assert!(parsed.lines.iter().flat_map(|l| &l.spans).all(|s| s.is_plain()));
    }

    #[test]
    fn one_line_per_input_line(input in markup()) {
        prop_assert_eq!(parse(&input).lines.len(), input.split('\n').count());
    }

    #[test]
    fn a_word_wrapped_in_one_marker_is_styled(word in "[a-z]{1,10}", marker in prop::sample::select(vec!["*", "_", "~", "```", "`"])) {
        let input = format!("say {marker}{word}{marker} now");
        let parsed = parse(&input);
        prop_assert_eq!(parsed.plain_text(), format!("say {word} now"));
        let styled: Vec<_> = parsed.lines[0].spans.iter().filter(|s| !s.is_plain()).collect();
        prop_assert_eq!(styled.len(), 1);
        prop_assert_eq!(&styled[0].text, &word);
    }
}

//! WhatsApp markup: `*bold*`, `_italic_`, `~strike~`, ```` ```mono``` ````, `` `code` ``, and the
//! line forms `> quote`, `* ` / `- ` bullets and `1. ` numbered items, parsed into styled spans
//! the preview can draw directly.
//!
//! The rules follow the WhatsApp client (formatting on Meta: M-components):
//! - a marker opens only at the start of a line or after a character that is not a letter or
//!   digit, and closes only before the end of the line or a character that is not a letter or
//!   digit (so `snake_case_name` and `2*3*4` stay plain);
//! - no space just inside a marker (`* not bold *`), and no empty pair (`**`);
//! - nothing spans lines: a marker left open at the end of a line is plain text;
//! - markers nest (`*_bold italic_*`), except inside ```` ``` ```` and `` ` ``, whose content is
//!   literal;
//! - line forms need their space: `>quote` is plain, `> quote` is a quote; `* item` is a bullet
//!   (a `*` followed by a space can never open bold, so there is no ambiguity).
//!
//! Every span remembers the byte range of the input it shows, so the plain text of the output is
//! exactly the input with the recognised markers removed (pinned by property tests).

mod inline;

use serde::Serialize;
use std::ops::Range;
use ts_rs::TS;

/// Formatted text: one entry per line of the input.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormattedText {
    /// The lines, in order (the input's `\n`s separate them).
    pub lines: Vec<FormattedLine>,
}

/// One line: how it is laid out, and its styled spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormattedLine {
    /// Plain line, quote, bullet or numbered item.
    pub block: LineBlock,
    /// The line's text (without its line marker), in styled pieces.
    pub spans: Vec<StyledSpan>,
}

/// How a line is laid out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum LineBlock {
    /// An ordinary line.
    Plain,
    /// `> text`: drawn with a quote bar.
    Quote,
    /// `* text` or `- text`: drawn with a bullet.
    Bullet,
    /// `12. text`: drawn with its number.
    Numbered {
        /// The number as written (digits only).
        number: String,
    },
}

/// A piece of text with one combination of styles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StyledSpan {
    /// The text shown.
    pub text: String,
    /// `*bold*`.
    pub bold: bool,
    /// `_italic_`.
    pub italic: bool,
    /// `~strikethrough~`.
    pub strikethrough: bool,
    /// ```` ```monospace``` ````.
    pub monospace: bool,
    /// `` `inline code` ``.
    pub code: bool,
    /// Byte range of `text` in the parsed input (for callers that map spans back, e.g. to mark
    /// variables); not sent to the UI.
    #[serde(skip)]
    #[ts(skip)]
    pub source: Range<usize>,
}

/// The styles in force at a point of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Style {
    pub bold: bool,
    pub italic: bool,
    pub strikethrough: bool,
    pub monospace: bool,
    pub code: bool,
}

/// A styled range of the input, before its text is copied out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    /// The styles in force.
    pub style: Style,
    /// Byte range in the parsed input.
    pub source: Range<usize>,
}

/// One line as styled ranges (for callers that copy the text themselves, like the preview).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RunLine {
    /// The line's layout.
    pub block: LineBlock,
    /// Its styled ranges, in order.
    pub runs: Vec<Run>,
}

impl StyledSpan {
    pub(crate) fn new(text: &str, style: Style, source: Range<usize>) -> Self {
        Self {
            text: text.to_string(),
            bold: style.bold,
            italic: style.italic,
            strikethrough: style.strikethrough,
            monospace: style.monospace,
            code: style.code,
            source,
        }
    }

    /// True when the span has no style at all.
    pub fn is_plain(&self) -> bool {
        !(self.bold || self.italic || self.strikethrough || self.monospace || self.code)
    }
}

impl FormattedText {
    /// The text without any markers: lines joined with `\n`.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for span in &line.spans {
                out.push_str(&span.text);
            }
        }
        out
    }
}

/// Parses WhatsApp markup. Never panics, whatever the input.
pub fn parse(text: &str) -> FormattedText {
    let lines = parse_runs(text)
        .into_iter()
        .map(|line| FormattedLine {
            block: line.block,
            spans: line
                .runs
                .into_iter()
                .map(|run| {
                    let shown = text.get(run.source.clone()).unwrap_or("");
                    StyledSpan::new(shown, run.style, run.source)
                })
                .collect(),
        })
        .collect();
    FormattedText { lines }
}

/// Parses WhatsApp markup into styled byte ranges of `text`, one entry per line.
pub(crate) fn parse_runs(text: &str) -> Vec<RunLine> {
    let mut lines = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
    let mut offset = 0;
    for line in text.split('\n') {
        let (block, prefix_len) = line_block(line);
        // `prefix_len` is the length of an ASCII prefix, so it is a char boundary.
        let rest = line.get(prefix_len..).unwrap_or("");
        lines.push(RunLine {
            block,
            runs: inline::parse(rest, offset + prefix_len),
        });
        offset += line.len() + 1;
    }
    lines
}

/// Recognises the line forms; returns the block and the byte length of its marker.
fn line_block(line: &str) -> (LineBlock, usize) {
    if line.starts_with("> ") {
        return (LineBlock::Quote, 2);
    }
    if line.starts_with("* ") || line.starts_with("- ") {
        return (LineBlock::Bullet, 2);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && line
            .get(digits..)
            .is_some_and(|rest| rest.starts_with(". "))
    {
        let number = line.get(..digits).unwrap_or("").to_string();
        return (LineBlock::Numbered { number }, digits + 2);
    }
    (LineBlock::Plain, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(text: &str) -> Vec<(String, &'static str)> {
        parse(text)
            .lines
            .into_iter()
            .flat_map(|line| line.spans)
            .map(|s| {
                let style = match (s.bold, s.italic, s.strikethrough, s.monospace, s.code) {
                    (true, true, _, _, _) => "bold+italic",
                    (true, _, _, _, _) => "bold",
                    (_, true, _, _, _) => "italic",
                    (_, _, true, _, _) => "strike",
                    (_, _, _, true, _) => "mono",
                    (_, _, _, _, true) => "code",
                    _ => "plain",
                };
                (s.text, style)
            })
            .collect()
    }

    fn s(text: &str, style: &'static str) -> (String, &'static str) {
        (text.to_string(), style)
    }

    #[test]
    fn bold_italic_strike_mono_and_code_are_recognised() {
        assert_eq!(
            styles("a *b* _c_ ~d~ ```e``` `f`"),
            vec![
                s("a ", "plain"),
                s("b", "bold"),
                s(" ", "plain"),
                s("c", "italic"),
                s(" ", "plain"),
                s("d", "strike"),
                s(" ", "plain"),
                s("e", "mono"),
                s(" ", "plain"),
                s("f", "code"),
            ]
        );
    }

    #[test]
    fn markers_inside_words_are_plain() {
        assert_eq!(
            styles("snake_case_name"),
            vec![s("snake_case_name", "plain")]
        );
        assert_eq!(styles("2*3*4"), vec![s("2*3*4", "plain")]);
        assert_eq!(styles("a*b* c"), vec![s("a*b* c", "plain")]);
    }

    #[test]
    fn space_just_inside_a_marker_keeps_it_plain() {
        assert_eq!(styles("* not bold *x"), vec![s("not bold *x", "plain")]);
        assert_eq!(styles("x *not bold *"), vec![s("x *not bold *", "plain")]);
        assert_eq!(styles("x * y*"), vec![s("x * y*", "plain")]);
    }

    #[test]
    fn punctuation_around_markers_is_allowed() {
        assert_eq!(
            styles("(*ok*)."),
            vec![s("(", "plain"), s("ok", "bold"), s(").", "plain")]
        );
    }

    #[test]
    fn markers_do_not_span_lines() {
        assert_eq!(
            styles("*open\nclose*"),
            vec![s("*open", "plain"), s("close*", "plain")]
        );
    }

    #[test]
    fn markers_nest() {
        assert_eq!(styles("*_both_*"), vec![s("both", "bold+italic")]);
        assert_eq!(
            styles("*bold _and italic_*"),
            vec![s("bold ", "bold"), s("and italic", "bold+italic")]
        );
    }

    #[test]
    fn code_and_mono_content_is_literal() {
        assert_eq!(styles("`*x*`"), vec![s("*x*", "code")]);
        assert_eq!(styles("```_y_```"), vec![s("_y_", "mono")]);
    }

    #[test]
    fn empty_pairs_are_plain() {
        assert_eq!(styles("** __ ~~"), vec![s("** __ ~~", "plain")]);
    }

    #[test]
    fn line_forms_are_recognised_and_their_markers_removed() {
        let parsed = parse("> quoted\n* one\n- two\n12. twelve\n>no\n1.no");
        let blocks: Vec<LineBlock> = parsed.lines.iter().map(|l| l.block.clone()).collect();
        assert_eq!(
            blocks,
            vec![
                LineBlock::Quote,
                LineBlock::Bullet,
                LineBlock::Bullet,
                LineBlock::Numbered {
                    number: "12".to_string()
                },
                LineBlock::Plain,
                LineBlock::Plain,
            ]
        );
        assert_eq!(parsed.plain_text(), "quoted\none\ntwo\ntwelve\n>no\n1.no");
    }

    #[test]
    fn bullet_line_may_hold_bold() {
        assert_eq!(styles("* *item*"), vec![s("item", "bold")]);
    }

    #[test]
    fn spans_point_back_into_the_input() {
        let input = "hi *there*\n> é _x_";
        for line in parse(input).lines {
            for span in line.spans {
                assert_eq!(input.get(span.source.clone()), Some(span.text.as_str()));
            }
        }
    }

    #[test]
    fn multibyte_text_is_handled() {
        assert_eq!(
            styles("¡*olá*! 😀 _ü_"),
            vec![
                s("¡", "plain"),
                s("olá", "bold"),
                s("! 😀 ", "plain"),
                s("ü", "italic")
            ]
        );
    }
}

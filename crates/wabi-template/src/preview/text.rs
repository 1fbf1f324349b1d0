//! Text as the preview shows it: variables filled in (or shown raw), WhatsApp markup applied,
//! each variable's value marked so the UI can highlight it, and "Read more" truncation.
//!
//! # "Read more" heuristic
//!
//! WhatsApp folds long marketing bodies after about five lines behind "Read more" (a BSP
//! observation; Meta publishes no number). The preview estimates visual lines: each
//! text line takes `ceil(characters / chars_per_line)` lines (at least one), with
//! [`super::Client::chars_per_line`] characters per line (36 Android, 38 iOS, 70 desktop). A
//! MARKETING body estimated above [`READ_MORE_AFTER_LINES`] lines is folded: the first five
//! visual lines stay, the line that crosses the limit is cut and ends in "…".

use crate::format::{self, LineBlock};
use crate::text::char_count;
use crate::values::{FillSource, Substituted};
use serde::Serialize;
use ts_rs::TS;

/// Visual lines a marketing body shows before "Read more".
pub const READ_MORE_AFTER_LINES: usize = 5;

/// One line of previewed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewLine {
    /// Plain line, quote, bullet or numbered item.
    pub block: LineBlock,
    /// Styled pieces.
    pub spans: Vec<PreviewSpan>,
}

/// A piece of previewed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewSpan {
    /// Text to draw.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Strikethrough.
    pub strikethrough: bool,
    /// Monospace block.
    pub monospace: bool,
    /// Inline code.
    pub code: bool,
    /// Set when this text is a variable's value (or its raw `{{…}}`).
    pub variable: Option<VariableMark>,
}

/// Which variable a span shows and where its value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VariableMark {
    /// `"1"` or the variable's name.
    pub key: String,
    /// Given value, template example, or missing (shown raw).
    pub source: ValueSource,
}

/// Where a shown value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ValueSource {
    /// From the values the user gave.
    Given,
    /// From the template's example.
    Example,
    /// No value: the raw `{{…}}` is shown.
    Missing,
}

impl From<FillSource> for ValueSource {
    fn from(source: FillSource) -> Self {
        match source {
            FillSource::Given => ValueSource::Given,
            FillSource::Example => ValueSource::Example,
            FillSource::Missing => ValueSource::Missing,
        }
    }
}

/// Formats a filled-in text: markup applied, variables marked.
pub fn formatted_lines(filled: &Substituted) -> Vec<PreviewLine> {
    let runs = format::parse_runs(&filled.text);
    let mut lines = Vec::with_capacity(runs.len());
    for line in runs {
        let mut spans = Vec::with_capacity(line.runs.len() + filled.variables.len().min(4));
        for run in &line.runs {
            split_at_variables(run, filled, &mut spans);
        }
        lines.push(PreviewLine {
            block: line.block,
            spans,
        });
    }
    lines
}

/// A filled-in text without markup (headers): one plain line per text line, variables marked.
pub fn plain_lines(filled: &Substituted) -> Vec<PreviewLine> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in filled.text.split('\n') {
        let run = format::Run {
            style: format::Style::default(),
            source: offset..offset + line.len(),
        };
        let mut spans = Vec::new();
        if !line.is_empty() {
            split_at_variables(&run, filled, &mut spans);
        }
        lines.push(PreviewLine {
            block: LineBlock::Plain,
            spans,
        });
        offset += line.len() + 1;
    }
    lines
}

fn piece(run: &format::Run, text: &str, variable: Option<VariableMark>) -> PreviewSpan {
    PreviewSpan {
        text: text.to_string(),
        bold: run.style.bold,
        italic: run.style.italic,
        strikethrough: run.style.strikethrough,
        monospace: run.style.monospace,
        code: run.style.code,
        variable,
    }
}

/// Cuts a styled run where variable values start and end, copying its text out.
fn split_at_variables(run: &format::Run, filled: &Substituted, out: &mut Vec<PreviewSpan>) {
    let start = run.source.start;
    let end = run.source.end;
    let text = filled.text.as_str();
    let mut cursor = start;
    // Variables are in text order and do not overlap: skip straight to the first that can touch.
    let first = filled
        .variables
        .partition_point(|variable| variable.range.end <= start);
    for variable in filled.variables.iter().skip(first) {
        if variable.range.start >= end {
            break;
        }
        let from = variable.range.start.max(cursor);
        let to = variable.range.end.min(end);
        if from > cursor {
            if let Some(shown) = text.get(cursor..from) {
                out.push(piece(run, shown, None));
            }
        }
        if let Some(shown) = text.get(from..to) {
            let mark = VariableMark {
                key: variable.key.clone(),
                source: variable.source.into(),
            };
            out.push(piece(run, shown, Some(mark)));
        }
        cursor = to;
    }
    if cursor < end {
        if let Some(shown) = text.get(cursor..end) {
            out.push(piece(run, shown, None));
        }
    }
}

/// Estimated visual lines of a text line.
fn visual_lines(line: &PreviewLine, per_line: usize) -> usize {
    let chars: usize = line.spans.iter().map(|s| char_count(&s.text)).sum();
    chars.div_ceil(per_line.max(1)).max(1)
}

/// The folded form of `lines` when they are estimated longer than the "Read more" limit.
pub fn fold(lines: &[PreviewLine], per_line: usize) -> Option<Vec<PreviewLine>> {
    let total: usize = lines.iter().map(|l| visual_lines(l, per_line)).sum();
    if total <= READ_MORE_AFTER_LINES {
        return None;
    }
    let mut budget = READ_MORE_AFTER_LINES;
    let mut folded = Vec::new();
    for line in lines {
        let needed = visual_lines(line, per_line);
        if needed <= budget {
            folded.push(line.clone());
            budget -= needed;
            if budget == 0 {
                break;
            }
            continue;
        }
        // Cut this line to what is left of the budget, minus one character for the ellipsis.
        let keep = (budget * per_line).saturating_sub(1);
        folded.push(cut_line(line, keep));
        break;
    }
    if let Some(last) = folded.last_mut() {
        let ends_with_ellipsis = last.spans.last().is_some_and(|s| s.text.ends_with('…'));
        if !ends_with_ellipsis {
            last.spans.push(PreviewSpan {
                text: "…".to_string(),
                bold: false,
                italic: false,
                strikethrough: false,
                monospace: false,
                code: false,
                variable: None,
            });
        }
    }
    Some(folded)
}

/// The first `keep` characters of a line.
fn cut_line(line: &PreviewLine, keep: usize) -> PreviewLine {
    let mut left = keep;
    let mut spans = Vec::new();
    for span in &line.spans {
        if left == 0 {
            break;
        }
        let count = char_count(&span.text);
        if count <= left {
            spans.push(span.clone());
            left -= count;
        } else {
            let mut cut = span.clone();
            cut.text = span.text.chars().take(left).collect();
            spans.push(cut);
            left = 0;
        }
    }
    PreviewLine {
        block: line.block.clone(),
        spans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{substitute, Fill};

    fn line_texts(lines: &[PreviewLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn variable_inside_bold_is_marked_and_bold() {
        let filled = substitute("Hi *{{1}}*!", |_| Fill::Given("Ada"));
        let lines = formatted_lines(&filled);
        let spans = &lines[0].spans;
        assert_eq!(spans.len(), 3);
        assert_eq!(spans[1].text, "Ada");
        assert!(spans[1].bold);
        assert_eq!(
            spans[1].variable,
            Some(VariableMark {
                key: "1".into(),
                source: ValueSource::Given
            })
        );
    }

    #[test]
    fn variable_split_across_styles_is_marked_in_each_piece() {
        let filled = substitute("{{1}} end", |_| Fill::Example("a *b* c"));
        let lines = formatted_lines(&filled);
        let marked: Vec<&str> = lines[0]
            .spans
            .iter()
            .filter(|s| s.variable.is_some())
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, vec!["a ", "b", " c"]);
    }

    #[test]
    fn five_visual_lines_are_not_folded_and_six_are() {
        let five = substitute(&["x"; 5].join("\n"), |_| Fill::Missing);
        assert!(fold(&formatted_lines(&five), 36).is_none());
        let six = substitute(&["x"; 6].join("\n"), |_| Fill::Missing);
        let folded = fold(&formatted_lines(&six), 36).expect("folded");
        assert_eq!(line_texts(&folded), vec!["x", "x", "x", "x", "x…"]);
    }

    #[test]
    fn long_line_is_cut_at_the_budget() {
        let text = "a".repeat(36 * 5 + 1);
        let filled = substitute(&text, |_| Fill::Missing);
        let folded = fold(&formatted_lines(&filled), 36).expect("folded");
        assert_eq!(
            line_texts(&folded),
            vec![format!("{}…", "a".repeat(36 * 5 - 1))]
        );
        let fits = substitute(&"a".repeat(36 * 5), |_| Fill::Missing);
        assert!(fold(&formatted_lines(&fits), 36).is_none());
    }
}

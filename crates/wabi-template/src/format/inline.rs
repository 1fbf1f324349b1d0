//! Inline markers within one line: `*bold*`, `_italic_`, `~strike~`, ```` ```mono``` ````,
//! `` `code` ``.
//!
//! Works on the line's characters. For each marker kind the next position where it could close
//! is precomputed, so finding a closing marker is one lookup and a line is parsed in linear time
//! (nesting is at most five deep: a marker cannot nest inside itself, because the first closing
//! marker after an opening one always closes it).

use super::{Style, StyledSpan};

/// The inline marker kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Bold,
    Italic,
    Strike,
    Mono,
    Code,
}

const MARKERS: [Marker; 5] = [
    Marker::Bold,
    Marker::Italic,
    Marker::Strike,
    Marker::Mono,
    Marker::Code,
];

impl Marker {
    fn symbol(self) -> char {
        match self {
            Marker::Bold => '*',
            Marker::Italic => '_',
            Marker::Strike => '~',
            Marker::Mono | Marker::Code => '`',
        }
    }

    fn width(self) -> usize {
        if self == Marker::Mono {
            3
        } else {
            1
        }
    }

    fn slot(self) -> usize {
        self as usize
    }

    fn apply(self, style: Style) -> Style {
        let mut style = style;
        match self {
            Marker::Bold => style.bold = true,
            Marker::Italic => style.italic = true,
            Marker::Strike => style.strikethrough = true,
            Marker::Mono => style.monospace = true,
            Marker::Code => style.code = true,
        }
        style
    }

    /// Mono and code show their content as written.
    fn is_literal(self) -> bool {
        matches!(self, Marker::Mono | Marker::Code)
    }
}

/// A letter or digit: markers may not touch one on their outer side.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

struct Line<'a> {
    text: &'a str,
    /// Byte offset of the line in the whole input.
    offset: usize,
    /// (byte index in `text`, char).
    chars: Vec<(usize, char)>,
    /// For each marker slot, for each char index i: the smallest j >= i where that marker can
    /// close, or `usize::MAX`.
    next_closer: [Vec<usize>; 5],
}

/// Parses the inline markers of one line (`line` starts at byte `offset` of the whole input).
pub(super) fn parse(line: &str, offset: usize) -> Vec<StyledSpan> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let next_closer = MARKERS.map(|marker| next_closers(&chars, marker));
    let parsed = Line {
        text: line,
        offset,
        chars,
        next_closer,
    };
    let mut spans = Vec::new();
    parsed.parse_range(0, parsed.chars.len(), Style::default(), &mut spans);
    merge_adjacent(spans)
}

fn char_at(chars: &[(usize, char)], i: usize) -> Option<char> {
    chars.get(i).map(|&(_, c)| c)
}

/// True when `marker` is written at char index `i`.
fn written_at(chars: &[(usize, char)], i: usize, marker: Marker) -> bool {
    (i..i + marker.width()).all(|k| char_at(chars, k) == Some(marker.symbol()))
}

/// Positions where `marker` can close: written there, not preceded by whitespace, and not
/// followed by a letter or digit.
fn next_closers(chars: &[(usize, char)], marker: Marker) -> Vec<usize> {
    let n = chars.len();
    let mut next = vec![usize::MAX; n + 1];
    for j in (0..n).rev() {
        let after = j + marker.width();
        let closes = j > 0
            && written_at(chars, j, marker)
            && char_at(chars, j - 1).is_some_and(|c| !c.is_whitespace())
            && char_at(chars, after).is_none_or(|c| !is_word(c));
        next[j] = if closes { j } else { next[j + 1] };
    }
    next
}

impl Line<'_> {
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    /// The marker that opens at char index `i` within `[.., end)`, with its closing index.
    fn opening_at(&self, i: usize, end: usize) -> Option<(Marker, usize)> {
        let c = char_at(&self.chars, i)?;
        let candidates: &[Marker] = match c {
            '*' => &[Marker::Bold],
            '_' => &[Marker::Italic],
            '~' => &[Marker::Strike],
            '`' => &[Marker::Mono, Marker::Code],
            _ => return None,
        };
        if i > 0 && char_at(&self.chars, i - 1).is_some_and(is_word) {
            return None;
        }
        for &marker in candidates {
            if !written_at(&self.chars, i, marker) {
                continue;
            }
            let content = i + marker.width();
            if content >= end || char_at(&self.chars, content).is_none_or(char::is_whitespace) {
                continue;
            }
            // Non-empty content: the closer starts at least one char after the content start.
            let close = self
                .next_closer
                .get(marker.slot())
                .and_then(|next| next.get(content + 1))
                .copied()
                .unwrap_or(usize::MAX);
            if close != usize::MAX && close + marker.width() <= end {
                return Some((marker, close));
            }
        }
        None
    }

    /// Parses chars `[start, end)` under `style`, appending spans.
    fn parse_range(&self, start: usize, end: usize, style: Style, out: &mut Vec<StyledSpan>) {
        let mut plain_from = start;
        let mut i = start;
        while i < end {
            if let Some((marker, close)) = self.opening_at(i, end) {
                self.push(plain_from, i, style, out);
                let content = i + marker.width();
                let inner = marker.apply(style);
                if marker.is_literal() {
                    self.push(content, close, inner, out);
                } else {
                    self.parse_range(content, close, inner, out);
                }
                i = close + marker.width();
                plain_from = i;
            } else {
                i += 1;
            }
        }
        self.push(plain_from, end, style, out);
    }

    /// Appends chars `[from, to)` as one span (nothing when empty).
    fn push(&self, from: usize, to: usize, style: Style, out: &mut Vec<StyledSpan>) {
        if from >= to {
            return;
        }
        let (a, b) = (self.byte(from), self.byte(to));
        if let Some(text) = self.text.get(a..b) {
            out.push(StyledSpan::new(
                text,
                style,
                self.offset + a..self.offset + b,
            ));
        }
    }
}

/// Joins neighbouring spans that have the same style and touch in the input.
fn merge_adjacent(spans: Vec<StyledSpan>) -> Vec<StyledSpan> {
    let mut merged: Vec<StyledSpan> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = merged.last_mut() {
            let same_style = (
                last.bold,
                last.italic,
                last.strikethrough,
                last.monospace,
                last.code,
            ) == (
                span.bold,
                span.italic,
                span.strikethrough,
                span.monospace,
                span.code,
            );
            if same_style && last.source.end == span.source.start {
                last.text.push_str(&span.text);
                last.source.end = span.source.end;
                continue;
            }
        }
        merged.push(span);
    }
    merged
}

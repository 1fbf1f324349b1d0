//! Inline markers within one line: `*bold*`, `_italic_`, `~strike~`, ```` ```mono``` ````,
//! `` `code` ``.
//!
//! Works on the line's characters. For each marker kind the positions where it could close are
//! collected once (in order), so finding the closing marker of an opening one is a binary search
//! and a line is parsed in about linear time (nesting is at most five deep: a marker cannot nest
//! inside itself, because the first closing marker after an opening one always closes it). A line
//! without any marker character is one plain span.

use super::{Run, Style};

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
    /// For each marker slot, the char indices where that marker can close, ascending.
    closers: [Vec<usize>; 5],
}

/// Parses the inline markers of one line (`line` starts at byte `offset` of the whole input).
pub(super) fn parse(line: &str, offset: usize) -> Vec<Run> {
    if line.is_empty() {
        return Vec::new();
    }
    if !line.bytes().any(|b| matches!(b, b'*' | b'_' | b'~' | b'`')) {
        return vec![Run {
            style: Style::default(),
            source: offset..offset + line.len(),
        }];
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let closers = closer_positions(&chars);
    let parsed = Line {
        text: line,
        offset,
        chars,
        closers,
    };
    let mut spans = Vec::with_capacity(8);
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

/// Positions where each marker can close: written there, not preceded by whitespace, and not
/// followed by a letter or digit.
fn closer_positions(chars: &[(usize, char)]) -> [Vec<usize>; 5] {
    let mut closers: [Vec<usize>; 5] = Default::default();
    for (j, &(_, c)) in chars.iter().enumerate().skip(1) {
        if !matches!(c, '*' | '_' | '~' | '`') {
            continue;
        }
        if char_at(chars, j - 1).is_none_or(char::is_whitespace) {
            continue;
        }
        for marker in MARKERS {
            if marker.symbol() != c || !written_at(chars, j, marker) {
                continue;
            }
            if char_at(chars, j + marker.width()).is_none_or(|next| !is_word(next)) {
                if let Some(list) = closers.get_mut(marker.slot()) {
                    list.push(j);
                }
            }
        }
    }
    closers
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
                .closers
                .get(marker.slot())
                .and_then(|list| list.get(list.partition_point(|&j| j < content + 1)))
                .copied()
                .unwrap_or(usize::MAX);
            if close != usize::MAX && close + marker.width() <= end {
                return Some((marker, close));
            }
        }
        None
    }

    /// Parses chars `[start, end)` under `style`, appending spans.
    fn parse_range(&self, start: usize, end: usize, style: Style, out: &mut Vec<Run>) {
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
    fn push(&self, from: usize, to: usize, style: Style, out: &mut Vec<Run>) {
        if from >= to {
            return;
        }
        let (a, b) = (self.byte(from), self.byte(to));
        out.push(Run {
            style,
            source: self.offset + a..self.offset + b,
        });
    }
}

/// Joins neighbouring runs that have the same style and touch in the input.
fn merge_adjacent(runs: Vec<Run>) -> Vec<Run> {
    let mut merged: Vec<Run> = Vec::with_capacity(runs.len());
    for run in runs {
        if let Some(last) = merged.last_mut() {
            if last.style == run.style && last.source.end == run.source.start {
                last.source.end = run.source.end;
                continue;
            }
        }
        merged.push(run);
    }
    merged
}

//! Inline markers within one line: `*bold*`, `_italic_`, `~strike~`, ```` ```mono``` ````,
//! `` `code` ``.
//!
//! Works on byte indices (every marker is ASCII, so marker positions are always char boundaries)
//! and jumps from marker byte to marker byte. For each marker kind the positions where it could
//! close are collected once (in order), so finding the closing marker of an opening one is a
//! binary search and a line is parsed in about linear time (nesting is at most five deep: a
//! marker cannot nest inside itself, because the first closing marker after an opening one always
//! closes it). A line without any marker character is one plain span.

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
    /// For each marker slot, the byte indices where that marker can close, ascending.
    closers: [Vec<usize>; 5],
}

/// True for the bytes that can start a marker (all ASCII, so always on a char boundary).
fn is_marker_byte(b: u8) -> bool {
    matches!(b, b'*' | b'_' | b'~' | b'`')
}

/// Parses the inline markers of one line (`line` starts at byte `offset` of the whole input).
pub(super) fn parse(line: &str, offset: usize) -> Vec<Run> {
    if line.is_empty() {
        return Vec::new();
    }
    if !line.bytes().any(is_marker_byte) {
        return vec![Run {
            style: Style::default(),
            source: offset..offset + line.len(),
        }];
    }
    let parsed = Line {
        text: line,
        offset,
        closers: closer_positions(line),
    };
    let mut runs = Vec::with_capacity(8);
    parsed.parse_range(0, line.len(), Style::default(), &mut runs);
    merge_adjacent(&mut runs);
    runs
}

/// The char starting at byte `i`, if `i` is a char boundary inside the text.
fn char_from(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// The char ending at byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|head| head.chars().next_back())
}

/// True when `marker` is written at byte `i`.
fn written_at(text: &str, i: usize, marker: Marker) -> bool {
    let symbol = marker.symbol() as u8;
    text.as_bytes()
        .get(i..i + marker.width())
        .is_some_and(|bytes| bytes.iter().all(|&b| b == symbol))
}

/// Positions where each marker can close: written there, not preceded by whitespace, and not
/// followed by a letter or digit.
fn closer_positions(text: &str) -> [Vec<usize>; 5] {
    let mut closers: [Vec<usize>; 5] = Default::default();
    for (j, &b) in text.as_bytes().iter().enumerate().skip(1) {
        if !is_marker_byte(b) {
            continue;
        }
        if char_before(text, j).is_none_or(char::is_whitespace) {
            continue;
        }
        for marker in MARKERS {
            if marker.symbol() as u8 != b || !written_at(text, j, marker) {
                continue;
            }
            if char_from(text, j + marker.width()).is_none_or(|next| !is_word(next)) {
                if let Some(list) = closers.get_mut(marker.slot()) {
                    list.push(j);
                }
            }
        }
    }
    closers
}

impl Line<'_> {
    /// The marker that opens at byte `i` within `[.., end)`, with its closing byte index.
    fn opening_at(&self, i: usize, end: usize) -> Option<(Marker, usize)> {
        let candidates: &[Marker] = match self.text.as_bytes().get(i)? {
            b'*' => &[Marker::Bold],
            b'_' => &[Marker::Italic],
            b'~' => &[Marker::Strike],
            b'`' => &[Marker::Mono, Marker::Code],
            _ => return None,
        };
        if char_before(self.text, i).is_some_and(is_word) {
            return None;
        }
        for &marker in candidates {
            if !written_at(self.text, i, marker) {
                continue;
            }
            let content = i + marker.width();
            let Some(first) = char_from(self.text, content).filter(|_| content < end) else {
                continue;
            };
            if first.is_whitespace() {
                continue;
            }
            // Non-empty content: the closer starts at least one char after the content start.
            let earliest = content + first.len_utf8();
            let close = self
                .closers
                .get(marker.slot())
                .and_then(|list| list.get(list.partition_point(|&j| j < earliest)))
                .copied()
                .unwrap_or(usize::MAX);
            if close != usize::MAX && close + marker.width() <= end {
                return Some((marker, close));
            }
        }
        None
    }

    /// The next byte at or after `from` (before `end`) that could open a marker.
    fn next_marker(&self, from: usize, end: usize) -> usize {
        self.text
            .as_bytes()
            .get(from..end)
            .and_then(|bytes| bytes.iter().position(|&b| is_marker_byte(b)))
            .map_or(end, |at| from + at)
    }

    /// Parses bytes `[start, end)` under `style`, appending runs.
    fn parse_range(&self, start: usize, end: usize, style: Style, out: &mut Vec<Run>) {
        let mut plain_from = start;
        let mut i = self.next_marker(start, end);
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
            i = self.next_marker(i, end);
        }
        self.push(plain_from, end, style, out);
    }

    /// Appends bytes `[from, to)` as one run (nothing when empty).
    fn push(&self, from: usize, to: usize, style: Style, out: &mut Vec<Run>) {
        if from < to {
            out.push(Run {
                style,
                source: self.offset + from..self.offset + to,
            });
        }
    }
}

/// Joins neighbouring runs that have the same style and touch in the input, in place.
fn merge_adjacent(runs: &mut Vec<Run>) {
    runs.dedup_by(|next, kept| {
        let joins = kept.style == next.style && kept.source.end == next.source.start;
        if joins {
            kept.source.end = next.source.end;
        }
        joins
    });
}

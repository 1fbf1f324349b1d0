//! How template text is measured: character counts for the length limits, emoji counts for the
//! emoji cap, and word counts for the variables-to-length ratio.
//!
//! Lives in one place so the rule checker, the preview's counters and the UI all show the same
//! numbers.
//!
//! # How characters are counted
//!
//! [`char_count`] counts **Unicode scalar values** (Rust `char`s, "code points"): `é` written as
//! one precomposed character is 1, `e` + combining acute accent is 2, `😀` is 1, the family emoji
//! `👨‍👩‍👧` (three people joined by two zero-width joiners) is 5, a flag `🇫🇷` is 2, Arabic and Hebrew
//! letters are 1 each and invisible direction marks (U+200F…) count like any other character.
//!
//! Why: Meta does not publish its counting unit; its pages state every limit in "characters"
//! (1,024 for the body, 60 for header and footer…) and no page or issue we found says emoji count
//! double. Of the public implementations, pywa (Python `len`) counts scalar values, while
//! JavaScript SDKs (kapso, zod schemas: `String.length`) and any browser-side counter count UTF-16
//! code units, in which every character outside the Basic Multilingual Plane (most emoji) counts
//! 2. Scalar values are the plain reading of "characters" and the one unit that does not depend on
//! an encoding. Because the sources disagree for astral characters,
//! [`utf16_len`] is exposed too: the rule checker keeps its errors on the scalar count and adds a
//! warning when only the UTF-16 count is over a limit, saying the sources disagree.
//!
//! Grapheme clusters (what a reader perceives as one character) are *not* used for limits: no
//! source suggests Meta counts them, and they would let a user pass a limit that a code-point
//! counter rejects.
//!
//! # How emoji are counted
//!
//! [`emoji_count`] counts emoji as a reader sees them: one pictograph with its modifiers (variation
//! selector, skin tone, tags), a whole zero-width-joiner sequence, a keycap (`1️⃣`) or a pair of
//! regional indicators (a flag) each count 1. The pictograph test covers the Unicode blocks that
//! hold emoji (Miscellaneous Symbols and Pictographs, Emoticons, Transport, Supplemental Symbols,
//! Symbols and Pictographs Extended-A, Dingbats, Miscellaneous Symbols, a few arrows and stars…).
//! Text-default symbols such as `©`, `®` and `™` count only when followed by the emoji variation
//! selector U+FE0F.
//!
//! # How words are counted
//!
//! [`word_count`] counts runs of letters or digits (Unicode alphanumerics; combining marks
//! continue a run so `é` written decomposed stays one word). The caller removes the variables
//! first (see [`strip_placeholders`]).

use crate::placeholders::scan;

/// Number of characters in `text`, as the length limits count them: Unicode scalar values.
///
/// See the module documentation for why.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// Number of UTF-16 code units in `text` (what JavaScript's `String.length` gives): emoji and
/// other characters outside the Basic Multilingual Plane count 2.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Formats a count with thousands separators: `1031` → `"1,031"`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Number of emoji in `text`, counting a ZWJ sequence, a flag, a keycap or a pictograph with its
/// modifiers as one.
pub fn emoji_count(text: &str) -> usize {
    if text.is_ascii() {
        return 0; // every emoji, keycaps included, needs a non-ASCII character
    }
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && !is_keycap_base(c) {
            i += 1; // fast path: no other ASCII character starts an emoji
            continue;
        }
        let next = chars.get(i + 1).copied();
        if is_regional_indicator(c) {
            count += 1;
            i += if next.is_some_and(is_regional_indicator) {
                2
            } else {
                1
            };
            continue;
        }
        if is_keycap_base(c) && next == Some('\u{FE0F}') && chars.get(i + 2) == Some(&'\u{20E3}') {
            count += 1;
            i += 3;
            continue;
        }
        if is_keycap_base(c) && next == Some('\u{20E3}') {
            count += 1;
            i += 2;
            continue;
        }
        let starts_emoji =
            is_pictograph(c) || (is_text_default_symbol(c) && next == Some('\u{FE0F}'));
        if !starts_emoji {
            i += 1;
            continue;
        }
        count += 1;
        i += 1;
        // Consume modifiers and joined pictographs belonging to this emoji.
        while let Some(&m) = chars.get(i) {
            if is_emoji_modifier(m) {
                i += 1;
            } else if m == '\u{200D}' {
                match chars.get(i + 1) {
                    Some(&n) if is_pictograph(n) || is_text_default_symbol(n) => i += 2,
                    _ => break,
                }
            } else {
                break;
            }
        }
    }
    count
}

/// Number of words in `text`: runs of letters or digits (combining marks continue a run).
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if in_word && is_combining_mark(c) {
            // stays in the word
        } else {
            in_word = false;
        }
    }
    count
}

/// `text` with every placeholder (well-formed or not) replaced by a space, so word counts and
/// wording checks see only the fixed text.
pub fn strip_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for p in scan(text) {
        out.push_str(text.get(last..p.span.start).unwrap_or(""));
        out.push(' ');
        last = p.span.end;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_keycap_base(c: char) -> bool {
    c.is_ascii_digit() || c == '#' || c == '*'
}

fn is_emoji_modifier(c: char) -> bool {
    matches!(c,
        '\u{FE0F}' | '\u{FE0E}' | '\u{20E3}'
        | '\u{1F3FB}'..='\u{1F3FF}'   // skin tones
        | '\u{E0020}'..='\u{E007F}') // tag sequences (subdivision flags)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Symbols that are text by default and become emoji only with U+FE0F.
fn is_text_default_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}' | '\u{2194}'
            ..='\u{2199}'
                | '\u{21A9}'
                | '\u{21AA}'
                | '\u{24C2}'
                | '\u{25AA}'
                | '\u{25AB}'
                | '\u{25B6}'
                | '\u{25C0}'
                | '\u{2934}'
                | '\u{2935}'
                | '\u{3030}'
                | '\u{303D}'
                | '\u{3297}'
                | '\u{3299}'
    )
}

/// Characters that are emoji on their own (default emoji presentation or commonly shown so).
fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1F0FF}'     // mahjong, dominoes, cards
        | '\u{1F170}'..='\u{1F1E5}'   // enclosed alphanumeric supplement (🅰, 🆗…)
        | '\u{1F200}'..='\u{1F2FF}'   // enclosed ideographic supplement
        | '\u{1F300}'..='\u{1F5FF}'   // misc symbols and pictographs
        | '\u{1F600}'..='\u{1F64F}'   // emoticons
        | '\u{1F680}'..='\u{1F6FF}'   // transport and map
        | '\u{1F7E0}'..='\u{1F7FF}'   // geometric shapes extended (coloured circles)
        | '\u{1F900}'..='\u{1F9FF}'   // supplemental symbols and pictographs
        | '\u{1FA70}'..='\u{1FAFF}'   // symbols and pictographs extended-A
        | '\u{2600}'..='\u{26FF}'     // misc symbols (☀, ⚡, ⛔…)
        | '\u{2700}'..='\u{27BF}'     // dingbats (✅, ✨, ❤…)
        | '\u{231A}' | '\u{231B}' | '\u{2328}' | '\u{23CF}'
        | '\u{23E9}'..='\u{23FA}'     // ⏩…⏺
        | '\u{2B05}'..='\u{2B07}' | '\u{2B1B}' | '\u{2B1C}' | '\u{2B50}' | '\u{2B55}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_counts_one_per_character() {
        assert_eq!(char_count("Hello, world"), 12);
        assert_eq!(char_count(""), 0);
    }

    #[test]
    fn emoji_is_one_character_and_two_utf16_units() {
        assert_eq!(char_count("😀"), 1);
        assert_eq!(utf16_len("😀"), 2);
    }

    #[test]
    fn zwj_family_counts_each_scalar_value() {
        // man, ZWJ, woman, ZWJ, girl
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(char_count(family), 5);
        assert_eq!(utf16_len(family), 8);
        assert_eq!(emoji_count(family), 1);
    }

    #[test]
    fn combining_mark_counts_separately_from_its_base() {
        assert_eq!(char_count("e\u{0301}"), 2);
        assert_eq!(char_count("é"), 1);
        assert_eq!(word_count("cafe\u{0301} ouvert"), 2);
    }

    #[test]
    fn right_to_left_text_counts_letters_and_direction_marks() {
        assert_eq!(char_count("שלום"), 4);
        assert_eq!(char_count("مرحبا"), 5);
        assert_eq!(char_count("\u{200F}مرحبا"), 6);
        assert_eq!(word_count("مرحبا بك في متجرنا"), 4);
        assert_eq!(emoji_count("مرحبا بك"), 0);
    }

    #[test]
    fn arabic_harakat_stay_inside_a_word() {
        assert_eq!(word_count("مَرْحَبًا"), 1);
    }

    #[test]
    fn emoji_with_skin_tone_and_selector_counts_once() {
        assert_eq!(emoji_count("👍🏽"), 1);
        assert_eq!(emoji_count("❤️"), 1);
        assert_eq!(emoji_count("Great 🎉🎉 and ✅"), 3);
    }

    #[test]
    fn flags_and_keycaps_count_once() {
        assert_eq!(emoji_count("🇫🇷🇩🇪"), 2);
        assert_eq!(char_count("🇫🇷"), 2);
        assert_eq!(emoji_count("1️⃣ 2️⃣"), 2);
        assert_eq!(emoji_count("Call 1 2 3"), 0);
    }

    #[test]
    fn trademark_is_emoji_only_with_variation_selector() {
        assert_eq!(emoji_count("Brand™"), 0);
        assert_eq!(emoji_count("Brand™\u{FE0F}"), 1);
    }

    #[test]
    fn words_are_letter_or_digit_runs() {
        assert_eq!(word_count("Your order #1234 ships today!"), 5);
        assert_eq!(word_count("  ...  "), 0);
        assert_eq!(word_count("don't"), 2);
    }

    #[test]
    fn stripping_placeholders_leaves_fixed_text() {
        assert_eq!(
            strip_placeholders("Hi {{1}}, code {{name}}!"),
            "Hi  , code  !"
        );
        assert_eq!(word_count(&strip_placeholders("{{1}} {{2}} {{3}}")), 0);
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1031), "1,031");
        assert_eq!(thousands(2_592_000), "2,592,000");
    }
}

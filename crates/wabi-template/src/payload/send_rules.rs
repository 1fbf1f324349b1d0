//! Send-time rules: what Meta refuses in the values of a template send (Meta: M-send,
//! M-errors; the limits of [`crate::limits`]). Creation rules are the rule checker's business,
//! not this module's.
//!
//! Messages are written in the locale of the [`Problems`] they are reported to, English and
//! Italian at once with [`tr!`](crate::tr).

use super::{Problems, SendProblem};
use crate::limits::{
    LimitedText, CONSECUTIVE_SPACES, COPY_CODE, COPY_CODE_OLD, LTO_COPY_CODE, OTP, PARAM,
    PHONE_DIGITS_MAX, PHONE_DIGITS_MIN,
};
use crate::text::char_count;
use crate::{tr, Locale};

/// Why a parameter value would be refused by Meta's text-parameter rule, if it would, in
/// English.
///
/// "Param text cannot have new-line/tab characters or more than 4 consecutive spaces" (Meta:
/// M-errors, error 132018).
pub fn param_text_problem(value: &str) -> Option<String> {
    param_text_problem_in(value, Locale::En)
}

/// Like [`param_text_problem`], worded in `locale`.
pub fn param_text_problem_in(value: &str, locale: Locale) -> Option<String> {
    if value.contains('\n') || value.contains('\r') {
        return Some(tr!(locale,
            en: "contains a line break; parameter values must be one line",
            it: "contiene un a capo; i valori dei parametri stanno su una riga"));
    }
    if value.contains('\t') {
        return Some(tr!(locale,
            en: "contains a tab; use spaces instead",
            it: "contiene una tabulazione; usa gli spazi"));
    }
    let mut run = 0;
    let mut longest = 0;
    for c in value.chars() {
        run = if c == ' ' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    if longest > CONSECUTIVE_SPACES {
        return Some(tr!(locale,
            en: "has {longest} spaces in a row; at most {CONSECUTIVE_SPACES} are allowed",
            it: "ha {longest} spazi di fila; ne sono ammessi al massimo {CONSECUTIVE_SPACES}"));
    }
    let count = char_count(value);
    if count > PARAM {
        return Some(tr!(locale,
            en: "has {count} characters; a parameter holds at most {PARAM}",
            it: "ha {count} caratteri; un parametro ne contiene al massimo {PARAM}"));
    }
    None
}

/// Reports a value that breaks the text-parameter rule.
pub(crate) fn check_param(field: &str, value: &str, problems: &mut Problems) {
    if let Some(message) = param_text_problem_in(value, problems.locale) {
        problems.push(SendProblem::error(field, message));
    }
}

/// Reports a filled-in text longer than the limit of `text_field` (a header, a body or a URL).
pub(crate) fn check_length(
    field: &str,
    text_field: LimitedText,
    text: &str,
    problems: &mut Problems,
) {
    let count = char_count(text);
    let limit = text_field.limit();
    if count > limit {
        let locale = problems.locale;
        let what = filled_name(text_field, locale);
        problems.push(SendProblem::error(
            field,
            tr!(locale,
                en: "{what} is {count} characters once the values are filled in; the limit is \
                     {limit}. Shorten the values",
                it: "{what} ha {count} caratteri una volta inseriti i valori; il limite è \
                     {limit}. Accorcia i valori"),
        ));
    }
}

/// How a send-time length message names the filled-in text: "the body", "il corpo".
fn filled_name(text_field: LimitedText, locale: Locale) -> &'static str {
    match (text_field, locale) {
        (LimitedText::HeaderText, Locale::En) => "the header",
        (LimitedText::HeaderText, Locale::It) => "l'intestazione",
        (LimitedText::Url, Locale::En) => "the URL",
        (LimitedText::Url, Locale::It) => "l'URL",
        (_, Locale::En) => "the body",
        (_, Locale::It) => "il corpo",
    }
}

/// Reports an authentication code that is too long.
pub(crate) fn check_otp(field: &str, code: &str, problems: &mut Problems) {
    let count = char_count(code);
    if count > OTP {
        problems.push(SendProblem::error(
            field,
            tr!(problems.locale,
                en: "the one-time code has {count} characters; authentication codes have at most \
                     {OTP}",
                it: "il codice monouso ha {count} caratteri; i codici di autenticazione ne hanno \
                     al massimo {OTP}"),
        ));
    }
}

/// Reports a coupon code over the limits (stricter for limited-time offers).
pub(crate) fn check_coupon(field: &str, code: &str, in_offer: bool, problems: &mut Problems) {
    let count = char_count(code);
    let locale = problems.locale;
    if in_offer {
        if count > LTO_COPY_CODE {
            problems.push(SendProblem::error(
                field,
                tr!(locale,
                    en: "the offer code has {count} characters; a limited-time offer's code has \
                         at most {LTO_COPY_CODE}",
                    it: "il codice dell'offerta ha {count} caratteri; il codice di un'offerta a \
                         tempo limitato ne ha al massimo {LTO_COPY_CODE}"),
            ));
        }
    } else if count > COPY_CODE {
        problems.push(SendProblem::error(
            field,
            tr!(locale,
                en: "the coupon code has {count} characters; the limit is {COPY_CODE}",
                it: "il codice sconto ha {count} caratteri; il limite è {COPY_CODE}"),
        ));
    } else if count > COPY_CODE_OLD {
        problems.push(SendProblem::warning(
            field,
            tr!(locale,
                en: "the coupon code has {count} characters; Meta's current page allows \
                     {COPY_CODE} but its older page and the SDKs allow {COPY_CODE_OLD} (the \
                     sources disagree)",
                it: "il codice sconto ha {count} caratteri; la pagina attuale di Meta ne ammette \
                     {COPY_CODE} ma la sua pagina precedente e gli SDK {COPY_CODE_OLD} (le fonti \
                     non concordano)"),
        ));
    }
}

/// Reports a recipient that is not `+` and a country code and number (Meta: M-send: without
/// `+` the business number's country code is prepended, which can misdeliver).
pub(crate) fn check_recipient(to: &str, problems: &mut Problems) {
    let locale = problems.locale;
    let Some(rest) = to.trim().strip_prefix('+') else {
        problems.push(SendProblem::error(
            "to",
            tr!(locale,
                en: "\"{to}\" must start with + and the country code, e.g. +16505551234; without \
                     it Meta prepends the business number's country code",
                it: "\"{to}\" deve iniziare con + e il prefisso internazionale, ad esempio \
                     +393471234567; senza, Meta antepone il prefisso del numero aziendale"),
        ));
        return;
    };
    if let Some(bad) = rest
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')))
    {
        problems.push(SendProblem::error(
            "to",
            tr!(locale,
                en: "\"{to}\" contains '{bad}'; use digits (spaces, hyphens and parentheses are \
                     allowed)",
                it: "\"{to}\" contiene '{bad}'; usa le cifre (spazi, trattini e parentesi sono \
                     ammessi)"),
        ));
        return;
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if !(PHONE_DIGITS_MIN..=PHONE_DIGITS_MAX).contains(&digits) {
        problems.push(SendProblem::error(
            "to",
            tr!(locale,
                en: "\"{to}\" has {digits} digits; an international number has \
                     {PHONE_DIGITS_MIN} to {PHONE_DIGITS_MAX}",
                it: "\"{to}\" ha {digits} cifre; un numero internazionale ne ha da \
                     {PHONE_DIGITS_MIN} a {PHONE_DIGITS_MAX}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_consecutive_spaces_pass_and_five_fail() {
        assert_eq!(param_text_problem("a    b"), None);
        assert!(param_text_problem("a     b").is_some_and(|m| m.contains("5 spaces")));
    }

    #[test]
    fn newline_and_tab_fail() {
        assert!(param_text_problem("a\nb").is_some());
        assert!(param_text_problem("a\r\nb").is_some());
        assert!(param_text_problem("a\tb").is_some());
    }

    #[test]
    fn parameter_of_32768_chars_passes_and_32769_fails() {
        assert_eq!(param_text_problem(&"x".repeat(PARAM)), None);
        assert!(param_text_problem(&"x".repeat(PARAM + 1)).is_some());
    }

    #[test]
    fn otp_of_15_chars_passes_and_16_fails() {
        let mut problems = Problems::new(Locale::En);
        check_otp("body.1", &"1".repeat(15), &mut problems);
        assert!(problems.is_empty());
        check_otp("body.1", &"1".repeat(16), &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn coupon_limits_15_warns_above_and_20_fails_above() {
        let mut problems = Problems::new(Locale::En);
        check_coupon("b", &"C".repeat(15), false, &mut problems);
        assert!(problems.is_empty());
        check_coupon("b", &"C".repeat(16), false, &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].severity, crate::Severity::Warning);
        check_coupon("b", &"C".repeat(20), false, &mut problems);
        assert_eq!(problems.len(), 2);
        check_coupon("b", &"C".repeat(21), false, &mut problems);
        assert_eq!(problems[2].severity, crate::Severity::Error);
        check_coupon("b", &"C".repeat(16), true, &mut problems);
        assert_eq!(problems[3].severity, crate::Severity::Error);
    }

    #[test]
    fn recipient_needs_plus_and_7_to_15_digits() {
        let check = |to: &str| {
            let mut problems = Problems::new(Locale::En);
            check_recipient(to, &mut problems);
            problems.len()
        };
        assert_eq!(check("+16505551234"), 0);
        assert_eq!(check("+1 (650) 555-1234"), 0);
        assert_eq!(check("+123456789012345"), 0);
        assert_eq!(check("+1234567890123456"), 1);
        assert_eq!(check("+1234567"), 0);
        assert_eq!(check("+123456"), 1);
        assert_eq!(check("16505551234"), 1);
        assert_eq!(check("+1650abc"), 1);
    }

    #[test]
    fn length_at_limit_passes_and_one_over_fails() {
        let mut problems = Problems::new(Locale::En);
        check_length("body", LimitedText::Body, &"é".repeat(1024), &mut problems);
        assert!(problems.is_empty());
        check_length("body", LimitedText::Body, &"é".repeat(1025), &mut problems);
        assert_eq!(problems.len(), 1);
    }
}

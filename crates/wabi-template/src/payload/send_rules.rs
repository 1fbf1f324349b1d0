//! Send-time rules: what Meta refuses in the values of a template send (reference §2.2.10–11,
//! §3.1–3.3, §5.1). Creation rules are the rule checker's business, not this module's.

use super::SendProblem;
use crate::text::char_count;

/// At most this many consecutive spaces in a parameter value (§2.2.10: 4 allowed, 5 refused).
pub const MAX_CONSECUTIVE_SPACES: usize = 4;
/// An authentication code (OTP) has at most 15 characters (§2.2.11, §3.3).
pub const MAX_OTP_CHARS: usize = 15;
/// A filled-in text header has at most 60 characters (§2.1).
pub const MAX_HEADER_CHARS: usize = 60;
/// A filled-in body has at most 1,024 characters (§2.1, §2.2.11).
pub const MAX_BODY_CHARS: usize = 1024;
/// A filled-in carousel card body has at most 160 characters (§3.1).
pub const MAX_CARD_BODY_CHARS: usize = 160;
/// A filled-in limited-time-offer body has at most 600 characters (§3.2).
pub const MAX_OFFER_BODY_CHARS: usize = 600;
/// A limited-time offer's coupon code has at most 15 characters (§3.2).
pub const MAX_OFFER_CODE_CHARS: usize = 15;
/// A coupon code has at most 20 characters per Meta's current components page, 15 per its older
/// copy and the SDKs (§2.1, §10.1): over 15 is a warning, over 20 an error.
pub const MAX_COUPON_CODE_CHARS: usize = 20;
/// A filled-in URL has at most 2,000 characters (§2.1).
pub const MAX_URL_CHARS: usize = 2000;
/// One text parameter has at most 32,768 characters (OpenAPI `TextParameter.maxLength`).
pub const MAX_PARAM_CHARS: usize = 32_768;

/// Why a parameter value would be refused by Meta's text-parameter rule, if it would.
///
/// "Param text cannot have new-line/tab characters or more than 4 consecutive spaces" (§2.2.10).
pub fn param_text_problem(value: &str) -> Option<String> {
    if value.contains('\n') || value.contains('\r') {
        return Some("contains a line break; parameter values must be one line".to_string());
    }
    if value.contains('\t') {
        return Some("contains a tab; use spaces instead".to_string());
    }
    let mut run = 0;
    let mut longest = 0;
    for c in value.chars() {
        run = if c == ' ' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    if longest > MAX_CONSECUTIVE_SPACES {
        return Some(format!(
            "has {longest} spaces in a row; at most {MAX_CONSECUTIVE_SPACES} are allowed"
        ));
    }
    let count = char_count(value);
    if count > MAX_PARAM_CHARS {
        return Some(format!(
            "has {count} characters; a parameter holds at most {MAX_PARAM_CHARS}"
        ));
    }
    None
}

/// Reports a value that breaks the text-parameter rule.
pub(crate) fn check_param(field: &str, value: &str, problems: &mut Vec<SendProblem>) {
    if let Some(message) = param_text_problem(value) {
        problems.push(SendProblem::error(field, message));
    }
}

/// Reports a filled-in text longer than `limit` characters.
pub(crate) fn check_length(
    field: &str,
    what: &str,
    text: &str,
    limit: usize,
    problems: &mut Vec<SendProblem>,
) {
    let count = char_count(text);
    if count > limit {
        problems.push(SendProblem::error(
            field,
            format!(
                "{what} is {count} characters once the values are filled in; the limit is \
                 {limit}. Shorten the values"
            ),
        ));
    }
}

/// Reports an authentication code that is too long.
pub(crate) fn check_otp(field: &str, code: &str, problems: &mut Vec<SendProblem>) {
    let count = char_count(code);
    if count > MAX_OTP_CHARS {
        problems.push(SendProblem::error(
            field,
            format!(
                "the one-time code has {count} characters; authentication codes have at most \
                 {MAX_OTP_CHARS}"
            ),
        ));
    }
}

/// Reports a coupon code over the limits (stricter for limited-time offers).
pub(crate) fn check_coupon(
    field: &str,
    code: &str,
    in_offer: bool,
    problems: &mut Vec<SendProblem>,
) {
    let count = char_count(code);
    if in_offer {
        if count > MAX_OFFER_CODE_CHARS {
            problems.push(SendProblem::error(
                field,
                format!(
                    "the offer code has {count} characters; a limited-time offer's code has at \
                     most {MAX_OFFER_CODE_CHARS}"
                ),
            ));
        }
    } else if count > MAX_COUPON_CODE_CHARS {
        problems.push(SendProblem::error(
            field,
            format!("the coupon code has {count} characters; the limit is {MAX_COUPON_CODE_CHARS}"),
        ));
    } else if count > MAX_OFFER_CODE_CHARS {
        problems.push(SendProblem::warning(
            field,
            format!(
                "the coupon code has {count} characters; Meta's current page allows \
                 {MAX_COUPON_CODE_CHARS} but its older page and the SDKs allow \
                 {MAX_OFFER_CODE_CHARS} (the sources disagree)"
            ),
        ));
    }
}

/// Reports a recipient that is not `+` and a country code and number (§5.1: without `+` the
/// business number's country code is prepended, which can misdeliver).
pub(crate) fn check_recipient(to: &str, problems: &mut Vec<SendProblem>) {
    let Some(rest) = to.trim().strip_prefix('+') else {
        problems.push(SendProblem::error(
            "to",
            format!(
                "\"{to}\" must start with + and the country code, e.g. +16505551234; without it \
                 Meta prepends the business number's country code"
            ),
        ));
        return;
    };
    if let Some(bad) = rest
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')))
    {
        problems.push(SendProblem::error(
            "to",
            format!("\"{to}\" contains '{bad}'; use digits (spaces, hyphens and parentheses are allowed)"),
        ));
        return;
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) {
        problems.push(SendProblem::error(
            "to",
            format!("\"{to}\" has {digits} digits; an international number has 7 to 15"),
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
        assert_eq!(param_text_problem(&"x".repeat(MAX_PARAM_CHARS)), None);
        assert!(param_text_problem(&"x".repeat(MAX_PARAM_CHARS + 1)).is_some());
    }

    #[test]
    fn otp_of_15_chars_passes_and_16_fails() {
        let mut problems = Vec::new();
        check_otp("body.1", &"1".repeat(15), &mut problems);
        assert!(problems.is_empty());
        check_otp("body.1", &"1".repeat(16), &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn coupon_limits_15_warns_above_and_20_fails_above() {
        let mut problems = Vec::new();
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
            let mut problems = Vec::new();
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
        let mut problems = Vec::new();
        check_length(
            "body",
            "the body",
            &"é".repeat(1024),
            MAX_BODY_CHARS,
            &mut problems,
        );
        assert!(problems.is_empty());
        check_length(
            "body",
            "the body",
            &"é".repeat(1025),
            MAX_BODY_CHARS,
            &mut problems,
        );
        assert_eq!(problems.len(), 1);
    }
}

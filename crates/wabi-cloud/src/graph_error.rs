//! Meta's error object and its decoding into what happened and what to do (Meta: M-errors).
//! Decoding is by `code` (Meta: build on `code` and `error_data.details`); the raw fields are
//! kept so support can quote `fbtrace_id`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// Whether trying again can help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RetryAdvice {
    /// Do not resend as is: something must change first.
    No,
    /// Wait and try again later (rate limits, temporary downtime).
    Later,
}

/// A Graph API error: Meta's fields plus the decoded meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GraphError {
    /// HTTP status of the response.
    pub http_status: u16,
    /// Meta's `code`.
    pub code: i64,
    /// Meta's `error_subcode`, when present.
    pub error_subcode: Option<i64>,
    /// Meta's `message`, e.g. "(#131047) Re-engagement message".
    pub message: String,
    /// Meta's `error_data.details`, when present.
    pub details: Option<String>,
    /// Meta's `fbtrace_id`, for Meta support.
    pub fbtrace_id: Option<String>,
    /// What happened, in plain words.
    pub what_happened: String,
    /// What to do about it.
    pub what_to_do: String,
    /// Whether trying again can help.
    pub retry: RetryAdvice,
}

impl std::fmt::Display for GraphError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (code {}", self.what_happened, self.code)?;
        if let Some(sub) = self.error_subcode {
            write!(f, ", subcode {sub}")?;
        }
        write!(f, "). {}", self.what_to_do)?;
        if let Some(details) = &self.details {
            write!(f, " Meta says: {details}")?;
        }
        if let Some(trace) = &self.fbtrace_id {
            write!(f, " (fbtrace_id {trace})")?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct Envelope {
    error: RawError,
}

#[derive(Deserialize)]
struct RawError {
    #[serde(default)]
    message: String,
    code: Option<i64>,
    error_subcode: Option<i64>,
    error_data: Option<Value>,
    fbtrace_id: Option<String>,
}

/// Decodes a Graph error response body; `None` when the body is not Meta's error object.
pub fn decode(http_status: u16, body: &[u8]) -> Option<GraphError> {
    let envelope: Envelope = serde_json::from_slice(body).ok()?;
    let raw = envelope.error;
    let code = raw.code.unwrap_or(0);
    let details = raw.error_data.as_ref().and_then(|data| match data {
        Value::Object(map) => map
            .get("details")
            .and_then(Value::as_str)
            .map(str::to_owned),
        Value::String(text) => Some(text.clone()),
        _ => None,
    });
    let (what_happened, what_to_do, retry) = meaning(code);
    Some(GraphError {
        http_status,
        code,
        error_subcode: raw.error_subcode,
        message: raw.message,
        details,
        fbtrace_id: raw.fbtrace_id,
        what_happened: what_happened.to_owned(),
        what_to_do: what_to_do.to_owned(),
        retry,
    })
}

/// What a code means and what to do (Meta: M-errors).
pub fn meaning(code: i64) -> (&'static str, &'static str, RetryAdvice) {
    use RetryAdvice::{Later, No};
    match code {
        131047 => ("The 24-hour window is closed: the recipient has not messaged this business number in the last 24 hours", "Send a message from the phone to the business number (the wa.me link) and retry within 24 hours, or send an approved template instead", No),
        131030 => ("The recipient is not in the allowed list of this test number", "Add the number to the test number's recipient list in WhatsApp Manager > API setup (up to 5), then retry", No),
        132001 => ("The template does not exist in this language, or is not approved", "Check the template's name and exact language code in WhatsApp Manager and that its status is APPROVED", No),
        132000 => ("The number of parameter values does not match the template", "Give exactly one value for every variable of the header, body and buttons", No),
        132012 => ("A parameter value is not in the format the template expects (named vs positional, or the wrong type)", "Use named parameters for a named template and positional ones otherwise, with the parameter type the template declares", No),
        132018 => ("A parameter value failed validation (new lines, tabs or more than 4 spaces in a row)", "Remove new lines, tabs and runs of spaces from the values", No),
        131053 => ("WhatsApp could not use the media: unsupported type, or content that does not match its MIME type", "Check the file against the media rules (wabi media check) and upload it again", No),
        131052 => ("WhatsApp could not download media sent by the user", "See Meta's details; ask the user to send the file again", No),
        190 => ("The access token expired or is invalid", "Create a new token (a system user token does not expire) and save it again", No),
        10 => ("Permission denied: the token lacks a permission this call needs", "Give the token whatsapp_business_messaging and whatsapp_business_management for this account", No),
        3 => ("The app lacks the capability or permission for this call", "Check the app's WhatsApp product setup and permissions", No),
        200..=299 => ("The token lacks an API permission (or no token was sent)", "Check the token's permissions for this WhatsApp Business Account, or save the token again", No),
        4 => ("The app hit its API call rate limit", "Wait a while before the next call", Later),
        80007 => ("The WhatsApp Business Account hit its rate limit", "Wait a while before the next call", Later),
        130429 => ("Cloud API throughput was reached for this number", "Wait a moment and retry; tests rarely need more than a few messages per second", Later),
        131056 => ("Too many messages to this same recipient in a short time (pair rate limit)", "Wait a few seconds before sending to this number again; other recipients are fine", Later),
        131048 => ("Spam rate limit: too many earlier messages were blocked or flagged", "Improve message quality; retrying will not help now", No),
        131064 => ("Messaging limited because of template classification violations", "Wait for the enforcement period to end", Later),
        368 => ("The business account is temporarily blocked for a policy violation", "See Business Support Home for the block and how to appeal", No),
        130497 => ("The business account may not message users in this country", "Use a recipient in an allowed country", No),
        131031 => ("The business account is locked (policy, or a wrong two-step PIN)", "Check Business Support Home and the number's two-step verification", No),
        1 => ("Invalid request, or a Meta server error", "Check the request; if it is correct, retry later", No),
        2 => ("Meta's service is temporarily down", "Retry in a few minutes", Later),
        33 => ("The business phone number was deleted", "Use another phone number ID in the account settings", No),
        100 => ("Invalid parameter: unsupported or misspelled, too long, or a missing parameter name", "Read Meta's details for the parameter and fix the values", No),
        130403 => ("The business has blocked this user", "Unblock the number in WhatsApp Manager or use another recipient", No),
        130472 => ("The user is in a marketing experiment group and was not sent this message", "Nothing to fix; use another recipient for tests", No),
        131000 => ("Unknown error at Meta", "Retry later", Later),
        131005 => ("Access denied", "Check the token's permissions for this phone number", No),
        131008 => ("A required parameter is missing", "See Meta's details for which one and add it", No),
        131009 => ("A parameter value is invalid", "See Meta's details for which one and fix it", No),
        131016 => ("The service is temporarily unavailable", "Retry in a few minutes", Later),
        131021 => ("The recipient is the sending business number itself", "Send to another number", No),
        131026 => ("Message undeliverable: not a WhatsApp number, terms not accepted, or an old app", "Check the number is on WhatsApp with a recent app version", No),
        131037 => ("The business number has no approved display name", "Get the display name approved in WhatsApp Manager", No),
        131042 => ("A payment or billing problem on the business account", "Fix the payment method in WhatsApp Manager", No),
        131045 => ("Phone number registration error", "Register the business phone number again", No),
        131049 => ("Not delivered to keep ecosystem engagement healthy (per-user marketing limit)", "Wait at least 24 hours before sending this user more marketing", Later),
        131050 => ("The user opted out of your marketing messages", "Do not send marketing to this user", No),
        131051 => ("Unsupported message type", "Use a supported message type", No),
        131057 => ("The account is in maintenance mode", "Retry later", Later),
        131063 => ("Marketing templates are disabled on the Cloud API for this account", "Enable marketing messages on the Cloud API or send another category", No),
        132005 => ("The template text is too long once the values are filled in", "Shorten the values", No),
        132007 => ("The template content violates a WhatsApp policy", "Edit the template to meet the policies", No),
        132015 => ("The template is paused because of low quality", "Wait until it is unpaused, or edit it", Later),
        132016 => ("The template is disabled after being paused too many times", "Create a new template", No),
        132068 => ("The flow is blocked", "Fix the flow in WhatsApp Manager", No),
        132069 => ("The flow is throttled (10 messages per hour)", "Wait before sending this flow again", Later),
        133010 => ("The phone number is not registered on the Cloud API", "Register the number (POST /{PHONE_NUMBER_ID}/register)", No),
        133000 | 133004..=133009 => ("Phone number registration or PIN problem", "See Meta's details and fix the registration", No),
        133015 | 133016 => ("The number was recently deleted, or registered too often", "Wait before trying again", Later),
        134011 => ("Payments terms of service are pending", "Accept the payments terms in WhatsApp Manager", No),
        135000 => ("Generic error in the request parameters", "See Meta's details and fix the request", No),
        _ => ("Meta refused the request with an error this app does not know", "Read Meta's message and details below; search Meta's error codes page for the code", No),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_example_keeps_every_field() {
        let body = br#"{"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
          "error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},
          "error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}"#;
        let error = decode(400, body).unwrap();
        assert_eq!(error.code, 130429);
        assert_eq!(error.error_subcode, Some(2494055));
        assert_eq!(
            error.details.as_deref(),
            Some("Cloud API message throughput has been reached.")
        );
        assert_eq!(error.fbtrace_id.as_deref(), Some("Az8or2yhqkZfEZ-_4Qn_Bam"));
        assert_eq!(error.retry, RetryAdvice::Later);
        assert!(error.to_string().contains("Az8or2yhqkZfEZ-_4Qn_Bam"));
    }

    #[test]
    fn body_that_is_not_an_error_object_is_not_decoded() {
        assert!(decode(500, b"<html>oops</html>").is_none());
    }

    #[test]
    fn unknown_code_still_says_what_to_do() {
        let (what, todo, _) = meaning(999_999);
        assert!(what.contains("does not know"));
        assert!(!todo.is_empty());
    }
}

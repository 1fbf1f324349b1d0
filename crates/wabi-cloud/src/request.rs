//! The request as it would go over the wire, for dry runs and "Copy as cURL": method, URL,
//! headers with the token masked, JSON body. Building one makes no HTTP request and needs no
//! token.

use crate::settings::AccountSettings;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// What the `Authorization` header shows in a dry run.
pub const MASKED_AUTHORIZATION: &str = "Bearer <ACCESS_TOKEN>";

/// One header of a prepared request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    /// Header name.
    pub name: String,
    /// Header value (the token masked).
    pub value: String,
}

/// A request shown, not sent.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedRequest {
    /// `POST`, `GET`.
    pub method: String,
    /// Full URL.
    pub url: String,
    /// Headers, the token masked.
    pub headers: Vec<Header>,
    /// The JSON body, when there is one.
    #[ts(type = "unknown")]
    pub body: Option<Value>,
}

impl PreparedRequest {
    /// A shell command that replays the request, with `$WABI_ACCESS_TOKEN` in place of the
    /// token.
    pub fn to_curl(&self) -> String {
        let mut out = format!("curl -X {} '{}'", self.method, self.url);
        for header in &self.headers {
            if header.value.starts_with("multipart/") {
                continue; // cURL writes it with the boundary
            }
            let value = if header.value == MASKED_AUTHORIZATION {
                "Bearer $WABI_ACCESS_TOKEN".to_owned()
            } else {
                header.value.clone()
            };
            out.push_str(&format!(" \\\n  -H \"{}: {}\"", header.name, value));
        }
        let multipart = self.headers.iter().any(|h| {
            h.name.eq_ignore_ascii_case("content-type") && h.value.starts_with("multipart/")
        });
        match &self.body {
            // A form (a media upload): one `-F` a field; cURL sets the content type itself.
            Some(Value::Object(fields)) if multipart => {
                for (name, value) in fields {
                    let value = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned);
                    let field = format!("{name}={value}").replace('\'', "'\\''");
                    out.push_str(&format!(" \\\n  -F '{field}'"));
                }
            }
            Some(body) => {
                let json = body.to_string().replace('\'', "'\\''");
                out.push_str(&format!(" \\\n  -d '{json}'"));
            }
            None => {}
        }
        out
    }
}

/// The send request `POST /{PHONE_NUMBER_ID}/messages` for `message`, without sending it.
pub fn prepare_send(settings: &AccountSettings, message: &Value) -> PreparedRequest {
    PreparedRequest {
        method: "POST".into(),
        url: settings.url(&format!("{}/messages", settings.phone_number_id)),
        headers: vec![
            Header {
                name: "Authorization".into(),
                value: MASKED_AUTHORIZATION.into(),
            },
            Header {
                name: "Content-Type".into(),
                value: "application/json".into(),
            },
        ],
        body: Some(message.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dry_run_masks_the_token_and_curl_uses_a_placeholder() {
        let settings = AccountSettings::for_phone_number("106540352242922");
        let request = prepare_send(&settings, &json!({"to": "+16505551234"}));
        assert_eq!(
            request.url,
            "https://graph.facebook.com/v23.0/106540352242922/messages"
        );
        assert_eq!(request.headers[0].value, MASKED_AUTHORIZATION);
        assert!(request.to_curl().contains("$WABI_ACCESS_TOKEN"));
    }
}

//! The Graph API client: send, upload media, test connection, list templates; with retries
//! that never resend a request that may have been delivered.
//!
//! Retried: HTTP 429 and 5xx answers, and connection failures before the request was sent.
//! Not retried: a timeout or broken connection after sending ([`CloudError::MaybeDelivered`]),
//! so no one gets the same test twice. The token leaves [`Sensitive`] only into the
//! `Authorization` header.

use crate::error::CloudError;
use crate::graph_error;
use crate::request::{prepare_send, PreparedRequest};
use crate::retry::RetryPolicy;
use crate::sensitive::Sensitive;
use crate::settings::AccountSettings;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::time::Duration;
use ts_rs::TS;

/// How long one request may take before it counts as timed out.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// What Meta returns for an accepted message (accepted, not yet delivered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendReceipt {
    /// The `wamid.…` message id.
    pub message_id: String,
    /// The recipient's WhatsApp id, when returned.
    pub wa_id: Option<String>,
    /// Pacing status (`accepted`, `held_for_quality_assessment`), when returned.
    pub message_status: Option<String>,
    /// The raw response body.
    #[ts(type = "unknown")]
    pub response: Value,
}

/// What "Test connection" shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all(serialize = "camelCase"))]
// Read from Meta in snake_case, sent to the UI in camelCase: the bindings follow the UI's side.
#[ts(rename_all = "camelCase")]
pub struct PhoneNumberInfo {
    /// The number as shown to users, e.g. `+1 555-010-0123`.
    pub display_phone_number: Option<String>,
    /// The approved display name.
    pub verified_name: Option<String>,
    /// `GREEN`, `YELLOW`, `RED` or `UNKNOWN`.
    pub quality_rating: Option<String>,
}

/// One template of the account, as listed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RemoteTemplate {
    /// Template name.
    pub name: String,
    /// Language code.
    pub language: String,
    /// `APPROVED`, `PENDING`, `REJECTED`, `PAUSED`…
    pub status: String,
    /// Category, when returned.
    pub category: Option<String>,
    /// The whole template object as Meta returned it.
    #[ts(type = "unknown")]
    pub raw: Value,
}

/// The Graph API client for one account.
#[derive(Debug, Clone)]
pub struct GraphClient {
    http: reqwest::Client,
    settings: AccountSettings,
    token: Sensitive<String>,
    retry: RetryPolicy,
}

impl GraphClient {
    /// A client; fails (naming the field) when the settings or token are unusable.
    pub fn new(
        settings: AccountSettings,
        token: Sensitive<String>,
        retry: RetryPolicy,
        timeout: Duration,
    ) -> Result<Self, CloudError> {
        if let Some(problem) = settings.problem() {
            return Err(CloudError::BadInput(problem));
        }
        if token.is_empty() {
            return Err(CloudError::BadInput(
                "the access token is empty: set WABI_ACCESS_TOKEN or save a token in the keyring"
                    .into(),
            ));
        }
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|error| CloudError::BadInput(format!("cannot start HTTP client: {error}")))?;
        Ok(Self {
            http,
            settings,
            token,
            retry,
        })
    }

    /// The account settings in use.
    pub fn settings(&self) -> &AccountSettings {
        &self.settings
    }

    /// The request a send of `message` makes (dry run; nothing is sent).
    pub fn prepare_send(&self, message: &Value) -> PreparedRequest {
        prepare_send(&self.settings, message)
    }

    /// Sends `message` (the body of `POST /{PHONE_NUMBER_ID}/messages`).
    pub async fn send(&self, message: &Value) -> Result<SendReceipt, CloudError> {
        let url = self
            .settings
            .url(&format!("{}/messages", self.settings.phone_number_id));
        let response = self
            .execute(&url, || self.request(Method::POST, &url).json(message))
            .await?;
        receipt(response, &url)
    }

    /// Uploads media (`POST /{PHONE_NUMBER_ID}/media`, multipart) and returns its id.
    pub async fn upload_media(
        &self,
        bytes: Vec<u8>,
        mime_type: &str,
        file_name: &str,
    ) -> Result<String, CloudError> {
        let url = self
            .settings
            .url(&format!("{}/media", self.settings.phone_number_id));
        let build = || -> RequestBuilder {
            let part =
                reqwest::multipart::Part::bytes(bytes.clone()).file_name(file_name.to_owned());
            let part = match part.mime_str(mime_type) {
                Ok(part) => part,
                // An unparseable MIME type: send without one and let Meta name the problem.
                Err(_) => {
                    reqwest::multipart::Part::bytes(bytes.clone()).file_name(file_name.to_owned())
                }
            };
            let form = reqwest::multipart::Form::new()
                .text("messaging_product", "whatsapp")
                .text("type", mime_type.to_owned())
                .part("file", part);
            self.request(Method::POST, &url).multipart(form)
        };
        let response = self.execute(&url, build).await?;
        response
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| unexpected(200, &url, &response))
    }

    /// Reads the phone number's display number, verified name and quality rating.
    pub async fn test_connection(&self) -> Result<PhoneNumberInfo, CloudError> {
        let url = format!(
            "{}?fields=display_phone_number,verified_name,quality_rating",
            self.settings.url(&self.settings.phone_number_id)
        );
        let response = self
            .execute(&url, || self.request(Method::GET, &url))
            .await?;
        serde_json::from_value(response.clone()).map_err(|_| unexpected(200, &url, &response))
    }

    /// Lists the account's templates (`GET /{WABA_ID}/message_templates`), following paging.
    pub async fn list_templates(&self) -> Result<Vec<RemoteTemplate>, CloudError> {
        let Some(waba) = self.settings.waba_id.as_deref() else {
            return Err(CloudError::BadInput(
                "no WhatsApp Business Account ID in the account settings: it is needed to list templates".into(),
            ));
        };
        let mut url = format!(
            "{}?fields=name,language,status,category,components&limit=100",
            self.settings.url(&format!("{waba}/message_templates"))
        );
        let mut templates = Vec::new();
        // A bound on pages so a server that always returns `next` cannot loop us forever.
        for _ in 0..1000 {
            let page = self
                .execute(&url, || self.request(Method::GET, &url))
                .await?;
            for raw in page
                .get("data")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
                templates.push(RemoteTemplate {
                    name: text("name").unwrap_or_default(),
                    language: text("language").unwrap_or_default(),
                    status: text("status").unwrap_or_default(),
                    category: text("category"),
                    raw: raw.clone(),
                });
            }
            match page.pointer("/paging/next").and_then(Value::as_str) {
                Some(next) if !next.is_empty() => url = next.to_owned(),
                _ => return Ok(templates),
            }
        }
        Ok(templates)
    }

    fn request(&self, method: Method, url: &str) -> RequestBuilder {
        self.http
            .request(method, url)
            .header(reqwest::header::AUTHORIZATION, self.token.bearer_header())
    }

    /// Runs a request with the retry policy and returns the JSON body of a 2xx answer.
    async fn execute(
        &self,
        url: &str,
        build: impl Fn() -> RequestBuilder,
    ) -> Result<Value, CloudError> {
        let attempts = self.retry.max_attempts.max(1);
        let mut attempt = 1;
        loop {
            let last = attempt >= attempts;
            match build().send().await {
                Err(error) if error.is_connect() && !last => {
                    tracing::warn!(url, attempt, "connection failed before sending; retrying");
                }
                Err(error) if error.is_connect() => {
                    return Err(CloudError::Unreachable {
                        url: url.to_owned(),
                        reason: error_chain(&error),
                    })
                }
                Err(error) => {
                    return Err(CloudError::MaybeDelivered {
                        url: url.to_owned(),
                        reason: error_chain(&error),
                    })
                }
                Ok(response) => {
                    let status = response.status();
                    let retryable =
                        status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if retryable && !last {
                        tracing::warn!(url, attempt, status = status.as_u16(), "retrying");
                    } else {
                        let bytes =
                            response
                                .bytes()
                                .await
                                .map_err(|error| CloudError::MaybeDelivered {
                                    url: url.to_owned(),
                                    reason: error_chain(&error),
                                })?;
                        return answer(status, url, &bytes);
                    }
                }
            }
            (self.retry.pause)(self.retry.delay(attempt)).await;
            attempt += 1;
        }
    }
}

/// A 2xx JSON body, or the decoded error.
fn answer(status: StatusCode, url: &str, bytes: &[u8]) -> Result<Value, CloudError> {
    if status.is_success() {
        return serde_json::from_slice(bytes).map_err(|_| CloudError::UnexpectedResponse {
            status: status.as_u16(),
            url: url.to_owned(),
            snippet: snippet(bytes),
        });
    }
    match graph_error::decode(status.as_u16(), bytes) {
        Some(error) => Err(error.into()),
        None => Err(CloudError::UnexpectedResponse {
            status: status.as_u16(),
            url: url.to_owned(),
            snippet: snippet(bytes),
        }),
    }
}

fn receipt(response: Value, url: &str) -> Result<SendReceipt, CloudError> {
    let message = response.pointer("/messages/0");
    let message_id = message
        .and_then(|m| m.get("id"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| unexpected(200, url, &response))?;
    Ok(SendReceipt {
        message_id,
        wa_id: response
            .pointer("/contacts/0/wa_id")
            .and_then(Value::as_str)
            .map(str::to_owned),
        message_status: message
            .and_then(|m| m.get("message_status"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        response,
    })
}

fn unexpected(status: u16, url: &str, body: &Value) -> CloudError {
    CloudError::UnexpectedResponse {
        status,
        url: url.to_owned(),
        snippet: snippet(body.to_string().as_bytes()),
    }
}

fn snippet(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(300).collect()
}

/// The error and its sources, one line (reqwest's top-level message alone says little).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        out.push_str(": ");
        out.push_str(&inner.to_string());
        source = inner.source();
    }
    out
}

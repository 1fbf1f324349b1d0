//! Account settings: which phone number and business account to use, and where the Graph API
//! lives. No token here, ever: the token is a [`crate::Sensitive`] held apart.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use wabi_store::AccountRow;

/// Meta's Graph API host.
pub const DEFAULT_BASE_URL: &str = "https://graph.facebook.com";
/// The Graph API version used unless changed.
pub const DEFAULT_API_VERSION: &str = "v23.0";

/// Where and as whom to call the Graph API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountSettings {
    /// The business phone number's ID (not the number itself).
    pub phone_number_id: String,
    /// The WhatsApp Business Account ID; needed only to list templates.
    pub waba_id: Option<String>,
    /// Graph API version, e.g. `v23.0`.
    pub api_version: String,
    /// Base URL, `https://graph.facebook.com` unless testing.
    pub base_url: String,
}

impl AccountSettings {
    /// Settings for a phone number ID with the default host and version.
    pub fn for_phone_number(phone_number_id: impl Into<String>) -> Self {
        Self {
            phone_number_id: phone_number_id.into(),
            waba_id: None,
            api_version: DEFAULT_API_VERSION.to_owned(),
            base_url: DEFAULT_BASE_URL.to_owned(),
        }
    }

    /// `{base}/{version}/{path}` with exactly one slash between parts.
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}/{}/{}",
            self.base_url.trim_end_matches('/'),
            self.api_version.trim_matches('/'),
            path.trim_start_matches('/')
        )
    }

    /// The settings as the user typed them, tidied: spaces trimmed, an empty WABA ID is none,
    /// an empty version or base URL the default. The error names the field that is wrong.
    pub fn tidied(self) -> Result<Self, String> {
        let or_default = |text: &str, default: &str| match text.trim() {
            "" => default.to_owned(),
            text => text.to_owned(),
        };
        let settings = Self {
            phone_number_id: self.phone_number_id.trim().to_owned(),
            waba_id: self
                .waba_id
                .map(|id| id.trim().to_owned())
                .filter(|id| !id.is_empty()),
            api_version: or_default(&self.api_version, DEFAULT_API_VERSION),
            base_url: or_default(&self.base_url, DEFAULT_BASE_URL),
        };
        match settings.problem() {
            Some(problem) => Err(problem),
            None => Ok(settings),
        }
    }

    /// What is wrong with the settings, naming the field; `None` when usable.
    pub fn problem(&self) -> Option<String> {
        let id_ok = |id: &str| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit());
        if !id_ok(&self.phone_number_id) {
            return Some(format!(
                "phone number ID {:?} is not a numeric ID: copy it from WhatsApp Manager > API setup",
                self.phone_number_id
            ));
        }
        if let Some(waba) = &self.waba_id {
            if !id_ok(waba) {
                return Some(format!(
                    "WhatsApp Business Account ID {waba:?} is not a numeric ID"
                ));
            }
        }
        if !(self.base_url.starts_with("https://") || self.base_url.starts_with("http://")) {
            return Some(format!(
                "API base URL {:?} must start with https:// (or http:// for a local test server)",
                self.base_url
            ));
        }
        let version = self.api_version.strip_prefix('v').unwrap_or("");
        if version.is_empty() || !version.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Some(format!(
                "API version {:?} should look like {DEFAULT_API_VERSION}",
                self.api_version
            ));
        }
        None
    }
}

impl From<AccountRow> for AccountSettings {
    fn from(row: AccountRow) -> Self {
        Self {
            phone_number_id: row.phone_number_id,
            waba_id: row.waba_id,
            api_version: row.api_version,
            base_url: row.base_url,
        }
    }
}

impl From<AccountSettings> for AccountRow {
    fn from(settings: AccountSettings) -> Self {
        Self {
            phone_number_id: settings.phone_number_id,
            waba_id: settings.waba_id,
            api_version: settings.api_version,
            base_url: settings.base_url,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_joins_base_version_and_path_with_single_slashes() {
        let mut settings = AccountSettings::for_phone_number("123");
        settings.base_url = "http://127.0.0.1:9/".into();
        assert_eq!(
            settings.url("/123/messages"),
            "http://127.0.0.1:9/v23.0/123/messages"
        );
    }

    #[test]
    fn non_numeric_phone_number_id_is_named() {
        let problem = AccountSettings::for_phone_number("+1650")
            .problem()
            .unwrap();
        assert!(problem.contains("phone number ID"));
        assert!(AccountSettings::for_phone_number("1065")
            .problem()
            .is_none());
    }

    #[test]
    fn tidying_trims_and_fills_the_defaults_and_names_a_bad_field() {
        let typed = AccountSettings {
            phone_number_id: " 106540352242922 ".into(),
            waba_id: Some("  ".into()),
            api_version: String::new(),
            base_url: " ".into(),
        };
        let tidied = typed.tidied().expect("usable");
        assert_eq!(tidied, AccountSettings::for_phone_number("106540352242922"));
        let error = AccountSettings::for_phone_number("+1 650")
            .tidied()
            .expect_err("not numeric");
        assert!(error.contains("phone number ID"), "{error}");
    }
}

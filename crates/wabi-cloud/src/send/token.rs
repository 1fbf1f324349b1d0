//! Where a send's access token comes from: a token given for this run first (the app's
//! session-only token, `WABI_ACCESS_TOKEN`), else the keyring entry of the phone number.

use super::SendError;
use crate::client::{GraphClient, DEFAULT_TIMEOUT};
use crate::retry::RetryPolicy;
use crate::sensitive::Sensitive;
use crate::settings::AccountSettings;
use crate::token_store::TokenStore;

/// Where the access token of an account comes from.
pub trait TokenSource {
    /// The token for the phone number `phone_number_id`, or why there is none
    /// ([`SendError::NoToken`] saying where to set one; a keyring failure).
    fn token(&self, phone_number_id: &str) -> Result<Sensitive<String>, SendError>;
}

/// The token lookup of the app and of `wabi`: the token given for this run, else the keyring.
#[derive(Debug, Clone)]
pub struct TokenLookup {
    /// A token given for this run (the app's session-only token, `WABI_ACCESS_TOKEN`); an empty
    /// one counts as none.
    pub given: Option<Sensitive<String>>,
    /// The keyring service the tokens are kept under ([`crate::KEYRING_SERVICE`]).
    pub keyring_service: String,
    /// What the user is told when there is no token: where to set one.
    pub missing: String,
}

impl TokenSource for TokenLookup {
    fn token(&self, phone_number_id: &str) -> Result<Sensitive<String>, SendError> {
        if let Some(token) = self.given.as_ref().filter(|token| !token.is_empty()) {
            return Ok(token.clone());
        }
        TokenStore::with_service(&self.keyring_service, phone_number_id)
            .read()?
            .ok_or_else(|| SendError::NoToken(self.missing.clone()))
    }
}

/// The client of the account `settings` with its token from `tokens` and the standard retry
/// policy.
pub fn account_client(
    settings: AccountSettings,
    tokens: &dyn TokenSource,
) -> Result<GraphClient, SendError> {
    let token = tokens.token(&settings.phone_number_id)?;
    Ok(GraphClient::new(
        settings,
        token,
        RetryPolicy::standard(),
        DEFAULT_TIMEOUT,
    )?)
}

//! The access token in the OS keyring (Secret Service or kernel keyutils on Linux, Keychain on
//! macOS, Credential Manager on Windows): store, read, replace, delete.
//!
//! When no keyring is usable the error is [`CloudError::NoKeyring`], so callers can offer the
//! token for this session only.

use crate::error::CloudError;
use crate::sensitive::Sensitive;

/// The keyring service name of Wabi Studio's entries.
pub const KEYRING_SERVICE: &str = "wabi-studio";

/// The token entry of one account (keyed by phone number ID, or any label).
#[derive(Debug, Clone)]
pub struct TokenStore {
    service: String,
    account: String,
}

impl TokenStore {
    /// The entry for `account` under Wabi Studio's service name.
    pub fn new(account: impl Into<String>) -> Self {
        Self::with_service(KEYRING_SERVICE, account)
    }

    /// The entry for `account` under another service name (tests use their own).
    pub fn with_service(service: impl Into<String>, account: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            account: account.into(),
        }
    }

    fn entry(&self) -> Result<keyring::Entry, CloudError> {
        keyring::Entry::new(&self.service, &self.account).map_err(map_error)
    }

    /// Stores the token, replacing any earlier one.
    pub fn store(&self, token: &Sensitive<String>) -> Result<(), CloudError> {
        self.entry()?
            .set_password(token.expose_to_keyring())
            .map_err(map_error)
    }

    /// Reads the token; `None` when none was stored.
    pub fn read(&self) -> Result<Option<Sensitive<String>>, CloudError> {
        match self.entry()?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(map_error(error)),
        }
    }

    /// Moves this entry's token to `to` (the user corrected the phone number ID), unless `to`
    /// has one already. Keyring trouble leaves both as they are.
    pub fn move_to(&self, to: &TokenStore) {
        if let (Ok(Some(token)), Ok(None)) = (self.read(), to.read()) {
            if to.store(&token).is_ok() {
                let _ = self.delete();
            }
        }
    }

    /// Deletes the token; deleting a missing token is not an error.
    pub fn delete(&self) -> Result<(), CloudError> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(map_error(error)),
        }
    }
}

/// Keyring errors never include the secret; storage absence becomes `NoKeyring`.
fn map_error(error: keyring::Error) -> CloudError {
    match error {
        keyring::Error::NoStorageAccess(inner) => CloudError::NoKeyring(inner.to_string()),
        keyring::Error::PlatformFailure(inner) => CloudError::NoKeyring(inner.to_string()),
        other => CloudError::Keyring(other.to_string()),
    }
}

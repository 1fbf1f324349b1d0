//! What sending a test needs kept: the account settings (never the token), the test recipients
//! with their opt-in, and the send log.
//!
//! Phone numbers are validated as E.164 with the `phonenumber` library and stored normalised
//! (`+16505551234`), so consent is looked up by the same key however the number was typed.
//! Consent: a recipient has it when an opt-in time is recorded and not withdrawn.

use crate::error::{Result, StoreError};
use crate::store::Store;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The account settings as stored (no token column exists).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountRow {
    /// Business phone number ID.
    pub phone_number_id: String,
    /// WhatsApp Business Account ID.
    pub waba_id: Option<String>,
    /// Graph API version.
    pub api_version: String,
    /// API base URL.
    pub base_url: String,
}

/// A test recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Recipient {
    /// E.164 number, e.g. `+16505551234`.
    pub phone: String,
    /// The user's label.
    pub label: String,
    /// When the opt-in was recorded (ms since the epoch); `None` when never.
    pub opted_in_ms: Option<i64>,
    /// When the opt-in was withdrawn; `None` when not.
    pub withdrawn_ms: Option<i64>,
}

impl Recipient {
    /// True when an opt-in is recorded and not withdrawn.
    pub fn has_consent(&self) -> bool {
        self.opted_in_ms.is_some() && self.withdrawn_ms.is_none()
    }
}

/// How a send attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SendOutcome {
    /// Meta accepted the message.
    Sent,
    /// Meta (or the network) refused or failed it.
    Failed,
    /// Refused before any HTTP request (no consent, bad values).
    Refused,
}

impl SendOutcome {
    fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::Refused => "refused",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "sent" => Self::Sent,
            "refused" => Self::Refused,
            _ => Self::Failed,
        }
    }
}

/// One row of the send log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendLogEntry {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// When (ms since the epoch; filled in by the store).
    pub at_ms: i64,
    /// E.164 recipient.
    pub recipient: String,
    /// `template` or `proof`.
    pub mode: String,
    /// The draft sent, when it came from the library.
    pub draft_id: Option<i64>,
    /// Its revision.
    pub revision_id: Option<i64>,
    /// The JSON request body (no token: the token is only ever in a header).
    pub request_body: String,
    /// How it ended.
    pub outcome: SendOutcome,
    /// The response JSON, or the decoded error.
    pub response: Option<String>,
    /// The `wamid.…` id when sent.
    pub message_id: Option<String>,
}

/// Validates `input` as an international phone number and returns it as E.164; the error says
/// what to type.
pub fn normalise_phone(input: &str) -> Result<String> {
    let invalid = |reason: &str| StoreError::InvalidPhone {
        phone: input.to_owned(),
        reason: reason.to_owned(),
    };
    if !input.trim_start().starts_with('+') {
        return Err(invalid(
            "start with + and the country code, e.g. +16505551234",
        ));
    }
    let number = phonenumber::parse(None, input)
        .map_err(|error| invalid(&format!("not a phone number ({error})")))?;
    if !phonenumber::is_valid(&number) {
        return Err(invalid("not a valid number for its country code"));
    }
    Ok(number.format().mode(phonenumber::Mode::E164).to_string())
}

impl Store {
    /// Saves the account settings (replacing earlier ones).
    pub fn save_account(&self, account: &AccountRow) -> Result<()> {
        self.conn.execute(
            "INSERT INTO account_settings (id, phone_number_id, waba_id, api_version, base_url, updated_ms)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET phone_number_id = ?1, waba_id = ?2, api_version = ?3,
               base_url = ?4, updated_ms = ?5",
            params![
                account.phone_number_id,
                account.waba_id,
                account.api_version,
                account.base_url,
                self.clock.now_ms()
            ],
        )?;
        Ok(())
    }

    /// The account settings, or `None` when not set up yet.
    pub fn account(&self) -> Result<Option<AccountRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT phone_number_id, waba_id, api_version, base_url FROM account_settings WHERE id = 1",
                [],
                |row| {
                    Ok(AccountRow {
                        phone_number_id: row.get(0)?,
                        waba_id: row.get(1)?,
                        api_version: row.get(2)?,
                        base_url: row.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Adds (or updates the label of) a test recipient; with `opt_in`, records the opt-in now
    /// (clearing an earlier withdrawal). Returns the stored recipient.
    pub fn add_recipient(&self, phone: &str, label: &str, opt_in: bool) -> Result<Recipient> {
        let phone = normalise_phone(phone)?;
        let now = self.clock.now_ms();
        self.conn.execute(
            "INSERT INTO test_recipients (phone, label, added_ms) VALUES (?1, ?2, ?3)
             ON CONFLICT (phone) DO UPDATE SET label = CASE WHEN ?2 = '' THEN label ELSE ?2 END",
            params![phone, label, now],
        )?;
        if opt_in {
            self.conn.execute(
                "UPDATE test_recipients SET opted_in_ms = ?2, withdrawn_ms = NULL WHERE phone = ?1",
                params![phone, now],
            )?;
        }
        self.recipient(&phone)?.ok_or(StoreError::InvalidPhone {
            phone,
            reason: "was not stored".into(),
        })
    }

    /// Withdraws the opt-in of a recipient; `None` when the number is not a recipient.
    pub fn withdraw_opt_in(&self, phone: &str) -> Result<Option<Recipient>> {
        let phone = normalise_phone(phone)?;
        self.conn.execute(
            "UPDATE test_recipients SET withdrawn_ms = ?2 WHERE phone = ?1 AND withdrawn_ms IS NULL",
            params![phone, self.clock.now_ms()],
        )?;
        self.recipient(&phone)
    }

    /// One recipient by number (any format `normalise_phone` accepts).
    pub fn recipient(&self, phone: &str) -> Result<Option<Recipient>> {
        let phone = normalise_phone(phone)?;
        Ok(self
            .conn
            .query_row(
                "SELECT phone, label, opted_in_ms, withdrawn_ms FROM test_recipients WHERE phone = ?1",
                [phone],
                recipient_row,
            )
            .optional()?)
    }

    /// Every recipient, by number.
    pub fn recipients(&self) -> Result<Vec<Recipient>> {
        let mut statement = self.conn.prepare(
            "SELECT phone, label, opted_in_ms, withdrawn_ms FROM test_recipients ORDER BY phone",
        )?;
        let rows = statement.query_map([], recipient_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a send attempt (its time is now); returns the row id.
    pub fn log_send(&self, entry: &SendLogEntry) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO send_log (at_ms, recipient, mode, draft_id, revision_id, request_body,
               outcome, response, message_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                self.clock.now_ms(),
                entry.recipient,
                entry.mode,
                entry.draft_id,
                entry.revision_id,
                entry.request_body,
                entry.outcome.as_str(),
                entry.response,
                entry.message_id
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The send log, newest first, optionally only one outcome.
    pub fn send_log(&self, outcome: Option<SendOutcome>) -> Result<Vec<SendLogEntry>> {
        let mut statement = self.conn.prepare(
            "SELECT id, at_ms, recipient, mode, draft_id, revision_id, request_body, outcome,
               response, message_id FROM send_log
             WHERE ?1 IS NULL OR outcome = ?1 ORDER BY at_ms DESC, id DESC",
        )?;
        let rows = statement.query_map([outcome.map(SendOutcome::as_str)], |row| {
            let outcome: String = row.get(7)?;
            Ok(SendLogEntry {
                id: row.get(0)?,
                at_ms: row.get(1)?,
                recipient: row.get(2)?,
                mode: row.get(3)?,
                draft_id: row.get(4)?,
                revision_id: row.get(5)?,
                request_body: row.get(6)?,
                outcome: SendOutcome::parse(&outcome),
                response: row.get(8)?,
                message_id: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn recipient_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Recipient> {
    Ok(Recipient {
        phone: row.get(0)?,
        label: row.get(1)?,
        opted_in_ms: row.get(2)?,
        withdrawn_ms: row.get(3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_numbers_are_normalised_and_bad_ones_named() {
        assert_eq!(
            normalise_phone("+1 (650) 555-1234").unwrap(),
            "+16505551234"
        );
        let error = normalise_phone("6505551234").unwrap_err().to_string();
        assert!(
            error.contains("6505551234") && error.contains("+"),
            "{error}"
        );
        assert!(normalise_phone("+1 000").is_err());
        assert!(normalise_phone("").is_err());
    }
}

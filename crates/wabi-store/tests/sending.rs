//! Account settings, test recipients with consent, and the send log, on a real SQLite file.

use rusqlite::Connection;
use wabi_store::migrate::migration_sql;
use wabi_store::{
    database_path, AccountRow, ManualClock, SendLogEntry, SendOutcome, Store, LATEST_VERSION,
};

const T0: i64 = 1_760_000_000_000;

fn open() -> (tempfile::TempDir, Store, ManualClock) {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(T0);
    let (store, _) = Store::open_with_clock(dir.path(), clock.clone()).unwrap();
    (dir, store, clock)
}

#[test]
fn recipient_added_with_opt_in_has_consent_and_its_time() {
    let (_dir, store, _) = open();
    let recipient = store
        .add_recipient("+1 650-555-1234", "my phone", true)
        .unwrap();
    assert_eq!(recipient.phone, "+16505551234");
    assert_eq!(recipient.opted_in_ms, Some(T0));
    assert!(recipient.has_consent());
}

#[test]
fn recipient_without_opt_in_has_no_consent() {
    let (_dir, store, _) = open();
    let recipient = store.add_recipient("+447911123456", "", false).unwrap();
    assert!(!recipient.has_consent());
    assert_eq!(store.recipients().unwrap().len(), 1);
}

#[test]
fn withdrawn_opt_in_removes_consent_and_a_new_opt_in_restores_it() {
    let (_dir, store, clock) = open();
    store.add_recipient("+16505551234", "", true).unwrap();
    clock.advance(1000);
    let withdrawn = store.withdraw_opt_in("+16505551234").unwrap().unwrap();
    assert_eq!(withdrawn.withdrawn_ms, Some(T0 + 1000));
    assert!(!withdrawn.has_consent());
    clock.advance(1000);
    let again = store.add_recipient("+16505551234", "", true).unwrap();
    assert!(again.has_consent());
    assert_eq!(again.opted_in_ms, Some(T0 + 2000));
}

#[test]
fn number_without_plus_is_refused_naming_it() {
    let (_dir, store, _) = open();
    let error = store
        .add_recipient("6505551234", "", true)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("6505551234") && error.contains("country code"),
        "{error}"
    );
    assert!(store.recipients().unwrap().is_empty());
}

#[test]
fn account_settings_round_trip() {
    let (_dir, store, _) = open();
    assert_eq!(store.account().unwrap(), None);
    let account = AccountRow {
        phone_number_id: "106540352242922".into(),
        waba_id: Some("102290129340398".into()),
        api_version: "v23.0".into(),
        base_url: "https://graph.facebook.com".into(),
    };
    store.save_account(&account).unwrap();
    assert_eq!(store.account().unwrap(), Some(account));
}

#[test]
fn send_log_lists_newest_first_and_filters_by_outcome() {
    let (_dir, store, clock) = open();
    let entry = |outcome, id: Option<&str>| SendLogEntry {
        id: 0,
        at_ms: 0,
        recipient: "+16505551234".into(),
        mode: "template".into(),
        draft_id: Some(3),
        revision_id: Some(7),
        request_body: r#"{"to":"+16505551234"}"#.into(),
        outcome,
        response: None,
        message_id: id.map(str::to_owned),
    };
    store
        .log_send(&entry(SendOutcome::Sent, Some("wamid.A")))
        .unwrap();
    clock.advance(10);
    store.log_send(&entry(SendOutcome::Failed, None)).unwrap();
    let all = store.send_log(None).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].outcome, SendOutcome::Failed);
    assert_eq!(all[1].at_ms, T0);
    let sent = store.send_log(Some(SendOutcome::Sent)).unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].message_id.as_deref(), Some("wamid.A"));
    assert_eq!(sent[0].draft_id, Some(3));
}

#[test]
fn schema_2_database_upgrades_to_sending_tables() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = Connection::open(database_path(dir.path())).unwrap();
        conn.execute_batch(migration_sql(1).unwrap()).unwrap();
        conn.execute_batch(migration_sql(2).unwrap()).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
    }
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.migrated_from, Some(2));
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    store.add_recipient("+16505551234", "", true).unwrap();
}

#[test]
fn account_table_has_no_token_column() {
    let (dir, store, _) = open();
    drop(store);
    let conn = Connection::open(database_path(dir.path())).unwrap();
    let mut statement = conn
        .prepare("SELECT name FROM pragma_table_info('account_settings')")
        .unwrap();
    let columns: Vec<String> = statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(columns.iter().all(|c| !c.contains("token")), "{columns:?}");
}

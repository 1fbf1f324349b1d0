//! Versioned, forward-only schema migrations, kept as embedded SQL files.
//!
//! The schema version is SQLite's `user_version`. Each migration runs once, in order, inside
//! one `BEGIN IMMEDIATE` transaction together with the version bump, so two processes opening
//! an old file at the same time cannot both migrate it. A step may carry Rust code after its SQL
//! (schema 2 fills the search index from existing drafts). The copy kept before migrating is
//! made by the opener (see `open`), which also refuses files newer than [`LATEST_VERSION`].

use crate::text::searchable_text;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};

/// One schema step.
struct Migration {
    /// The version the database has after this step.
    version: i64,
    /// The SQL of the step.
    sql: &'static str,
    /// Rust code run after the SQL, in the same transaction.
    then: Option<fn(&Transaction<'_>) -> rusqlite::Result<()>>,
}

/// Every migration, in order. Append only: never edit a released step.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: include_str!("migrations/0001_drafts.sql"),
        then: None,
    },
    Migration {
        version: 2,
        sql: include_str!("migrations/0002_search.sql"),
        then: Some(index_existing_drafts),
    },
    Migration {
        version: 3,
        sql: include_str!("migrations/0003_sending.sql"),
        then: None,
    },
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = 3;

/// The SQL of schema step `version` as released (for tests that build old databases).
pub fn migration_sql(version: i64) -> Option<&'static str> {
    MIGRATIONS
        .iter()
        .find(|m| m.version == version)
        .map(|m| m.sql)
}

/// The database's schema version.
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Brings the schema to [`LATEST_VERSION`]; returns the version found inside the transaction.
/// The caller has already checked that the file is not newer than this build.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<i64> {
    // Up to date (the usual case): no write lock taken, so opening never waits for a writer.
    let before = schema_version(conn)?;
    if before >= LATEST_VERSION {
        return Ok(before);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = schema_version(&tx)?;
    for step in MIGRATIONS.iter().filter(|m| m.version > found) {
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", step.version)?;
    }
    tx.commit()?;
    Ok(found)
}

/// Schema 2: puts every existing draft into the search index.
fn index_existing_drafts(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut read = tx.prepare("SELECT id, name, document FROM drafts")?;
    let mut write =
        tx.prepare("INSERT INTO drafts_search (rowid, name, content) VALUES (?1, ?2, ?3)")?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let name: String = row.get(1)?;
        let document: String = row.get(2)?;
        // A document that no longer parses is still findable by name.
        let content = serde_json::from_str(&document)
            .map(|doc| searchable_text(&doc))
            .unwrap_or_default();
        write.execute(params![id, name, content])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_consecutive_and_end_at_latest() {
        for (i, step) in MIGRATIONS.iter().enumerate() {
            assert_eq!(step.version, i as i64 + 1);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(LATEST_VERSION));
    }

    #[test]
    fn empty_database_migrates_to_latest_and_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), 0);
        assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION);
        assert_eq!(migrate(&mut conn).unwrap(), LATEST_VERSION);
    }
}

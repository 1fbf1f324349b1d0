//! The store handle: one SQLite connection set up for safety, and the plumbing every operation
//! shares (error meaning, change polling, integrity check).
//!
//! The connection runs in WAL mode with `synchronous=FULL` (a save reported as done survives a
//! power cut), a busy timeout (the app and `wabi` may write at the same time) and foreign keys
//! on. `Store` owns its connection and is `Send`; the desktop shell wraps it in a mutex and
//! calls it from blocking tasks. Opening a file, with its fault handling, is in `open`.

use crate::clock::Clock;
use crate::error::{Result, StoreError};
use crate::migrate;
use rusqlite::{Connection, ErrorCode};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a write waits for another process's write to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The drafts library.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) clock: Box<dyn Clock>,
    /// The database file; `None` for an in-memory store.
    pub(crate) path: Option<PathBuf>,
    last_data_version: Option<i64>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// A store in memory, for tests: same schema and behaviour, nothing on disk.
    pub fn in_memory(clock: impl Clock + 'static) -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate::migrate(&mut conn)?;
        Ok(Self::from_parts(conn, Box::new(clock), None))
    }

    pub(crate) fn from_parts(
        conn: Connection,
        clock: Box<dyn Clock>,
        path: Option<PathBuf>,
    ) -> Self {
        Self {
            conn,
            clock,
            path,
            last_data_version: None,
        }
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// How long a write waits for another program's write before failing with
    /// [`StoreError::Busy`] ([`BUSY_TIMEOUT`] unless changed).
    pub fn set_busy_timeout(&mut self, timeout: Duration) -> Result<()> {
        self.conn
            .busy_timeout(timeout)
            .map_err(|e| self.classify(e.into()))
    }

    /// The current time of the store's clock.
    pub(crate) fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    /// SQLite's `data_version`: changes whenever another connection (another process, such as
    /// `wabi`, or another handle in this one) commits to the database. Cheap; poll it.
    pub fn data_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))
            .map_err(|e| self.classify(e.into()))
    }

    /// Whether another connection changed the database since the previous call (the first call
    /// answers `false` and starts watching). The app polls this to refresh its list.
    pub fn changed_since_last_poll(&mut self) -> Result<bool> {
        let now = self.data_version()?;
        let changed = self.last_data_version.is_some_and(|before| before != now);
        self.last_data_version = Some(now);
        Ok(changed)
    }

    /// Copies saved work from the write-ahead log into the database file, without waiting for
    /// readers (a passive checkpoint). Saves leave this to later so they stay fast; the app
    /// calls it when the user pauses (e.g. a few seconds after the last autosave), and closing
    /// the last connection does it too. Safe to call at any time.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
            .map_err(|e| self.classify(e.into()))
    }

    /// Runs SQLite's full `integrity_check`; returns its lines (`["ok"]` when all is well).
    /// Slow on big libraries: for a "check library" action, not for every start.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let run = || -> rusqlite::Result<Vec<String>> {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            let lines = stmt.query_map([], |row| row.get(0))?;
            lines.collect()
        };
        run().map_err(|e| self.classify(e.into()))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        migrate::schema_version(&self.conn).map_err(|e| self.classify(e.into()))
    }

    /// Gives a raw database error its meaning for the user (disk full, read-only, damaged).
    /// Damage found while working is remembered in a marker file beside the database, so the
    /// next open moves the file aside even when its first pages read fine.
    pub(crate) fn classify(&self, err: StoreError) -> StoreError {
        let Some(path) = &self.path else {
            return classify(err, Path::new(":memory:"));
        };
        let err = classify(err, path);
        if matches!(err, StoreError::Corrupt { .. }) {
            // Best effort: if even this fails, the error itself still tells the user.
            let _ = std::fs::write(damage_marker(path), b"SQLite reported damage\n");
        }
        err
    }
}

/// The file that marks the database at `path` as found damaged while working.
pub(crate) fn damage_marker(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".damaged");
    PathBuf::from(name)
}

/// Gives a raw database error its meaning for the user, naming `path`.
pub(crate) fn classify(err: StoreError, path: &Path) -> StoreError {
    let StoreError::Database(e) = err else {
        return err;
    };
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::DiskFull {
            path: path.to_owned(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            StoreError::ReadOnly {
                path: path.to_owned(),
            }
        }
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
            path: path.to_owned(),
        },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_owned(),
        },
        _ => StoreError::Database(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn assert_send<T: Send>() {}

    #[test]
    fn store_is_send() {
        assert_send::<Store>();
    }

    fn sqlite_error(code: i32) -> StoreError {
        StoreError::Database(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ))
    }

    #[test]
    fn sqlite_failures_get_their_meaning_for_the_user() {
        let path = Path::new("/data/wabi.sqlite3");
        let meaning = |code| classify(sqlite_error(code), path);
        assert!(matches!(
            meaning(rusqlite::ffi::SQLITE_FULL),
            StoreError::DiskFull { .. }
        ));
        for code in [
            rusqlite::ffi::SQLITE_READONLY,
            rusqlite::ffi::SQLITE_CANTOPEN,
            rusqlite::ffi::SQLITE_PERM,
        ] {
            assert!(
                matches!(meaning(code), StoreError::ReadOnly { .. }),
                "{code}"
            );
        }
        for code in [rusqlite::ffi::SQLITE_CORRUPT, rusqlite::ffi::SQLITE_NOTADB] {
            assert!(
                matches!(meaning(code), StoreError::Corrupt { .. }),
                "{code}"
            );
        }
        for code in [rusqlite::ffi::SQLITE_BUSY, rusqlite::ffi::SQLITE_LOCKED] {
            assert!(matches!(meaning(code), StoreError::Busy { .. }), "{code}");
        }
        assert!(matches!(
            meaning(rusqlite::ffi::SQLITE_IOERR),
            StoreError::Database(_)
        ));
    }

    #[test]
    fn in_memory_store_is_at_latest_schema() {
        let store = Store::in_memory(ManualClock::new(0)).unwrap();
        assert_eq!(store.schema_version().unwrap(), migrate::LATEST_VERSION);
        assert_eq!(store.integrity_check().unwrap(), vec!["ok".to_owned()]);
    }
}

//! Opening the library file, and what happens when the file is bad.
//!
//! The app must always start. A database file that SQLite says is damaged, or that a newer
//! Wabi Studio wrote (schema version above [`LATEST_VERSION`]), is moved aside with a timestamp
//! (its `-wal` and `-shm` companions with it) and a fresh library is opened; the [`OpenReport`]
//! says so in plain words and offers the copy kept before the last migration, if any. Before a
//! migration runs, a copy of the file is written beside it (`VACUUM INTO`).
//!
//! Damage is detected where SQLite reports it while opening (file header, schema). Damage deep
//! inside the file surfaces later, while working, as [`StoreError::Corrupt`]; the store then
//! leaves a `wabi.sqlite3.damaged` marker so the next open treats the file as damaged. A full
//! scan is [`Store::integrity_check`], too slow for every start.

use crate::clock::{format_file_stamp, Clock, SystemClock};
use crate::error::{Result, StoreError};
use crate::migrate::{self, LATEST_VERSION};
use crate::paths::{database_path, DATABASE_FILE};
use crate::store::{classify, damage_marker, Store, BUSY_TIMEOUT};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What was wrong with the database file found at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum OpenProblem {
    /// SQLite found the file damaged (or it is not a database at all).
    Damaged,
    /// A newer version of Wabi Studio wrote the file; this version cannot read it.
    NewerVersion {
        /// The file's schema version.
        #[ts(type = "number")]
        found: i64,
        /// The newest schema version this build reads.
        #[ts(type = "number")]
        supported: i64,
    },
}

/// What happened while opening the library, for the app to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenReport {
    /// The database file now open.
    pub database: PathBuf,
    /// The problem found with the previous file, if any (a fresh library was started).
    pub problem: Option<OpenProblem>,
    /// Where the bad file was moved.
    pub moved_aside: Option<PathBuf>,
    /// The schema version the file was migrated from, when a migration ran.
    #[ts(type = "number | null")]
    pub migrated_from: Option<i64>,
    /// The copy made before the migration that just ran, or (after a problem) the newest copy
    /// kept before an earlier migration, which the user may go back to with
    /// [`replace_with_copy`].
    pub backup: Option<PathBuf>,
    /// Drafts removed from the trash for being there more than 30 days.
    pub trash_emptied: usize,
}

impl OpenReport {
    /// The notice to show the user, in plain words; `None` when there is nothing to say.
    pub fn notice(&self) -> Option<String> {
        let aside = self
            .moved_aside
            .as_ref()
            .map(|p| format!(" It was moved to {} and", p.display()))
            .unwrap_or_default();
        let offer = self
            .backup
            .as_ref()
            .map(|p| {
                format!(
                    " A copy kept before an earlier upgrade exists: {}; you can go back to it.",
                    p.display()
                )
            })
            .unwrap_or_default();
        match &self.problem {
            Some(OpenProblem::Damaged) => Some(format!(
                "Your drafts library was damaged and could not be opened.{aside} a fresh, empty \
                 library was started.{offer}"
            )),
            Some(OpenProblem::NewerVersion { found, supported }) => Some(format!(
                "Your drafts library was saved by a newer version of Wabi Studio (format \
                 {found}; this version reads up to {supported}). Update Wabi Studio to use it.\
                 {aside} a fresh, empty library was started.{offer}"
            )),
            None => self.migrated_from.map(|from| {
                format!("Your drafts library was upgraded from format {from} to {LATEST_VERSION}.")
            }),
        }
    }
}

/// Why a file could not be opened as it is.
enum Fault {
    Damaged,
    Newer(i64),
    Other(StoreError),
}

impl From<rusqlite::Error> for Fault {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Fault::Damaged,
            _ => Fault::Other(StoreError::Database(e)),
        }
    }
}

impl Store {
    /// Opens (or creates) the library `wabi.sqlite3` in `data_dir`, creating the folder if
    /// needed, with the computer's clock.
    pub fn open(data_dir: &Path) -> Result<(Store, OpenReport)> {
        Self::open_with_clock(data_dir, SystemClock)
    }

    /// [`Store::open`] with a given clock.
    ///
    /// Never fails for a damaged or too-new file (see the module doc); fails with
    /// [`StoreError::ReadOnly`] when the folder cannot be written, and with
    /// [`StoreError::DiskFull`] when the disk is full.
    pub fn open_with_clock(
        data_dir: &Path,
        clock: impl Clock + 'static,
    ) -> Result<(Store, OpenReport)> {
        std::fs::create_dir_all(data_dir).map_err(|e| io_error("cannot create", data_dir, e))?;
        let path = database_path(data_dir);
        let now = clock.now_ms();
        let marker = damage_marker(&path);
        let opened = if marker.exists() {
            Err(Fault::Damaged)
        } else {
            open_file(&path, now)
        };
        let (conn, mut report) = match opened {
            Ok(opened) => opened,
            Err(Fault::Other(err)) => return Err(classify(err, &path)),
            Err(fault) => {
                let (problem, label) = match fault {
                    Fault::Newer(found) => (
                        OpenProblem::NewerVersion {
                            found,
                            supported: LATEST_VERSION,
                        },
                        format!("newer-v{found}"),
                    ),
                    _ => (OpenProblem::Damaged, "damaged".to_owned()),
                };
                let moved = move_aside(&path, &label, now)?;
                if marker.exists() {
                    std::fs::remove_file(&marker)
                        .map_err(|e| io_error("cannot remove", &marker, e))?;
                }
                let (conn, _) = match open_file(&path, now) {
                    Ok(opened) => opened,
                    Err(Fault::Other(err)) => return Err(classify(err, &path)),
                    // A file just created by us cannot be damaged or newer; say so if it is.
                    Err(_) => return Err(StoreError::Corrupt { path }),
                };
                let report = OpenReport {
                    database: path.clone(),
                    problem: Some(problem),
                    moved_aside: Some(moved),
                    migrated_from: None,
                    backup: newest_backup(data_dir),
                    trash_emptied: 0,
                };
                (conn, report)
            }
        };
        let mut store = Store::from_parts(conn, Box::new(clock), Some(path));
        // Emptying the trash can wait for a later start if another program is writing now:
        // the app must start even while `wabi` imports a big file.
        report.trash_emptied = match store.empty_old_trash() {
            Err(StoreError::Busy { .. }) => 0,
            other => other?,
        };
        Ok((store, report))
    }
}

/// Opens `path`, checks its version, keeps a copy and migrates if it is older.
fn open_file(path: &Path, now: i64) -> Result<(Connection, OpenReport), Fault> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Reading the header first: a file that is not a database fails here.
    let found = migrate::schema_version(&conn)?;
    if found > LATEST_VERSION {
        return Err(Fault::Newer(found));
    }
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Fault::Other(StoreError::ReadOnly {
            path: path.to_owned(),
        }));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Checkpoints copy the WAL into the file and flush it: slow. Done by `Store::checkpoint`
    // when the app is idle, and on close; a save checkpoints only past this many pages.
    conn.pragma_update(None, "wal_autocheckpoint", WAL_AUTOCHECKPOINT_PAGES)?;
    // Reading the schema: a damaged schema page fails here.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
        row.get::<_, i64>(0)
    })?;
    let mut backup = None;
    if found > 0 && found < LATEST_VERSION {
        backup = Some(keep_copy(&conn, path, found, now)?);
    }
    let from = migrate::migrate(&mut conn)?;
    let migrated = from < LATEST_VERSION && from > 0;
    let report = OpenReport {
        database: path.to_owned(),
        problem: None,
        moved_aside: None,
        migrated_from: migrated.then_some(from),
        backup: if migrated { backup } else { None },
        trash_emptied: 0,
    };
    Ok((conn, report))
}

/// WAL size (pages of 4 KiB) past which a save runs a checkpoint itself: about 40 MB.
const WAL_AUTOCHECKPOINT_PAGES: i64 = 10_000;

/// Prefix of the copies kept before migrations.
const BACKUP_PREFIX: &str = "wabi.sqlite3.pre-migration-v";

/// Writes a consistent copy of the database beside it before migrating from `version`.
fn keep_copy(conn: &Connection, path: &Path, version: i64, now: i64) -> Result<PathBuf, Fault> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let target = free_name(
        dir,
        &format!("{BACKUP_PREFIX}{version}-{}", format_file_stamp(now)),
    );
    let target_text = target.to_string_lossy().into_owned();
    conn.execute("VACUUM INTO ?1", [target_text])?;
    Ok(target)
}

/// The newest copy kept before a migration in `dir`, if any (names sort by version and time).
fn newest_backup(dir: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(BACKUP_PREFIX)
        })
        .map(|entry| entry.path())
        .max()
}

/// `dir/base`, or `dir/base-2`, `-3`, ... if taken.
fn free_name(dir: &Path, base: &str) -> PathBuf {
    let mut candidate = dir.join(base);
    let mut n = 2;
    while candidate.exists() || sibling(&candidate, "-wal").exists() {
        candidate = dir.join(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Moves the database file and its `-wal`/`-shm` files to `wabi.sqlite3.<label>-<stamp>`.
fn move_aside(path: &Path, label: &str, now: i64) -> Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let target = free_name(
        dir,
        &format!("{DATABASE_FILE}.{label}-{}", format_file_stamp(now)),
    );
    std::fs::rename(path, &target).map_err(|e| io_error("cannot move aside", path, e))?;
    for suffix in ["-wal", "-shm"] {
        let companion = sibling(path, suffix);
        if companion.exists() {
            std::fs::rename(&companion, sibling(&target, suffix))
                .map_err(|e| io_error("cannot move aside", &companion, e))?;
        }
    }
    Ok(target)
}

/// Replaces the library file in `data_dir` with `copy` (e.g. the report's backup): the current
/// file is first moved aside with a timestamp, so nothing is lost. Call it with no [`Store`]
/// open on `data_dir`, then open the store again (it migrates the copy). Returns where the
/// replaced file went, if there was one.
pub fn replace_with_copy(
    data_dir: &Path,
    copy: &Path,
    clock: &dyn Clock,
) -> Result<Option<PathBuf>> {
    let path = database_path(data_dir);
    if !copy.is_file() {
        return Err(io_error(
            "cannot use the copy",
            copy,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        ));
    }
    let moved = if path.exists() {
        Some(move_aside(&path, "replaced", clock.now_ms())?)
    } else {
        None
    };
    std::fs::copy(copy, &path).map_err(|e| io_error("cannot copy to", &path, e))?;
    Ok(moved)
}

/// An I/O error with its file; permission problems become [`StoreError::ReadOnly`].
fn io_error(action: &'static str, path: &Path, source: std::io::Error) -> StoreError {
    use std::io::ErrorKind;
    match source.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StoreError::ReadOnly {
            path: path.to_owned(),
        },
        ErrorKind::StorageFull => StoreError::DiskFull {
            path: path.to_owned(),
        },
        _ => StoreError::Io {
            action,
            path: path.to_owned(),
            source,
        },
    }
}

//! Bad files and bad places: damaged and too-new databases, migrations from every earlier
//! schema, read-only folders, a full disk, and two processes on one file.

use rusqlite::Connection;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use wabi_store::{
    database_path, migrate::migration_sql, replace_with_copy, ListQuery, ManualClock, NewDraft,
    OpenProblem, SaveKind, Starter, Store, StoreError, LATEST_VERSION,
};

const T0: i64 = 1_795_515_300_000;

fn new(name: &str) -> NewDraft {
    NewDraft {
        name: name.into(),
        language: "en_US".into(),
        category: None,
        starter: Starter::Blank,
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A database as schema 1 wrote it, holding one draft with a body text.
fn write_v1_database(path: &Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(migration_sql(1).unwrap()).unwrap();
    let doc = json!({"name":"legacy_offer","language":"en_US","category":"MARKETING",
                     "components":[{"type":"BODY","text":"Pumpkin spice is back"}]});
    conn.execute(
        "INSERT INTO drafts (name, language, category, document, created_ms, updated_ms) \
         VALUES ('legacy_offer', 'en_US', 'MARKETING', ?1, 1, 1)",
        [doc.to_string()],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO revisions (draft_id, document, kind, started_ms, saved_ms) \
         VALUES (1, ?1, 'explicit', 1, 1)",
        [doc.to_string()],
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
}

#[test]
fn fresh_folder_gets_a_latest_schema_database_without_backup() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nested/data");
    let (store, report) = Store::open_with_clock(&data, ManualClock::new(T0)).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(report.problem, None);
    assert_eq!(report.migrated_from, None);
    assert_eq!(report.backup, None);
    assert_eq!(report.notice(), None);
    assert_eq!(report.database, database_path(&data));
    let mode: String = Connection::open(database_path(&data))
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn schema_1_database_upgrades_keeping_drafts_and_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    write_v1_database(&database_path(dir.path()));
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.migrated_from, Some(1));
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let backup = report
        .backup
        .clone()
        .expect("a copy is kept before migrating");
    assert!(backup
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("wabi.sqlite3.pre-migration-v1-20261124T101500Z"));
    let copy = Connection::open(&backup).unwrap();
    let version: i64 = copy
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let drafts: i64 = copy
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(drafts, 1);
    // The old draft is still there and is now found by its text.
    let found = store
        .list(&ListQuery {
            search: Some("pumpkin".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "legacy_offer");
    assert!(report.notice().unwrap().contains("upgraded from format 1"));
}

#[test]
fn upgraded_database_opens_again_without_a_second_migration() {
    let dir = tempfile::tempdir().unwrap();
    write_v1_database(&database_path(dir.path()));
    drop(Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap());
    let (_, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0 + 1000)).unwrap();
    assert_eq!(report.migrated_from, None);
    assert_eq!(report.backup, None);
}

#[test]
fn garbage_file_is_moved_aside_and_a_fresh_library_starts() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_path(dir.path());
    std::fs::write(
        &path,
        b"this is not a database, just some bytes".repeat(200),
    )
    .unwrap();
    std::fs::write(dir.path().join("wabi.sqlite3-wal"), b"stale").unwrap();
    let (mut store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.problem, Some(OpenProblem::Damaged));
    let moved = report.moved_aside.clone().unwrap();
    assert_eq!(
        moved,
        dir.path().join("wabi.sqlite3.damaged-20261124T101500Z")
    );
    assert!(std::fs::read(&moved)
        .unwrap()
        .starts_with(b"this is not a database"));
    // The stale WAL did not follow into the fresh library (SQLite drops an invalid WAL, or it
    // was moved aside with the damaged file).
    assert_ne!(
        std::fs::read(dir.path().join("wabi.sqlite3-wal")).ok(),
        Some(b"stale".to_vec())
    );
    let notice = report.notice().unwrap();
    assert!(
        notice.contains("damaged") && notice.contains("fresh"),
        "{notice}"
    );
    // The fresh library works.
    store.create(&new("after_crash")).unwrap();
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 1);
}

#[test]
fn database_with_damaged_schema_page_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut store, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
        store.create(&new("a")).unwrap();
    }
    let path = database_path(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    // Keep the 100-byte file header, smash the schema page's b-tree header and cells.
    for b in bytes.iter_mut().take(4096).skip(100) {
        *b = 0xA5;
    }
    std::fs::write(&path, bytes).unwrap();
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.problem, Some(OpenProblem::Damaged));
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
}

#[test]
fn database_from_a_newer_version_is_moved_aside_and_the_old_copy_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_path(dir.path());
    // An earlier upgrade left a copy; then a newer app wrote schema 99.
    write_v1_database(&path);
    let (_, first) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    let copy = first.backup.unwrap();
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let (store, report) =
        Store::open_with_clock(dir.path(), ManualClock::new(T0 + 60_000)).unwrap();
    assert_eq!(
        report.problem,
        Some(OpenProblem::NewerVersion {
            found: 99,
            supported: LATEST_VERSION
        })
    );
    assert_eq!(
        report.moved_aside,
        Some(dir.path().join("wabi.sqlite3.newer-v99-20261124T101600Z"))
    );
    assert_eq!(report.backup, Some(copy.clone()));
    let notice = report.notice().unwrap();
    assert!(
        notice.contains("newer version") && notice.contains("go back"),
        "{notice}"
    );
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
    drop(store);

    // The user takes the offered copy: it replaces the fresh file and is upgraded again.
    let replaced = replace_with_copy(dir.path(), &copy, &ManualClock::new(T0 + 120_000)).unwrap();
    assert!(replaced.unwrap().exists());
    let (store, report) =
        Store::open_with_clock(dir.path(), ManualClock::new(T0 + 180_000)).unwrap();
    assert_eq!(report.migrated_from, Some(1));
    assert_eq!(
        store.list(&ListQuery::default()).unwrap()[0].name,
        "legacy_offer"
    );
}

#[test]
fn replacing_with_a_missing_copy_fails_and_keeps_the_library() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap());
    let before = names_in(dir.path());
    assert!(
        replace_with_copy(dir.path(), &dir.path().join("nope"), &ManualClock::new(T0)).is_err()
    );
    assert_eq!(names_in(dir.path()), before);
}

/// Makes a folder unwritable, even for root (chmod, then `chattr +i` when chmod is not
/// enough); undoes it on drop. `None` when this machine cannot make a folder read-only.
struct ReadOnlyDir {
    path: PathBuf,
    immutable: bool,
}

impl ReadOnlyDir {
    fn new(path: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o555)).unwrap();
        let mut guard = ReadOnlyDir {
            path: path.to_owned(),
            immutable: false,
        };
        if !guard.writable() {
            return Some(guard);
        }
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        guard.immutable = ok;
        (!guard.writable()).then_some(guard)
    }

    fn writable(&self) -> bool {
        let probe = self.path.join(".probe");
        let ok = std::fs::write(&probe, b"x").is_ok();
        let _ = std::fs::remove_file(probe);
        ok
    }
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        }
        let _ = std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn read_only_folder_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_guard) = ReadOnlyDir::new(dir.path()) else {
        eprintln!(
            "skipped: this machine cannot make a folder read-only (no chattr, running as root)"
        );
        return;
    };
    let err = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("read-only") && message.contains("WABI_DATA_DIR"),
        "{message}"
    );
}

#[test]
fn existing_library_in_a_folder_made_read_only_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut store, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
        store.create(&new("a")).unwrap();
    }
    let Some(_guard) = ReadOnlyDir::new(dir.path()) else {
        eprintln!("skipped: this machine cannot make a folder read-only");
        return;
    };
    let err = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
}

/// A 1 MiB tmpfs mounted on a temporary folder; unmounted on drop. `None` without the right
/// to mount (not root).
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn new() -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn full_disk_gives_a_clear_error_and_keeps_the_last_saved_content() {
    let Some(disk) = SmallDisk::new() else {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    };
    let (mut store, _) = Store::open_with_clock(disk.dir.path(), ManualClock::new(T0)).unwrap();
    let id = store.create(&new("big")).unwrap();
    let saved = json!({"name":"big","components":[{"type":"BODY","text":"kept"}]});
    store.save(id, &saved, SaveKind::Explicit).unwrap();
    let mut failure = None;
    for i in 0..200 {
        let text: String = format!("{i}-").repeat(20_000);
        let doc = json!({"name":"big","components":[{"type":"BODY","text": text}]});
        match store.save(id, &doc, SaveKind::Explicit) {
            Ok(_) => continue,
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let err = failure.expect("a 1 MiB disk fills up");
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert!(err.to_string().contains("full") && err.to_string().contains("unsaved work"));
    // What was acknowledged before is intact, and the store still reads.
    let history = store.revisions(id).unwrap();
    assert!(history.len() >= 3);
    drop(store);
    let (store, _) = Store::open_with_clock(disk.dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(store.integrity_check().unwrap(), vec!["ok"]);
    assert!(store.get(id).is_ok());
}

#[test]
fn another_connection_sees_changes_and_the_poll_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    let (mut cli, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert!(!app.changed_since_last_poll().unwrap());
    assert!(!app.changed_since_last_poll().unwrap());
    // The app's own writes are not "changes by someone else".
    app.create(&new("mine")).unwrap();
    assert!(!app.changed_since_last_poll().unwrap());
    cli.create(&new("from_cli")).unwrap();
    assert!(app.changed_since_last_poll().unwrap());
    assert!(!app.changed_since_last_poll().unwrap());
    assert_eq!(app.list(&ListQuery::default()).unwrap().len(), 2);
}

#[test]
fn two_writers_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let (mut store, _) = Store::open_with_clock(&path, ManualClock::new(T0)).unwrap();
                for i in 0..50 {
                    store.create(&new(&format!("w{w}_{i}"))).unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let (store, _) = Store::open_with_clock(&path, ManualClock::new(T0)).unwrap();
    assert_eq!(store.list(&ListQuery::default()).unwrap().len(), 100);
}

#[test]
fn a_write_blocked_by_another_program_longer_than_the_wait_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    store
        .set_busy_timeout(std::time::Duration::from_millis(50))
        .unwrap();
    let other = Connection::open(database_path(dir.path())).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store.create(&new("blocked")).unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    assert!(err.to_string().contains("Try again"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    store.create(&new("unblocked")).unwrap();
}

#[test]
fn changes_by_another_process_are_noticed_by_polling() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert!(!app.changed_since_last_poll().unwrap());
    let mut writer = Command::new(env!("CARGO_BIN_EXE_wabi-store-crash-writer"))
        .arg(dir.path())
        .arg("0")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(writer.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    writer.kill().unwrap();
    writer.wait().unwrap();
    assert!(first.starts_with("ack "), "{first}");
    assert!(app.changed_since_last_poll().unwrap());
    assert!(!app.list(&ListQuery::default()).unwrap().is_empty());
}

#[test]
fn checkpoint_moves_saved_work_into_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    for i in 0..20 {
        store.create(&new(&format!("d{i}"))).unwrap();
    }
    let wal = dir.path().join("wabi.sqlite3-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    store.checkpoint().unwrap();
    // After a checkpoint the file alone holds every draft.
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(database_path(dir.path()), &copy).unwrap();
    let drafts: i64 = Connection::open(&copy)
        .unwrap()
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(drafts, 20);
}

#[test]
fn damage_found_while_working_is_handled_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut store, _) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
        for i in 0..300 {
            let id = store.create(&new(&format!("draft_{i}"))).unwrap();
            let doc = json!({"name": format!("draft_{i}"), "components":
                             [{"type": "BODY", "text": "words ".repeat(100)}]});
            store.save(id, &doc, SaveKind::Explicit).unwrap();
        }
    }
    let path = database_path(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 64 * 4096);
    // Smash every page but the first 16 (header and schema stay readable).
    for b in bytes.iter_mut().skip(16 * 4096) {
        *b = 0x5A;
    }
    std::fs::write(&path, bytes).unwrap();
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.problem, None, "header and schema still read");
    let query = ListQuery {
        search: Some("words".into()),
        ..Default::default()
    };
    let err = store
        .list(&query)
        .and_then(|_| store.export_library())
        .unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("Restart"), "{err}");
    drop(store);
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.problem, Some(OpenProblem::Damaged));
    assert!(report.moved_aside.unwrap().exists());
    assert!(!dir.path().join("wabi.sqlite3.damaged").exists());
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
}

#[test]
fn store_opens_while_another_program_holds_the_write_lock() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap());
    let other = Connection::open(database_path(dir.path())).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let (store, report) = Store::open_with_clock(dir.path(), ManualClock::new(T0)).unwrap();
    assert_eq!(report.trash_emptied, 0);
    assert!(store.list(&ListQuery::default()).unwrap().is_empty());
    assert!(
        started.elapsed() < wabi_store::store::BUSY_TIMEOUT,
        "opening must not wait for the writer"
    );
    other.execute_batch("ROLLBACK").unwrap();
}

//! `wabi drafts` end to end: the real binary on a real library in a temporary folder.

use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Output};

fn wabi(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wabi"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("WABI_DATA_DIR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn template(name: &str, language: &str, text: &str) -> Value {
    json!({"name": name, "language": language, "category": "MARKETING",
           "components": [{"type": "BODY", "text": text}]})
}

fn write(dir: &Path, file: &str, content: &str) -> String {
    let path = dir.join(file);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

fn listed(data: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["drafts", "list", "--format", "json"];
    args.extend_from_slice(extra);
    let out = wabi(data, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn import_prints_each_new_draft_and_list_json_has_the_required_fields() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "two.json",
        &json!([
            template("promo", "en_US", "Hi"),
            template("promo", "fr", "Salut")
        ])
        .to_string(),
    );
    let out = wabi(&data, &["drafts", "import", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "1\tpromo\ten_US\n2\tpromo\tfr\n");
    let drafts = listed(&data, &[]);
    assert_eq!(drafts.len(), 2);
    for draft in &drafts {
        for field in [
            "id", "name", "language", "category", "updated", "errors", "warnings",
        ] {
            assert!(draft.get(field).is_some(), "{field} missing in {draft}");
        }
        assert_eq!(draft["category"], "MARKETING");
    }
    let updated = drafts[0]["updated"].as_str().unwrap();
    assert!(updated.ends_with('Z') && updated.len() == 20, "{updated}");
}

#[test]
fn import_json_format_lists_new_drafts_and_clashes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "a.json",
        &template("promo", "en_US", "Hi").to_string(),
    );
    wabi(&data, &["drafts", "import", &file]);
    let out = wabi(&data, &["drafts", "import", &file, "--format", "json"]);
    assert!(out.status.success());
    let lines: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(lines[0]["id"], 2);
    assert_eq!(lines[0]["name"], "promo");
    assert_eq!(lines[0]["language"], "en_US");
    assert_eq!(lines[0]["clashesWith"], json!([1]));
}

#[test]
fn import_with_a_bad_file_imports_the_good_ones_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let good = write(
        dir.path(),
        "good.json",
        &template("a", "en", "x").to_string(),
    );
    let empty = write(dir.path(), "empty.json", "");
    let text = write(dir.path(), "notes.txt", "not json");
    let scalar = write(dir.path(), "number.json", "42");
    let missing = dir
        .path()
        .join("missing.json")
        .to_string_lossy()
        .into_owned();
    let out = wabi(
        &data,
        &["drafts", "import", &empty, &good, &text, &scalar, &missing],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "1\ta\ten\n");
    let err = stderr(&out);
    for name in ["empty.json", "notes.txt", "number.json", "missing.json"] {
        assert!(err.contains(name), "{name} not named in: {err}");
    }
    assert_eq!(listed(&data, &[]).len(), 1);
}

#[test]
fn invalid_drafts_import_and_list_the_checkers_error_count() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "wip.json",
        r#"{"name": 7, "components": "later"}"#,
    );
    let out = wabi(&data, &["drafts", "import", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "1\t(no name)\t\n");
    let doc = json!({"name": 7, "components": "later"});
    let expected_errors = wabi_template::check(&doc)
        .iter()
        .filter(|d| d.severity == wabi_template::Severity::Error)
        .count();
    assert_eq!(listed(&data, &[])[0]["errors"], expected_errors);
}

#[test]
fn list_search_finds_by_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "two.json",
        &json!([
            template("autumn", "en", "Pumpkin pie"),
            template("winter", "en", "Snow")
        ])
        .to_string(),
    );
    wabi(&data, &["drafts", "import", &file]);
    let found = listed(&data, &["--search", "pump"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["name"], "autumn");
    let out = wabi(&data, &["drafts", "list", "--search", "snow"]);
    let text = stdout(&out);
    assert!(
        text.contains("winter") && !text.contains("autumn"),
        "{text}"
    );
}

#[test]
fn export_writes_the_document_exactly_to_stdout_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let doc = template("promo", "en_US", "Hi {{1}}");
    let file = write(dir.path(), "a.json", &doc.to_string());
    wabi(&data, &["drafts", "import", &file]);
    let out = wabi(&data, &["drafts", "export", "1"]);
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), doc);
    let target = dir.path().join("out.json");
    let out = wabi(
        &data,
        &["drafts", "export", "1", "-o", target.to_str().unwrap()],
    );
    assert!(out.status.success());
    let written: Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written, doc);
}

#[test]
fn rm_moves_to_trash_and_restore_brings_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "a.json",
        &template("promo", "en", "x").to_string(),
    );
    wabi(&data, &["drafts", "import", &file]);
    let out = wabi(&data, &["drafts", "rm", "1"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("trash"));
    assert!(listed(&data, &[]).is_empty());
    let out = wabi(&data, &["drafts", "restore", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listed(&data, &[]).len(), 1);
}

#[test]
fn show_and_history_print_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path(),
        "a.json",
        &template("promo", "en", "Hello there").to_string(),
    );
    wabi(&data, &["drafts", "import", &file]);
    let shown = stdout(&wabi(&data, &["drafts", "show", "1"]));
    assert!(
        shown.contains("name:      promo") && shown.contains("Hello there"),
        "{shown}"
    );
    let history = stdout(&wabi(&data, &["drafts", "history", "1"]));
    assert!(
        history.contains("imported from") && history.contains("a.json"),
        "{history}"
    );
}

#[test]
fn unknown_id_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for command in ["show", "export", "rm", "restore", "history"] {
        let out = wabi(&data, &["drafts", command, "42"]);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(stderr(&out).contains("42"), "{command}: {}", stderr(&out));
    }
}

#[test]
fn data_dir_comes_from_the_environment_when_not_given() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "a.json",
        &template("promo", "en", "x").to_string(),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_wabi"))
        .args(["drafts", "import", &file])
        .env("WABI_DATA_DIR", dir.path().join("env-data"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("env-data/wabi.sqlite3").exists());
}

#[test]
fn damaged_library_is_reported_and_the_command_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("wabi.sqlite3"), "garbage ".repeat(100)).unwrap();
    let out = wabi(&data, &["drafts", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "no drafts\n");
}

#[test]
fn export_family_writes_every_language_as_an_array() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let en = template("promo", "en_US", "Hi");
    let fr = template("promo", "fr", "Salut");
    let file = write(dir.path(), "two.json", &json!([en, fr]).to_string());
    wabi(&data, &["drafts", "import", &file]);
    let out = wabi(&data, &["drafts", "export", "2", "--family"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let exported: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(exported, json!([en, fr]));
}

//! The command list (`command_names.rs`) against what grants and calls the commands: the
//! capability file must grant exactly these, the UI must call only these, and each of them must
//! have a caller in the UI (a command nothing calls is surface to secure and test for nothing).

use super::{COMMAND_NAMES, PLUGIN_PERMISSIONS};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn capability_grants_exactly_our_commands() {
    let text = include_str!("../capabilities/default.json");
    let capability: serde_json::Value = serde_json::from_str(text).expect("capability JSON");
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .expect("permissions array")
        .iter()
        .map(|p| p.as_str().expect("plain permission").to_owned())
        .collect();
    granted.sort();
    let mut expected: Vec<String> = COMMAND_NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .chain(PLUGIN_PERMISSIONS.iter().map(|p| (*p).to_owned()))
        .collect();
    expected.sort();
    assert_eq!(
        granted, expected,
        "capabilities/default.json must grant our commands, the listed plugin permissions, and nothing else"
    );
}

#[test]
fn capability_applies_to_the_main_window_only() {
    let capability: serde_json::Value =
        serde_json::from_str(include_str!("../capabilities/default.json")).expect("JSON");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
}

/// The UI's IPC modules: every `.ts` file of ui/src/ipc except tests and the generated bindings.
fn ipc_modules() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".ts") && !name.ends_with(".test.ts")
        })
        .collect();
    files.sort();
    files
}

/// What a `call(...)` in UI source names: a command, or (when the first argument is not a string
/// literal) the text of the call, which the test cannot check.
#[derive(Debug, PartialEq)]
enum Called {
    Command(String),
    NotALiteral(String),
}

/// Every `call(...)` and `call<T>(...)` in `source`, skipping comment lines.
fn calls_in(source: &str) -> Vec<Called> {
    let code: String = source
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("//") || line.starts_with("/*") || line.starts_with('*'))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut found = Vec::new();
    for (at, _) in code.match_indices("call") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| is_ident(c) || c == '.') {
            continue;
        }
        let mut rest = &code[at + "call".len()..];
        if rest.starts_with('<') {
            // Skip the type arguments, which may nest (`call<Array<X>>`).
            let mut depth = 0usize;
            let mut end = None;
            for (i, c) in rest.char_indices() {
                match c {
                    '<' => depth += 1,
                    '>' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { continue };
            rest = &rest[end..];
        }
        let Some(args) = rest.strip_prefix('(') else {
            continue;
        };
        let args = args.trim_start();
        match args.strip_prefix('"').and_then(|s| s.split_once('"')) {
            Some((name, _)) => found.push(Called::Command(name.to_owned())),
            None => {
                let shown = code[at..].lines().next().unwrap_or_default().to_owned();
                found.push(Called::NotALiteral(shown));
            }
        }
    }
    found
}

#[test]
fn the_call_scanner_reads_typed_multiline_and_non_literal_calls() {
    let source = r#"
// call("in_a_comment") is not a call
export const a = () => call<Array<Item>>("list_things", { query });
export const b = () =>
  call<Outcome>(
    "send_thing",
    { id },
  );
const c = recall("not_ours");
fn.call(this, "not_ours_either");
const d = call(name);
"#;
    assert_eq!(
        calls_in(source),
        vec![
            Called::Command("list_things".into()),
            Called::Command("send_thing".into()),
            Called::NotALiteral("call(name);".into()),
        ]
    );
}

/// The commands the UI calls, with the file that calls each; panics on a call the test cannot
/// read.
fn ui_calls() -> Vec<(String, String)> {
    let mut calls = Vec::new();
    for path in ipc_modules() {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        if file == "call.ts" {
            continue; // Defines `call` itself.
        }
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for called in calls_in(&source) {
            match called {
                Called::Command(name) => calls.push((name, format!("ui/src/ipc/{file}"))),
                Called::NotALiteral(text) => panic!(
                    "ui/src/ipc/{file} has `{text}`: name the command as a string literal, so this test can check it against command_names.rs"
                ),
            }
        }
    }
    calls
}

#[test]
fn the_ui_calls_only_listed_commands() {
    let calls = ui_calls();
    assert!(
        calls.len() >= COMMAND_NAMES.len(),
        "found only {} calls in ui/src/ipc: is the scanner still reading the files?",
        calls.len()
    );
    let unknown: Vec<String> = calls
        .iter()
        .filter(|(name, _)| !COMMAND_NAMES.contains(&name.as_str()))
        .map(|(name, file)| format!("{file} calls `{name}`"))
        .collect();
    assert!(
        unknown.is_empty(),
        "the UI calls commands that src-tauri/src/command_names.rs does not list (the app would refuse them): {unknown:?}"
    );
}

#[test]
fn every_listed_command_has_a_caller_in_the_ui() {
    let called: BTreeSet<String> = ui_calls().into_iter().map(|(name, _)| name).collect();
    let uncalled: Vec<&str> = COMMAND_NAMES
        .iter()
        .copied()
        .filter(|name| !called.contains(*name))
        .collect();
    assert!(
        uncalled.is_empty(),
        "nothing in ui/src/ipc calls {uncalled:?}: remove the command (src-tauri/src/command_names.rs, its function and its capability) or call it from the UI"
    );
}

#[test]
fn only_the_ipc_call_module_invokes_tauri() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src");
    let mut offenders = Vec::new();
    let mut pending = vec![root.clone()];
    while let Some(dir) = pending.pop() {
        for entry in
            std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        {
            let path = entry.expect("directory entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned();
            if path.is_dir() {
                if name != "bindings" {
                    pending.push(path);
                }
                continue;
            }
            let source_file = name.ends_with(".ts") || name.ends_with(".tsx");
            let test_file = name.contains(".test.");
            if !source_file || test_file || path.ends_with("ipc/call.ts") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("read UI source");
            if source.contains("invoke(") || source.contains("invoke<") {
                offenders.push(
                    path.strip_prefix(&root)
                        .unwrap_or(&path)
                        .display()
                        .to_string(),
                );
            }
        }
    }
    offenders.sort();
    assert!(
        offenders.is_empty(),
        "these UI files call Tauri's invoke directly; go through call() in ui/src/ipc/call.ts, which maps errors and is what the command test reads: {offenders:?}"
    );
}

//! What the `wabi` end-to-end tests share: running the real binary, reading what it printed,
//! and writing fixture files. Each test file uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the real `wabi` binary with `args`.
pub fn wabi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wabi"))
        .args(args)
        .output()
        .expect("the wabi binary runs")
}

/// Runs `wabi --data-dir DATA args…`, with `WABI_DATA_DIR` cleared so only `data` counts.
pub fn wabi_with_data(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wabi"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("WABI_DATA_DIR")
        .output()
        .expect("the wabi binary runs")
}

/// What the run printed on stdout.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the run printed on stderr.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes `content` to `name` in `dir`; returns the file's path.
pub fn write(dir: impl AsRef<Path>, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.as_ref().join(name);
    std::fs::write(&path, content).expect("fixture written");
    path
}

/// A temporary path as the `&str` a command line takes.
pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

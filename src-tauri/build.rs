//! Build script: tauri-build embeds the config and the access-control list.
//!
//! Our own commands come from the one list in `src/command_names.rs` (included below), so that
//! each gets an `allow-<command>` permission and is denied unless a capability grants it: the UI
//! can call exactly what `capabilities/` lists.

fn main() {
    println!("cargo:rerun-if-changed=src/command_names.rs");
    let manifest = tauri_build::AppManifest::new().commands(COMMAND_NAMES);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed: see the message above");
}

include!("src/command_names.rs");

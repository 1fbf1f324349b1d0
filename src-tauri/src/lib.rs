//! Wabi Studio's desktop shell: window, state, commands and error mapping.
//!
//! The shell is deliberately thin. Templates, rules, drafts, media and sending live in the domain
//! crates under `crates/` (none of which knows about Tauri); this crate wires them to the window:
//! it builds one [`state::AppState`] at startup, exposes async commands that hand blocking work to
//! the blocking pool, and maps every failure into an [`error::AppError`] `{code, message}`.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod logging;
pub mod sending;
pub mod settings;
pub mod state;
pub mod window;

use std::time::Instant;
use tauri::{Manager, WindowEvent};

include!("command_names.rs");

pub use error::{AppError, ErrorCode};

/// Keeps the log writer alive for the life of the app.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);

/// Starts the desktop app and blocks until it quits.
pub fn run() {
    let started = Instant::now();
    let result = tauri::Builder::default()
        // Native open/save dialogs for import, export and media (granted: open and save only).
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let platform_dir = app.path().app_data_dir()?;
            let env_dir = std::env::var_os(state::DATA_DIR_ENV);
            let from_env = env_dir.as_ref().is_some_and(|v| !v.is_empty());
            let data_dir = state::resolve_data_dir(env_dir, platform_dir);
            std::fs::create_dir_all(&data_dir)?;
            // With WABI_DATA_DIR set (tests, portable use) logs stay beside the data too.
            let log_dir = if from_env {
                data_dir.join("logs")
            } else {
                app.path().app_log_dir()?
            };
            match logging::init(&log_dir) {
                Ok(guard) => {
                    app.manage(LogGuard(guard));
                }
                Err(error) => eprintln!("Wabi Studio: cannot write logs to {}: {error}", log_dir.display()),
            }
            tracing::info!(version = env!("CARGO_PKG_VERSION"), data_dir = %data_dir.display(), "starting");
            let (drafts, drafts_notice) = state::DraftsLibrary::open(&data_dir);
            if let Some(main) = app.get_webview_window("main") {
                window::restore_geometry(&main, &data_dir);
            }
            app.manage(window::CloseGuard::default());
            app.manage(commands::media::MediaJobs::default());
            commands::media::allow_thumbnails(&app.asset_protocol_scope(), &data_dir);
            app.manage(std::sync::Arc::new(sending::SendingSession::default()));
            app.manage(state::AppState::new(data_dir, started).with_drafts(drafts, drafts_notice));
            Ok(())
        })
        .on_window_event(|window, event| {
            if window.label() != "main" {
                return;
            }
            if let WindowEvent::CloseRequested { api, .. } = event {
                let guard = window.state::<window::CloseGuard>();
                match guard.on_close_requested(Instant::now()) {
                    window::CloseDecision::AskUi => api.prevent_close(),
                    window::CloseDecision::Close => {
                        let state = window.state::<state::AppState>();
                        window::remember_geometry(window, state.data_dir());
                    }
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::app_ready,
            commands::template::render_template,
            commands::template::list_starters,
            commands::template::list_languages,
            commands::drafts::drafts_notice,
            commands::drafts::list_drafts,
            commands::drafts::list_trash,
            commands::drafts::get_draft,
            commands::drafts::create_draft,
            commands::drafts::save_draft,
            commands::drafts::duplicate_draft,
            commands::drafts::rename_draft,
            commands::drafts::delete_draft,
            commands::drafts::restore_draft,
            commands::drafts::list_revisions,
            commands::drafts::get_revision,
            commands::drafts::diff_revisions,
            commands::drafts::restore_revision,
            commands::drafts::import_drafts,
            commands::drafts::export_draft,
            commands::drafts::export_library,
            commands::drafts::drafts_changed,
            commands::drafts::drafts_idle,
            commands::drafts::import_drafts_text,
            commands::settings::get_settings,
            commands::settings::save_settings,
            commands::window::next_close_request,
            commands::window::answer_close_request,
            commands::media::media_import_bytes,
            commands::media::media_import_path,
            commands::media::media_describe,
            commands::media::media_fix,
            commands::media::media_cancel,
            commands::media::media_crop_preview,
            commands::sending::get_account,
            commands::sending::save_account,
            commands::sending::save_token,
            commands::sending::forget_token,
            commands::sending::test_connection,
            commands::sending::list_account_templates,
            commands::sending::list_recipients,
            commands::sending::add_recipient,
            commands::sending::withdraw_opt_in,
            commands::sending::prepare_test_send,
            commands::sending::send_test,
            commands::sending::list_send_log,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Wabi Studio could not start: {error}");
        std::process::exit(1);
    }
}

/// The only plugin permissions the window has: the native open and save dialogs (the user picks
/// a file; nothing else of the file system is reachable from the page).
#[cfg(test)]
const PLUGIN_PERMISSIONS: &[&str] = &["dialog:allow-open", "dialog:allow-save"];

#[cfg(test)]
mod tests {
    use super::{COMMAND_NAMES, PLUGIN_PERMISSIONS};

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
}

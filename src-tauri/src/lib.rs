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

/// Tauri's invoke handler for the commands of [`for_each_command!`] (in `command_names.rs`).
macro_rules! command_handlers {
    ($($module:ident :: $command:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$module::$command),*]
    };
}

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
        .invoke_handler(for_each_command!(command_handlers))
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
mod tests;

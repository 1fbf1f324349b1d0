//! Commands about the application itself: version, data location, startup.

use crate::error::AppError;
use crate::state::{AppState, STARTUP_PROBE_ENV};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// What the status bar and the About box show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The product name, "Wabi Studio".
    pub name: String,
    /// The app's version, from Cargo.
    pub version: String,
    /// Where drafts, media and logs live.
    pub data_dir: String,
}

/// The product name shown to users.
pub const PRODUCT_NAME: &str = "Wabi Studio";

/// Builds the [`AppInfo`] for the given state.
pub fn app_info_of(state: &AppState) -> AppInfo {
    AppInfo {
        name: PRODUCT_NAME.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
    }
}

/// The app's name, version and data directory.
#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    Ok(app_info_of(&state))
}

/// Called by the UI once its first screen has painted. Logs the startup time and, for the startup
/// benchmark, prints it on stdout when `WABI_BENCH_STARTUP` is set.
#[tauri::command]
pub async fn app_ready(state: State<'_, AppState>) -> Result<(), AppError> {
    if let Some(elapsed) = state.mark_first_screen() {
        let ms = elapsed.as_secs_f64() * 1000.0;
        tracing::info!(ms, "first screen rendered and called Rust");
        if std::env::var_os(STARTUP_PROBE_ENV).is_some() {
            println!("wabi-startup-ready-ms={ms:.1}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::time::Instant;

    #[test]
    fn app_info_carries_name_version_and_data_dir_in_camel_case() {
        let state = AppState::new(PathBuf::from("/tmp/wabi"), Instant::now());
        let json = serde_json::to_value(app_info_of(&state)).expect("serialise");
        assert_eq!(json["name"], "Wabi Studio");
        assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(json["dataDir"], "/tmp/wabi");
    }
}

//! The commands the UI may call. Each is async and thin: it takes state, hands the work to a
//! domain crate (blocking work on the blocking pool) and maps errors into [`crate::AppError`].
//!
//! Adding a command: write it here, add it to `generate_handler!` in `lib.rs`, to the list in
//! `build.rs`, and grant it in `capabilities/default.json` (a test checks all four agree).

pub mod app;
pub mod drafts;
pub mod media;
pub mod sending;
pub mod settings;
pub mod template;
pub mod window;

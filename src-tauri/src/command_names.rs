// The names of every command the UI may call. Shared by `build.rs` (which generates an
// `allow-<command>` permission for each) and by a test that checks the capability file grants
// exactly these. Keep in step with `generate_handler!` in `lib.rs`.
#[allow(dead_code)]
const COMMAND_NAMES: &[&str] = &[
    "app_info",
    "app_ready",
    "render_template",
    "list_starters",
    "list_languages",
];

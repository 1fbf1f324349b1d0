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
    "drafts_notice",
    "list_drafts",
    "list_trash",
    "get_draft",
    "create_draft",
    "save_draft",
    "duplicate_draft",
    "rename_draft",
    "delete_draft",
    "restore_draft",
    "list_revisions",
    "get_revision",
    "diff_revisions",
    "restore_revision",
    "import_drafts",
    "export_draft",
    "export_library",
    "drafts_changed",
    "drafts_idle",
];

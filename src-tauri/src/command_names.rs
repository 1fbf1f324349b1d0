// The one list of the commands the UI may call, as `module::function` under `commands::`.
//
// Everything else is derived from it, so nothing can drift:
// - `build.rs` includes this file and generates an `allow-<command>` permission for each name;
// - `lib.rs` registers exactly these handlers (`for_each_command!(command_handlers)`);
// - tests (src/tests.rs) check that `capabilities/default.json` grants exactly these, and that
//   every `call("name", ...)` in ui/src/ipc names one of them and each of them has a caller.
//
// Adding a command: write it under `commands::`, add it here, grant `allow-<name>` in the
// capability file, and call it from ui/src/ipc.

/// Hands the command list to the macro `$then`, as `module::function` paths.
macro_rules! for_each_command {
    ($then:ident) => {
        $then! {
            app::app_info,
            app::app_ready,
            template::render_template,
            template::list_starters,
            template::list_languages,
            drafts::drafts_notice,
            drafts::list_drafts,
            drafts::list_trash,
            drafts::get_draft,
            drafts::create_draft,
            drafts::save_draft,
            drafts::duplicate_draft,
            drafts::rename_draft,
            drafts::delete_draft,
            drafts::restore_draft,
            drafts::list_revisions,
            drafts::diff_revisions,
            drafts::restore_revision,
            drafts::import_drafts,
            drafts::export_draft,
            drafts::export_library,
            drafts::drafts_changed,
            drafts::drafts_idle,
            drafts::import_drafts_text,
            settings::get_settings,
            settings::save_settings,
            window::next_close_request,
            window::answer_close_request,
            media::media_import_bytes,
            media::media_import_path,
            media::media_describe,
            media::media_fix,
            media::media_cancel,
            media::media_crop_preview,
            sending::get_account,
            sending::save_account,
            sending::save_token,
            sending::forget_token,
            sending::test_connection,
            sending::list_account_templates,
            sending::list_recipients,
            sending::add_recipient,
            sending::withdraw_opt_in,
            sending::prepare_test_send,
            sending::send_test,
            sending::list_send_log,
        }
    };
}

/// The commands' names (the function names), as the UI passes them to `invoke`.
macro_rules! command_name_list {
    ($($module:ident :: $command:ident),* $(,)?) => {
        &[$(stringify!($command)),*]
    };
}

/// The names of every command the UI may call.
#[allow(dead_code)] // Read by build.rs and the tests; the app itself registers the handlers.
const COMMAND_NAMES: &[&str] = for_each_command!(command_name_list);

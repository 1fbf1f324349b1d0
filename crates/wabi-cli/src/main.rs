//! `wabi`: the headless side of Wabi Studio, for QA and CI.
//!
//! Every subcommand does what the app does, through the same domain crates, so a template that
//! passes `wabi validate` in CI gets the same verdict in the app. Exit codes are shared by all
//! subcommands: 0 success, 1 problems found (or a send refused or failed), 2 bad input.

mod account;
mod drafts;
mod exit;
mod media;
mod payload;
mod preview;
mod recipients;
mod send;
mod templates;
mod validate;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Design, check and test WhatsApp Business template messages from the command line.
#[derive(Debug, Parser)]
#[command(name = "wabi", version, about)]
struct Cli {
    /// Folder of the drafts library (default: WABI_DATA_DIR, else the app's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check template files against WhatsApp's rules.
    Validate(validate::Args),
    /// Check media files against WhatsApp's rules, or fix images.
    Media(media::Args),
    /// Work with the drafts library: list, show, import, export, rm, restore, history.
    Drafts(drafts::Args),
    /// Show a template as a WhatsApp client would (text or the UI's JSON preview model).
    Preview(preview::Args),
    /// Print the JSON of a test send (`POST /{PHONE_NUMBER_ID}/messages`) for a template.
    Payload(payload::Args),
    /// Your own test numbers and their opt-in: add, list, withdraw.
    Recipients(recipients::Args),
    /// Send a test of a template through the WhatsApp Cloud API (or --dry-run to show it).
    Send(send::Args),
    /// The Cloud API account: `check` tests the connection.
    Account(account::Args),
    /// The account's templates: `pull` lists them with their status.
    Templates(templates::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Validate(args) => validate::run(args),
        Command::Media(args) => media::run(args),
        Command::Drafts(args) => drafts::run(cli.data_dir.as_deref(), args),
        Command::Preview(args) => preview::run(args),
        Command::Payload(args) => payload::run(args),
        Command::Recipients(args) => recipients::run(cli.data_dir.as_deref(), args),
        Command::Send(args) => send::run(cli.data_dir.as_deref(), args),
        Command::Account(args) => account::run(cli.data_dir.as_deref(), args),
        Command::Templates(args) => templates::run(cli.data_dir.as_deref(), args),
    };
    outcome.into()
}

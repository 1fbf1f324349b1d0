//! `wabi`: the headless side of Wabi Studio, for QA and CI.
//!
//! Every subcommand does what the app does, through the same domain crates, so a template that
//! passes `wabi validate` in CI gets the same verdict in the app. Exit codes are shared by all
//! subcommands: 0 success, 1 problems found (or a send refused or failed), 2 bad input.

mod exit;
mod validate;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Design, check and test WhatsApp Business template messages from the command line.
#[derive(Debug, Parser)]
#[command(name = "wabi", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check template files against WhatsApp's rules.
    Validate(validate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Validate(args) => validate::run(args),
    };
    outcome.into()
}

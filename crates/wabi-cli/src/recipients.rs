//! `wabi recipients`: the user's own test numbers and their opt-in (consent to receive tests).

use crate::exit::Outcome;
use crate::preview::bad_input;
use crate::send::open_store;
use std::path::Path;

/// Arguments of `wabi recipients`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: RecipientsCommand,
}

#[derive(Debug, clap::Subcommand)]
enum RecipientsCommand {
    /// Add a test number (E.164, e.g. +16505551234); --opt-in records that its owner agreed.
    Add {
        /// The number.
        phone: String,
        /// Record the opt-in now.
        #[arg(long)]
        opt_in: bool,
        /// A label, e.g. "my Android".
        #[arg(long, default_value = "")]
        label: String,
    },
    /// List test numbers and their opt-in.
    List,
    /// Withdraw the opt-in of a number (sends to it are refused afterwards).
    Withdraw {
        /// The number.
        phone: String,
    },
}

/// Runs `wabi recipients`.
pub fn run(data_dir: Option<&Path>, args: Args) -> Outcome {
    let store = match open_store(data_dir) {
        Ok(store) => store,
        Err(message) => return bad_input(&message),
    };
    match args.command {
        RecipientsCommand::Add {
            phone,
            opt_in,
            label,
        } => match store.add_recipient(&phone, &label, opt_in) {
            Ok(recipient) => {
                let consent = if recipient.has_consent() {
                    "opted in"
                } else {
                    "no opt-in (sends refused)"
                };
                println!("{} {consent}", recipient.phone);
                Outcome::Success
            }
            Err(error) => bad_input(&error.to_string()),
        },
        RecipientsCommand::Withdraw { phone } => match store.withdraw_opt_in(&phone) {
            Ok(Some(recipient)) => {
                println!("{} opt-in withdrawn", recipient.phone);
                Outcome::Success
            }
            Ok(None) => bad_input(&format!("{phone} is not a test recipient")),
            Err(error) => bad_input(&error.to_string()),
        },
        RecipientsCommand::List => match store.recipients() {
            Ok(recipients) => {
                for r in recipients {
                    let consent = match (r.opted_in_ms, r.withdrawn_ms) {
                        (_, Some(at)) => format!("withdrawn {}", wabi_store::format_rfc3339(at)),
                        (Some(at), None) => format!("opted in {}", wabi_store::format_rfc3339(at)),
                        (None, None) => "no opt-in".to_owned(),
                    };
                    println!("{}\t{}\t{}", r.phone, consent, r.label);
                }
                Outcome::Success
            }
            Err(error) => bad_input(&error.to_string()),
        },
    }
}

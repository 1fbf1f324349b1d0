//! `wabi account check`: "Test connection" from the command line: reads the phone number's
//! display number, verified name and quality rating, or prints the decoded error.

use crate::exit::Outcome;
use crate::preview::bad_input;
use crate::send::{run_request, stored_account_client};
use std::path::Path;

/// Arguments of `wabi account`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: AccountCommand,
}

#[derive(Debug, clap::Subcommand)]
enum AccountCommand {
    /// Test the connection: phone number, verified name, quality rating.
    Check {
        /// Graph API base URL (default: the account settings, else https://graph.facebook.com).
        #[arg(long, value_name = "URL")]
        api_base: Option<String>,
        /// Business phone number ID (default: WABI_PHONE_NUMBER_ID, else the account settings).
        #[arg(long, value_name = "ID")]
        phone_number_id: Option<String>,
    },
}

/// Runs `wabi account`.
pub fn run(data_dir: Option<&Path>, args: Args) -> Outcome {
    let AccountCommand::Check {
        api_base,
        phone_number_id,
    } = args.command;
    let client = match stored_account_client(data_dir, phone_number_id, api_base) {
        Ok(client) => client,
        Err(message) => return bad_input(&message),
    };
    let result = match run_request(client.test_connection()) {
        Ok(result) => result,
        Err(message) => return bad_input(&message),
    };
    match result {
        Ok(info) => {
            let show = |v: Option<String>| v.unwrap_or_else(|| "(not returned)".into());
            println!("phone number:   {}", show(info.display_phone_number));
            println!("verified name:  {}", show(info.verified_name));
            println!("quality rating: {}", show(info.quality_rating));
            Outcome::Success
        }
        Err(error) => {
            eprintln!("wabi: connection check failed: {error}");
            Outcome::Problems
        }
    }
}

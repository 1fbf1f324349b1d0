//! `wabi templates pull`: lists the account's templates (`GET /{WABA_ID}/message_templates`)
//! with their status, or writes them as Meta's `{"data": [...]}` file.

use crate::exit::Outcome;
use crate::preview::bad_input;
use crate::send::{run_request, stored_account_client};
use std::path::{Path, PathBuf};

/// Arguments of `wabi templates`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: TemplatesCommand,
}

#[derive(Debug, clap::Subcommand)]
enum TemplatesCommand {
    /// Read the account's templates and their status (needs WABI_WABA_ID or the account settings).
    Pull {
        /// Write Meta's `{"data": [...]}` JSON to this file instead of listing.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Graph API base URL.
        #[arg(long, value_name = "URL")]
        api_base: Option<String>,
        /// Business phone number ID (used for the keyring entry of the token).
        #[arg(long, value_name = "ID")]
        phone_number_id: Option<String>,
    },
}

/// Runs `wabi templates`.
pub fn run(data_dir: Option<&Path>, args: Args) -> Outcome {
    let TemplatesCommand::Pull {
        output,
        api_base,
        phone_number_id,
    } = args.command;
    let client = match stored_account_client(data_dir, phone_number_id, api_base) {
        Ok(client) => client,
        Err(message) => return bad_input(&message),
    };
    let result = match run_request(client.list_templates()) {
        Ok(result) => result,
        Err(message) => return bad_input(&message),
    };
    let templates = match result {
        Ok(templates) => templates,
        Err(wabi_cloud::CloudError::BadInput(message)) => return bad_input(&message),
        Err(error) => {
            eprintln!("wabi: could not read the templates: {error}");
            return Outcome::Problems;
        }
    };
    match output {
        Some(path) => {
            let data: Vec<_> = templates.iter().map(|t| t.raw.clone()).collect();
            let json = serde_json::json!({ "data": data });
            let text = serde_json::to_string_pretty(&json).unwrap_or_default();
            if let Err(error) = std::fs::write(&path, text) {
                return bad_input(&format!("cannot write {}: {error}", path.display()));
            }
            println!(
                "{} templates written to {}",
                templates.len(),
                path.display()
            );
        }
        None => {
            for t in &templates {
                let category = t.category.as_deref().unwrap_or("");
                println!("{}\t{}\t{}\t{}", t.name, t.language, t.status, category);
            }
        }
    }
    Outcome::Success
}

//! `wabi send`: sends a test of a template (from the drafts library or a file) to one of the
//! user's own numbers through the WhatsApp Cloud API, or shows the request with `--dry-run`.
//!
//! Order matters: input is checked, then a dry run prints and stops, then consent is checked in
//! the local library; only then is the token read and an HTTP request made. So a dry run and a
//! consent refusal never touch the network. With `--file` no account lookup is made: only the
//! phone number ID and the token are needed.
//!
//! A template with an IMAGE, VIDEO or DOCUMENT header takes its file with `--media FILE` (or a
//! `"header"` string in VALUES.json: an `https://` link is sent as a link, anything else is a
//! file path, relative to the VALUES.json folder). The file is uploaded after the consent check
//! and sent by the id Meta returns; a dry run shows the upload it would make and the send with
//! `<uploaded-media-id>`. Carousel cards' media headers work the same way from VALUES.json
//! (`"cards": {"0": {"header": "./a.png"}}`): each file is uploaded, in card order after the
//! template's own header, and its card sent by id.

use crate::exit::Outcome;
use crate::preview::{bad_input, read_template};
use serde_json::Value;
use std::path::{Path, PathBuf};
use wabi_cloud::{
    AccountSettings, CloudError, GraphClient, HeaderSlot, HeaderSource, HeaderUpload,
    PreparedRequest, RetryPolicy, Sensitive, TokenStore, DEFAULT_TIMEOUT, UPLOADED_MEDIA_ID,
};
use wabi_store::{default_data_dir, SendLogEntry, SendOutcome, Store};
use wabi_template::model::Template;
use wabi_template::payload::build;
use wabi_template::values::Values;

/// How the test is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// An approved template, by name and language.
    Template,
    /// A draft proof as a session message (only within 24 h of the recipient's last message).
    Proof,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable.
    Text,
    /// JSON.
    Json,
}

/// Arguments of `wabi send`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Recipient: one of your test recipients with a recorded opt-in, e.g. +16505551234.
    #[arg(long, value_name = "+E164")]
    pub to: String,
    /// Draft id in the library.
    #[arg(
        long,
        value_name = "ID",
        conflicts_with = "file",
        required_unless_present = "file"
    )]
    pub draft: Option<i64>,
    /// Template file (Meta's template JSON).
    #[arg(long, value_name = "TEMPLATE.json")]
    pub file: Option<PathBuf>,
    /// Values to fill in (see `wabi payload --help`); a media header (the template's, or a
    /// carousel card's: `"cards": {"0": {"header": "a.png"}}`) may be given as a `"header"`
    /// string: an https:// link, or a file to upload (relative to this file's folder).
    #[arg(long, value_name = "VALUES.json")]
    pub values: Option<PathBuf>,
    /// File for the template's IMAGE, VIDEO or DOCUMENT header: uploaded, then sent by id.
    #[arg(long, value_name = "FILE")]
    pub media: Option<PathBuf>,
    /// Send as the approved template, or as a proof session message.
    #[arg(long, value_enum, default_value = "template")]
    pub mode: Mode,
    /// Graph API base URL (default: the account settings, else https://graph.facebook.com).
    #[arg(long, value_name = "URL")]
    pub api_base: Option<String>,
    /// Business phone number ID (default: WABI_PHONE_NUMBER_ID, else the account settings).
    #[arg(long, value_name = "ID")]
    pub phone_number_id: Option<String>,
    /// Show the request that would be sent (token masked) and send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Opens the drafts library of `data_dir` (or the default), or says what to pass.
pub(crate) fn open_store(data_dir: Option<&Path>) -> Result<Store, String> {
    let dir = data_dir
        .map(Path::to_owned)
        .or_else(default_data_dir)
        .ok_or("no data folder known: pass --data-dir DIR or set WABI_DATA_DIR")?;
    let (store, report) = Store::open(&dir).map_err(|e| e.to_string())?;
    if let Some(notice) = report.notice() {
        eprintln!("wabi: note: {notice}");
    }
    Ok(store)
}

/// The account settings for a command: flags, then environment, then the stored account.
pub(crate) fn account_settings(
    store: Option<&Store>,
    phone_number_id: Option<String>,
    api_base: Option<String>,
) -> Result<AccountSettings, String> {
    let stored = match store {
        Some(store) => store.account().map_err(|e| e.to_string())?,
        None => None,
    };
    let phone_number_id = phone_number_id
        .or_else(|| std::env::var("WABI_PHONE_NUMBER_ID").ok())
        .or_else(|| stored.as_ref().map(|a| a.phone_number_id.clone()))
        .ok_or("no phone number ID: pass --phone-number-id ID or set WABI_PHONE_NUMBER_ID")?;
    let mut settings = AccountSettings::for_phone_number(phone_number_id);
    if let Some(stored) = stored {
        settings.waba_id = stored.waba_id;
        settings.api_version = stored.api_version;
        settings.base_url = stored.base_url;
    }
    if let Ok(waba) = std::env::var("WABI_WABA_ID") {
        settings.waba_id = Some(waba);
    }
    if let Some(base) = api_base {
        settings.base_url = base;
    }
    match settings.problem() {
        Some(problem) => Err(problem),
        None => Ok(settings),
    }
}

/// The token: `WABI_ACCESS_TOKEN`, else the keyring entry of the phone number.
pub(crate) fn access_token(settings: &AccountSettings) -> Result<Sensitive<String>, String> {
    if let Ok(token) = std::env::var("WABI_ACCESS_TOKEN") {
        let token = Sensitive::new(token);
        if !token.is_empty() {
            return Ok(token);
        }
    }
    match TokenStore::new(&settings.phone_number_id).read() {
        Ok(Some(token)) => Ok(token),
        Ok(None) => Err(format!(
            "no access token: set WABI_ACCESS_TOKEN or save a token for phone number ID {} in the app",
            settings.phone_number_id
        )),
        Err(error) => Err(format!("{error}; set WABI_ACCESS_TOKEN")),
    }
}

/// A client with the standard retry policy.
pub(crate) fn client(
    settings: AccountSettings,
    token: Sensitive<String>,
) -> Result<GraphClient, String> {
    GraphClient::new(settings, token, RetryPolicy::standard(), DEFAULT_TIMEOUT)
        .map_err(|e| e.to_string())
}

/// The client for the stored account (flags and environment first), with its token: what
/// `wabi account check` and `wabi templates pull` both need before their one request.
pub(crate) fn stored_account_client(
    data_dir: Option<&Path>,
    phone_number_id: Option<String>,
    api_base: Option<String>,
) -> Result<GraphClient, String> {
    let store = open_store(data_dir)?;
    let settings = account_settings(Some(&store), phone_number_id, api_base)?;
    let token = access_token(&settings)?;
    client(settings, token)
}

/// Runs one request of the client to completion on a single-threaded runtime.
pub(crate) fn run_request<F: std::future::Future>(request: F) -> Result<F::Output, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map(|runtime| runtime.block_on(request))
        .map_err(|error| format!("cannot start the runtime: {error}"))
}

/// Runs `wabi send`.
pub fn run(data_dir: Option<&Path>, args: Args) -> Outcome {
    let store = match open_store(data_dir) {
        Ok(store) => store,
        Err(message) => return bad_input(&message),
    };
    let (template, draft) = match (&args.file, args.draft) {
        (Some(file), _) => match read_template(file, None) {
            Ok(template) => (template, None),
            Err(message) => return bad_input(&message),
        },
        (None, Some(id)) => match store.get(id) {
            Ok(draft) => match Template::from_value(draft.document.clone()) {
                Ok(template) => (template, Some(id)),
                Err(error) => return bad_input(&format!("draft {id}: {error}")),
            },
            Err(error) => return bad_input(&error.to_string()),
        },
        (None, None) => return bad_input("give --draft ID or --file TEMPLATE.json"),
    };
    let (values, mut header_files) = match read_send_values(args.values.as_deref(), &template) {
        Ok(read) => read,
        Err(message) => return bad_input(&message),
    };
    if let Some(media) = args.media.clone() {
        if header_files
            .iter()
            .any(|(slot, _)| *slot == HeaderSlot::Main)
        {
            return bad_input(
                "the header file is given twice: use --media FILE or a \"header\" path in VALUES.json, not both",
            );
        }
        header_files.insert(0, (HeaderSlot::Main, media));
    }
    let mut uploads = Vec::with_capacity(header_files.len());
    for (slot, path) in &header_files {
        match HeaderUpload::read_for(*slot, path, &template) {
            Ok(upload) => uploads.push(upload),
            Err(error) => return bad_input(&error.to_string()),
        }
    }
    // With --file the stored account is not consulted: only flags and environment.
    let account_store = if args.file.is_some() {
        None
    } else {
        Some(&store)
    };
    let settings = match account_settings(account_store, args.phone_number_id, args.api_base) {
        Ok(settings) => settings,
        Err(message) => return bad_input(&message),
    };
    // Built first with the placeholder id, so that a message that cannot be sent stops here,
    // before any upload.
    let shown_values = uploads.iter().fold(values.clone(), |shown, upload| {
        upload.fill(&template, &shown, UPLOADED_MEDIA_ID)
    });
    let Some((message, mode)) = build_message(&template, &shown_values, &args.to, args.mode, true)
    else {
        if wabi_cloud::media_header_format(&template).is_some()
            && shown_values.main.header.is_none()
        {
            eprintln!(
                "wabi: give the header's file with --media FILE (it is uploaded, then sent by id)"
            );
        }
        return Outcome::Problems;
    };
    if args.mode == Mode::Proof {
        if let Err(problem) = wabi_store::sending::normalise_phone(&args.to) {
            return bad_input(&problem.to_string());
        }
    }
    if args.dry_run {
        let send = wabi_cloud::prepare_send(&settings, &message);
        let upload_requests: Vec<PreparedRequest> =
            uploads.iter().map(|u| u.prepare(&settings)).collect();
        return print_dry_run(&upload_requests, &send, args.format);
    }
    let mut log = SendLogEntry {
        id: 0,
        at_ms: 0,
        recipient: args.to.clone(),
        mode: mode.into(),
        draft_id: draft,
        revision_id: None,
        request_body: message.to_string(),
        outcome: SendOutcome::Refused,
        response: None,
        message_id: None,
    };
    let consent = match store.recipient(&args.to) {
        Ok(recipient) => recipient.is_some_and(|r| r.has_consent()),
        Err(error) => return bad_input(&error.to_string()),
    };
    if !consent {
        let reason = format!(
            "refused: {} has no recorded opt-in; run `wabi recipients add {} --opt-in` once the owner of that phone agreed",
            args.to, args.to
        );
        log.response = Some(reason.clone());
        record(&store, &log);
        eprintln!("wabi: {reason}");
        return Outcome::Problems;
    }
    let token = match access_token(&settings) {
        Ok(token) => token,
        Err(message) => return bad_input(&message),
    };
    let client = match client(settings, token) {
        Ok(client) => client,
        Err(message) => return bad_input(&message),
    };
    let message = if uploads.is_empty() {
        message
    } else {
        let mut filled = values;
        for upload in &uploads {
            let uploaded = match run_request(upload.upload(&client)) {
                Ok(result) => result,
                Err(message) => return bad_input(&message),
            };
            let media_id = match uploaded {
                Ok(id) => id,
                Err(error) => {
                    log.outcome = SendOutcome::Failed;
                    log.response = Some(format!("media upload failed: {}", error_text(&error)));
                    record(&store, &log);
                    eprintln!(
                        "wabi: media upload of {} ({}) failed: {error}",
                        upload.file_name,
                        upload.slot.describe()
                    );
                    return Outcome::Problems;
                }
            };
            filled = upload.fill(&template, &filled, &media_id);
        }
        match build_message(&template, &filled, &args.to, args.mode, false) {
            Some((message, _)) => message,
            None => return Outcome::Problems,
        }
    };
    log.request_body = message.to_string();
    let result = match run_request(client.send(&message)) {
        Ok(result) => result,
        Err(message) => return bad_input(&message),
    };
    match result {
        Ok(receipt) => {
            log.outcome = SendOutcome::Sent;
            log.message_id = Some(receipt.message_id.clone());
            log.response = Some(receipt.response.to_string());
            record(&store, &log);
            match args.format {
                Format::Json => println!(
                    "{}",
                    serde_json::json!({"messageId": receipt.message_id, "waId": receipt.wa_id})
                ),
                Format::Text => println!("{}", receipt.message_id),
            }
            Outcome::Success
        }
        Err(error) => {
            log.outcome = SendOutcome::Failed;
            log.response = Some(error_text(&error));
            record(&store, &log);
            eprintln!("wabi: send failed: {error}");
            Outcome::Problems
        }
    }
}

/// The values of `--values` (none: the template's samples) and the header files its
/// `"header"` strings name (the template's, then each card's), resolved against the
/// VALUES.json folder.
fn read_send_values(
    path: Option<&Path>,
    template: &Template,
) -> Result<(Values, Vec<(HeaderSlot, PathBuf)>), String> {
    let Some(path) = path else {
        return Ok((Values::default(), Vec::new()));
    };
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let mut value: Value =
        serde_json::from_str(&text).map_err(|e| format!("{shown} is not valid JSON: {e}"))?;
    let beside_values = |HeaderSource::File(file): HeaderSource| match path.parent() {
        Some(folder) if file.is_relative() => folder.join(file),
        _ => file,
    };
    let main = wabi_cloud::take_header_source(&mut value, template)
        .map(|source| (HeaderSlot::Main, beside_values(source)));
    let cards = wabi_cloud::take_card_header_sources(&mut value, template)
        .into_iter()
        .map(|(slot, source)| (slot, beside_values(source)));
    let header_files = main.into_iter().chain(cards).collect();
    let values = Values::from_value(&value, template).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("{shown}: {p}"))
            .collect::<Vec<_>>()
            .join("\nwabi: ")
    })?;
    Ok((values, header_files))
}

/// The message of `mode` for `values`; `None` (problems printed) when it cannot be sent.
/// `first` prints the proof's notes (once per run).
fn build_message(
    template: &Template,
    values: &Values,
    to: &str,
    mode: Mode,
    first: bool,
) -> Option<(Value, &'static str)> {
    match mode {
        Mode::Template => {
            let payload = build(template, values, to);
            if !payload.is_sendable() {
                for problem in &payload.problems {
                    eprintln!("wabi: {problem}");
                }
                return None;
            }
            Some((payload.message, "template"))
        }
        Mode::Proof => {
            let proof = wabi_cloud::build_proof(template, values, to);
            if first {
                eprintln!("wabi: note: {}", wabi_cloud::WINDOW_EXPLANATION);
                for difference in &proof.differences {
                    eprintln!("wabi: proof differs: {difference}");
                }
            }
            Some((proof.message, "proof"))
        }
    }
}

/// Prints a dry run: the uploads (when there are any), then the send.
fn print_dry_run(uploads: &[PreparedRequest], send: &PreparedRequest, format: Format) -> Outcome {
    match format {
        Format::Json => {
            let shown = match uploads {
                [] => match serde_json::to_value(send) {
                    Ok(value) => value,
                    Err(error) => return bad_input(&error.to_string()),
                },
                _ => serde_json::json!({"uploads": uploads, "send": send}),
            };
            match serde_json::to_string_pretty(&shown) {
                Ok(json) => println!("{json}"),
                Err(error) => return bad_input(&error.to_string()),
            }
        }
        Format::Text => {
            for (step, upload) in uploads.iter().enumerate() {
                println!(
                    "# {}. upload a header file\n{}\n",
                    step + 1,
                    upload.to_curl()
                );
            }
            if !uploads.is_empty() {
                println!(
                    "# {}. send, with the ids the uploads returned in place of {UPLOADED_MEDIA_ID}",
                    uploads.len() + 1
                );
            }
            println!("{}", send.to_curl());
        }
    }
    Outcome::Success
}

/// What the send log keeps of an error: Meta's decoded error as JSON, else the message.
fn error_text(error: &CloudError) -> String {
    match error {
        CloudError::Graph(graph) => {
            serde_json::to_string(graph).unwrap_or_else(|_| error.to_string())
        }
        other => other.to_string(),
    }
}

fn record(store: &Store, entry: &SendLogEntry) {
    if let Err(error) = store.log_send(entry) {
        eprintln!("wabi: note: could not write the send log: {error}");
    }
}

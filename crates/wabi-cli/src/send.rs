//! `wabi send`: sends a test of a template (from the drafts library or a file) to one of the
//! user's own numbers through the WhatsApp Cloud API, or shows the request with `--dry-run`.
//!
//! The send itself is `wabi_cloud::send`, the same flow as the app's send dialog: input is
//! checked, then a dry run prints and stops, then consent is checked in the local library (a
//! refusal is logged); only then is the token read (`WABI_ACCESS_TOKEN`, else the keyring) and
//! an HTTP request made. So a dry run and a consent refusal never touch the network. With
//! `--file` no account lookup is made: only the phone number ID and the token are needed. This
//! file reads the flags and prints the outcome.
//!
//! A template with an IMAGE, VIDEO or DOCUMENT header takes its file with `--media FILE` (or a
//! `"header"` string in VALUES.json: an `https://` link is sent as a link, anything else is a
//! file path, relative to the VALUES.json folder). Carousel cards' media headers work the same
//! way from VALUES.json (`"cards": {"0": {"header": "./a.png"}}`). A header given neither way
//! whose sample is a file kept by the app (`wabi-media:<sha256>.<ext>`, in the data folder) is
//! uploaded from there, as the app does. Each file is uploaded after the consent check, the
//! template's own header first, then the cards in order, and sent by the id Meta returns; a dry
//! run shows the uploads it would make and the send with `<uploaded-media-id>`.

use crate::exit::Outcome;
use crate::preview::{bad_input, read_template};
use crate::validate::Lang;
use serde_json::Value;
use std::path::{Path, PathBuf};
use wabi_cloud::send::{self, Built, PreparedSend, SendError, SendInput, SendMode, TokenLookup};
use wabi_cloud::{
    AccountSettings, CloudError, GraphClient, HeaderSlot, HeaderSource, HeaderUpload, Sensitive,
    KEYRING_SERVICE,
};
use wabi_media::KeptFiles;
use wabi_store::{default_data_dir, Store};
use wabi_template::model::Template;
use wabi_template::values::Values;
use wabi_template::Locale;

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
    /// Language of the notes for people (a proof's differences).
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
}

/// The data folder: `--data-dir`, else the default, or says what to pass.
fn data_folder(data_dir: Option<&Path>) -> Result<PathBuf, String> {
    data_dir
        .map(Path::to_owned)
        .or_else(default_data_dir)
        .ok_or_else(|| "no data folder known: pass --data-dir DIR or set WABI_DATA_DIR".to_owned())
}

/// Opens the drafts library of `data_dir` (or the default), or says what to pass.
pub(crate) fn open_store(data_dir: Option<&Path>) -> Result<Store, String> {
    let dir = data_folder(data_dir)?;
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

/// The command line's token lookup: `WABI_ACCESS_TOKEN`, else the keyring entry of the phone
/// number.
pub(crate) fn tokens(settings: &AccountSettings) -> TokenLookup {
    TokenLookup {
        given: std::env::var("WABI_ACCESS_TOKEN").ok().map(Sensitive::new),
        keyring_service: KEYRING_SERVICE.to_owned(),
        missing: format!(
            "no access token: set WABI_ACCESS_TOKEN or save a token for phone number ID {} in the app",
            settings.phone_number_id
        ),
    }
}

/// What `wabi` says about a send error: a keyring failure adds where else the token may come
/// from.
pub(crate) fn error_text(error: &SendError) -> String {
    match error {
        SendError::Cloud(CloudError::NoKeyring(_) | CloudError::Keyring(_)) => {
            format!("{error}; set WABI_ACCESS_TOKEN")
        }
        other => other.to_string(),
    }
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
    let tokens = tokens(&settings);
    send::account_client(settings, &tokens).map_err(|error| error_text(&error))
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
    let kept = match data_folder(data_dir) {
        Ok(dir) => KeptFiles::new(dir),
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
    let (values, mut header_files) =
        match read_send_values(args.values.as_deref(), &template, args.lang.locale()) {
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
    if args.mode == Mode::Proof {
        if let Err(problem) = wabi_store::sending::normalise_phone(&args.to) {
            return bad_input(&problem.to_string());
        }
    }
    let input = SendInput {
        mode: match args.mode {
            Mode::Template => SendMode::Template,
            Mode::Proof => SendMode::Proof,
        },
        to: args.to.clone(),
        template,
        values,
        header_files: uploads,
        draft_id: draft,
        locale: args.lang.locale(),
    };
    // Built with the placeholder id first, so that a message that cannot be sent stops here,
    // before any upload.
    let built = match send::build(input, &kept) {
        Ok(built) => built,
        Err(error) => return bad_input(&error_text(&error)),
    };
    if built.mode == SendMode::Proof {
        eprintln!("wabi: note: {}", send::window_explanation(built.locale()));
        for difference in &built.differences {
            eprintln!("wabi: proof differs: {difference}");
        }
    }
    if !built.problems.is_empty() {
        print_problems(&built);
        return Outcome::Problems;
    }
    if args.dry_run {
        return print_dry_run(&send::prepare(&built, Some(&settings), None), args.format);
    }
    let tokens = tokens(&settings);
    let mut ready = match send::ready(&store, built, Some(settings), &tokens) {
        Ok(ready) => ready,
        Err(error @ (SendError::NoConsent { .. } | SendError::NotSendable(_))) => {
            eprintln!("wabi: {error}");
            return Outcome::Problems;
        }
        Err(error) => return bad_input(&error_text(&error)),
    };
    let result = match run_request(ready.deliver()) {
        Ok(result) => result,
        Err(message) => return bad_input(&message),
    };
    if let Err(error) = send::record(&store, &mut ready.entry, &result) {
        eprintln!("wabi: note: could not write the send log: {error}");
    }
    match result {
        Ok(receipt) => {
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
            eprintln!("wabi: {error}");
            Outcome::Problems
        }
    }
}

/// Prints why a built send cannot be sent, and how to give a media header's file when that is
/// what is missing.
fn print_problems(built: &Built) {
    for problem in &built.problems {
        eprintln!("wabi: error: {problem}");
    }
    for warning in &built.warnings {
        eprintln!("wabi: warning: {warning}");
    }
    let header_given = built.values().main.header.is_some()
        || built.uploads.iter().any(|u| u.slot == HeaderSlot::Main);
    if wabi_cloud::media_header_format(built.template()).is_some() && !header_given {
        eprintln!(
            "wabi: give the header's file with --media FILE (it is uploaded, then sent by id)"
        );
    }
}

/// The values of `--values` (none: the template's samples) and the header files its
/// `"header"` strings name (the template's, then each card's), resolved against the
/// VALUES.json folder.
fn read_send_values(
    path: Option<&Path>,
    template: &Template,
    locale: Locale,
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
    let values = Values::from_value_in(&value, template, locale).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("{shown}: {p}"))
            .collect::<Vec<_>>()
            .join("\nwabi: ")
    })?;
    Ok((values, header_files))
}

/// Prints a dry run: the uploads (when there are any), then the send.
fn print_dry_run(prepared: &PreparedSend, format: Format) -> Outcome {
    match format {
        Format::Json => {
            let shown = match prepared.uploads.as_slice() {
                [] => match serde_json::to_value(&prepared.request) {
                    Ok(value) => value,
                    Err(error) => return bad_input(&error.to_string()),
                },
                uploads => serde_json::json!({"uploads": uploads, "send": prepared.request}),
            };
            match serde_json::to_string_pretty(&shown) {
                Ok(json) => println!("{json}"),
                Err(error) => return bad_input(&error.to_string()),
            }
        }
        Format::Text => println!("{}", prepared.curl),
    }
    Outcome::Success
}

//! The WhatsApp Cloud API client: test sends, media uploads, template listing, and Meta's errors
//! decoded into what happened and what to do; and [`send`], the one send flow of the app and
//! `wabi send`.
//!
//! Why a crate of its own: the access token is the one secret the product holds. It lives in the
//! OS keyring and leaves it only into a request header; keeping all of that here makes the rule
//! easy to audit and test.

pub mod client;
pub mod error;
pub mod graph_error;
pub mod header_media;
pub mod proof;
pub mod request;
pub mod retry;
pub mod send;
pub mod sensitive;
pub mod settings;
pub mod token_store;

pub use client::{GraphClient, PhoneNumberInfo, RemoteTemplate, SendReceipt, DEFAULT_TIMEOUT};
pub use error::CloudError;
pub use graph_error::{decode as decode_graph_error, GraphError, RetryAdvice};
pub use header_media::{
    media_header_format, media_header_slots, take_card_header_sources, take_header_source,
    HeaderSlot, HeaderSource, HeaderUpload, UPLOADED_MEDIA_ID,
};
pub use proof::{build_proof, build_proof_in, wa_me_link, Proof};
pub use request::{prepare_send, Header, PreparedRequest, MASKED_AUTHORIZATION};
pub use retry::RetryPolicy;
pub use sensitive::Sensitive;
pub use settings::{AccountSettings, DEFAULT_API_VERSION, DEFAULT_BASE_URL};
pub use token_store::{TokenStore, KEYRING_SERVICE};

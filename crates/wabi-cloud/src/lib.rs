//! The WhatsApp Cloud API client: test sends, media uploads, template listing, and Meta's errors
//! decoded into what happened and what to do.
//!
//! Why a crate of its own: the access token is the one secret the product holds. It lives in the
//! OS keyring and leaves it only into a request header; keeping all of that here makes the rule
//! easy to audit and test.

pub mod error;

pub use error::CloudError;

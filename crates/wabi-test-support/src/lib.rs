//! Test plumbing shared by the crates' tests and benches: [`graph_server`], a local HTTP server
//! that answers like the Graph API and records what it receives, and [`openapi`], Meta's OpenAPI
//! file (kept in this crate as a fixture, `fixtures/openapi/`, with its MIT licence) as the judge
//! of the request bodies the app and `wabi` send.
//!
//! Why a crate: the client's tests, `wabi send`'s tests, the app's sending tests, the e2e suite
//! and the benches all need the same server and the same judge; a crate is the one place they
//! depend on, where `#[path]` includes across crates used to be.

pub mod graph_server;
pub mod openapi;

pub use graph_server::{accepted, graph_error, Answer, GraphServer, Received, RequestCheck};

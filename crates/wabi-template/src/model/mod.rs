//! The typed template model: Meta's template-creation JSON as Rust types.
//!
//! Why typed and lossless: the preview and the payload builder need to know what a component
//! *is*, while the file on disk must stay Meta's JSON byte-for-meaning. Every struct keeps unknown
//! fields, keywords keep their spelling (upper or lower case), and reading never fails on a JSON
//! object (broken parts are kept raw and flagged), so `Template::from_value(v).to_value() == v`
//! for every document, documented or half-written.
//!
//! The rule checker (`crate::rules`) works on the raw JSON instead, so it can point at anything.

pub mod button;
pub mod component;
pub mod keyword;
mod lossless;
pub mod template;

pub use button::{
    Button, ButtonKind, CopyCodeButton, FlowButton, LabelButton, OtpButton, OtpType, PhoneButton,
    Sample, SupportedApp, UrlButton,
};
pub use component::{
    Body, BodyExample, Buttons, Card, Carousel, Component, ComponentKind, Footer, Header,
    HeaderExample, HeaderFormat, LimitedTimeOffer, NamedExample, OfferDetails,
};
pub use keyword::{Keyword, Spelled};
pub use template::{Category, ParameterFormat, Template, TemplateDocument, TemplateList};

//! The types the UI receives produce TypeScript declarations (the desktop shell exports them;
//! this pins that they can be declared, with the field names and tags the UI relies on).

use ts_rs::{Config, TS};
use wabi_template::format::FormattedText;
use wabi_template::payload::{Payload, SendProblem};
use wabi_template::preview::{Display, Preview, PreviewHeader, PreviewSpan};
use wabi_template::values::FieldProblem;

#[test]
fn preview_types_declare_camel_case_fields_and_kind_tags() {
    let cfg = Config::new();
    let preview = Preview::decl(&cfg);
    assert!(preview.contains("notes: Array<PreviewNote>"), "{preview}");
    assert!(
        Display::decl(&cfg).contains("\"kind\": \"notShown\""),
        "{}",
        Display::decl(&cfg)
    );
    assert!(PreviewHeader::decl(&cfg).contains("\"kind\": \"media\""));
    let span = PreviewSpan::decl(&cfg);
    assert!(span.contains("strikethrough: boolean"), "{span}");
    assert!(!FormattedText::decl(&cfg).is_empty());
}

#[test]
fn problem_and_payload_types_declare() {
    let cfg = Config::new();
    assert!(FieldProblem::decl(&cfg).contains("field: string"));
    assert!(SendProblem::decl(&cfg).contains("severity: Severity"));
    assert!(Payload::decl(&cfg).contains("problems: Array<SendProblem>"));
}

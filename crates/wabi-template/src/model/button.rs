//! The buttons of a `BUTTONS` component: quick reply, URL, phone number, copy code, OTP, flow,
//! catalog, multi-product, voice call.
//!
//! Like components, each kind is a typed struct that keeps unknown fields in `extra`; a button of
//! an unknown type or with fields of the wrong JSON type becomes [`Button::Unrecognized`].

use super::keyword::{keyword_enum, Keyword, Spelled};
use super::lossless::{read_exact, with_extra, WithExtra};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

keyword_enum!(
    /// The `type` of a button.
    ButtonKind {
        /// `QUICK_REPLY`.
        QuickReply => "QUICK_REPLY",
        /// `URL`.
        Url => "URL",
        /// `PHONE_NUMBER`.
        PhoneNumber => "PHONE_NUMBER",
        /// `COPY_CODE` (marketing coupon).
        CopyCode => "COPY_CODE",
        /// `OTP` (authentication only).
        Otp => "OTP",
        /// `FLOW`.
        Flow => "FLOW",
        /// `CATALOG`.
        Catalog => "CATALOG",
        /// `MPM` (multi-product message).
        Mpm => "MPM",
        /// `SPM` (single-product message).
        Spm => "SPM",
        /// `VOICE_CALL`.
        VoiceCall => "VOICE_CALL",
    }
);

keyword_enum!(
    /// The `otp_type` of an OTP button.
    OtpType {
        /// Copy-code button.
        CopyCode => "COPY_CODE",
        /// One-tap autofill (Android).
        OneTap => "ONE_TAP",
        /// Zero-tap (Android).
        ZeroTap => "ZERO_TAP",
    }
);

/// A button's `example`: Meta writes it as a string (`"250FF"`) or as a one-element list
/// (`["summer2023"]`) depending on the page; both are kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Sample {
    /// `"250FF"`.
    One(String),
    /// `["summer2023"]`.
    List(Vec<String>),
}

impl Sample {
    /// The (first) sample value.
    pub fn first(&self) -> Option<&str> {
        match self {
            Sample::One(value) => Some(value),
            Sample::List(values) => values.first().map(String::as_str),
        }
    }
}

/// One button.
#[derive(Debug, Clone, PartialEq)]
pub enum Button {
    /// `QUICK_REPLY`.
    QuickReply(LabelButton),
    /// `URL`.
    Url(UrlButton),
    /// `PHONE_NUMBER`.
    PhoneNumber(PhoneButton),
    /// `COPY_CODE`.
    CopyCode(CopyCodeButton),
    /// `OTP`.
    Otp(OtpButton),
    /// `FLOW`.
    Flow(FlowButton),
    /// `CATALOG`.
    Catalog(LabelButton),
    /// `MPM`.
    Mpm(LabelButton),
    /// `SPM`.
    Spm(LabelButton),
    /// `VOICE_CALL`.
    VoiceCall(LabelButton),
    /// A button of an unknown type, or one whose fields could not be read.
    Unrecognized {
        /// The button exactly as written.
        raw: Value,
        /// Why it could not be read, in words.
        problem: String,
    },
}

/// A button that is only a label (quick reply, catalog, MPM, SPM, voice call).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// The label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `URL` button (optionally with one variable at the end of the URL).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// The label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The URL, possibly ending in `{{1}}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Sample for the variable (the value alone, or the whole URL on some Meta pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Sample>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `PHONE_NUMBER` button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// The label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The number to call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `COPY_CODE` (coupon) button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyCodeButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// A label, when given (the client shows "Copy offer code").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The sample coupon code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Sample>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An `OTP` button of an authentication template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OtpButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// Copy code, one tap or zero tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_type: Option<Spelled<OtpType>>,
    /// Copy-code label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// One-tap autofill label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autofill_text: Option<String>,
    /// Android apps allowed to receive the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_apps: Option<Vec<SupportedApp>>,
    /// Legacy (v20.0 and older) package name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// Legacy (v20.0 and older) signature hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_hash: Option<String>,
    /// Zero tap: the business accepted the terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zero_tap_terms_accepted: Option<bool>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl OtpButton {
    /// The OTP type; copy code when missing.
    pub fn otp_type(&self) -> OtpType {
        self.otp_type
            .as_ref()
            .map_or(OtpType::CopyCode, |otp_type| otp_type.kind())
    }
}

/// One entry of `supported_apps`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportedApp {
    /// Android package name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// App signing-key hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_hash: Option<String>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `FLOW` button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowButton {
    /// `type`, as spelled.
    #[serde(rename = "type")]
    pub kind: Spelled<ButtonKind>,
    /// The label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The flow, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// The flow, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_name: Option<String>,
    /// The flow, inline as Flow JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_json: Option<String>,
    /// `navigate` or `data_exchange`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_action: Option<String>,
    /// First screen for `navigate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub navigate_screen: Option<String>,
    /// Fields this model does not know, kept as written.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Button {
    /// Reads one button from any JSON value; never fails (see [`Button::Unrecognized`]).
    pub fn from_value(value: Value) -> Button {
        let kind = match value.get("type") {
            Some(Value::String(s)) => ButtonKind::parse(s),
            Some(_) => return unrecognized(value, "its \"type\" is not a string"),
            None if value.is_object() => return unrecognized(value, "it has no \"type\""),
            None => return unrecognized(value, "it is not a JSON object"),
        };
        match kind {
            ButtonKind::QuickReply => typed(value, Button::QuickReply),
            ButtonKind::Url => typed(value, Button::Url),
            ButtonKind::PhoneNumber => typed(value, Button::PhoneNumber),
            ButtonKind::CopyCode => typed(value, Button::CopyCode),
            ButtonKind::Otp => typed(value, Button::Otp),
            ButtonKind::Flow => typed(value, Button::Flow),
            ButtonKind::Catalog => typed(value, Button::Catalog),
            ButtonKind::Mpm => typed(value, Button::Mpm),
            ButtonKind::Spm => typed(value, Button::Spm),
            ButtonKind::VoiceCall => typed(value, Button::VoiceCall),
            ButtonKind::Other => {
                let problem = format!(
                    "its type {} is not one this version knows",
                    value.get("type").unwrap_or(&Value::Null)
                );
                Button::Unrecognized {
                    raw: value,
                    problem,
                }
            }
        }
    }

    /// What kind of button this is (`Other` for unrecognized ones).
    pub fn kind(&self) -> ButtonKind {
        match self {
            Button::QuickReply(_) => ButtonKind::QuickReply,
            Button::Url(_) => ButtonKind::Url,
            Button::PhoneNumber(_) => ButtonKind::PhoneNumber,
            Button::CopyCode(_) => ButtonKind::CopyCode,
            Button::Otp(_) => ButtonKind::Otp,
            Button::Flow(_) => ButtonKind::Flow,
            Button::Catalog(_) => ButtonKind::Catalog,
            Button::Mpm(_) => ButtonKind::Mpm,
            Button::Spm(_) => ButtonKind::Spm,
            Button::VoiceCall(_) => ButtonKind::VoiceCall,
            Button::Unrecognized { .. } => ButtonKind::Other,
        }
    }

    /// The label as written in the template, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Button::QuickReply(b)
            | Button::Catalog(b)
            | Button::Mpm(b)
            | Button::Spm(b)
            | Button::VoiceCall(b) => b.text.as_deref(),
            Button::Url(b) => b.text.as_deref(),
            Button::PhoneNumber(b) => b.text.as_deref(),
            Button::CopyCode(b) => b.text.as_deref(),
            Button::Otp(b) => b.text.as_deref(),
            Button::Flow(b) => b.text.as_deref(),
            Button::Unrecognized { raw, .. } => raw.get("text").and_then(Value::as_str),
        }
    }
}

fn unrecognized(raw: Value, problem: &str) -> Button {
    Button::Unrecognized {
        raw,
        problem: problem.to_string(),
    }
}

with_extra!(
    LabelButton,
    UrlButton,
    PhoneButton,
    CopyCodeButton,
    OtpButton,
    FlowButton
);

fn typed<T: WithExtra>(value: Value, wrap: fn(T) -> Button) -> Button {
    match read_exact::<T>(&value) {
        Ok(button) => wrap(button),
        Err(problem) => Button::Unrecognized {
            raw: value,
            problem,
        },
    }
}

impl Serialize for Button {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Button::QuickReply(b)
            | Button::Catalog(b)
            | Button::Mpm(b)
            | Button::Spm(b)
            | Button::VoiceCall(b) => b.serialize(serializer),
            Button::Url(b) => b.serialize(serializer),
            Button::PhoneNumber(b) => b.serialize(serializer),
            Button::CopyCode(b) => b.serialize(serializer),
            Button::Otp(b) => b.serialize(serializer),
            Button::Flow(b) => b.serialize(serializer),
            Button::Unrecognized { raw, .. } => raw.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Button {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Button::from_value(Value::deserialize(deserializer)?))
    }
}

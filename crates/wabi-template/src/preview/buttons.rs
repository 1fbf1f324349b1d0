//! Buttons as each client shows them: labels, icons, and the layout rule "more than 3 buttons:
//! 2 plus See all options" (Meta: M-components), plus the client differences of OTP buttons
//! (one-tap and zero-tap are Android features; iOS falls back to copy code: Meta: M-auth-1tap,
//! M-auth-0tap).

use super::client::Client;
use super::PreviewNote;
use crate::model::{Button, OtpButton, OtpType};
use crate::values::{substitute, url_has_variable, ComponentValues};
use crate::{tr, Locale};
use serde::Serialize;
use ts_rs::TS;

/// Buttons shown at most before the rest move behind "See all options".
pub const MAX_INLINE_BUTTONS: usize = 3;

/// The label of the entry that opens the full button list (English).
pub const SEE_ALL_LABEL: &str = "See all options";

/// The label of the entry that opens the full button list, in `locale`.
pub fn see_all_label(locale: Locale) -> String {
    tr!(locale, en: "See all options", it: "Vedi tutte le opzioni")
}

/// One button as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewButton {
    /// Its position in the template (its send `index`).
    pub index: usize,
    /// The label shown.
    pub label: String,
    /// The icon drawn before the label.
    pub icon: ButtonIcon,
    /// What it opens, calls or copies (filled-in URL, phone number, code), when there is one.
    pub target: Option<String>,
}

/// Icons of template buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ButtonIcon {
    /// Quick reply (curved arrow).
    Reply,
    /// Website (box with arrow).
    Link,
    /// Phone call.
    Phone,
    /// Copy to clipboard.
    Copy,
    /// Flow (form).
    Flow,
    /// Catalog (storefront).
    Catalog,
    /// Multi- or single-product list.
    Products,
    /// WhatsApp voice call.
    VoiceCall,
    /// OTP autofill.
    Autofill,
    /// A button this version cannot read.
    Unknown,
}

/// How the buttons are laid out under the bubble.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ButtonLayout {
    /// Buttons drawn directly (all of them when there are at most 3, else the first 2).
    pub shown: Vec<PreviewButton>,
    /// The "See all options" entry and the full list it opens (more than 3 buttons).
    pub see_all: Option<SeeAll>,
}

/// The "See all options" entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeeAll {
    /// Entry label: "See all options".
    pub label: String,
    /// Every button, in template order.
    pub buttons: Vec<PreviewButton>,
}

/// Lays out `buttons` for a client, the "See all options" entry in English.
pub fn layout(all: Vec<PreviewButton>) -> ButtonLayout {
    layout_in(all, Locale::En)
}

/// Like [`layout`], the "See all options" entry worded in `locale`.
pub fn layout_in(all: Vec<PreviewButton>, locale: Locale) -> ButtonLayout {
    if all.len() <= MAX_INLINE_BUTTONS {
        return ButtonLayout {
            shown: all,
            see_all: None,
        };
    }
    ButtonLayout {
        shown: all.iter().take(MAX_INLINE_BUTTONS - 1).cloned().collect(),
        see_all: Some(SeeAll {
            label: see_all_label(locale),
            buttons: all,
        }),
    }
}

/// Every button of a list as the client draws it; client notes go to `notes` (in English).
/// `otp_code` is set for authentication templates only (the code the OTP button copies or fills
/// in).
pub fn preview_buttons(
    buttons: &[Button],
    values: &ComponentValues,
    client: Client,
    otp_code: Option<&str>,
    notes: &mut Vec<PreviewNote>,
) -> Vec<PreviewButton> {
    preview_buttons_in(buttons, values, client, otp_code, notes, Locale::En)
}

/// Like [`preview_buttons`], with default labels and notes worded in `locale`.
pub fn preview_buttons_in(
    buttons: &[Button],
    values: &ComponentValues,
    client: Client,
    otp_code: Option<&str>,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> Vec<PreviewButton> {
    buttons
        .iter()
        .enumerate()
        .map(|(index, button)| {
            preview_button(index, button, values, client, otp_code, notes, locale)
        })
        .collect()
}

fn label_or(text: Option<&str>, default: &str) -> String {
    match text {
        Some(text) if !text.trim().is_empty() => text.to_string(),
        _ => default.to_string(),
    }
}

fn preview_button(
    index: usize,
    button: &Button,
    values: &ComponentValues,
    client: Client,
    otp_code: Option<&str>,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> PreviewButton {
    let make = |label: String, icon: ButtonIcon, target: Option<String>| PreviewButton {
        index,
        label,
        icon,
        target,
    };
    match button {
        Button::QuickReply(b) => make(
            label_or(b.text.as_deref(), &tr!(locale, en: "Reply", it: "Rispondi")),
            ButtonIcon::Reply,
            None,
        ),
        // An authentication template read back from Meta has its OTP button as type URL.
        Button::Url(b) if otp_code.is_some() => make(
            label_or(
                b.text.as_deref(),
                &tr!(locale, en: "Copy code", it: "Copia codice"),
            ),
            ButtonIcon::Copy,
            otp_code.map(str::to_string),
        ),
        Button::Url(b) => {
            let target = b.url.as_deref().map(|url| {
                if url_has_variable(b) {
                    let value = values.button_text(index, button);
                    substitute(url, |_| value).text
                } else {
                    url.to_string()
                }
            });
            make(
                label_or(
                    b.text.as_deref(),
                    &tr!(locale, en: "Visit website", it: "Visita il sito web"),
                ),
                ButtonIcon::Link,
                target,
            )
        }
        Button::PhoneNumber(b) => make(
            label_or(b.text.as_deref(), &tr!(locale, en: "Call", it: "Chiama")),
            ButtonIcon::Phone,
            b.phone_number.clone(),
        ),
        Button::CopyCode(_) => {
            let code = values.button_text(index, button).text().map(str::to_string);
            make(
                tr!(locale, en: "Copy offer code", it: "Copia codice offerta"),
                ButtonIcon::Copy,
                code,
            )
        }
        Button::Otp(otp) => otp_button(index, otp, client, otp_code, notes, locale),
        Button::Flow(b) => make(
            label_or(b.text.as_deref(), &tr!(locale, en: "Open", it: "Apri")),
            ButtonIcon::Flow,
            None,
        ),
        Button::Catalog(b) => make(
            label_or(
                b.text.as_deref(),
                &tr!(locale, en: "View catalog", it: "Vedi catalogo"),
            ),
            ButtonIcon::Catalog,
            None,
        ),
        Button::Mpm(b) | Button::Spm(b) => make(
            label_or(
                b.text.as_deref(),
                &tr!(locale, en: "View items", it: "Vedi articoli"),
            ),
            ButtonIcon::Products,
            None,
        ),
        Button::VoiceCall(b) => make(
            label_or(
                b.text.as_deref(),
                &tr!(locale, en: "Call on WhatsApp", it: "Chiama su WhatsApp"),
            ),
            ButtonIcon::VoiceCall,
            None,
        ),
        Button::Unrecognized { problem, .. } => {
            notes.push(PreviewNote::warning(tr!(locale,
                en: "Button {} could not be read ({problem}); it is drawn as a plain button.",
                it: "Il pulsante {} non si può leggere ({problem}); è disegnato come pulsante \
                     semplice.",
                index + 1)));
            make(
                label_or(button.text(), &tr!(locale, en: "Button", it: "Pulsante")),
                ButtonIcon::Unknown,
                None,
            )
        }
    }
}

fn otp_button(
    index: usize,
    otp: &OtpButton,
    client: Client,
    code: Option<&str>,
    notes: &mut Vec<PreviewNote>,
    locale: Locale,
) -> PreviewButton {
    let copy = PreviewButton {
        index,
        label: label_or(
            otp.text.as_deref(),
            &tr!(locale, en: "Copy code", it: "Copia codice"),
        ),
        icon: ButtonIcon::Copy,
        target: code.map(str::to_string),
    };
    let otp_type = otp.otp_type();
    if otp_type == OtpType::CopyCode || otp_type == OtpType::Other {
        return copy;
    }
    let kind = match (locale, otp_type == OtpType::OneTap) {
        (Locale::En, true) => "One-tap autofill",
        (Locale::It, true) => "La compilazione automatica one-tap",
        (Locale::En, false) => "Zero-tap",
        (Locale::It, false) => "Lo zero-tap",
    };
    match client {
        Client::Android => {
            if otp_type == OtpType::ZeroTap {
                notes.push(PreviewNote::info(tr!(locale,
                    en: "Zero-tap: on Android the code reaches your app without a tap; the \
                         autofill button is shown when that is not possible.",
                    it: "Zero-tap: su Android il codice arriva alla tua app senza tocchi; il \
                         pulsante di compilazione automatica compare quando non è possibile.")));
            }
            PreviewButton {
                index,
                label: label_or(
                    otp.autofill_text.as_deref(),
                    &tr!(locale, en: "Autofill", it: "Compila automaticamente"),
                ),
                icon: ButtonIcon::Autofill,
                target: code.map(str::to_string),
            }
        }
        Client::Ios | Client::Desktop => {
            let name = if client == Client::Ios {
                "iOS"
            } else {
                "desktop"
            };
            notes.push(PreviewNote::info(tr!(locale,
                en: "{kind} works on Android only; {name} shows a copy-code button instead.",
                it: "{kind} funziona solo su Android; {name} mostra invece un pulsante Copia \
                     codice.")));
            copy
        }
    }
}

/// Whether WhatsApp desktop can show these buttons: not with 4 or more, nor with quick replies
/// mixed with other types (Meta: M-components). Returns the reason (in English) when it cannot.
pub fn desktop_hides(buttons: &[Button]) -> Option<String> {
    desktop_hides_in(buttons, Locale::En)
}

/// Like [`desktop_hides`], the reason worded in `locale`.
pub fn desktop_hides_in(buttons: &[Button], locale: Locale) -> Option<String> {
    if buttons.len() > MAX_INLINE_BUTTONS {
        return Some(tr!(locale,
            en: "WhatsApp desktop does not show templates with 4 or more buttons (this one has \
                 {}).",
            it: "WhatsApp desktop non mostra i template con 4 o più pulsanti (questo ne ha {}).",
            buttons.len()));
    }
    let quick = buttons
        .iter()
        .filter(|b| matches!(b, Button::QuickReply(_)))
        .count();
    if quick > 0 && quick < buttons.len() {
        return Some(tr!(locale,
            en: "WhatsApp desktop does not show templates that mix quick replies with other \
                 buttons.",
            it: "WhatsApp desktop non mostra i template che mescolano risposte rapide e altri \
                 pulsanti."));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn button(index: usize) -> PreviewButton {
        PreviewButton {
            index,
            label: format!("B{index}"),
            icon: ButtonIcon::Reply,
            target: None,
        }
    }

    #[test]
    fn three_buttons_are_all_shown() {
        let laid = layout((0..3).map(button).collect());
        assert_eq!(laid.shown.len(), 3);
        assert!(laid.see_all.is_none());
    }

    #[test]
    fn four_buttons_show_two_and_see_all_with_the_full_list() {
        let laid = layout((0..4).map(button).collect());
        assert_eq!(laid.shown.len(), 2);
        let see_all = laid.see_all.expect("see all");
        assert_eq!(see_all.label, "See all options");
        assert_eq!(see_all.buttons.len(), 4);
    }
}

//! Draft proofs: a template that is not approved yet, sent as the closest session message
//! (Meta: M-text, M-image, M-reply, M-cta), with the list of what the proof shows differently,
//! worded in the interface language ([`build_proof_in`]).
//!
//! Session messages are delivered only within 24 hours of the recipient's last message to the
//! business ([`crate::send::window_explanation`]). Built from the preview model, so the proof carries the same
//! filled-in text the preview shows. Shapes: up to 3 quick replies → interactive reply buttons;
//! a URL button → interactive CTA URL; otherwise text, or media with the body as caption.

use serde::Serialize;
use serde_json::{json, Map, Value};
use ts_rs::TS;
use wabi_template::model::Template;
use wabi_template::preview::{
    preview, ButtonIcon, PreviewButton, PreviewHeader, PreviewLine, PreviewOptions,
};
use wabi_template::preview::{MediaKind, MediaPreview};
use wabi_template::values::Values;
use wabi_template::{tr, Locale};

use wabi_template::limits::{
    INTERACTIVE_BODY as MAX_INTERACTIVE_BODY, INTERACTIVE_HEADER as MAX_INTERACTIVE_HEADER,
    REPLY_TITLE as MAX_REPLY_TITLE,
};

/// A proof message and how it differs from the template.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Proof {
    /// The body of `POST /{PHONE_NUMBER_ID}/messages`.
    #[ts(type = "unknown")]
    pub message: Value,
    /// `button`, `cta_url`, `text`, `image`, `video` or `document`.
    pub shape: String,
    /// What the proof shows differently from the approved template would.
    pub differences: Vec<String>,
}

/// `https://wa.me/<digits>`: opens a chat with the business number from the phone.
pub fn wa_me_link(business_number: &str) -> String {
    let digits: String = business_number
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    format!("https://wa.me/{digits}")
}

fn lines_text(lines: &[PreviewLine]) -> String {
    lines
        .iter()
        .map(|line| {
            line.spans
                .iter()
                .map(|s| s.text.as_str())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Builds the proof of `template` with `values` for recipient `to`, its differences in English.
/// Never panics.
pub fn build_proof(template: &Template, values: &Values, to: &str) -> Proof {
    build_proof_in(template, values, to, Locale::En)
}

/// Builds the proof of `template` with `values` for recipient `to`, its differences in
/// `locale`. Never panics.
pub fn build_proof_in(template: &Template, values: &Values, to: &str, locale: Locale) -> Proof {
    let options = PreviewOptions {
        client: wabi_template::preview::Client::Android,
        theme: wabi_template::preview::Theme::Light,
        timestamp: String::new(),
        now_ms: 0,
    };
    let shown = preview(template, values, &options);
    let mut differences = vec![
        tr!(locale,
            en: "Sent as a session message: delivered only within 24 hours of the recipient's last message; the approved template has no such limit.",
            it: "Inviata come messaggio di sessione: arriva solo entro 24 ore dall'ultimo messaggio del destinatario; il modello approvato non ha questo limite."),
        tr!(locale,
            en: "Formatting (*bold*, _italic_) is sent as plain text.",
            it: "La formattazione (*grassetto*, _corsivo_) viene inviata come testo semplice."),
    ];
    let mut body = shown
        .body
        .as_ref()
        .map(|b| lines_text(&b.lines))
        .unwrap_or_default();
    let footer = shown.footer.clone();
    let mut buttons: Vec<PreviewButton> = shown.buttons.shown.clone();
    if let Some(all) = &shown.buttons.see_all {
        buttons = all.buttons.clone();
    }
    if !shown.cards.is_empty() {
        differences.push(tr!(locale,
            en: "Carousel cards are not part of the proof; only the message text is sent.",
            it: "Le schede del carosello non fanno parte della prova; viene inviato solo il testo del messaggio."));
    }
    let replies: Vec<&PreviewButton> = buttons
        .iter()
        .filter(|b| b.icon == ButtonIcon::Reply)
        .collect();
    let link = buttons
        .iter()
        .find(|b| b.icon == ButtonIcon::Link && b.target.is_some());
    let header = shown.header.as_ref();

    let mut interactive_header = None;
    match header {
        Some(PreviewHeader::Text { lines }) => {
            let text = lines_text(lines);
            if text.chars().count() > MAX_INTERACTIVE_HEADER {
                differences.push(tr!(locale,
                    en: "Header cut to {MAX_INTERACTIVE_HEADER} characters.",
                    it: "Intestazione tagliata a {MAX_INTERACTIVE_HEADER} caratteri."));
            }
            interactive_header =
                Some(json!({"type": "text", "text": cut(&text, MAX_INTERACTIVE_HEADER)}));
        }
        Some(PreviewHeader::Media { media, source, .. }) => {
            let kind = match media {
                MediaKind::Image => "image",
                MediaKind::Video | MediaKind::Gif => "video",
                MediaKind::Document => "document",
            };
            let reference = match source {
                MediaPreview::Id { id } => Some(json!({ "id": id })),
                MediaPreview::Link { url } => Some(json!({ "link": url })),
                _ => None,
            };
            match reference {
                Some(reference) => interactive_header = Some(json!({"type": kind, kind: reference})),
                None => differences.push(tr!(locale,
                    en: "The header media has no uploaded id or link, so the proof has no header; upload the file first.",
                    it: "Il file dell'intestazione non ha un id caricato né un link, quindi la prova non ha intestazione; carica prima il file.")),
            }
        }
        Some(_) => differences.push(tr!(locale,
            en: "This header kind is not part of the proof.",
            it: "Questo tipo di intestazione non fa parte della prova.")),
        None => {}
    }

    let use_buttons = !replies.is_empty() && replies.len() <= 3 && link.is_none();
    let shape;
    let mut message = Map::new();
    message.insert("messaging_product".into(), "whatsapp".into());
    message.insert("recipient_type".into(), "individual".into());
    message.insert("to".into(), to.into());
    if use_buttons || link.is_some() {
        if body.chars().count() > MAX_INTERACTIVE_BODY {
            differences.push(tr!(locale,
                en: "Body cut to {MAX_INTERACTIVE_BODY} characters (interactive message limit).",
                it: "Corpo tagliato a {MAX_INTERACTIVE_BODY} caratteri (limite dei messaggi interattivi)."));
            body = cut(&body, MAX_INTERACTIVE_BODY);
        }
        let mut interactive = Map::new();
        let action = if let (Some(link), false) = (link, use_buttons) {
            shape = "cta_url";
            let others = buttons.len() - 1;
            if others > 0 {
                differences.push(tr!(locale,
                    en: "Only the first website button is shown; {others} other button(s) are left out.",
                    it: "Viene mostrato solo il primo pulsante del sito web; pulsanti esclusi: {others}."));
            }
            if link.label.chars().count() > MAX_REPLY_TITLE {
                differences.push(tr!(locale,
                    en: "Button text cut to {MAX_REPLY_TITLE} characters.",
                    it: "Testo del pulsante tagliato a {MAX_REPLY_TITLE} caratteri."));
            }
            json!({"name": "cta_url", "parameters": {"display_text": cut(&link.label, MAX_REPLY_TITLE), "url": link.target.clone().unwrap_or_default()}})
        } else {
            shape = "button";
            let mut list = Vec::new();
            for (position, reply) in replies.iter().enumerate() {
                if reply.label.chars().count() > MAX_REPLY_TITLE {
                    let label = &reply.label;
                    differences.push(tr!(locale,
                        en: "Reply button \"{label}\" is cut to {MAX_REPLY_TITLE} characters: reply-button titles are limited to {MAX_REPLY_TITLE}.",
                        it: "Il pulsante di risposta \"{label}\" è tagliato a {MAX_REPLY_TITLE} caratteri: i titoli dei pulsanti di risposta hanno al massimo {MAX_REPLY_TITLE} caratteri."));
                }
                list.push(json!({"type": "reply", "reply": {"id": format!("proof-{position}"), "title": cut(&reply.label, MAX_REPLY_TITLE)}}));
            }
            if buttons.len() > replies.len() {
                differences.push(tr!(locale,
                    en: "Buttons other than quick replies are left out.",
                    it: "I pulsanti che non sono risposte rapide sono esclusi."));
            }
            json!({ "buttons": list })
        };
        interactive.insert("type".into(), shape.into());
        if let Some(h) = interactive_header {
            interactive.insert("header".into(), h);
        }
        interactive.insert("body".into(), json!({ "text": body }));
        if let Some(footer) = footer {
            interactive.insert(
                "footer".into(),
                json!({ "text": cut(&footer, MAX_INTERACTIVE_HEADER) }),
            );
        }
        interactive.insert("action".into(), action);
        message.insert("type".into(), "interactive".into());
        message.insert("interactive".into(), Value::Object(interactive));
    } else {
        if !buttons.is_empty() {
            differences.push(tr!(locale,
                en: "Buttons are left out (more than 3 quick replies, or button kinds a session message cannot carry).",
                it: "I pulsanti sono esclusi (più di 3 risposte rapide, o tipi di pulsante che un messaggio di sessione non può contenere)."));
        }
        if footer.is_some() {
            differences.push(tr!(locale,
                en: "The footer is added to the end of the text.",
                it: "Il piè di pagina viene aggiunto alla fine del testo."));
        }
        let text = match &footer {
            Some(footer) => format!("{body}\n\n{footer}"),
            None => body,
        };
        match interactive_header {
            Some(h) if h.get("type").and_then(Value::as_str) != Some("text") => {
                let kind = h
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or("image")
                    .to_owned();
                let mut media = h.get(kind.as_str()).cloned().unwrap_or(Value::Null);
                if let Value::Object(map) = &mut media {
                    map.insert("caption".into(), text.into());
                }
                shape = if kind == "image" {
                    "image"
                } else if kind == "video" {
                    "video"
                } else {
                    "document"
                };
                message.insert("type".into(), kind.clone().into());
                message.insert(kind, media);
            }
            other => {
                let text = match other
                    .as_ref()
                    .and_then(|h| h.get("text"))
                    .and_then(Value::as_str)
                {
                    Some(header) => format!("{header}\n\n{text}"),
                    None => text,
                };
                if other.is_some() {
                    differences.push(tr!(locale,
                        en: "The header text is sent as the first line of the text.",
                        it: "Il testo dell'intestazione viene inviato come prima riga del testo."));
                }
                shape = "text";
                message.insert("type".into(), "text".into());
                message.insert("text".into(), json!({ "body": text }));
            }
        }
    }
    Proof {
        message: Value::Object(message),
        shape: shape.to_owned(),
        differences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(json: Value) -> Template {
        Template::from_value(json).unwrap()
    }

    #[test]
    fn quick_replies_become_reply_buttons_with_titles_cut_to_20() {
        let t = template(json!({"name": "t", "language": "en", "components": [
            {"type": "BODY", "text": "Hello there"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes please"}, {"type": "QUICK_REPLY", "text": "No thanks, not this time"}]}]}));
        let proof = build_proof(&t, &Values::default(), "+16505551234");
        assert_eq!(proof.shape, "button");
        let buttons = &proof.message["interactive"]["action"]["buttons"];
        assert_eq!(buttons[0]["reply"]["title"], "Yes please");
        assert_eq!(
            buttons[1]["reply"]["title"]
                .as_str()
                .unwrap()
                .chars()
                .count(),
            20
        );
        assert!(proof
            .differences
            .iter()
            .any(|d| d.contains("limited to 20")));
        assert_eq!(proof.message["interactive"]["body"]["text"], "Hello there");
    }

    #[test]
    fn url_button_becomes_cta_url() {
        let t = template(json!({"name": "t", "language": "en", "components": [
            {"type": "BODY", "text": "Track it"},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://example.com/t"}]}]}));
        let proof = build_proof(&t, &Values::default(), "+16505551234");
        assert_eq!(proof.shape, "cta_url");
        assert_eq!(proof.message["interactive"]["action"]["name"], "cta_url");
        assert_eq!(
            proof.message["interactive"]["action"]["parameters"]["url"],
            "https://example.com/t"
        );
    }

    #[test]
    fn plain_body_becomes_text() {
        let t = template(json!({"name": "t", "language": "en", "components": [
            {"type": "BODY", "text": "Just text"}, {"type": "FOOTER", "text": "Reply STOP"}]}));
        let proof = build_proof(&t, &Values::default(), "+16505551234");
        assert_eq!(proof.shape, "text");
        assert_eq!(proof.message["text"]["body"], "Just text\n\nReply STOP");
    }

    #[test]
    fn the_differences_are_worded_in_the_interface_language() {
        let t = template(json!({"name": "t", "language": "en", "components": [
            {"type": "BODY", "text": "Hello there"},
            {"type": "FOOTER", "text": "Reply STOP"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "No thanks, not this time"}]}]}));
        let english = build_proof(&t, &Values::default(), "+16505551234");
        let italian = build_proof_in(&t, &Values::default(), "+16505551234", Locale::It);
        assert_eq!(italian.message, english.message, "only the words differ");
        assert_eq!(italian.differences.len(), english.differences.len());
        assert!(
            italian.differences[0].contains("24 ore"),
            "{:?}",
            italian.differences
        );
        assert!(italian
            .differences
            .iter()
            .any(|d| d.contains("\"No thanks, not this time\" è tagliato a 20 caratteri")));
        for (it, en) in italian.differences.iter().zip(&english.differences) {
            assert_ne!(it, en);
        }
    }

    #[test]
    fn wa_me_link_keeps_digits_only() {
        assert_eq!(wa_me_link("+1 555-010-0123"), "https://wa.me/15550100123");
    }
}

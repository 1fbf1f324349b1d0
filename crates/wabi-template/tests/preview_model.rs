//! The preview model as the UI receives it: variables filled, markup styled, buttons laid out per
//! client, desktop and iOS differences, offers, carousels, authentication, and notes.

use serde_json::{json, Value};
use wabi_template::model::Template;
use wabi_template::preview::{
    preview, ButtonIcon, Client, Display, MediaKind, MediaPreview, NoteLevel, Preview,
    PreviewHeader, PreviewLine, PreviewOptions, Theme, ValueSource,
};
use wabi_template::values::Values;

const NOW_MS: i64 = 1_767_225_600_000; // 2026-01-01T00:00:00Z

fn options(client: Client) -> PreviewOptions {
    PreviewOptions {
        client,
        theme: Theme::Light,
        timestamp: "10:42".to_string(),
        now_ms: NOW_MS,
    }
}

fn draw(template: Value, values: Value, client: Client) -> Preview {
    let template = Template::from_value(template).expect("object");
    let values = Values::from_value(&values, &template).expect("valid values");
    preview(&template, &values, &options(client))
}

fn text_of(lines: &[PreviewLine]) -> String {
    lines
        .iter()
        .map(|l| l.spans.iter().map(|s| s.text.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn notes(preview: &Preview) -> Vec<String> {
    preview.notes.iter().map(|n| n.text.clone()).collect()
}

fn quick_replies(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| json!({"type": "QUICK_REPLY", "text": format!("Reply {i}")}))
        .collect()
}

#[test]
fn header_body_footer_and_timestamp_are_filled_and_styled() {
    let p = draw(
        json!({"name": "t", "language": "en", "category": "UTILITY", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": {"header_text": ["#1"]}},
            {"type": "BODY", "text": "*Hi {{1}}*, your order {{2}} ships _today_.", "example": {"body_text": [["Pablo", "860198"]]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"}]}),
        json!({"header": {"1": "#42"}, "body": {"1": "Ada"}}),
        Client::Android,
    );
    let Some(PreviewHeader::Text { lines }) = &p.header else {
        panic!("text header expected");
    };
    assert_eq!(text_of(lines), "Order #42");
    let body = p.body.as_ref().expect("body");
    assert_eq!(
        text_of(&body.lines),
        "Hi Ada, your order 860198 ships today."
    );
    let spans = &body.lines[0].spans;
    assert!(spans[0].bold && spans[0].text == "Hi ");
    assert!(
        spans[1].bold
            && spans[1]
                .variable
                .as_ref()
                .is_some_and(|v| v.source == ValueSource::Given)
    );
    let example = spans
        .iter()
        .find(|s| s.text == "860198")
        .expect("example span");
    assert_eq!(
        example.variable.as_ref().map(|v| v.source),
        Some(ValueSource::Example)
    );
    assert!(spans.iter().any(|s| s.italic && s.text == "today"));
    assert_eq!(p.footer.as_deref(), Some("Reply STOP to opt out"));
    assert_eq!(p.timestamp, "10:42");
    assert_eq!(p.display, Display::Shown);
    assert!(
        notes(&p)
            .iter()
            .any(|n| n.contains("example values: body {{2}}")),
        "{:?}",
        notes(&p)
    );
}

#[test]
fn missing_values_are_shown_raw_with_a_warning() {
    let p = draw(
        json!({"components": [{"type": "BODY", "text": "Hi {{1}}, {{2}}"}]}),
        json!({"body": {"1": "Ada"}}),
        Client::Android,
    );
    assert_eq!(text_of(&p.body.expect("body").lines), "Hi Ada, {{2}}");
    assert!(p
        .notes
        .iter()
        .any(|n| n.level == NoteLevel::Warning && n.text.contains("body {{2}}")));
}

#[test]
fn three_buttons_are_shown_and_four_become_two_plus_see_all() {
    let template = |n| {
        json!({"category": "MARKETING", "components": [
        {"type": "BODY", "text": "Hi"}, {"type": "BUTTONS", "buttons": quick_replies(n)}]})
    };
    let three = draw(template(3), json!({}), Client::Android);
    assert_eq!(three.buttons.shown.len(), 3);
    assert!(three.buttons.see_all.is_none());
    let four = draw(template(4), json!({}), Client::Ios);
    assert_eq!(
        four.buttons
            .shown
            .iter()
            .map(|b| b.label.as_str())
            .collect::<Vec<_>>(),
        vec!["Reply 0", "Reply 1"]
    );
    let see_all = four.buttons.see_all.expect("see all");
    assert_eq!(see_all.label, "See all options");
    assert_eq!(see_all.buttons.len(), 4);
}

#[test]
fn desktop_hides_four_buttons_but_shows_three() {
    let template = |n| json!({"components": [{"type": "BODY", "text": "Hi"}, {"type": "BUTTONS", "buttons": quick_replies(n)}]});
    assert_eq!(
        draw(template(3), json!({}), Client::Desktop).display,
        Display::Shown
    );
    let four = draw(template(4), json!({}), Client::Desktop);
    let Display::NotShown { text, reasons } = &four.display else {
        panic!("desktop must hide 4 buttons");
    };
    assert!(text.contains("Open WhatsApp on your phone"));
    assert!(reasons[0].contains("4 or more buttons"));
    assert_eq!(
        draw(template(4), json!({}), Client::Android).display,
        Display::Shown
    );
}

#[test]
fn desktop_hides_quick_replies_mixed_with_other_buttons() {
    let p = draw(
        json!({"components": [{"type": "BODY", "text": "Hi"}, {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Yes"}, {"type": "URL", "text": "Site", "url": "https://a.example"}]}]}),
        json!({}),
        Client::Desktop,
    );
    assert!(matches!(p.display, Display::NotShown { .. }));
}

#[test]
fn limited_time_offer_has_countdown_and_is_hidden_on_desktop() {
    let template = json!({"category": "marketing", "components": [
        {"type": "header", "format": "image", "example": {"header_handle": ["4::aW"]}},
        {"type": "limited_time_offer", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
        {"type": "body", "text": "Good news, {{1}}!", "example": {"body_text": [["Pablo"]]}},
        {"type": "buttons", "buttons": [{"type": "copy_code", "example": "CARIBE25"},
            {"type": "url", "text": "Book now!", "url": "https://a.example/o?c={{1}}", "example": ["x"]}]}]});
    let values = json!({"limited_time_offer": {"expiration_time_ms": NOW_MS + 30 * 60_000}});
    let android = draw(template.clone(), values.clone(), Client::Android);
    let offer = android.offer.expect("offer");
    assert_eq!(offer.headline, "Expiring offer!");
    assert_eq!(offer.code.as_deref(), Some("CARIBE25"));
    let countdown = offer.countdown.expect("countdown");
    assert_eq!(countdown.text, "Ends in 30 minutes");
    assert!(countdown.urgent);
    assert!(!countdown.sample);
    assert_eq!(android.buttons.shown[0].label, "Copy offer code");
    assert_eq!(android.buttons.shown[0].icon, ButtonIcon::Copy);
    assert_eq!(
        android.buttons.shown[1].target.as_deref(),
        Some("https://a.example/o?c=x")
    );
    let desktop = draw(template.clone(), values, Client::Desktop);
    let Display::NotShown { reasons, .. } = desktop.display else {
        panic!("desktop hides offers");
    };
    assert!(reasons[0].contains("limited-time offers"));
    let sample = draw(template, json!({}), Client::Ios);
    let countdown = sample.offer.and_then(|o| o.countdown).expect("countdown");
    assert!(countdown.sample);
    assert_eq!(countdown.text, "Ends in 2 days");
}

#[test]
fn one_tap_otp_autofills_on_android_and_falls_back_to_copy_code_on_ios() {
    let template = json!({"category": "AUTHENTICATION", "components": [
        {"type": "BODY", "add_security_recommendation": true},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "text": "Copy Code", "autofill_text": "Autofill",
            "supported_apps": [{"package_name": "com.example.app", "signature_hash": "K8a/AINcGX7"}]}]}]});
    let android = draw(
        template.clone(),
        json!({"body": {"1": "482913"}}),
        Client::Android,
    );
    assert_eq!(android.buttons.shown[0].label, "Autofill");
    assert_eq!(android.buttons.shown[0].icon, ButtonIcon::Autofill);
    assert_eq!(
        text_of(&android.body.as_ref().expect("body").lines),
        "482913 is your verification code. For your security, do not share this code."
    );
    assert_eq!(
        android.footer.as_deref(),
        Some("This code expires in 10 minutes.")
    );
    let ios = draw(template, json!({"body": {"1": "482913"}}), Client::Ios);
    assert_eq!(ios.buttons.shown[0].label, "Copy Code");
    assert_eq!(ios.buttons.shown[0].icon, ButtonIcon::Copy);
    assert_eq!(ios.buttons.shown[0].target.as_deref(), Some("482913"));
    assert!(
        notes(&ios)
            .iter()
            .any(|n| n.contains("iOS shows a copy-code button")),
        "{:?}",
        notes(&ios)
    );
}

#[test]
fn zero_tap_falls_back_on_ios_and_sample_code_is_shown_without_a_value() {
    let p = draw(
        json!({"category": "authentication", "components": [{"type": "body"},
            {"type": "buttons", "buttons": [{"type": "otp", "otp_type": "zero_tap"}]}]}),
        json!({}),
        Client::Ios,
    );
    assert_eq!(p.buttons.shown[0].label, "Copy code");
    assert_eq!(
        text_of(&p.body.expect("body").lines),
        "123456 is your verification code."
    );
}

#[test]
fn long_marketing_body_is_folded_and_utility_is_not() {
    let long = "A line of text.\n".repeat(7);
    let marketing = draw(
        json!({"category": "MARKETING", "components": [{"type": "BODY", "text": long}]}),
        json!({}),
        Client::Android,
    );
    let folded = marketing.body.expect("body").folded.expect("folded");
    assert_eq!(folded.label, "Read more");
    assert_eq!(folded.lines.len(), 5);
    let utility = draw(
        json!({"category": "UTILITY", "components": [{"type": "BODY", "text": long}]}),
        json!({}),
        Client::Android,
    );
    assert!(utility.body.expect("body").folded.is_none());
}

#[test]
fn media_header_shows_given_file_or_sample() {
    let template = json!({"components": [{"type": "HEADER", "format": "DOCUMENT", "example": {"header_handle": ["4::cGRm"]}}, {"type": "BODY", "text": "x"}]});
    let given = draw(
        template.clone(),
        json!({"header": {"link": "https://a.example/r.pdf", "filename": "r.pdf"}}),
        Client::Android,
    );
    assert_eq!(
        given.header,
        Some(PreviewHeader::Media {
            media: MediaKind::Document,
            source: MediaPreview::Link {
                url: "https://a.example/r.pdf".into()
            },
            filename: Some("r.pdf".into())
        })
    );
    let sample = draw(template, json!({}), Client::Android);
    assert!(matches!(
        sample.header,
        Some(PreviewHeader::Media {
            source: MediaPreview::Sample { .. },
            ..
        })
    ));
}

#[test]
fn carousel_cards_are_previewed_with_their_values() {
    let card = |text: &str| {
        json!({"components": [
        {"type": "header", "format": "image", "example": {"header_handle": ["4::an"]}},
        {"type": "body", "text": text, "example": {"body_text": [["15OFF"]]}},
        {"type": "buttons", "buttons": [{"type": "quick_reply", "text": "More"}, {"type": "url", "text": "Buy", "url": "https://a.example/{{1}}", "example": ["lemon"]}]}]})
    };
    let p = draw(
        json!({"category": "marketing", "components": [{"type": "body", "text": "Summer!"},
            {"type": "carousel", "cards": [card("Lemons {{1}}"), card("Mangoes {{1}}")]}]}),
        json!({"cards": {"1": {"body": {"1": "20OFF"}, "header": {"id": "9"}}}}),
        Client::Android,
    );
    assert_eq!(p.cards.len(), 2);
    assert_eq!(
        text_of(p.cards[0].body.as_ref().expect("body")),
        "Lemons 15OFF"
    );
    assert_eq!(
        text_of(p.cards[1].body.as_ref().expect("body")),
        "Mangoes 20OFF"
    );
    assert!(matches!(
        p.cards[1].header,
        Some(PreviewHeader::Media {
            source: MediaPreview::Id { .. },
            ..
        })
    ));
    assert_eq!(
        p.cards[0].buttons[1].target.as_deref(),
        Some("https://a.example/lemon")
    );
}

#[test]
fn unreadable_parts_become_notes_not_failures() {
    let p = draw(
        json!({"components": [{"type": "HEADER", "format": "TEXT", "text": 5}, {"type": "BODY", "text": "ok"},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Go", "url": ["x"]}]}]}),
        json!({}),
        Client::Android,
    );
    assert_eq!(text_of(&p.body.expect("body").lines), "ok");
    assert_eq!(p.buttons.shown[0].icon, ButtonIcon::Unknown);
    assert_eq!(p.buttons.shown[0].label, "Go");
    assert!(
        p.notes
            .iter()
            .filter(|n| n.level == NoteLevel::Warning)
            .count()
            >= 2
    );
}

#[test]
fn ios_and_android_styles_differ_and_dark_theme_changes_colours() {
    let template = json!({"components": [{"type": "BODY", "text": "x"}]});
    let android = draw(template.clone(), json!({}), Client::Android);
    let ios = draw(template, json!({}), Client::Ios);
    assert_ne!(android.style.accent, ios.style.accent);
    assert_ne!(
        android.style.timestamp_placement,
        ios.style.timestamp_placement
    );
    assert_ne!(android.style.button_style, ios.style.button_style);
    let dark = wabi_template::preview::ClientStyle::of(Client::Android, Theme::Dark);
    assert_ne!(dark.bubble, android.style.bubble);
}

#[test]
fn json_for_the_ui_is_camel_case_with_kind_tags() {
    let p = draw(
        json!({"category": "MARKETING", "components": [{"type": "HEADER", "format": "TEXT", "text": "Hi"},
            {"type": "BODY", "text": "> quoted"}, {"type": "BUTTONS", "buttons": quick_replies(4)}]}),
        json!({}),
        Client::Desktop,
    );
    let value = serde_json::to_value(&p).expect("serialisable");
    assert_eq!(value["display"]["kind"], "notShown");
    assert_eq!(value["header"]["kind"], "text");
    assert_eq!(value["body"]["lines"][0]["block"]["kind"], "quote");
    assert!(value["buttons"]["seeAll"]["buttons"].is_array());
    assert!(value["style"]["chatBackground"].is_string());
    assert_eq!(value["client"], "desktop");
    assert!(p
        .notes
        .iter()
        .any(|n| n.text.contains("Quotes, lists and inline code")));
}

#[test]
fn authentication_url_button_read_back_from_meta_is_drawn_as_copy_code() {
    let p = draw(
        json!({"category": "AUTHENTICATION", "components": [{"type": "BODY", "text": "*{{1}}* is your verification code."},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Copy code", "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}"}]}]}),
        json!({"body": {"1": "482913"}}),
        Client::Android,
    );
    assert_eq!(p.buttons.shown[0].icon, ButtonIcon::Copy);
    assert_eq!(p.buttons.shown[0].target.as_deref(), Some("482913"));
}

#[test]
fn body_variable_1_of_a_marketing_template_is_not_an_otp() {
    let p = draw(
        json!({"category": "MARKETING", "components": [{"type": "BODY", "text": "Hi {{1}}"},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Go", "url": "https://a.example/{{1}}", "example": ["x"]}]}]}),
        json!({"body": {"1": "Ada"}}),
        Client::Android,
    );
    assert_eq!(p.buttons.shown[0].icon, ButtonIcon::Link);
    assert_eq!(
        p.buttons.shown[0].target.as_deref(),
        Some("https://a.example/x")
    );
}

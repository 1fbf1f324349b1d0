//! The send payload of every component kind, compared against the full expected JSON of
//! `POST /{PHONE_NUMBER_ID}/messages` (Meta: M-send, M-carousel, M-lto, M-auth and the OpenAPI
//! examples, see `docs/sources.md`).

use serde_json::{json, Value};
use wabi_template::model::Template;
use wabi_template::payload::{build, Payload};
use wabi_template::values::Values;
use wabi_template::Severity;

const TO: &str = "+16505551234";

fn payload(template: Value, values: Value) -> Payload {
    let template = Template::from_value(template).expect("object");
    let values = Values::from_value(&values, &template).expect("valid values");
    build(&template, &values, TO)
}

fn envelope(name: &str, language: &str, components: Value) -> Value {
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": TO,
        "type": "template",
        "template": {"name": name, "language": {"code": language}, "components": components}
    })
}

fn errors(payload: &Payload) -> Vec<String> {
    payload
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

#[test]
fn text_header_and_positional_body_use_given_values_then_examples() {
    let built = payload(
        json!({"name": "seasonal_promotion", "language": "en", "category": "MARKETING", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Our {{1}} is on!", "example": {"header_text": ["Summer Sale"]}},
            {"type": "BODY", "text": "Shop now through {{1}} and use code {{2}} to get {{3}} off.",
             "example": {"body_text": [["the end of August", "25OFF", "25%"]]}},
            {"type": "FOOTER", "text": "Use the buttons below"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Unsubscribe"}]}]}),
        json!({"header": {"1": "Fall Sale"}, "body": {"2": "FALL30"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "seasonal_promotion",
            "en",
            json!([
                {"type": "header", "parameters": [{"type": "text", "text": "Fall Sale"}]},
                {"type": "body", "parameters": [
                    {"type": "text", "text": "the end of August"},
                    {"type": "text", "text": "FALL30"},
                    {"type": "text", "text": "25%"}]}
            ])
        )
    );
    assert!(built.problems.is_empty(), "{:?}", built.problems);
}

#[test]
fn positional_parameters_follow_variable_numbers_not_text_order() {
    let built = payload(
        json!({"name": "n", "language": "en", "components": [
            {"type": "BODY", "text": "B {{2}} then A {{1}}, again {{2}}.", "example": {"body_text": [["a", "b"]]}}]}),
        json!({}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([{"type": "body", "parameters": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}])
    );
}

#[test]
fn named_body_and_header_carry_parameter_name() {
    let built = payload(
        json!({"name": "order_named", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Sale starts {{sale_start_date}}!",
             "example": {"header_text_named_params": [{"param_name": "sale_start_date", "example": "December 1st"}]}},
            {"type": "BODY", "text": "Thank you, {{first_name}}! Your order number is {{order_number}}.",
             "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Pablo"},
                                                    {"param_name": "order_number", "example": "860198-230332"}]}}]}),
        json!({"body": {"first_name": "Jessica"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "order_named",
            "en_US",
            json!([
                {"type": "header", "parameters": [{"type": "text", "parameter_name": "sale_start_date", "text": "December 1st"}]},
                {"type": "body", "parameters": [
                    {"type": "text", "parameter_name": "first_name", "text": "Jessica"},
                    {"type": "text", "parameter_name": "order_number", "text": "860198-230332"}]}
            ])
        )
    );
}

#[test]
fn image_header_by_id_and_document_header_by_link_with_filename() {
    let image = payload(
        json!({"name": "img", "language": "en", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW"]}},
            {"type": "BODY", "text": "Look"}]}),
        json!({"header": {"id": "1602186516975000"}}),
    );
    assert_eq!(
        image.message["template"]["components"],
        json!([{"type": "header", "parameters": [{"type": "image", "image": {"id": "1602186516975000"}}]}])
    );
    let document = payload(
        json!({"name": "doc", "language": "en", "components": [
            {"type": "HEADER", "format": "DOCUMENT"}, {"type": "BODY", "text": "Receipt"}]}),
        json!({"header": {"link": "https://example.com/r.pdf", "filename": "receipt.pdf"}}),
    );
    assert_eq!(
        document.message["template"]["components"],
        json!([{"type": "header", "parameters": [{"type": "document", "document": {"link": "https://example.com/r.pdf", "filename": "receipt.pdf"}}]}])
    );
}

#[test]
fn video_header_by_link() {
    let built = payload(
        json!({"name": "vid", "language": "en", "components": [
            {"type": "header", "format": "video"}, {"type": "body", "text": "Watch"}]}),
        json!({"header": {"link": "https://example.com/v.mp4"}}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([{"type": "header", "parameters": [{"type": "video", "video": {"link": "https://example.com/v.mp4"}}]}])
    );
}

#[test]
fn media_header_without_a_file_is_a_send_error_naming_the_header() {
    let built = payload(
        json!({"name": "img", "language": "en", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW"]}},
            {"type": "BODY", "text": "Look"}]}),
        json!({}),
    );
    let found = errors(&built);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("error: header: the IMAGE header needs the file"),
        "{found:?}"
    );
    assert!(!built.is_sendable());
}

#[test]
fn location_header() {
    let built = payload(
        json!({"name": "order_delivery_update", "language": "en_US", "category": "UTILITY", "components": [
            {"type": "HEADER", "format": "LOCATION"},
            {"type": "BODY", "text": "Good news {{1}}! Your order #{{2}} is on its way.", "example": {"body_text": [["Mark", "566701"]]}}]}),
        json!({"header": {"latitude": "37.44", "longitude": "-122.16", "name": "Philz Coffee", "address": "101 Forest Ave, Palo Alto"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "order_delivery_update",
            "en_US",
            json!([
                {"type": "header", "parameters": [{"type": "location", "location": {
                    "latitude": "37.44", "longitude": "-122.16", "name": "Philz Coffee", "address": "101 Forest Ave, Palo Alto"}}]},
                {"type": "body", "parameters": [{"type": "text", "text": "Mark"}, {"type": "text", "text": "566701"}]}
            ])
        )
    );
}

#[test]
fn buttons_get_their_sub_type_and_template_index() {
    let built = payload(
        json!({"name": "all_buttons", "language": "en_US", "category": "MARKETING", "components": [
            {"type": "BODY", "text": "Hello"},
            {"type": "BUTTONS", "buttons": [
                {"type": "QUICK_REPLY", "text": "More"},
                {"type": "URL", "text": "Shop", "url": "https://www.luckyshrub.com/shop?promo={{1}}", "example": ["summer2023"]},
                {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"},
                {"type": "COPY_CODE", "example": "250FF"},
                {"type": "URL", "text": "Static", "url": "https://www.luckyshrub.com"},
                {"type": "FLOW", "text": "Book", "flow_id": "123", "flow_action": "navigate", "navigate_screen": "S1"},
                {"type": "QUICK_REPLY", "text": "Stop"}]}]}),
        json!({"buttons": {"0": "MORE", "5": "token-1"}}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([
            {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "MORE"}]},
            {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "summer2023"}]},
            {"type": "button", "sub_type": "copy_code", "index": "3", "parameters": [{"type": "coupon_code", "coupon_code": "250FF"}]},
            {"type": "button", "sub_type": "flow", "index": "5", "parameters": [{"type": "action", "action": {"flow_token": "token-1"}}]}
        ])
    );
    assert!(built.problems.is_empty(), "{:?}", built.problems);
}

#[test]
fn flow_button_with_action_object() {
    let built = payload(
        json!({"name": "f", "language": "en_US", "components": [
            {"type": "body", "text": "Check out this new offer"},
            {"type": "BUTTONS", "buttons": [{"type": "FLOW", "text": "Check out this offer!", "flow_id": "1", "flow_action": "navigate", "navigate_screen": "S"}]}]}),
        json!({"buttons": {"0": {"flow_token": "<FLOW_TOKEN>", "flow_action_data": {"k": "v"}}}}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([{"type": "button", "sub_type": "flow", "index": "0",
                "parameters": [{"type": "action", "action": {"flow_token": "<FLOW_TOKEN>", "flow_action_data": {"k": "v"}}}]}])
    );
}

#[test]
fn catalog_button_matches_metas_catalog_example() {
    let built = payload(
        json!({"name": "intro_catalog_offer", "language": "en_US", "category": "MARKETING", "components": [
            {"type": "BODY", "text": "Get Rs {{1}} off on orders above {{2}}Rs for your first {{3}} orders!", "example": {"body_text": [["100", "400", "3"]]}},
            {"type": "BUTTONS", "buttons": [{"type": "CATALOG", "text": "View catalog"}]}]}),
        json!({"buttons": {"0": "2lc20305pt"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "intro_catalog_offer",
            "en_US",
            json!([
                {"type": "body", "parameters": [{"type": "text", "text": "100"}, {"type": "text", "text": "400"}, {"type": "text", "text": "3"}]},
                {"type": "button", "sub_type": "CATALOG", "index": "0",
                 "parameters": [{"type": "action", "action": {"thumbnail_product_retailer_id": "2lc20305pt"}}]}
            ])
        )
    );
}

#[test]
fn mpm_button_carries_sections_and_is_required() {
    let template = json!({"name": "abandoned_cart", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Forget something {{1}}?", "example": {"header_text": ["Pablo"]}},
        {"type": "BODY", "text": "Use code {{1}} for 10% off!", "example": {"body_text": [["10OFF"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "MPM", "text": "View items"}]}]});
    let action = json!({"thumbnail_product_retailer_id": "2lc20305pt",
        "sections": [{"title": "Popular", "product_items": [{"product_retailer_id": "a1"}, {"product_retailer_id": "b2"}]}]});
    let built = payload(template.clone(), json!({"buttons": {"0": action.clone()}}));
    assert_eq!(
        built.message["template"]["components"][2],
        json!({"type": "button", "sub_type": "mpm", "index": "0", "parameters": [{"type": "action", "action": action}]})
    );
    let missing = payload(template, json!({}));
    assert_eq!(errors(&missing).len(), 1);
    assert!(errors(&missing)[0].contains("buttons.0"));
}

#[test]
fn authentication_code_is_placed_twice() {
    let built = payload(
        json!({"name": "authentication_code_copy_code_button", "language": "en_US", "category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "FOOTER", "code_expiration_minutes": 10},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy Code"}]}]}),
        json!({"body": {"1": "J$FpnYnP"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "authentication_code_copy_code_button",
            "en_US",
            json!([
                {"type": "body", "parameters": [{"type": "text", "text": "J$FpnYnP"}]},
                {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "J$FpnYnP"}]}
            ])
        )
    );
}

#[test]
fn otp_of_15_chars_is_sendable_and_16_is_not() {
    let template = json!({"name": "a", "language": "en", "category": "AUTHENTICATION", "components": [
        {"type": "BODY"}, {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP"}]}]});
    assert!(payload(template.clone(), json!({"body": {"1": "1".repeat(15)}})).is_sendable());
    let over = payload(template.clone(), json!({"body": {"1": "1".repeat(16)}}));
    assert_eq!(errors(&over).len(), 1, "{:?}", over.problems);
    let missing = payload(template, json!({}));
    assert!(errors(&missing)[0].contains("body.1"));
}

#[test]
fn limited_time_offer_expiry_and_codes() {
    let built = payload(
        json!({"name": "limited_time_offer_caribbean_pkg_2023", "language": "en_US", "category": "marketing", "components": [
            {"type": "header", "format": "image", "example": {"header_handle": ["4::aW"]}},
            {"type": "limited_time_offer", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
            {"type": "body", "text": "Good news, {{1}}! Use code {{2}} to get 25% off!", "example": {"body_text": [["Pablo", "CARIBE25"]]}},
            {"type": "buttons", "buttons": [
                {"type": "copy_code", "example": "CARIBE25"},
                {"type": "url", "text": "Book now!", "url": "https://awesomedestinations.com/offers?code={{1}}",
                 "example": ["https://awesomedestinations.com/offers?ref=n3mtql"]}]}]}),
        json!({"header": {"id": "1602186516975000"}, "limited_time_offer": {"expiration_time_ms": 1209600000},
               "buttons": {"1": "n3mtql"}}),
    );
    assert_eq!(
        built.message,
        envelope(
            "limited_time_offer_caribbean_pkg_2023",
            "en_US",
            json!([
                {"type": "header", "parameters": [{"type": "image", "image": {"id": "1602186516975000"}}]},
                {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1209600000}}]},
                {"type": "body", "parameters": [{"type": "text", "text": "Pablo"}, {"type": "text", "text": "CARIBE25"}]},
                {"type": "button", "sub_type": "copy_code", "index": "0", "parameters": [{"type": "coupon_code", "coupon_code": "CARIBE25"}]},
                {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "n3mtql"}]}
            ])
        )
    );
    assert!(built.problems.is_empty(), "{:?}", built.problems);
}

#[test]
fn limited_time_offer_without_expiry_is_a_send_error() {
    let built = payload(
        json!({"name": "l", "language": "en", "category": "MARKETING", "components": [
            {"type": "limited_time_offer", "limited_time_offer": {"text": "Hurry", "has_expiration": true}},
            {"type": "body", "text": "Deal"}]}),
        json!({}),
    );
    assert!(errors(&built)[0].contains("limited_time_offer.expiration_time_ms"));
}

#[test]
fn offer_code_of_15_chars_passes_and_16_fails() {
    let template = json!({"name": "l", "language": "en", "category": "MARKETING", "components": [
        {"type": "limited_time_offer", "limited_time_offer": {"text": "Hurry", "has_expiration": false}},
        {"type": "body", "text": "Deal"},
        {"type": "buttons", "buttons": [{"type": "copy_code", "example": "X"}]}]});
    assert!(
        payload(template.clone(), json!({"buttons": {"0": "C".repeat(15)}}))
            .problems
            .is_empty()
    );
    assert_eq!(
        errors(&payload(
            template,
            json!({"buttons": {"0": "C".repeat(16)}})
        ))
        .len(),
        1
    );
}

#[test]
fn carousel_cards_are_all_sent_with_their_index() {
    let card = |text: &str| {
        json!({"components": [
            {"type": "header", "format": "image", "example": {"header_handle": ["4::an"]}},
            {"type": "body", "text": text, "example": {"body_text": [["15OFF"]]}},
            {"type": "buttons", "buttons": [
                {"type": "quick_reply", "text": "Send more like this"},
                {"type": "url", "text": "Buy now", "url": "https://www.luckyshrub.com/shop?promo={{1}}", "example": ["exotic"]}]}]})
    };
    let built = payload(
        json!({"name": "summer_carousel", "language": "en_US", "category": "marketing", "components": [
            {"type": "body", "text": "Summer is here! Use code {{1}}.", "example": {"body_text": [["15OFF"]]}},
            {"type": "carousel", "cards": [card("Lemons {{1}}"), card("Mangoes {{1}}")]}]}),
        json!({"body": {"1": "SUN"}, "cards": {
            "0": {"header": {"id": "111"}, "buttons": {"0": "more-lemons", "1": "lemons"}},
            "1": {"header": {"id": "222"}, "body": {"1": "20OFF"}}}}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([
            {"type": "body", "parameters": [{"type": "text", "text": "SUN"}]},
            {"type": "carousel", "cards": [
                {"card_index": 0, "components": [
                    {"type": "header", "parameters": [{"type": "image", "image": {"id": "111"}}]},
                    {"type": "body", "parameters": [{"type": "text", "text": "15OFF"}]},
                    {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "more-lemons"}]},
                    {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "lemons"}]}]},
                {"card_index": 1, "components": [
                    {"type": "header", "parameters": [{"type": "image", "image": {"id": "222"}}]},
                    {"type": "body", "parameters": [{"type": "text", "text": "20OFF"}]},
                    {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "exotic"}]}]}
            ]}
        ])
    );
    assert!(built.problems.is_empty(), "{:?}", built.problems);
}

#[test]
fn card_without_media_names_the_card() {
    let built = payload(
        json!({"name": "c", "language": "en", "category": "MARKETING", "components": [
            {"type": "body", "text": "Hi"},
            {"type": "carousel", "cards": [
                {"components": [{"type": "header", "format": "video"}, {"type": "body", "text": "One"}]},
                {"components": [{"type": "header", "format": "video"}, {"type": "body", "text": "Two"}]}]}]}),
        json!({"cards": {"0": {"header": {"link": "https://x/v.mp4"}}}}),
    );
    let found = errors(&built);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("error: cards.1.header:"), "{found:?}");
}

#[test]
fn value_with_newline_tab_or_five_spaces_is_refused_and_four_spaces_pass() {
    let template = json!({"name": "n", "language": "en", "components": [
        {"type": "BODY", "text": "Hi {{1}}, see {{2}} and {{3}}.", "example": {"body_text": [["a", "b", "c"]]}}]});
    let built = payload(
        template.clone(),
        json!({"body": {"1": "line\nbreak", "2": "tab\there", "3": "five     spaces"}}),
    );
    let found = errors(&built);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("error: body.1:"));
    assert!(found[1].starts_with("error: body.2:"));
    assert!(found[2].starts_with("error: body.3:"));
    assert!(payload(template, json!({"body": {"3": "four    spaces"}}))
        .problems
        .is_empty());
}

#[test]
fn filled_body_of_1024_chars_passes_and_1025_fails() {
    let template = json!({"name": "n", "language": "en", "components": [
        {"type": "BODY", "text": "Hi {{1}}!", "example": {"body_text": [["x"]]}}]});
    let fits = "a".repeat(1024 - "Hi !".len());
    assert!(payload(template.clone(), json!({"body": {"1": fits}}))
        .problems
        .is_empty());
    let over = "a".repeat(1025 - "Hi !".len());
    let found = errors(&payload(template, json!({"body": {"1": over}})));
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("1025 characters"), "{found:?}");
}

#[test]
fn filled_header_of_60_chars_passes_and_61_fails() {
    let template = json!({"name": "n", "language": "en", "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}}", "example": {"header_text": ["x"]}},
        {"type": "BODY", "text": "Body"}]});
    assert!(
        payload(template.clone(), json!({"header": {"1": "a".repeat(57)}}))
            .problems
            .is_empty()
    );
    assert_eq!(
        errors(&payload(template, json!({"header": {"1": "a".repeat(58)}}))).len(),
        1
    );
}

#[test]
fn filled_card_body_of_160_chars_passes_and_161_fails() {
    let template = json!({"name": "c", "language": "en", "category": "MARKETING", "components": [
        {"type": "body", "text": "Hi"},
        {"type": "carousel", "cards": [
            {"components": [{"type": "header", "format": "image"}, {"type": "body", "text": "{{1}}.", "example": {"body_text": [["x"]]}}]}]}]});
    let media = json!({"link": "https://x/i.png"});
    let fits = json!({"cards": {"0": {"header": media, "body": {"1": "a".repeat(159)}}}});
    assert!(payload(template.clone(), fits).problems.is_empty());
    let over = json!({"cards": {"0": {"header": media, "body": {"1": "a".repeat(160)}}}});
    assert!(errors(&payload(template, over))[0].starts_with("error: cards.0.body:"));
}

#[test]
fn filled_offer_body_of_600_chars_passes_and_601_fails() {
    let template = json!({"name": "l", "language": "en", "category": "MARKETING", "components": [
        {"type": "limited_time_offer", "limited_time_offer": {"text": "Hurry"}},
        {"type": "body", "text": "{{1}}.", "example": {"body_text": [["x"]]}}]});
    assert!(
        payload(template.clone(), json!({"body": {"1": "a".repeat(599)}}))
            .problems
            .is_empty()
    );
    assert_eq!(
        errors(&payload(template, json!({"body": {"1": "a".repeat(600)}}))).len(),
        1
    );
}

#[test]
fn missing_value_without_example_names_the_variable() {
    let built = payload(
        json!({"name": "n", "language": "en", "components": [{"type": "BODY", "text": "Hi {{1}} and {{2}}", "example": {"body_text": [["a"]]}}]}),
        json!({}),
    );
    let found = errors(&built);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("error: body.2: no value given"),
        "{found:?}"
    );
}

#[test]
fn recipient_without_plus_is_refused() {
    let template = Template::from_value(
        json!({"name": "n", "language": "en", "components": [{"type": "BODY", "text": "Hi"}]}),
    )
    .expect("object");
    let built = build(&template, &Values::default(), "16505551234");
    assert!(errors(&built)[0].starts_with("error: to:"));
}

#[test]
fn static_template_has_no_components_key() {
    let built = payload(
        json!({"name": "hello_world", "language": "en_US", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Hello World"}, {"type": "BODY", "text": "Welcome!"}]}),
        json!({}),
    );
    assert_eq!(
        built.message,
        json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, "type": "template",
               "template": {"name": "hello_world", "language": {"code": "en_US"}}})
    );
}

#[test]
fn draft_without_name_or_language_still_builds_and_reports_both() {
    let built = payload(
        json!({"components": [{"type": "BODY", "text": "Hi"}]}),
        json!({}),
    );
    let found = errors(&built);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(built.message["type"], "template");
}

#[test]
fn authentication_template_read_back_with_a_url_button_places_the_code_twice() {
    let built = payload(
        json!({"name": "auth", "language": "en_US", "category": "AUTHENTICATION", "id": "1", "status": "APPROVED", "components": [
            {"type": "BODY", "text": "*{{1}}* is your verification code.", "add_security_recommendation": false},
            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Copy code", "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}"}]}]}),
        json!({"body": {"1": "482913"}}),
    );
    assert_eq!(
        built.message["template"]["components"],
        json!([
            {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
            {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}
        ])
    );
}

//! Every length and count limit of the rule checker at its boundary: the limit passes, one over
//! fails, with the pointer and the numbers in the message.

use serde_json::{json, Value};
use wabi_template::{check, Diagnostic, Severity};

fn errors(doc: &Value) -> Vec<Diagnostic> {
    check(doc)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

fn has(doc: &Value, rule: &str, pointer: &str) -> bool {
    check(doc)
        .iter()
        .any(|d| d.rule == rule && d.pointer == pointer)
}

fn words(n: usize) -> String {
    let mut s = "Order".to_string();
    while s.chars().count() < n {
        s.push_str(" ok");
    }
    s.chars().take(n).collect()
}

fn template(components: Value) -> Value {
    json!({"name": "limits", "language": "en_US", "category": "MARKETING", "components": components})
}

fn with_body(text: &str) -> Value {
    template(json!([{"type": "BODY", "text": text}]))
}

fn with_buttons(buttons: Value) -> Value {
    template(json!([
        {"type": "BODY", "text": "Hello there, thanks for shopping with us today."},
        {"type": "BUTTONS", "buttons": buttons}
    ]))
}

#[test]
fn body_of_1024_chars_passes() {
    assert!(errors(&with_body(&words(1024))).is_empty());
}

#[test]
fn body_of_1025_chars_is_an_error_with_the_numbers() {
    let doc = with_body(&words(1031));
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].rule, "body.length");
    assert_eq!(errs[0].pointer, "/components/0/text");
    assert_eq!(
        errs[0].message,
        "Body is 1,031 characters; the limit is 1,024. Remove 7."
    );
    assert!(has(
        &with_body(&words(1025)),
        "body.length",
        "/components/0/text"
    ));
}

#[test]
fn body_emoji_count_one_character_each_for_the_limit() {
    let text = format!("{}{}", words(1020), "😀😀😀😀");
    let diags = check(&with_body(&text));
    assert!(
        !diags.iter().any(|d| d.severity == Severity::Error),
        "{diags:?}"
    );
    assert!(diags.iter().any(|d| d.rule == "text.utf16_length"));
}

#[test]
fn body_over_550_in_marketing_is_only_a_warning_that_says_sources_disagree() {
    let diags = check(&with_body(&words(551)));
    let w = diags
        .iter()
        .find(|d| d.rule == "body.length_reported_550")
        .expect("warning");
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.message.contains("sources disagree"));
    assert!(!check(&with_body(&words(550)))
        .iter()
        .any(|d| d.rule == "body.length_reported_550"));
}

#[test]
fn ten_emoji_pass_and_eleven_warn_in_marketing() {
    let ten = format!("Big news {} everything is back in stock.", "🎉".repeat(10));
    let eleven = format!("Big news {} everything is back in stock.", "🎉".repeat(11));
    assert!(!check(&with_body(&ten))
        .iter()
        .any(|d| d.rule == "body.emoji_cap"));
    assert!(check(&with_body(&eleven))
        .iter()
        .any(|d| d.rule == "body.emoji_cap"));
}

fn header(text: &str) -> Value {
    template(json!([
        {"type": "HEADER", "format": "TEXT", "text": text},
        {"type": "BODY", "text": "Hello there, thanks for shopping with us today."}
    ]))
}

#[test]
fn header_of_60_chars_passes_and_61_fails() {
    assert!(errors(&header(&"h".repeat(60))).is_empty());
    assert!(has(
        &header(&"h".repeat(61)),
        "header.length",
        "/components/0/text"
    ));
}

#[test]
fn header_with_one_variable_passes_and_two_fail() {
    let one = template(json!([
        {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}} there", "example": {"header_text": ["A"]}},
        {"type": "BODY", "text": "Hello there, thanks for shopping with us today."}
    ]));
    assert!(errors(&one).is_empty(), "{:?}", errors(&one));
    let two = template(json!([
        {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}} and {{2}} there", "example": {"header_text": ["A", "B"]}},
        {"type": "BODY", "text": "Hello there, thanks for shopping with us today."}
    ]));
    assert!(has(&two, "header.variable_count", "/components/0/text"));
}

fn footer(text: &str) -> Value {
    template(json!([
        {"type": "BODY", "text": "Hello there, thanks for shopping with us today."},
        {"type": "FOOTER", "text": text}
    ]))
}

#[test]
fn footer_of_60_chars_passes_and_61_fails() {
    assert!(errors(&footer(&"f".repeat(60))).is_empty());
    assert!(has(
        &footer(&"f".repeat(61)),
        "footer.length",
        "/components/1/text"
    ));
}

#[test]
fn name_of_512_chars_passes_and_513_fails() {
    let mut doc = with_body("Hello there, thanks for shopping with us today.");
    doc["name"] = json!("n".repeat(512));
    assert!(errors(&doc).is_empty());
    doc["name"] = json!("n".repeat(513));
    assert!(has(&doc, "name.length", "/name"));
}

fn qr(i: usize) -> Value {
    json!({"type": "QUICK_REPLY", "text": format!("Option {i}")})
}

#[test]
fn ten_buttons_pass_and_the_eleventh_is_pointed_at() {
    let ten: Vec<Value> = (0..10).map(qr).collect();
    assert!(errors(&with_buttons(json!(ten))).is_empty());
    let eleven: Vec<Value> = (0..11).map(qr).collect();
    let doc = with_buttons(json!(eleven));
    let errs = errors(&doc);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].rule, "buttons.count");
    assert_eq!(errs[0].pointer, "/components/1/buttons/10");
}

fn url(u: &str) -> Value {
    json!({"type": "URL", "text": "Open", "url": u})
}

#[test]
fn two_url_buttons_pass_and_a_third_fails() {
    let two = json!([url("https://a.example.com"), url("https://b.example.com")]);
    assert!(errors(&with_buttons(two)).is_empty());
    let three = json!([
        url("https://a.example.com"),
        url("https://b.example.com"),
        url("https://c.example.com")
    ]);
    assert!(has(
        &with_buttons(three),
        "buttons.type_count",
        "/components/1/buttons/2"
    ));
}

#[test]
fn one_phone_button_passes_and_a_second_fails() {
    let p = |n: &str| json!({"type": "PHONE_NUMBER", "text": "Call", "phone_number": n});
    assert!(errors(&with_buttons(json!([p("+15550051310")]))).is_empty());
    let two = json!([p("+15550051310"), p("+15550051311")]);
    assert!(has(
        &with_buttons(two),
        "buttons.type_count",
        "/components/1/buttons/1"
    ));
}

#[test]
fn button_label_of_25_passes_and_26_fails() {
    let ok = json!([{"type": "QUICK_REPLY", "text": "q".repeat(25)}]);
    assert!(errors(&with_buttons(ok)).is_empty());
    let over = json!([{"type": "QUICK_REPLY", "text": "q".repeat(26)}]);
    assert!(has(
        &with_buttons(over),
        "button.text_length",
        "/components/1/buttons/0/text"
    ));
}

#[test]
fn url_of_2000_chars_passes_and_2001_fails() {
    let base = "https://example.com/";
    let ok = format!("{base}{}", "a".repeat(2000 - base.len()));
    assert!(errors(&with_buttons(json!([url(&ok)]))).is_empty());
    let over = format!("{base}{}", "a".repeat(2001 - base.len()));
    assert!(has(
        &with_buttons(json!([url(&over)])),
        "button.url.length",
        "/components/1/buttons/0/url"
    ));
}

#[test]
fn url_variable_at_end_passes_and_elsewhere_fails() {
    let end = json!([{"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}", "example": ["42"]}]);
    assert!(errors(&with_buttons(end)).is_empty());
    let middle = json!([{"type": "URL", "text": "Track", "url": "https://example.com/{{1}}/t", "example": ["42"]}]);
    assert!(has(
        &with_buttons(middle),
        "button.url.variable_not_at_end",
        "/components/1/buttons/0/url"
    ));
}

#[test]
fn phone_number_of_20_chars_passes_and_21_fails() {
    let p = |n: String| json!([{"type": "PHONE_NUMBER", "text": "Call", "phone_number": n}]);
    assert!(errors(&with_buttons(p(format!("+{}", "1".repeat(19))))).is_empty());
    assert!(has(
        &with_buttons(p(format!("+{}", "1".repeat(20)))),
        "button.phone.length",
        "/components/1/buttons/0/phone_number"
    ));
}

#[test]
fn copy_code_of_20_passes_with_a_warning_and_21_fails() {
    let c = |code: String| json!([{"type": "COPY_CODE", "example": code}]);
    assert!(errors(&with_buttons(c("C".repeat(15)))).is_empty());
    let twenty = with_buttons(c("C".repeat(20)));
    assert!(errors(&twenty).is_empty());
    assert!(has(
        &twenty,
        "button.copy_code.example_uncertain",
        "/components/1/buttons/0/example"
    ));
    assert!(has(
        &with_buttons(c("C".repeat(21))),
        "button.copy_code.example_length",
        "/components/1/buttons/0/example"
    ));
}

fn card() -> Value {
    json!({"components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::x"]}},
        {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}
    ]})
}

fn carousel(cards: Vec<Value>) -> Value {
    template(json!([
        {"type": "BODY", "text": "Rare succulents are back in stock this week."},
        {"type": "CAROUSEL", "cards": cards}
    ]))
}

#[test]
fn carousel_of_2_and_10_cards_pass_1_and_11_fail() {
    assert!(errors(&carousel(vec![card(); 2])).is_empty());
    assert!(errors(&carousel(vec![card(); 10])).is_empty());
    assert!(has(
        &carousel(vec![card(); 1]),
        "carousel.card_count",
        "/components/1/cards"
    ));
    assert!(has(
        &carousel(vec![card(); 11]),
        "carousel.card_count",
        "/components/1/cards/10"
    ));
}

#[test]
fn card_body_of_160_passes_and_161_fails() {
    let with_card_body = |n: usize| {
        let mut c = card();
        if let Some(list) = c["components"].as_array_mut() {
            list.insert(1, json!({"type": "BODY", "text": "b".repeat(n)}));
        }
        carousel(vec![c.clone(), c])
    };
    assert!(errors(&with_card_body(160)).is_empty());
    assert!(has(
        &with_card_body(161),
        "carousel.card_body_length",
        "/components/1/cards/0/components/1/text"
    ));
}

#[test]
fn card_with_2_buttons_passes_and_3_fail() {
    let with_buttons = |n: usize| {
        let mut c = card();
        c["components"][1]["buttons"] = json!((0..n)
            .map(
                |i| json!({"type": "URL", "text": "Go", "url": format!("https://e{i}.example.com")})
            )
            .collect::<Vec<_>>());
        carousel(vec![c.clone(), c])
    };
    assert!(errors(&with_buttons(2)).is_empty());
    assert!(has(
        &with_buttons(3),
        "carousel.card_buttons",
        "/components/1/cards/0/components/1/buttons/2"
    ));
}

fn lto(offer_text: &str, body: &str) -> Value {
    template(json!([
        {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": offer_text, "has_expiration": true}},
        {"type": "BODY", "text": body}
    ]))
}

#[test]
fn offer_text_of_16_passes_and_17_fails() {
    let body = "Good news, the sale ends soon for everyone.";
    assert!(errors(&lto(&"x".repeat(16), body)).is_empty());
    assert!(has(
        &lto(&"x".repeat(17), body),
        "lto.text_length",
        "/components/0/limited_time_offer/text"
    ));
}

#[test]
fn offer_body_of_600_passes_and_601_fails() {
    assert!(errors(&lto("Offer", &words(600))).is_empty());
    assert!(has(
        &lto("Offer", &words(601)),
        "lto.body_length",
        "/components/1/text"
    ));
}

fn auth(expiry: Value, button: Value) -> Value {
    json!({"name": "otp", "language": "en_US", "category": "AUTHENTICATION", "components": [
        {"type": "BODY", "add_security_recommendation": true},
        {"type": "FOOTER", "code_expiration_minutes": expiry},
        {"type": "BUTTONS", "buttons": [button]}
    ]})
}

#[test]
fn code_expiration_from_1_to_90_passes_and_0_or_91_fail() {
    let b = json!({"type": "OTP", "otp_type": "COPY_CODE"});
    assert!(errors(&auth(json!(1), b.clone())).is_empty());
    assert!(errors(&auth(json!(90), b.clone())).is_empty());
    for bad in [json!(0), json!(91), json!(1.5), json!("5")] {
        assert!(
            has(
                &auth(bad.clone(), b.clone()),
                "auth.code_expiration",
                "/components/1/code_expiration_minutes"
            ),
            "{bad}"
        );
    }
}

fn one_tap(apps: Vec<Value>) -> Value {
    auth(
        json!(10),
        json!({"type": "OTP", "otp_type": "ONE_TAP", "supported_apps": apps}),
    )
}

fn app(i: usize, hash: &str) -> Value {
    json!({"package_name": format!("com.example.app{i}"), "signature_hash": hash})
}

#[test]
fn five_supported_apps_pass_and_six_fail() {
    assert!(errors(&one_tap((0..5).map(|i| app(i, "K8a/AINcGX7")).collect())).is_empty());
    assert!(has(
        &one_tap((0..6).map(|i| app(i, "K8a/AINcGX7")).collect()),
        "auth.supported_apps",
        "/components/2/buttons/0/supported_apps/5"
    ));
}

#[test]
fn signature_hash_of_11_passes_and_10_or_12_fail() {
    assert!(errors(&one_tap(vec![app(0, "K8a/AINcGX7")])).is_empty());
    for bad in ["K8a/AINcGX", "K8a/AINcGX7a"] {
        assert!(has(
            &one_tap(vec![app(0, bad)]),
            "auth.signature_hash",
            "/components/2/buttons/0/supported_apps/0/signature_hash"
        ));
    }
}

#[test]
fn ttl_boundaries_per_category() {
    let mut doc = auth(json!(5), json!({"type": "OTP", "otp_type": "COPY_CODE"}));
    for (ttl, ok) in [
        (30, true),
        (900, true),
        (29, false),
        (901, false),
        (-1, true),
    ] {
        doc["message_send_ttl_seconds"] = json!(ttl);
        assert_eq!(errors(&doc).is_empty(), ok, "auth ttl {ttl}");
    }
    let mut util = with_body("Hello there, thanks for shopping with us today.");
    util["category"] = json!("UTILITY");
    for (ttl, ok) in [(30, true), (43_200, true), (29, false), (43_201, false)] {
        util["message_send_ttl_seconds"] = json!(ttl);
        assert_eq!(errors(&util).is_empty(), ok, "utility ttl {ttl}");
    }
    let mut mkt = with_body("Hello there, thanks for shopping with us today.");
    for (ttl, ok) in [
        (43_200, true),
        (2_592_000, true),
        (43_199, false),
        (2_592_001, false),
    ] {
        mkt["message_send_ttl_seconds"] = json!(ttl);
        assert_eq!(errors(&mkt).is_empty(), ok, "marketing ttl {ttl}");
    }
}

fn positional(text: &str, n: usize) -> Value {
    let values: Vec<String> = (1..=n).map(|i| format!("v{i}")).collect();
    template(json!([{"type": "BODY", "text": text, "example": {"body_text": [values]}}]))
}

#[test]
fn fewer_words_than_variables_is_an_error_and_equal_is_a_warning() {
    // 3 variables, 2 words
    let doc = positional("Hi {{1}}, {{2}}, bye {{3}}!", 3);
    assert!(has(
        &doc,
        "variable.too_many_for_length",
        "/components/0/text"
    ));
    // 3 variables, 3 words: no error, but below 3 × 3 + 1 = 10
    let doc = positional("Hi {{1}}, {{2}}, and {{3}} bye!", 3);
    assert!(errors(&doc).is_empty(), "{:?}", errors(&doc));
    assert!(has(&doc, "variable.ratio", "/components/0/text"));
}

#[test]
fn rule_of_thumb_is_met_exactly_at_three_times_variables_plus_one() {
    // 2 variables need words + 2 >= 7, so 5 words.
    let ok = positional("Hi {{1}}, order {{2}} ships today now.", 2);
    assert!(!check(&ok).iter().any(|d| d.rule == "variable.ratio"));
    let short = positional("Hi {{1}}, order {{2}} ships today.", 2);
    assert!(check(&short).iter().any(|d| d.rule == "variable.ratio"));
}

#[test]
fn example_count_must_match_the_variables() {
    let ok = positional("Hi {{1}}, your order {{2}} ships today for sure.", 2);
    assert!(errors(&ok).is_empty());
    let mut short = ok.clone();
    short["components"][0]["example"]["body_text"][0] = json!(["only one"]);
    assert!(has(
        &short,
        "example.count",
        "/components/0/example/body_text/0"
    ));
}

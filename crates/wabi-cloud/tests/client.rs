//! The client against a local server that answers like the Graph API. Every request the server
//! gets is checked against Meta's OpenAPI file (`wabi_test_support::openapi`): a body the spec does not
//! allow fails the test that sent it.

use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wabi_cloud::{AccountSettings, CloudError, GraphClient, RetryAdvice, RetryPolicy, Sensitive};
use wabi_test_support::{accepted, graph_error, openapi, Answer, GraphServer};

const TOKEN: &str = "EAAtestTOKENvalue0123456789abcdef4f2a";
const PHONE_ID: &str = "106540352242922";

/// The fake Graph API, checking every request against the OpenAPI file.
async fn start(script: Vec<Answer>) -> GraphServer {
    GraphServer::start_checked(script, openapi::request_check()).await
}

fn settings(server: &GraphServer) -> AccountSettings {
    let mut settings = AccountSettings::for_phone_number(PHONE_ID);
    settings.base_url = server.base_url.clone();
    settings.waba_id = Some("102290129340398".into());
    settings
}

/// A policy that records its waits instead of sleeping.
fn instant_retry(waits: Arc<Mutex<Vec<Duration>>>) -> RetryPolicy {
    RetryPolicy {
        jitter: Arc::new(|| 0.5),
        pause: Arc::new(move |d| {
            waits.lock().unwrap().push(d);
            Box::pin(async {})
        }),
        ..RetryPolicy::standard()
    }
}

fn client(server: &GraphServer, timeout: Duration) -> (GraphClient, Arc<Mutex<Vec<Duration>>>) {
    let waits = Arc::new(Mutex::new(Vec::new()));
    let client = GraphClient::new(
        settings(server),
        Sensitive::new(TOKEN),
        instant_retry(waits.clone()),
        timeout,
    )
    .unwrap();
    (client, waits)
}

fn template_message() -> serde_json::Value {
    json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+16505551234",
           "type": "template", "template": {"name": "order_update", "language": {"code": "en_US"},
           "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ada"}]}]}})
}

#[tokio::test]
async fn send_posts_the_body_with_bearer_token_and_returns_the_message_id() {
    let server = start(vec![accepted("wamid.OK1")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let receipt = client.send(&template_message()).await.unwrap();
    assert_eq!(receipt.message_id, "wamid.OK1");
    assert_eq!(receipt.wa_id.as_deref(), Some("16505551234"));
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].path, format!("/v23.0/{PHONE_ID}/messages"));
    assert_eq!(
        requests[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(requests[0].json(), template_message());
}

#[tokio::test]
async fn retries_on_429_and_503_then_succeeds() {
    let server = start(vec![
        graph_error(
            429,
            130429,
            "Cloud API message throughput has been reached.",
        ),
        Answer::json(503, json!({"error": {"message": "down", "code": 2}})),
        accepted("wamid.AFTER"),
    ])
    .await;
    let (client, waits) = client(&server, Duration::from_secs(5));
    let receipt = client.send(&template_message()).await.unwrap();
    assert_eq!(receipt.message_id, "wamid.AFTER");
    assert_eq!(server.requests().len(), 3);
    // 500 ms then 1 s, with jitter 0.5 → 75 % of each.
    assert_eq!(
        *waits.lock().unwrap(),
        vec![Duration::from_millis(375), Duration::from_millis(750)]
    );
}

#[tokio::test]
async fn gives_up_after_max_attempts_with_the_decoded_rate_limit() {
    let server = start(vec![graph_error(429, 130429, "throughput")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let Err(CloudError::Graph(error)) = client.send(&template_message()).await else {
        panic!("expected a Graph error")
    };
    assert_eq!(error.code, 130429);
    assert_eq!(error.retry, RetryAdvice::Later);
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn timeout_after_sending_is_reported_and_not_retried() {
    let server = start(vec![
        accepted("wamid.LATE").slow(Duration::from_millis(1500))
    ])
    .await;
    let (client, waits) = client(&server, Duration::from_millis(300));
    let result = client.send(&template_message()).await;
    assert!(
        matches!(result, Err(CloudError::MaybeDelivered { .. })),
        "{result:?}"
    );
    assert_eq!(server.requests().len(), 1);
    assert!(waits.lock().unwrap().is_empty());
}

#[tokio::test]
async fn connection_refused_is_retried_then_reported_unreachable() {
    // A port with nothing listening: bind, note the port, close.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let mut settings = AccountSettings::for_phone_number(PHONE_ID);
    settings.base_url = format!("http://127.0.0.1:{port}");
    let waits = Arc::new(Mutex::new(Vec::new()));
    let client = GraphClient::new(
        settings,
        Sensitive::new(TOKEN),
        instant_retry(waits.clone()),
        Duration::from_secs(2),
    )
    .unwrap();
    let result = client.send(&template_message()).await;
    assert!(
        matches!(result, Err(CloudError::Unreachable { .. })),
        "{result:?}"
    );
    assert_eq!(waits.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn every_reference_error_code_is_decoded_with_its_fields() {
    let codes = [
        131047, 131030, 132001, 132000, 132012, 132018, 131053, 190, 10, 200, 130429, 131056, 4,
        80007, 131048, 131064, 368, 130497, 131031, 1, 2, 33, 100, 130403, 130472, 131000, 131005,
        131008, 131009, 131016, 131021, 131026, 131037, 131042, 131045, 131049, 131050, 131051,
        131052, 131057, 131063, 132005, 132007, 132015, 132016, 132068, 132069, 133010, 133000,
        133015, 134011, 135000, 3,
    ];
    for code in codes {
        // 400-class so nothing is retried.
        let server = start(vec![graph_error(400, code, "details from Meta")]).await;
        let (client, _) = client(&server, Duration::from_secs(5));
        let Err(CloudError::Graph(error)) = client.send(&template_message()).await else {
            panic!("code {code}: expected a Graph error")
        };
        assert_eq!(error.code, code);
        assert_eq!(error.error_subcode, Some(2494055));
        assert_eq!(error.details.as_deref(), Some("details from Meta"));
        assert_eq!(error.fbtrace_id.as_deref(), Some("Az8or2yhqkZfEZ-_4Qn_Bam"));
        assert!(
            !error.what_happened.contains("does not know"),
            "code {code} is not decoded"
        );
        let shown = CloudError::Graph(error).to_string();
        assert!(!shown.contains(TOKEN));
    }
}

#[tokio::test]
async fn window_closed_says_to_message_the_business_first() {
    let server = start(vec![graph_error(
        400,
        131047,
        "Message failed to send because more than 24 hours have passed",
    )])
    .await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let Err(error) = client.send(&template_message()).await else {
        panic!()
    };
    let text = error.to_string();
    assert!(text.contains("24-hour window"), "{text}");
    assert!(text.contains("approved template"), "{text}");
}

#[tokio::test]
async fn media_upload_then_send_by_id() {
    let server = start(vec![
        Answer::json(200, json!({"id": "4490709327384033"})),
        accepted("wamid.IMG"),
    ])
    .await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let id = client
        .upload_media(
            b"\xFF\xD8\xFFjpegbytes".to_vec(),
            "image/jpeg",
            "header.jpg",
        )
        .await
        .unwrap();
    assert_eq!(id, "4490709327384033");
    let message = json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+16505551234",
        "type": "template", "template": {"name": "promo", "language": {"code": "en"},
        "components": [{"type": "header", "parameters": [{"type": "image", "image": {"id": id}}]}]}});
    client.send(&message).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].path, format!("/v23.0/{PHONE_ID}/media"));
    assert!(requests[0]
        .header("content-type")
        .unwrap()
        .starts_with("multipart/form-data"));
    let upload = String::from_utf8_lossy(&requests[0].body);
    assert!(upload.contains("name=\"messaging_product\"\r\n\r\nwhatsapp"));
    assert!(upload.contains("name=\"file\"; filename=\"header.jpg\""));
    assert!(upload.contains("image/jpeg"));
    assert_eq!(
        requests[1].json()["template"]["components"][0]["parameters"][0]["image"]["id"],
        "4490709327384033"
    );
}

#[tokio::test]
async fn test_connection_reads_number_name_and_quality() {
    let server = start(vec![Answer::json(
        200,
        json!({"display_phone_number": "+1 555-010-0123",
        "verified_name": "Wabi Test", "quality_rating": "GREEN", "id": PHONE_ID}),
    )])
    .await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let info = client.test_connection().await.unwrap();
    assert_eq!(info.verified_name.as_deref(), Some("Wabi Test"));
    assert_eq!(info.quality_rating.as_deref(), Some("GREEN"));
    let path = &server.requests()[0].path;
    assert!(
        path.starts_with(&format!("/v23.0/{PHONE_ID}?fields=")),
        "{path}"
    );
}

#[tokio::test]
async fn list_templates_follows_paging() {
    let second = start(vec![Answer::json(
        200,
        json!({"data": [{"name": "b", "language": "pt_BR", "status": "PENDING"}], "paging": {"cursors": {}}}),
    )])
    .await;
    let next = format!(
        "{}/v23.0/102290129340398/message_templates?after=XYZ",
        second.base_url
    );
    let first = start(vec![Answer::json(
        200,
        json!({"data": [{"name": "a", "language": "en", "status": "APPROVED", "category": "UTILITY"}],
               "paging": {"cursors": {"after": "XYZ"}, "next": next}}),
    )])
    .await;
    let (client, _) = client(&first, Duration::from_secs(5));
    let templates = client.list_templates().await.unwrap();
    assert_eq!(templates.len(), 2);
    assert_eq!(templates[0].status, "APPROVED");
    assert_eq!(templates[0].category.as_deref(), Some("UTILITY"));
    assert_eq!(
        (templates[1].name.as_str(), templates[1].language.as_str()),
        ("b", "pt_BR")
    );
    assert!(first.requests()[0]
        .path
        .starts_with("/v23.0/102290129340398/message_templates?fields="));
    assert_eq!(
        second.requests()[0].path,
        "/v23.0/102290129340398/message_templates?after=XYZ"
    );
}

#[test]
fn client_refuses_an_empty_token_naming_it() {
    let error = GraphClient::new(
        AccountSettings::for_phone_number(PHONE_ID),
        Sensitive::new("  "),
        RetryPolicy::standard(),
        Duration::from_secs(1),
    )
    .unwrap_err();
    assert!(error.to_string().contains("access token"));
}

#[tokio::test]
async fn template_sends_of_each_component_kind_arrive_as_built() {
    use wabi_template::model::Template;
    use wabi_template::values::Values;
    let templates = [
        json!({"name": "t_header_text", "language": "en_US", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Hi {{1}}", "example": {"header_text": ["Ada"]}},
            {"type": "BODY", "text": "Order {{1}} shipped", "example": {"body_text": [["42"]]}}]}),
        json!({"name": "t_image", "language": "en", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
            {"type": "BODY", "text": "Look"}]}),
        json!({"name": "t_location", "language": "en", "components": [
            {"type": "HEADER", "format": "LOCATION"}, {"type": "BODY", "text": "Here"}]}),
        json!({"name": "t_buttons", "language": "en", "components": [
            {"type": "BODY", "text": "Track"},
            {"type": "BUTTONS", "buttons": [
                {"type": "URL", "text": "Track", "url": "https://example.com/{{1}}", "example": ["https://example.com/abc"]},
                {"type": "QUICK_REPLY", "text": "Stop"},
                {"type": "COPY_CODE", "example": "SAVE10"}]}]}),
    ];
    let server = start(vec![accepted("wamid.K")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    for (n, raw) in templates.iter().enumerate() {
        let template = Template::from_value(raw.clone()).unwrap();
        let payload = wabi_template::payload::build(&template, &Values::default(), "+16505551234");
        client.send(&payload.message).await.unwrap();
        let got = server.requests()[n].json();
        assert_eq!(got, payload.message, "template {n}");
        // OpenAPI message shape: messaging_product, to, type=template, template.name/language.code.
        assert_eq!(got["messaging_product"], "whatsapp");
        assert_eq!(got["type"], "template");
        assert_eq!(got["template"]["name"], raw["name"]);
        assert_eq!(got["template"]["language"]["code"], raw["language"]);
    }
    let first = server.requests()[0].json();
    assert_eq!(first["template"]["components"][0]["type"], "header");
    let buttons = server.requests()[3].json();
    let kinds: Vec<&str> = buttons["template"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["sub_type"].as_str())
        .collect();
    assert!(kinds.contains(&"url"), "{buttons}");
}

/// Values that make a template sendable as is: media headers (the message's and every card's)
/// by an uploaded id, so the samples fill everything else.
fn sendable_values(template: &serde_json::Value) -> serde_json::Value {
    let is_media_header = |c: &serde_json::Value| {
        c["type"] == "HEADER"
            && matches!(c["format"].as_str(), Some("IMAGE" | "VIDEO" | "DOCUMENT"))
    };
    let components = template["components"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut values = serde_json::Map::new();
    if components.iter().any(is_media_header) {
        values.insert("header".into(), json!({"id": "4490709327384033"}));
    }
    if let Some(cards) = components
        .iter()
        .find(|c| c["type"] == "CAROUSEL")
        .and_then(|c| c["cards"].as_array())
    {
        let mut by_index = serde_json::Map::new();
        for (index, card) in cards.iter().enumerate() {
            let card_components = card["components"].as_array().cloned().unwrap_or_default();
            if card_components.iter().any(is_media_header) {
                by_index.insert(
                    index.to_string(),
                    json!({"header": {"id": "4490709327384033"}}),
                );
            }
        }
        values.insert("cards".into(), serde_json::Value::Object(by_index));
    }
    if template["category"] == "AUTHENTICATION" {
        values.insert("body".into(), json!({"1": "482913"}));
    }
    if components.iter().any(|c| c["type"] == "LIMITED_TIME_OFFER") {
        values.insert(
            "limited_time_offer".into(),
            json!({"expiration_time_ms": 1767225600000_i64}),
        );
    }
    serde_json::Value::Object(values)
}

#[tokio::test]
async fn every_starter_sent_as_a_template_matches_the_openapi_message_schema() {
    use wabi_template::model::Template;
    use wabi_template::values::Values;
    let server = start(vec![accepted("wamid.S")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let starters = wabi_template::starters::starters();
    assert!(
        starters.len() >= 10,
        "the starters cover every component kind"
    );
    for starter in &starters {
        let template = Template::from_value(starter.template.clone()).unwrap();
        let values = Values::from_value(&sendable_values(&starter.template), &template)
            .unwrap_or_else(|p| panic!("{}: {p:?}", starter.id));
        let payload = wabi_template::payload::build(&template, &values, "+16505551234");
        assert!(
            payload.is_sendable(),
            "{}: {:?}",
            starter.id,
            payload.problems
        );
        client.send(&payload.message).await.unwrap();
    }
    assert_eq!(server.requests().len(), starters.len());
    assert_eq!(server.complaints(), Vec::<String>::new());
}

#[tokio::test]
async fn every_starter_sent_as_a_proof_matches_the_openapi_message_schema() {
    use wabi_template::model::Template;
    use wabi_template::values::Values;
    let server = start(vec![accepted("wamid.P")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let mut shapes = std::collections::BTreeSet::new();
    for starter in wabi_template::starters::starters() {
        let template = Template::from_value(starter.template.clone()).unwrap();
        let values = Values::from_value(&sendable_values(&starter.template), &template).unwrap();
        let proof = wabi_cloud::build_proof(&template, &values, "+16505551234");
        shapes.insert(proof.shape.clone());
        client.send(&proof.message).await.unwrap();
    }
    // Plain text, reply buttons, a link button, and a media header all occur.
    assert!(shapes.len() >= 3, "{shapes:?}");
    assert_eq!(server.complaints(), Vec::<String>::new());
}

#[tokio::test]
async fn a_body_the_openapi_file_refuses_fails_the_check_naming_the_field() {
    let server = start(vec![accepted("wamid.X")]).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    let mut wrong = template_message();
    wrong["template"]["components"][0]["type"] = json!("footer");
    wrong.as_object_mut().unwrap().remove("to");
    client.send(&wrong).await.unwrap();
    let complaints = server.complaints();
    server.received.lock().unwrap().clear(); // looked at: the drop check has nothing left
    let text = complaints.join("\n");
    assert!(
        text.contains("required property \"to\" is missing"),
        "{text}"
    );
    assert!(text.contains("$.template.components[0].type"), "{text}");
}

#[test]
fn the_openapi_files_known_gaps_are_real() {
    let spec = openapi::spec();
    // The file's own example omits the language policy its schema requires.
    let messages = openapi::MESSAGES_PATH.replace('/', "~1");
    let example = spec_pointer(&format!(
        "/paths/{messages}/post/requestBody/content/application~1json/examples/Send Catalog Template Message/value"
    ));
    let complaints = spec.violations(openapi::MESSAGES_PATH, "application/json", &example);
    assert!(
        complaints
            .iter()
            .any(|c| c.contains(openapi::KNOWN_GAPS[0].complaint)),
        "{complaints:?}"
    );
    // A proof's call-to-action URL message, as Meta documents it, draws exactly the cta_url gaps.
    let cta_url = json!({"messaging_product": "whatsapp", "recipient_type": "individual",
        "to": "+16505551234", "type": "interactive", "interactive": {"type": "cta_url",
        "body": {"text": "Track it"}, "action": {"name": "cta_url",
        "parameters": {"display_text": "Track", "url": "https://example.com/t"}}}});
    let complaints = spec.violations(openapi::MESSAGES_PATH, "application/json", &cta_url);
    assert!(!complaints.is_empty());
    assert!(
        complaints
            .iter()
            .all(|c| openapi::is_known_gap(c, &cta_url)),
        "{complaints:?}"
    );
    // The cta_url gaps do not excuse the same complaints about another interactive type.
    assert!(!openapi::is_known_gap(
        "$.interactive.action: matches none of the 6 alternatives",
        &json!({"interactive": {"type": "button"}})
    ));
    // A copy-code button, as Meta documents it, draws exactly the two button gaps.
    let copy_code = json!({"messaging_product": "whatsapp", "recipient_type": "individual",
        "to": "+16505551234", "type": "template", "template": {"name": "promo",
        "language": {"policy": "deterministic", "code": "en"}, "components": [{"type": "button",
        "sub_type": "copy_code", "index": "0", "parameters": [{"type": "coupon_code", "coupon_code": "SAVE10"}]}]}});
    let complaints = spec.violations(openapi::MESSAGES_PATH, "application/json", &copy_code);
    assert!(!complaints.is_empty());
    assert!(
        complaints
            .iter()
            .all(|c| openapi::is_known_gap(c, &copy_code)),
        "{complaints:?}"
    );
    for gap in &openapi::KNOWN_GAPS[1..3] {
        assert!(
            complaints.iter().any(|c| c.contains(gap.complaint)),
            "{}",
            gap.why
        );
    }
    // Carousel and limited-time-offer components draw exactly their gaps.
    let components = json!({"messaging_product": "whatsapp", "recipient_type": "individual",
        "to": "+16505551234", "type": "template", "template": {"name": "promo",
        "language": {"policy": "deterministic", "code": "en"}, "components": [
            {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer",
                "limited_time_offer": {"expiration_time_ms": 1767225600000_i64}}]},
            {"type": "carousel", "cards": [{"card_index": 0, "components": []}]}]}});
    let complaints = spec.violations(openapi::MESSAGES_PATH, "application/json", &components);
    assert_eq!(complaints.len(), 2, "{complaints:?}");
    for gap in &openapi::KNOWN_GAPS[3..5] {
        assert!(
            complaints.iter().any(|c| c.contains(gap.complaint)),
            "{}",
            gap.why
        );
    }
}

/// A value of the OpenAPI document by JSON pointer (for the examples it ships).
fn spec_pointer(pointer: &str) -> serde_json::Value {
    openapi::spec()
        .value(pointer)
        .unwrap_or_else(|| panic!("the OpenAPI file has nothing at {pointer}"))
        .clone()
}

#[tokio::test]
async fn image_video_and_document_headers_upload_then_send_by_id_as_the_spec_describes() {
    use wabi_cloud::HeaderUpload;
    use wabi_template::model::Template;
    use wabi_template::values::Values;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0".to_vec();
    let mp4 = b"\0\0\0\x18ftypisom\0\0\x02\0isommp41".to_vec();
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let cases = [
        ("IMAGE", png, "banner.png", "image", "image/png"),
        ("VIDEO", mp4, "clip.mp4", "video", "video/mp4"),
        ("DOCUMENT", pdf, "menu.pdf", "document", "application/pdf"),
    ];
    let uploaded = Answer::json(200, json!({"id": "4490709327384033"}));
    let script = (0..3)
        .flat_map(|_| [uploaded.clone(), accepted("wamid.M")])
        .collect();
    let server = start(script).await;
    let (client, _) = client(&server, Duration::from_secs(5));
    for (format, bytes, name, kind, mime) in cases {
        let template = Template::from_value(json!({"name": "t", "language": "en", "components": [
            {"type": "HEADER", "format": format, "example": {"header_handle": ["4::aW1hZ2U="]}},
            {"type": "BODY", "text": "Look"}]}))
        .unwrap();
        let upload = HeaderUpload::from_bytes(bytes, name, &template).unwrap();
        assert_eq!(upload.mime_type, mime);
        let id = upload.upload(&client).await.unwrap();
        let values = upload.fill(&template, &Values::default(), &id);
        let payload = wabi_template::payload::build(&template, &values, "+16505551234");
        assert!(payload.is_sendable(), "{format}: {:?}", payload.problems);
        client.send(&payload.message).await.unwrap();
        let sent = server.requests().last().unwrap().json();
        let parameter = &sent["template"]["components"][0]["parameters"][0];
        assert_eq!(parameter["type"], kind);
        assert_eq!(parameter[kind]["id"], "4490709327384033");
        if kind == "document" {
            assert_eq!(parameter[kind]["filename"], name);
        }
    }
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths.len(), 6);
    assert!(
        paths.iter().step_by(2).all(|p| p.ends_with("/media")),
        "{paths:?}"
    );
    assert_eq!(server.complaints(), Vec::<String>::new());
}

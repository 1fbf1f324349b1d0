//! The client against a local server that answers like the Graph API.

mod support;

use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{accepted, graph_error, Answer, GraphServer};
use wabi_cloud::{AccountSettings, CloudError, GraphClient, RetryAdvice, RetryPolicy, Sensitive};

const TOKEN: &str = "EAAtestTOKENvalue0123456789abcdef4f2a";
const PHONE_ID: &str = "106540352242922";

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
    let server = GraphServer::start(vec![accepted("wamid.OK1")]).await;
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
    let server = GraphServer::start(vec![
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
    let server = GraphServer::start(vec![graph_error(429, 130429, "throughput")]).await;
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
    let server = GraphServer::start(vec![
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
        let server = GraphServer::start(vec![graph_error(400, code, "details from Meta")]).await;
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
    let server = GraphServer::start(vec![graph_error(
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
    let server = GraphServer::start(vec![
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
    let server = GraphServer::start(vec![Answer::json(
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
    let second = GraphServer::start(vec![Answer::json(
        200,
        json!({"data": [{"name": "b", "language": "pt_BR", "status": "PENDING"}], "paging": {"cursors": {}}}),
    )])
    .await;
    let next = format!(
        "{}/v23.0/102290129340398/message_templates?after=XYZ",
        second.base_url
    );
    let first = GraphServer::start(vec![Answer::json(
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
    let server = GraphServer::start(vec![accepted("wamid.K")]).await;
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

//! The token appears in no log line and no serialised output, whatever happens to a request.

use serde_json::json;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wabi_cloud::{AccountSettings, GraphClient, RetryPolicy, Sensitive};
use wabi_test_support::{accepted, graph_error, GraphServer};

const TOKEN: &str = "EAAleakTESTtoken0123456789abcdefXYZ";

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn token_is_in_no_log_line_error_or_serialised_output() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = GraphServer::start(vec![
        graph_error(503, 2, "temporarily down"),
        accepted("wamid.X"),
        graph_error(401, 190, "token expired"),
    ])
    .await;
    let mut settings = AccountSettings::for_phone_number("106540352242922");
    settings.base_url = server.base_url.clone();
    let policy = RetryPolicy {
        pause: Arc::new(|_| Box::pin(async {})),
        ..RetryPolicy::standard()
    };
    let client = GraphClient::new(
        settings.clone(),
        Sensitive::new(TOKEN),
        policy,
        Duration::from_secs(5),
    )
    .unwrap();
    let message = json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "hi"}});

    let receipt = client.send(&message).await.unwrap();
    let error = client.send(&message).await.unwrap_err();
    let mut outputs = vec![
        format!("{client:?}"),
        format!("{receipt:?}"),
        serde_json::to_string(&receipt).unwrap(),
        error.to_string(),
        format!("{error:?}"),
        serde_json::to_string(&client.prepare_send(&message)).unwrap(),
        client.prepare_send(&message).to_curl(),
        format!("{:?}", Sensitive::new(TOKEN)),
        serde_json::to_string(&settings).unwrap(),
    ];
    outputs.push(String::from_utf8_lossy(&captured.0.lock().unwrap()).to_string());
    assert!(
        outputs.last().unwrap().contains("retrying"),
        "the retry was logged"
    );
    for output in outputs {
        assert!(!output.contains(TOKEN), "token leaked in: {output}");
    }
    // The token did go where it must: the Authorization header.
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
}

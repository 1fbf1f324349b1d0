//! Client overhead per send: `GraphClient::send` against a local Graph-like server, next to a
//! bare HTTP round trip to the same server over a kept-alive socket (the "network" part). The
//! difference is what the client adds (goal: under 5 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use std::io::{Read, Write};
use std::time::Duration;
use wabi_cloud::{AccountSettings, GraphClient, RetryPolicy, Sensitive};

fn bench(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(wabi_test_support::GraphServer::start(vec![
        wabi_test_support::accepted("wamid.B"),
    ]));
    let mut settings = AccountSettings::for_phone_number("106540352242922");
    settings.base_url = server.base_url.clone();
    let client = GraphClient::new(
        settings,
        Sensitive::new("EAAbenchTOKEN0123456789"),
        RetryPolicy::standard(),
        Duration::from_secs(5),
    )
    .unwrap();
    let message = json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+16505551234",
        "type": "template", "template": {"name": "order_update", "language": {"code": "en_US"},
        "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ada"}]}]}});
    let mut group = c.benchmark_group("send");
    group
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    group.bench_function("client_send_local_server", |b| {
        b.iter(|| runtime.block_on(client.send(&message)).unwrap())
    });
    let address = server.base_url.trim_start_matches("http://").to_owned();
    let mut socket = std::net::TcpStream::connect(&address).unwrap();
    socket.set_nodelay(true).unwrap();
    let body = message.to_string();
    let request = format!("POST /v23.0/106540352242922/messages HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len());
    group.bench_function("bare_http_roundtrip", |b| {
        b.iter(|| {
            socket.write_all(request.as_bytes()).unwrap();
            let mut buffer = [0u8; 4096];
            let n = socket.read(&mut buffer).unwrap();
            assert!(n > 0);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

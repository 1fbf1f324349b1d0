//! A local HTTP server that answers like the Graph API, from a script of canned answers, and
//! records every request it receives (method, path, headers, body). Started with a body check
//! ([`GraphServer::start_checked`]), it runs the check on every request and fails the test when
//! it is dropped with complaints nobody looked at.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One canned answer.
#[derive(Clone)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The JSON body.
    pub body: String,
    /// Wait this long after reading the request before answering.
    pub delay: Duration,
}

impl Answer {
    /// An answer with `status` and the JSON `body`.
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Self {
            status,
            body: body.to_string(),
            delay: Duration::ZERO,
        }
    }
    /// The same answer, given after `delay`.
    pub fn slow(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// A request as received.
#[derive(Debug, Clone)]
pub struct Received {
    /// `POST`, `GET`, …
    pub method: String,
    /// The path with its query string.
    pub path: String,
    /// The headers as sent, in order.
    pub headers: Vec<(String, String)>,
    /// The body's bytes.
    pub body: Vec<u8>,
}

impl Received {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// The body as JSON; panics when it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

/// A check of one received request: what is wrong with it (empty when nothing is).
pub type RequestCheck = Arc<dyn Fn(&Received) -> Vec<String> + Send + Sync>;

/// The running server (it stops with the test's runtime).
pub struct GraphServer {
    /// `http://127.0.0.1:<port>`: what the client takes as its API base URL.
    pub base_url: String,
    /// Every request received, in order.
    pub received: Arc<Mutex<Vec<Received>>>,
    check: Option<RequestCheck>,
}

impl GraphServer {
    /// Starts a server answering with `script` in order (the last answer repeats).
    pub async fn start(script: Vec<Answer>) -> Self {
        Self::start_serving(script).await
    }

    /// Like [`GraphServer::start`], and every request received is run through `check`: the
    /// test fails when the server is dropped and any request had complaints.
    pub async fn start_checked(script: Vec<Answer>, check: RequestCheck) -> Self {
        let mut server = Self::start_serving(script).await;
        server.check = Some(check);
        server
    }

    /// The complaints of the check about every request received so far, each naming the
    /// request (`POST /v23.0/…/messages #2: $.to: …`).
    pub fn complaints(&self) -> Vec<String> {
        let Some(check) = &self.check else {
            return Vec::new();
        };
        self.requests()
            .iter()
            .enumerate()
            .flat_map(|(n, request)| {
                check(request)
                    .into_iter()
                    .map(move |c| format!("{} {} #{n}: {c}", request.method, request.path))
            })
            .collect()
    }

    async fn start_serving(script: Vec<Answer>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        let script = Arc::new(Mutex::new(
            script
                .into_iter()
                .collect::<std::collections::VecDeque<_>>(),
        ));
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let log = log.clone();
                let script = script.clone();
                tokio::spawn(async move {
                    loop {
                        let Some(request) = read_request(&mut socket).await else {
                            return;
                        };
                        log.lock().unwrap().push(request);
                        let answer = {
                            let mut script = script.lock().unwrap();
                            if script.len() > 1 {
                                script.pop_front().unwrap()
                            } else {
                                script.front().cloned().unwrap()
                            }
                        };
                        tokio::time::sleep(answer.delay).await;
                        let response = format!(
                            "HTTP/1.1 {} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}",
                            answer.status, answer.body.len(), answer.body
                        );
                        if socket.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        Self {
            base_url,
            received,
            check: None,
        }
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

impl Drop for GraphServer {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let complaints = self.complaints();
        assert!(
            complaints.is_empty(),
            "requests the fake Graph API would refuse:\n{}",
            complaints.join("\n")
        );
    }
}

async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<Received> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let header_end = loop {
        if let Some(pos) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..header_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| {
            l.split_once(':')
                .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        })
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buffer[header_end + 4..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Received {
        method,
        path,
        headers,
        body,
    })
}

/// Meta's answer to an accepted send, with message id `id`.
pub fn accepted(id: &str) -> Answer {
    Answer::json(
        200,
        serde_json::json!({
            "messaging_product": "whatsapp",
            "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
            "messages": [{"id": id, "message_status": "accepted"}]
        }),
    )
}

/// Meta's error object with HTTP `status`, error `code` and `details`.
pub fn graph_error(status: u16, code: i64, details: &str) -> Answer {
    Answer::json(
        status,
        serde_json::json!({"error": {
        "message": format!("(#{code}) title"), "type": "OAuthException", "code": code,
        "error_data": {"messaging_product": "whatsapp", "details": details},
        "error_subcode": 2494055, "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}),
    )
}

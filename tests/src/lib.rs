//! The end-to-end harness: the real Wabi Studio binary, in a real window, driven by WebDriver.
//!
//! Each test calls [`Studio::launch`], which
//! 1. starts a private Xvfb display when there is no `DISPLAY` (stopped with SIGTERM on drop, so
//!    no X lock files are left behind),
//! 2. starts `WebKitWebDriver` on a free port with `TAURI_WEBVIEW_AUTOMATION=true` (without it the
//!    new-session request hangs),
//! 3. asks it for a session whose browser is the built `wabi-studio` binary, with a fresh temporary
//!    `WABI_DATA_DIR` so nothing a test does touches the user's data.
//!
//! Why not tauri-driver: it only forwards to WebKitWebDriver on Linux; talking to WebKitWebDriver
//! directly is one process fewer and one failure mode fewer.
//!
//! The binary is `target/debug/wabi-studio` (build it first: `./dev e2e` and `./dev test` do), or
//! the path in `WABI_STUDIO_BIN`. Screenshots go to `target/e2e/`.
//!
//! [`steps`] holds what a user does in the window (typing, choosing, clicking) and what the tests
//! read back (problems, preview), shared by every test file.

pub mod steps;

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long to wait for something to appear in the window before failing.
pub const WAIT: Duration = Duration::from_secs(20);

/// The workspace's target directory (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// The `wabi-studio` binary under test.
pub fn studio_binary() -> PathBuf {
    match std::env::var_os("WABI_STUDIO_BIN") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => target_dir().join("debug/wabi-studio"),
    }
}

/// Where screenshots are saved.
pub fn screenshot_dir() -> PathBuf {
    target_dir().join("e2e")
}

/// A child process stopped with SIGTERM (then SIGKILL if it lingers) when dropped.
#[derive(Debug)]
struct Guarded {
    child: Child,
    name: &'static str,
}

impl Guarded {
    fn spawn(name: &'static str, command: &mut Command) -> Self {
        let child = command.spawn().unwrap_or_else(|e| {
            panic!("cannot start {name} ({command:?}): {e}; run `./dev setup` to install it")
        });
        Self { child, name }
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: sending a signal to a child we spawned and have not reaped yet.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        eprintln!("{} did not stop on SIGTERM; killing it", self.name);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A private X display, for machines without one.
#[derive(Debug)]
struct XDisplay {
    name: String,
    _server: Guarded,
}

impl XDisplay {
    fn start() -> Self {
        // Pick a display number whose lock file and socket are free.
        let number = (90..190)
            .find(|n| {
                !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                    && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            })
            .expect("no free X display number between :90 and :189");
        let name = format!(":{number}");
        let server = Guarded::spawn(
            "Xvfb",
            Command::new("Xvfb")
                .args([&name, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() {
            assert!(
                Instant::now() < deadline,
                "Xvfb did not open display {name} within 10 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Self {
            name,
            _server: server,
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free local port")
}

/// A running Wabi Studio window under WebDriver control.
pub struct Studio {
    /// The WebDriver session.
    pub client: Client,
    /// The temporary data directory of this run.
    pub data_dir: tempfile::TempDir,
    // Drop order: the driver (which closes the app) before the display.
    _driver: Guarded,
    _display: Option<XDisplay>,
}

impl Studio {
    /// Starts the app with a fresh, empty data directory.
    pub async fn launch() -> Self {
        let data_dir = tempfile::Builder::new()
            .prefix("wabi-e2e-")
            .tempdir()
            .expect("temp data dir");
        Self::launch_with(data_dir).await
    }

    /// Starts the app on an existing data directory (e.g. to reopen after a close).
    pub async fn launch_with(data_dir: tempfile::TempDir) -> Self {
        let binary = studio_binary();
        assert!(
            binary.is_file(),
            "{} does not exist: build the app first (`./dev build`, or `cargo build -p wabi-studio` after `npm --prefix ui run build`)",
            binary.display()
        );
        let binary = binary.canonicalize().expect("absolute binary path");
        let display = std::env::var_os("DISPLAY")
            .filter(|d| !d.is_empty())
            .is_none()
            .then(XDisplay::start);
        let display_name = display
            .as_ref()
            .map(|d| d.name.clone())
            .or_else(|| std::env::var("DISPLAY").ok())
            .unwrap_or_default();

        let port = free_port();
        let driver = Guarded::spawn(
            "WebKitWebDriver",
            Command::new("WebKitWebDriver")
                .arg(format!("--port={port}"))
                .env("DISPLAY", &display_name)
                .env("TAURI_WEBVIEW_AUTOMATION", "true")
                .env("WABI_DATA_DIR", data_dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );

        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({"binary": binary, "args": []}),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + WAIT;
        let client = loop {
            match ClientBuilder::rustls()
                .expect("TLS setup")
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() < deadline => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(error) => panic!("cannot open a WebDriver session on {url}: {error}"),
            }
        };
        let studio = Self {
            client,
            data_dir,
            _driver: driver,
            _display: display,
        };
        // The session opens before the page has loaded: wait for React's first render.
        studio.find("#root > *").await;
        studio
    }

    /// Waits for an element matching the CSS selector.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element matches `{css}` within {WAIT:?}: {e}"))
    }

    /// Waits until the element matching `css` has text containing `expected`; returns the text.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if text.contains(expected) {
                        return text;
                    }
                    if Instant::now() >= deadline {
                        panic!("`{css}` shows {text:?}, expected it to contain {expected:?}");
                    }
                }
            }
            assert!(
                Instant::now() < deadline,
                "`{css}` did not appear within {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Saves a screenshot of the window as `target/e2e/<name>.png`; returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("create target/e2e");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// Ends the WebDriver session (which closes the app) and stops the driver and display.
    pub async fn close(self) {
        let Studio { client, .. } = self;
        let _ = client.close().await;
    }
}

//! The main window's life: unsaved-change protection when it closes, and its size and position
//! remembered between runs.
//!
//! Closing: when the user closes the window, Rust does not close it at once if the UI is
//! listening (the UI keeps a `next_close_request` call pending). It wakes that call instead; the
//! UI saves what is unsaved and answers with `answer_close_request(true)`, or, if saving failed,
//! asks the user and answers `false` to stay open. A UI that does not answer cannot keep the
//! window open: a close request made [`FORCE_AFTER`] after an unanswered one closes it.
//!
//! The decision is the pure [`CloseGuard::on_close_requested`], given the time, so it is tested
//! without a window.

use crate::settings::{read_json, write_json, WindowGeometry, WINDOW_FILE};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tauri::{PhysicalPosition, PhysicalSize, Runtime, WebviewWindow, Window};
use tokio::sync::Notify;

/// How long after an unanswered close request a new one closes the window anyway.
pub const FORCE_AFTER: Duration = Duration::from_secs(3);

/// What to do with a close request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseDecision {
    /// Keep the window open and let the UI save first (it answers).
    AskUi,
    /// Close now.
    Close,
}

/// The state of closing the main window, shared by the window event handler and the commands.
#[derive(Debug, Default)]
pub struct CloseGuard {
    /// The UI answered "close".
    allowed: AtomicBool,
    /// How many `next_close_request` calls are waiting (the UI listens when > 0).
    listeners: AtomicUsize,
    /// When the UI was asked and has not answered yet.
    asked_at: Mutex<Option<Instant>>,
    requests: Notify,
}

impl CloseGuard {
    /// Decides about a close request made at `now`, and wakes the UI when it must answer.
    pub fn on_close_requested(&self, now: Instant) -> CloseDecision {
        if self.allowed.load(Ordering::SeqCst) || self.listeners.load(Ordering::SeqCst) == 0 {
            return CloseDecision::Close;
        }
        let mut asked = crate::state::lock(&self.asked_at);
        match *asked {
            Some(at) if now.saturating_duration_since(at) >= FORCE_AFTER => CloseDecision::Close,
            Some(_) => CloseDecision::AskUi,
            None => {
                *asked = Some(now);
                self.requests.notify_waiters();
                CloseDecision::AskUi
            }
        }
    }

    /// Waits for the next close request (the UI keeps one such wait pending).
    pub async fn next_request(&self) {
        let notified = self.requests.notified();
        self.listeners.fetch_add(1, Ordering::SeqCst);
        notified.await;
        self.listeners.fetch_sub(1, Ordering::SeqCst);
    }

    /// The UI's answer: `true` closes (further requests close at once), `false` stays open and
    /// ends the pending request.
    pub fn answer(&self, close: bool) {
        if close {
            self.allowed.store(true, Ordering::SeqCst);
        }
        *crate::state::lock(&self.asked_at) = None;
    }
}

/// Applies the geometry saved in `data_dir` to `window`, fitted to its monitor.
pub fn restore_geometry<R: Runtime>(window: &WebviewWindow<R>, data_dir: &Path) {
    let Some(saved) = read_json::<WindowGeometry>(&data_dir.join(WINDOW_FILE)) else {
        return;
    };
    let Ok(Some(monitor)) = window.current_monitor() else {
        return;
    };
    let screen = monitor.size();
    let Some(fitted) = saved.fitted((screen.width, screen.height), monitor.scale_factor()) else {
        return;
    };
    if fitted.maximized {
        let _ = window.maximize();
        return;
    }
    let _ = window.set_size(PhysicalSize::new(fitted.width, fitted.height));
    let _ = window.set_position(PhysicalPosition::new(fitted.x, fitted.y));
}

/// Saves `window`'s current geometry in `data_dir` (on close).
pub fn remember_geometry<R: Runtime>(window: &Window<R>, data_dir: &Path) {
    let (Ok(size), Ok(position)) = (window.inner_size(), window.outer_position()) else {
        return;
    };
    let geometry = WindowGeometry {
        width: size.width,
        height: size.height,
        x: position.x,
        y: position.y,
        maximized: window.is_maximized().unwrap_or(false),
    };
    if let Err(error) = write_json(&data_dir.join(WINDOW_FILE), &geometry) {
        tracing::warn!(%error, "cannot remember the window's size");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn window_closes_at_once_when_the_ui_is_not_listening() {
        let guard = CloseGuard::default();
        assert_eq!(
            guard.on_close_requested(Instant::now()),
            CloseDecision::Close
        );
    }

    async fn listening(guard: &Arc<CloseGuard>) -> tokio::task::JoinHandle<()> {
        let waiting = Arc::clone(guard);
        let handle = tokio::spawn(async move { waiting.next_request().await });
        while guard.listeners.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        handle
    }

    #[tokio::test]
    async fn listening_ui_is_asked_first_and_its_yes_closes() {
        let guard = Arc::new(CloseGuard::default());
        let wait = listening(&guard).await;
        let now = Instant::now();
        assert_eq!(guard.on_close_requested(now), CloseDecision::AskUi);
        wait.await.expect("the UI's wait ends with the request");
        guard.answer(true);
        assert_eq!(guard.on_close_requested(now), CloseDecision::Close);
    }

    #[tokio::test]
    async fn ui_that_says_stay_keeps_the_window_and_is_asked_again_next_time() {
        let guard = Arc::new(CloseGuard::default());
        let wait = listening(&guard).await;
        let now = Instant::now();
        assert_eq!(guard.on_close_requested(now), CloseDecision::AskUi);
        wait.await.expect("woken");
        guard.answer(false);
        let wait = listening(&guard).await;
        let later = now + FORCE_AFTER * 2;
        assert_eq!(guard.on_close_requested(later), CloseDecision::AskUi);
        wait.await.expect("woken again");
    }

    #[tokio::test]
    async fn unanswered_request_is_forced_by_a_later_close() {
        let guard = Arc::new(CloseGuard::default());
        let _wait = listening(&guard).await;
        let now = Instant::now();
        assert_eq!(guard.on_close_requested(now), CloseDecision::AskUi);
        let _again = listening(&guard).await;
        assert_eq!(
            guard.on_close_requested(now + Duration::from_millis(500)),
            CloseDecision::AskUi,
            "a quick second click still waits for the save"
        );
        assert_eq!(
            guard.on_close_requested(now + FORCE_AFTER),
            CloseDecision::Close
        );
    }
}

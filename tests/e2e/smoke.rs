//! Smoke tests: the real window opens and its first screen works.

use wabi_e2e::Studio;

#[tokio::test]
async fn window_opens_with_the_title_wabi_studio() {
    let studio = Studio::launch().await;
    let title = studio.client.title().await.expect("title");
    assert_eq!(title, "Wabi Studio");
    studio.screenshot("smoke-window").await;
    studio.close().await;
}

#[tokio::test]
async fn first_screen_shows_library_composer_and_phone_preview() {
    let studio = Studio::launch().await;
    for pane in ["Library", "Composer", "Phone preview"] {
        let region = studio.find(&format!("section[aria-label='{pane}']")).await;
        assert!(
            region.is_displayed().await.expect("visibility"),
            "{pane} pane is not visible"
        );
    }
    studio.screenshot("first-screen").await;
    studio.close().await;
}

#[tokio::test]
async fn status_bar_shows_the_version_reported_by_rust() {
    let studio = Studio::launch().await;
    let text = studio
        .wait_for_text("[data-testid='app-version']", env!("CARGO_PKG_VERSION"))
        .await;
    assert_eq!(text, format!("Version {}", env!("CARGO_PKG_VERSION")));
    studio.screenshot("status-bar").await;
    studio.close().await;
}

//! Safety in the real window: script and markup typed into every field render as text; nothing
//! typed becomes an element.

use wabi_e2e::steps::*;
use wabi_e2e::Studio;

const PAYLOAD: &str =
    "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";

#[tokio::test]
async fn script_and_markup_payloads_in_every_field_render_as_text() {
    let studio = Studio::launch().await;
    type_into(&studio, "#field-name", PAYLOAD).await;
    choose(&studio, "#field-header-format", "TEXT").await;
    type_into(&studio, "#field-header-text", "<b>head</b>").await;
    type_into(
        &studio,
        "#field-body-text",
        &format!("Body {PAYLOAD} *bold <i>x</i>*"),
    )
    .await;
    type_into(&studio, "#field-footer-text", "<svg onload=alert(1)>").await;
    choose(&studio, "#field-buttons-add", "QUICK_REPLY").await;
    type_into(&studio, "#field-buttons-0-text", "<a href=x>go</a>").await;
    wait_text(
        &studio,
        "[data-testid='bubble']",
        "<script>document.title='pwned'</script>",
    )
    .await;
    let bubble = bubble_text(&studio).await;
    assert!(bubble.contains("<img src=x"), "{bubble}");
    assert!(bubble.contains("<b>head</b>"), "{bubble}");
    assert!(bubble.contains("<svg onload=alert(1)>"), "{bubble}");
    assert!(bubble.contains("<a href=x>go</a>"), "{bubble}");
    let injected = eval(
        &studio,
        "return document.querySelectorAll('.device img, .device script, .device svg[onload], .device a, .device b, .device i, section[aria-label=\"Problems\"] img').length;",
    )
    .await;
    assert_eq!(injected, serde_json::json!(0));
    let title = studio.client.title().await.expect("title");
    assert_eq!(title, "Wabi Studio");
    // The name's problem is listed, and the Problems region holds no element made from input.
    wait_for_problem(&studio, "name.charset", true).await;
    studio.close().await;
}

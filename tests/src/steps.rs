//! Steps shared by the end-to-end tests: typing into fields as a user does (real key events),
//! choosing options, and reading the Problems region and the phone preview.
//!
//! They live in the harness crate (not beside the tests) so every test file uses the one copy
//! through `wabi_e2e::steps`.

use crate::{Studio, WAIT};
use fantoccini::key::Key;
use fantoccini::Locator;
use std::time::{Duration, Instant};

/// Replaces the text of the input or textarea `css`: empties it (as a cut would, one input
/// event), then types `text` with real key events.
pub async fn type_into(studio: &Studio, css: &str, text: &str) {
    let field = studio.find(css).await;
    studio
        .client
        .execute(
            "const el = document.querySelector(arguments[0]);
             const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
             Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, '');
             el.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("clear {css}: {e}"));
    // Element Send Keys scrolls the field into view and focuses it, as a user's click would.
    if !text.is_empty() {
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }
}

/// Appends `text` at the end of the field `css`.
pub async fn append(studio: &Studio, css: &str, text: &str) {
    let field = studio.find(css).await;
    field.click().await.expect("click");
    field
        .send_keys(&char::from(Key::End).to_string())
        .await
        .expect("end");
    field.send_keys(text).await.expect("type");
}

/// Chooses `value` in the `<select>` `css` as a user would (a change event React sees).
pub async fn choose(studio: &Studio, css: &str, value: &str) {
    studio.find(css).await;
    studio
        .client
        .execute(
            "const el = document.querySelector(arguments[0]);
             const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
             setter.call(el, arguments[1]);
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), value.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("choose {value} in {css}: {e}"));
}

/// Clicks the element `css`, first scrolled to the middle of its pane (WebKitWebDriver's own
/// scrolling leaves elements at a pane's edge, where its click can miss them).
pub async fn click(studio: &Studio, css: &str) {
    let element = studio.find(css).await;
    studio
        .client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' }); return true;",
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    element
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Clicks the button whose text is exactly `label`.
pub async fn click_button(studio: &Studio, label: &str) {
    let xpath = format!("//button[normalize-space(.)='{label}']");
    let button = studio
        .client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("no button {label:?}: {e}"));
    button
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {label:?}: {e}"));
}

/// The rule ids listed in the Problems region right now.
pub async fn problem_rules(studio: &Studio) -> Vec<String> {
    let value = studio
        .client
        .execute(
            "return Array.from(document.querySelectorAll('section[aria-label=\"Problems\"] [data-rule]')).map(e => e.dataset.rule);",
            vec![],
        )
        .await
        .expect("read problems");
    value
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Waits until the Problems region lists `rule` (`present`) or no longer lists it.
pub async fn wait_for_problem(studio: &Studio, rule: &str, present: bool) {
    let deadline = Instant::now() + WAIT;
    loop {
        let rules = problem_rules(studio).await;
        if rules.iter().any(|r| r == rule) == present {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "problem {rule} should be {}; problems are {rules:?}",
            if present { "listed" } else { "gone" }
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Text of the element `css` (waits for it).
pub async fn text_of(studio: &Studio, css: &str) -> String {
    studio.find(css).await.text().await.unwrap_or_default()
}

/// Waits until the text of `css` contains `expected`.
pub async fn wait_text(studio: &Studio, css: &str, expected: &str) -> String {
    studio.wait_for_text(css, expected).await
}

/// Waits until a JavaScript expression (returning a boolean) is true.
pub async fn wait_until(studio: &Studio, what: &str, script: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let ok = studio
            .client
            .execute(&format!("return !!({script});"), vec![])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if ok {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Switches the phone preview to `client` (android, ios, desktop) and `theme` (light, dark), and
/// waits until the device is redrawn that way.
pub async fn show_preview_as(studio: &Studio, client: &str, theme: &str) {
    click(
        studio,
        &format!("input[name='preview-client'][value='{client}']"),
    )
    .await;
    click(
        studio,
        &format!("input[name='preview-theme'][value='{theme}']"),
    )
    .await;
    wait_until(
        studio,
        &format!("the preview redrawn as {client}, {theme}"),
        &format!("document.querySelector('[data-testid=device]').dataset.client === '{client}' && document.querySelector('[data-testid=device]').dataset.theme === '{theme}'"),
    )
    .await;
}

/// Runs a script and returns its value.
pub async fn eval(studio: &Studio, script: &str) -> serde_json::Value {
    studio.client.execute(script, vec![]).await.expect("script")
}

/// The phone preview's bubble text.
pub async fn bubble_text(studio: &Studio) -> String {
    text_of(studio, "[data-testid='bubble']").await
}

/// Waits until the template is ready to submit (zero errors); on timeout, names the problems.
pub async fn wait_ready(studio: &Studio) {
    let deadline = Instant::now() + WAIT;
    loop {
        let summary = text_of(studio, "[data-testid='problems-summary']").await;
        if summary.starts_with("Ready to submit") {
            return;
        }
        if Instant::now() >= deadline {
            let problems = text_of(studio, "section[aria-label='Problems']").await;
            panic!("not ready to submit: {problems}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Drops a file named `name` (of MIME type `mime`) on the element `css` as the webview delivers
/// a drop: a `File` in a `DataTransfer`, with dragenter, dragover and drop events.
pub async fn drop_file(studio: &Studio, css: &str, name: &str, mime: &str, bytes: &[u8]) {
    studio.find(css).await;
    studio
        .client
        .execute(
            "const raw = atob(arguments[0]);
             const bytes = new Uint8Array(raw.length);
             for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
             const data = new DataTransfer();
             data.items.add(new File([bytes], arguments[1], { type: arguments[2] }));
             const target = document.querySelector(arguments[3]);
             for (const type of ['dragenter', 'dragover', 'drop']) {
               target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
             }
             return true;",
            vec![
                base64(bytes).into(),
                name.into(),
                mime.into(),
                css.into(),
            ],
        )
        .await
        .unwrap_or_else(|e| panic!("drop {name} on {css}: {e}"));
}

/// Standard base64 (the page decodes it with `atob`).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }
}

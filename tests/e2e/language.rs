//! The checker's words follow the interface language in the real window: switch the status
//! bar's language to Italian and the Problems region speaks Italian at once (with the numbers and
//! what to do, Italian-style thousands separators included), switch back and English returns.
//! The starters' titles follow too.

use wabi_e2e::steps::*;
use wabi_e2e::Studio;

const NAME: &str = "#field-name";
const FOOTER: &str = "#field-footer-text";
const LANGUAGE: &str = "footer.statusbar .statusbar-setting:nth-of-type(1) select";

/// JavaScript: true when the Problems region lists `rule` with a message containing `text`.
fn problem_says(rule: &str, text: &str) -> String {
    format!(
        "[...document.querySelectorAll(\"button.problem-item[data-rule='{rule}'] .problem-message\")]
            .some(el => el.textContent.includes({text:?}))"
    )
}

#[tokio::test]
async fn problems_are_worded_in_the_interface_language_and_follow_a_switch_at_once() {
    let studio = Studio::launch().await;
    choose(&studio, LANGUAGE, "en").await;
    // A required field left empty, and a footer 5 characters over its limit of 60.
    type_into(&studio, NAME, "").await;
    type_into(&studio, FOOTER, &"a".repeat(65)).await;
    wait_until(
        &studio,
        "English name.empty",
        &problem_says("name.empty", "The name is empty."),
    )
    .await;
    wait_until(
        &studio,
        "English footer.length",
        &problem_says(
            "footer.length",
            "Footer text is 65 characters; the limit is 60. Remove 5.",
        ),
    )
    .await;

    choose(&studio, LANGUAGE, "it").await;
    wait_until(
        &studio,
        "Italian name.empty",
        &problem_says(
            "name.empty",
            "Il nome è vuoto. Usa lettere minuscole, cifre e trattini bassi",
        ),
    )
    .await;
    wait_until(
        &studio,
        "Italian footer.length",
        &problem_says(
            "footer.length",
            "Il testo del piè di pagina ha 65 caratteri; il limite è 60. Rimuovine 5.",
        ),
    )
    .await;
    // The UI's own words switched too, and no English message is left in the region.
    wait_text(&studio, "[data-testid='problems-summary']", "Non pronto").await;
    let english_left = eval(
        &studio,
        &format!("return {};", problem_says("footer.length", "the limit is")),
    )
    .await;
    assert_eq!(english_left, serde_json::Value::Bool(false));
    studio.screenshot("language-problems-italian").await;

    // The template's language list names the languages in Italian.
    wait_until(
        &studio,
        "language option en_US named in Italian",
        "[...document.querySelectorAll('option[value=\"en_US\"]')].some(o => o.textContent.includes('Inglese (Stati Uniti)'))",
    )
    .await;

    // The starters come titled in Italian too, from Rust.
    click_button(&studio, "Nuova da modello").await;
    wait_text(
        &studio,
        "[data-starter='order_confirmation'] .starter-title",
        "Conferma d'ordine",
    )
    .await;
    wait_text(
        &studio,
        "[data-starter='one_time_passcode'] .starter-description",
        "Un codice di autenticazione",
    )
    .await;
    click(&studio, "dialog.modal .modal-actions button").await;
    wait_until(
        &studio,
        "starter picker closed",
        "!document.querySelector('dialog.modal')",
    )
    .await;

    // A body over 1,024 characters: the numbers use the Italian thousands separator.
    type_into(&studio, "#field-body-text", &"b ".repeat(520)).await;
    wait_until(
        &studio,
        "Italian body.length with 1.040 and 1.024",
        &problem_says(
            "body.length",
            "ha 1.040 caratteri; il limite è 1.024. Rimuovine 16.",
        ),
    )
    .await;

    choose(&studio, LANGUAGE, "en").await;
    wait_until(
        &studio,
        "English body.length again",
        &problem_says(
            "body.length",
            "Body is 1,040 characters; the limit is 1,024. Remove 16.",
        ),
    )
    .await;
    wait_until(
        &studio,
        "English name.empty again",
        &problem_says("name.empty", "The name is empty."),
    )
    .await;
    studio.close().await;
}

//! Header media in the real window: an oversize PNG dropped on the header gets a verdict naming
//! the size problem at once, "Fix it" turns it into a valid JPEG kept in the data folder, and the
//! phone preview draws the real image through the asset protocol.

use image::{ImageBuffer, Rgb};
use wabi_e2e::steps::*;
use wabi_e2e::Studio;

/// A PNG of noise (noise does not compress), well over WhatsApp's 5 MB for header images.
fn oversize_png() -> Vec<u8> {
    let (width, height) = (1700u32, 1300u32);
    let mut seed: u32 = 0x9e37_79b9;
    let picture = ImageBuffer::from_fn(width, height, |_, _| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let [r, g, b, _] = seed.to_le_bytes();
        Rgb([r, g, b])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode the test PNG");
    out.into_inner()
}

#[tokio::test]
async fn an_oversize_png_dropped_on_the_header_is_fixed_and_shown_in_the_preview() {
    let png = oversize_png();
    assert!(png.len() > 5_000_000, "the test PNG must be over 5 MB");
    let studio = Studio::launch().await;
    type_into(&studio, "#field-name", "media_header").await;
    type_into(&studio, "#field-body-text", "Our new collection is here.").await;
    choose(&studio, "#field-header-format", "IMAGE").await;

    // A real drop as the webview delivers it: a File in a DataTransfer, dragenter/over/drop.
    drop_file(
        &studio,
        "[data-testid='media-drop']",
        "big.png",
        "image/png",
        &png,
    )
    .await;

    // The verdict: refused for its size, fixable.
    wait_until(
        &studio,
        "the verdict refusing the PNG",
        "document.querySelector(\"[data-testid='media-verdict']\")?.dataset.ok === 'false'",
    )
    .await;
    wait_until(
        &studio,
        "the size problem listed",
        "!!document.querySelector(\"[data-testid='media-verdict'] [data-rule='image.max_bytes']\")",
    )
    .await;
    let verdict = text_of(&studio, "[data-testid='media-verdict']").await;
    assert!(verdict.contains("big.png"), "{verdict}");
    // Not imported as a template by the window's own drop handler.
    assert_eq!(
        eval(
            &studio,
            "return document.querySelector(\"[data-testid='transfer-result'], .library-problem\") === null;"
        )
        .await,
        serde_json::json!(true)
    );

    click_button(&studio, "Fix it").await;
    wait_until(
        &studio,
        "the fixed file accepted",
        "document.querySelector(\"[data-testid='media-verdict']\")?.dataset.ok === 'true'",
    )
    .await;
    let fixed = text_of(&studio, "[data-testid='media-verdict']").await;
    assert!(fixed.contains("big-fixed.jpg · image/jpeg"), "{fixed}");

    // The draft's sample handle is the kept file's reference, and the file is in the data folder.
    let handle = eval(
        &studio,
        "return document.querySelector('#field-header-handle').value;",
    )
    .await;
    let handle = handle.as_str().unwrap_or_default().to_owned();
    let kept = handle
        .strip_prefix("wabi-media:")
        .unwrap_or_else(|| panic!("the handle names a kept file: {handle}"));
    assert!(
        studio.data_dir.path().join("media").join(kept).is_file(),
        "the fixed file is kept in the data folder"
    );

    // The phone preview draws the real image, loaded through the asset protocol.
    wait_until(
        &studio,
        "the real image in the phone preview",
        "(() => { const img = document.querySelector(\"[data-testid='bubble'] [data-testid='media-image']\");
                   return !!img && img.complete && img.naturalWidth > 0; })()",
    )
    .await;
    let src = eval(
        &studio,
        "return document.querySelector(\"[data-testid='media-image']\").getAttribute('src');",
    )
    .await;
    assert!(
        src.as_str().unwrap_or_default().contains("asset"),
        "served by the asset protocol: {src}"
    );
    studio.screenshot("media-fixed").await;

    // A crop at the header's ratio: the preview follows the crop being tried, and applying it
    // keeps the cropped file.
    click(&studio, "input[type='radio'][name^='crop-']:not(:checked)").await;
    wait_until(
        &studio,
        "the crop being tried in the phone preview",
        "(() => { const img = document.querySelector(\"[data-testid='bubble'] [data-testid='media-image']\");
                   return !!img && img.getAttribute('src').includes('-crop-') && img.complete && img.naturalWidth > 0; })()",
    )
    .await;
    let ratio = eval(
        &studio,
        "const img = document.querySelector(\"[data-testid='media-image']\"); return img.naturalWidth / img.naturalHeight;",
    )
    .await
    .as_f64()
    .unwrap_or_default();
    assert!(
        (ratio - 1.91).abs() < 0.02,
        "the crop is 1.91:1, got {ratio}"
    );
    click_button(&studio, "Apply crop").await;
    wait_text(&studio, "[data-testid='media-verdict']", "Cropped to").await;
    let cropped = eval(
        &studio,
        "return document.querySelector('#field-header-handle').value;",
    )
    .await;
    assert_ne!(
        cropped.as_str().unwrap_or_default(),
        handle,
        "the cropped file is a new kept file"
    );
    studio.screenshot("media-cropped").await;
    studio.close().await;
}

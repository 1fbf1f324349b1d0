//! The WhatsApp clients a preview can imitate, the colour theme, and the drawing hints that
//! differ between them (colours, fonts, how buttons and the timestamp sit).
//!
//! The hex colours are WhatsApp's own chat colours as the clients show them in 2026 (light and
//! dark); they are hints for the UI, not rules.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which WhatsApp client to imitate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    /// WhatsApp for Android.
    Android,
    /// WhatsApp for iPhone.
    Ios,
    /// WhatsApp Desktop / Web.
    Desktop,
}

/// Light or dark chat theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light theme.
    #[default]
    Light,
    /// Dark theme.
    Dark,
}

/// How the client draws the message: colours and placement hints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientStyle {
    /// Chat background colour.
    pub chat_background: String,
    /// Bubble colour.
    pub bubble: String,
    /// Main text colour.
    pub text: String,
    /// Footer and timestamp colour.
    pub secondary_text: String,
    /// Button label and link colour.
    pub accent: String,
    /// Colour of the expiry countdown in its final hour.
    pub urgent: String,
    /// Font family the client uses.
    pub font_family: String,
    /// Bubble corner radius in pixels.
    pub corner_radius: u8,
    /// Where the timestamp sits.
    pub timestamp_placement: TimestampPlacement,
    /// How button rows are separated from the bubble and each other.
    pub button_style: ButtonStyle,
}

/// Where the timestamp sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TimestampPlacement {
    /// Bottom right inside the bubble, after the footer (Android, desktop).
    BubbleBottomEnd,
    /// Bottom right, on the footer's line when it fits (iOS).
    InlineWithFooter,
}

/// How buttons are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ButtonStyle {
    /// Full-width rows inside the bubble, divided by hairlines (Android).
    DividedRows,
    /// Separate rounded blocks under the bubble (iOS).
    DetachedBlocks,
    /// Full-width rows with hover highlight (desktop).
    HoverRows,
}

impl ClientStyle {
    /// The drawing hints of `client` in `theme`.
    pub fn of(client: Client, theme: Theme) -> ClientStyle {
        let (chat_background, bubble, text, secondary_text, accent) = match (client, theme) {
            (Client::Ios, Theme::Light) => ("#EFEAE2", "#FFFFFF", "#000000", "#8696A0", "#007AFF"),
            (Client::Ios, Theme::Dark) => ("#0B141A", "#1F2C34", "#E9EDEF", "#8696A0", "#0A84FF"),
            (_, Theme::Light) => ("#EFEAE2", "#FFFFFF", "#111B21", "#667781", "#027EB5"),
            (_, Theme::Dark) => ("#0B141A", "#202C33", "#E9EDEF", "#8696A0", "#53BDEB"),
        };
        let (font_family, corner_radius, timestamp_placement, button_style) = match client {
            Client::Android => (
                "Roboto",
                8,
                TimestampPlacement::BubbleBottomEnd,
                ButtonStyle::DividedRows,
            ),
            Client::Ios => (
                "SF Pro Text",
                16,
                TimestampPlacement::InlineWithFooter,
                ButtonStyle::DetachedBlocks,
            ),
            Client::Desktop => (
                "Segoe UI",
                8,
                TimestampPlacement::BubbleBottomEnd,
                ButtonStyle::HoverRows,
            ),
        };
        ClientStyle {
            chat_background: chat_background.to_string(),
            bubble: bubble.to_string(),
            text: text.to_string(),
            secondary_text: secondary_text.to_string(),
            accent: accent.to_string(),
            urgent: "#EA0038".to_string(),
            font_family: font_family.to_string(),
            corner_radius,
            timestamp_placement,
            button_style,
        }
    }
}

impl Client {
    /// Characters per visual line of body text, used to estimate wrapping for "Read more"
    /// (a phone bubble is about 36–38 characters of average text wide; desktop about 70).
    pub fn chars_per_line(self) -> usize {
        match self {
            Client::Android => 36,
            Client::Ios => 38,
            Client::Desktop => 70,
        }
    }
}

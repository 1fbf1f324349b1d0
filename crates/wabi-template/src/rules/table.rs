//! The table of every rule the checker knows: stable id, severity and a one-line description.
//!
//! Every diagnostic is emitted through one of these constants, so the table is complete by
//! construction; tests and docs enumerate [`ALL`]. Ids are stable: the UI, CI scripts and the
//! corpus refer to them. Errors are what Meta rejects; warnings are rejection risks and limits
//! the sources disagree on ("Where sources disagree" in `docs/sources.md`).

use crate::Severity;

/// One named rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, e.g. `body.length`.
    pub id: &'static str,
    /// Severity of every diagnostic of this rule.
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub description: &'static str,
}

macro_rules! rules {
    ($( $(#[$doc:meta])* $konst:ident = $id:literal, $sev:ident, $desc:literal; )*) => {
        $(
            #[doc = $desc]
            pub const $konst: Rule = Rule { id: $id, severity: Severity::$sev, description: $desc };
        )*
        /// Every rule, in table order.
        pub const ALL: &[Rule] = &[ $( $konst ),* ];
    };
}

rules! {
    // structure and types
    TEMPLATE_NOT_OBJECT = "template.not_object", Error, "The document must be a JSON object (one template).";
    FIELD_TYPE = "field.type", Error, "A field has the wrong JSON type (e.g. a number where text is expected).";
    COMPONENTS_MISSING = "components.missing", Error, "The template must have a `components` array.";
    COMPONENTS_EMPTY = "components.empty", Error, "The `components` array must not be empty.";
    COMPONENT_TYPE_MISSING = "component.type_missing", Error, "Every component needs a `type`.";
    COMPONENT_TYPE_UNKNOWN = "component.type_unknown", Error, "A component `type` must be one WhatsApp knows (HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, LIMITED_TIME_OFFER…).";
    COMPONENT_DUPLICATE = "component.duplicate", Error, "At most one HEADER, BODY, FOOTER, BUTTONS, CAROUSEL and LIMITED_TIME_OFFER component.";
    BODY_MISSING = "body.missing", Error, "Every template needs exactly one BODY component.";
    // name, category, language, parameter format, TTL
    NAME_MISSING = "name.missing", Error, "The template needs a `name`.";
    NAME_EMPTY = "name.empty", Error, "The name must not be empty.";
    NAME_LENGTH = "name.length", Error, "The name is at most 512 characters.";
    NAME_CHARSET = "name.charset", Error, "The name uses only lowercase letters a-z, digits and underscores.";
    NAME_FIRST_CHARACTER = "name.first_character", Warning, "Some validators require the name to start with a letter (Meta states no such rule).";
    CATEGORY_MISSING = "category.missing", Error, "The template needs a `category`.";
    CATEGORY_INVALID = "category.invalid", Error, "The category is MARKETING, UTILITY or AUTHENTICATION.";
    LANGUAGE_MISSING = "language.missing", Error, "The template needs a `language` code.";
    LANGUAGE_UNSUPPORTED = "language.unsupported", Error, "The language is one of Meta's 111 supported codes, spelled exactly (e.g. en_US).";
    PARAMETER_FORMAT_INVALID = "parameter_format.invalid", Error, "`parameter_format` is POSITIONAL or NAMED.";
    TTL_RANGE = "ttl.range", Error, "`message_send_ttl_seconds` is within the range of the category (or -1).";
    TTL_MARKETING_API_ONLY = "ttl.marketing_api_only", Warning, "A custom TTL on a MARKETING template applies only through the Marketing Messages API.";
    // variables
    VARIABLE_MALFORMED = "variable.malformed", Error, "A variable is written `{{1}}` or `{{name}}`: two braces, no spaces or special characters.";
    VARIABLE_MIXED = "variable.mixed", Error, "Positional (`{{1}}`) and named (`{{name}}`) variables cannot be mixed.";
    VARIABLE_FORMAT_MISMATCH = "variable.format_mismatch", Error, "Variables must match `parameter_format` (named variables need NAMED, numbers need POSITIONAL).";
    VARIABLE_START_AT_ONE = "variable.start_at_one", Error, "Positional variables start at {{1}}.";
    VARIABLE_SEQUENCE = "variable.sequence", Error, "Positional variables are numbered without gaps ({{1}}, {{2}}, {{3}}…).";
    VARIABLE_ORDER = "variable.order", Error, "Positional variables appear in increasing order ({{1}} before {{2}}), as Meta numbers them.";
    VARIABLE_NAME_SPELLING = "variable.name_spelling", Error, "Named variables use lowercase letters and underscores only.";
    VARIABLE_NAME_DIGITS = "variable.name_digits", Warning, "Digits in named variables: sources disagree whether Meta accepts them.";
    VARIABLE_AT_START = "variable.at_start", Error, "The body cannot start with a variable (subcode 2388299).";
    VARIABLE_AT_END = "variable.at_end", Error, "The body cannot end with a variable (subcode 2388299).";
    VARIABLE_NEAR_EDGE = "variable.near_edge", Warning, "A variable separated from the start or end of the body only by punctuation may count as dangling.";
    VARIABLE_ADJACENT = "variable.adjacent", Error, "Two variables need text or punctuation between them.";
    VARIABLE_STARTS_LINE = "variable.starts_line", Warning, "Meta's guidelines advise against starting a line with a variable.";
    VARIABLE_TOO_MANY_FOR_LENGTH = "variable.too_many_for_length", Error, "Fewer words than variables: too many variables for the length (subcode 2388293).";
    VARIABLE_RATIO = "variable.ratio", Warning, "Words + variables below 3 × variables + 1 (practitioners' rule of thumb for subcode 2388293).";
    EXAMPLE_MISSING = "example.missing", Error, "Every text with variables needs example values.";
    EXAMPLE_COUNT = "example.count", Error, "The number of example values matches the number of variables.";
    EXAMPLE_NAME_MISMATCH = "example.name_mismatch", Error, "Named examples match the variables by `param_name`, one each.";
    EXAMPLE_EMPTY = "example.empty", Error, "Example values are not empty.";
    EXAMPLE_UNUSED = "example.unused", Warning, "Example values given for a text without variables.";
    TEXT_UTF16_LENGTH = "text.utf16_length", Warning, "Within the limit in characters but over it in UTF-16 units (emoji count 2): counters disagree.";
    // header
    HEADER_FORMAT_MISSING = "header.format_missing", Error, "A HEADER needs a `format` (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION).";
    HEADER_FORMAT_UNKNOWN = "header.format_unknown", Error, "The header format is TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION (or GIF).";
    HEADER_TEXT_MISSING = "header.text_missing", Error, "A TEXT header needs `text`.";
    HEADER_EMPTY = "header.empty", Error, "A TEXT header cannot be empty.";
    HEADER_LENGTH = "header.length", Error, "Header text is at most 60 characters.";
    HEADER_VARIABLE_COUNT = "header.variable_count", Error, "A header has at most one variable.";
    HEADER_MARKUP = "header.markup", Error, "Header text cannot contain formatting characters (* _ ~ `).";
    HEADER_NEWLINE = "header.newline", Error, "Header text is a single line.";
    HEADER_EMOJI = "header.emoji", Warning, "Meta's guidelines say no emoji in the header.";
    HEADER_VARIABLE_AT_EDGE = "header.variable_at_edge", Warning, "Some providers report headers starting or ending with a variable are rejected.";
    HEADER_MEDIA_EXAMPLE_MISSING = "header.media_example_missing", Error, "A media header needs a sample: `example.header_handle`.";
    HEADER_LOCATION_CATEGORY = "header.location_category", Error, "Location headers are allowed only in UTILITY and MARKETING templates.";
    HEADER_GIF = "header.gif", Warning, "GIF headers work only through the Marketing Messages API, for MARKETING templates.";
    // body
    BODY_TEXT_MISSING = "body.text_missing", Error, "The BODY needs `text` (except in AUTHENTICATION templates).";
    BODY_EMPTY = "body.empty", Error, "The body text cannot be empty.";
    BODY_LENGTH = "body.length", Error, "Body text is at most 1,024 characters.";
    BODY_LENGTH_REPORTED_550 = "body.length_reported_550", Warning, "Providers report a 550-character body limit for MARKETING/UTILITY; Meta says 1,024.";
    BODY_EMOJI_CAP = "body.emoji_cap", Warning, "Providers report a cap of 10 emoji in MARKETING/UTILITY bodies.";
    // footer
    FOOTER_TEXT_MISSING = "footer.text_missing", Error, "A FOOTER needs `text` (except in AUTHENTICATION templates).";
    FOOTER_EMPTY = "footer.empty", Error, "Footer text cannot be empty.";
    FOOTER_LENGTH = "footer.length", Error, "Footer text is at most 60 characters.";
    FOOTER_VARIABLE = "footer.variable", Error, "The footer cannot contain variables.";
    FOOTER_STYLE = "footer.style", Warning, "Meta's guidelines say no emoji or line breaks in the footer.";
    // buttons
    BUTTONS_MISSING = "buttons.missing", Error, "A BUTTONS component needs a `buttons` array.";
    BUTTONS_EMPTY = "buttons.empty", Error, "A BUTTONS component needs at least one button.";
    BUTTONS_COUNT = "buttons.count", Error, "At most 10 buttons per template.";
    BUTTONS_TYPE_COUNT = "buttons.type_count", Error, "Per-type button limits: URL ≤ 2, PHONE_NUMBER ≤ 1, COPY_CODE ≤ 1, QUICK_REPLY ≤ 10, MPM/CATALOG ≤ 1.";
    BUTTONS_TYPE_COUNT_UNCERTAIN = "buttons.type_count_uncertain", Warning, "VOICE_CALL and FLOW counts: no Meta page states a limit; providers say 1.";
    BUTTONS_GROUPING = "buttons.grouping", Error, "Quick replies and other buttons form at most two contiguous groups.";
    BUTTON_TYPE_MISSING = "button.type_missing", Error, "Every button needs a `type`.";
    BUTTON_TYPE_UNKNOWN = "button.type_unknown", Error, "The button type is one WhatsApp knows (QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, VOICE_CALL, MPM, CATALOG…).";
    BUTTON_TEXT_MISSING = "button.text_missing", Error, "This button type needs a `text` label.";
    BUTTON_TEXT_EMPTY = "button.text_empty", Error, "A button label cannot be empty.";
    BUTTON_TEXT_LENGTH = "button.text_length", Error, "A button label is at most 25 characters.";
    BUTTON_TEXT_VARIABLE = "button.text_variable", Error, "Button labels cannot contain variables.";
    BUTTON_URL_MISSING = "button.url.missing", Error, "A URL button needs a `url`.";
    BUTTON_URL_LENGTH = "button.url.length", Error, "A button URL is at most 2,000 characters.";
    BUTTON_URL_INVALID = "button.url.invalid", Error, "A button URL is an http(s) address with a host.";
    BUTTON_URL_VARIABLE_COUNT = "button.url.variable_count", Error, "A URL has at most one variable.";
    BUTTON_URL_VARIABLE_NOT_AT_END = "button.url.variable_not_at_end", Error, "The URL variable sits at the very end of the URL.";
    BUTTON_URL_VARIABLE_NUMBER = "button.url.variable_number", Error, "The URL variable is written {{1}}.";
    BUTTON_URL_VARIABLE_IN_HOST = "button.url.variable_in_host", Error, "The URL variable cannot replace the domain.";
    BUTTON_URL_EXAMPLE_MISSING = "button.url.example_missing", Error, "A URL with a variable needs an `example`.";
    BUTTON_URL_EXAMPLE_COUNT = "button.url.example_count", Error, "A URL example holds exactly one value.";
    BUTTON_URL_EXAMPLE_FORM = "button.url.example_form", Warning, "Meta's pages disagree whether the URL example is the full URL or only the value.";
    BUTTON_PHONE_MISSING = "button.phone.missing", Error, "A PHONE_NUMBER button needs a `phone_number`.";
    BUTTON_PHONE_LENGTH = "button.phone.length", Error, "A phone number is at most 20 characters.";
    BUTTON_PHONE_FORMAT = "button.phone.format", Error, "A phone number has digits, no variables and no symbols other than a leading +, spaces, dashes, dots and brackets.";
    BUTTON_COPY_CODE_EXAMPLE_MISSING = "button.copy_code.example_missing", Error, "A COPY_CODE button needs an `example` code.";
    BUTTON_COPY_CODE_EXAMPLE_LENGTH = "button.copy_code.example_length", Error, "A COPY_CODE example is at most 20 characters (15 in limited-time offers).";
    BUTTON_COPY_CODE_EXAMPLE_UNCERTAIN = "button.copy_code.example_uncertain", Warning, "COPY_CODE examples of 16–20 characters: Meta's page changed from 15 to 20; SDKs still say 15.";
    BUTTON_COPY_CODE_UTILITY = "button.copy_code.utility", Warning, "A provider says UTILITY templates cannot use COPY_CODE (not on a Meta page).";
    BUTTON_FLOW_TARGET_MISSING = "button.flow.target_missing", Error, "A FLOW button needs `flow_id`, `flow_name` or `flow_json`.";
    BUTTON_OTP_CATEGORY = "button.otp.category", Error, "OTP buttons are allowed only in AUTHENTICATION templates.";
    BUTTON_CATALOG_CATEGORY = "button.catalog.category", Error, "MPM and CATALOG buttons are allowed only in MARKETING templates.";
    BUTTON_CATALOG_NOT_ALONE = "button.catalog.not_alone", Warning, "Providers say MPM and CATALOG templates have only that one button.";
    // carousel
    CAROUSEL_CATEGORY = "carousel.category", Error, "Carousel templates are MARKETING only.";
    CAROUSEL_CARDS_MISSING = "carousel.cards_missing", Error, "A CAROUSEL component needs a `cards` array.";
    CAROUSEL_CARD_COUNT = "carousel.card_count", Error, "A carousel has 2 to 10 cards.";
    CAROUSEL_CARD_COMPONENTS_MISSING = "carousel.card_components_missing", Error, "Every card needs a `components` array.";
    CAROUSEL_CARD_HEADER = "carousel.card_header", Error, "Every card has an IMAGE or VIDEO header with a sample.";
    CAROUSEL_CARD_BODY_LENGTH = "carousel.card_body_length", Error, "A card body is at most 160 characters.";
    CAROUSEL_CARD_BODY_CONSISTENCY = "carousel.card_body_consistency", Error, "If any card has a body, every card must.";
    CAROUSEL_CARD_BUTTONS = "carousel.card_buttons", Error, "A card has 1 or 2 buttons of type QUICK_REPLY, URL or PHONE_NUMBER.";
    CAROUSEL_CARD_COMPONENT_TYPE = "carousel.card_component_type", Error, "Cards hold only HEADER, BODY and BUTTONS components.";
    CAROUSEL_CARDS_DIFFER = "carousel.cards_differ", Error, "All cards have the same components (the same number of buttons).";
    CAROUSEL_CARD_BUTTON_TYPES_DIFFER = "carousel.card_button_types_differ", Warning, "Cards whose buttons differ in type or order: Meta's rule and Meta's example disagree.";
    CAROUSEL_CARD_MEDIA_DIFFERS = "carousel.card_media_differs", Warning, "Providers say all cards must use the same media type.";
    CAROUSEL_CARD_QUICK_REPLIES = "carousel.card_quick_replies", Warning, "An SDK allows at most one quick reply per card (not on a Meta page).";
    CAROUSEL_TOP_LEVEL_COMPONENT = "carousel.top_level_component", Error, "A carousel template has only a BODY and the CAROUSEL at top level.";
    // limited-time offer
    LTO_CATEGORY = "lto.category", Error, "Limited-time offers are MARKETING only.";
    LTO_OBJECT_MISSING = "lto.object_missing", Error, "A LIMITED_TIME_OFFER component needs a `limited_time_offer` object with `text`.";
    LTO_TEXT_LENGTH = "lto.text_length", Error, "The offer text is at most 16 characters.";
    LTO_FOOTER = "lto.footer", Error, "Limited-time-offer templates cannot have a footer.";
    LTO_BODY_LENGTH = "lto.body_length", Error, "A limited-time-offer body is at most 600 characters.";
    LTO_HEADER_FORMAT = "lto.header_format", Error, "A limited-time-offer header is IMAGE or VIDEO.";
    // authentication
    AUTH_BODY_TEXT = "auth.body_text", Error, "AUTHENTICATION bodies are preset: remove `text`.";
    AUTH_HEADER = "auth.header", Error, "AUTHENTICATION templates have no header (no media).";
    AUTH_FOOTER_TEXT = "auth.footer_text", Error, "AUTHENTICATION footers carry only `code_expiration_minutes`.";
    AUTH_CODE_EXPIRATION = "auth.code_expiration", Error, "`code_expiration_minutes` is a whole number from 1 to 90.";
    AUTH_COMPONENT = "auth.component", Error, "AUTHENTICATION templates hold only BODY, FOOTER and BUTTONS.";
    AUTH_BUTTON_MISSING = "auth.button_missing", Error, "AUTHENTICATION templates have exactly one OTP button.";
    AUTH_BUTTON_TYPE = "auth.button_type", Error, "The only button of an AUTHENTICATION template is one OTP button.";
    AUTH_OTP_TYPE = "auth.otp_type", Error, "`otp_type` is COPY_CODE, ONE_TAP or ZERO_TAP.";
    AUTH_SUPPORTED_APPS = "auth.supported_apps", Error, "ONE_TAP and ZERO_TAP buttons need `supported_apps` (1 to 5 apps).";
    AUTH_LEGACY_APP_FIELDS = "auth.legacy_app_fields", Warning, "Button-level `package_name`/`signature_hash` work only up to API v20.0; use `supported_apps`.";
    AUTH_PACKAGE_NAME = "auth.package_name", Error, "`package_name`: at most 224 characters, two or more dot-separated segments starting with a letter, [A-Za-z0-9_].";
    AUTH_SIGNATURE_HASH = "auth.signature_hash", Error, "`signature_hash`: exactly 11 characters of [A-Za-z0-9+/=].";
    AUTH_ZERO_TAP_TERMS = "auth.zero_tap_terms", Error, "ZERO_TAP buttons need `zero_tap_terms_accepted: true`.";
    AUTH_EMOJI = "auth.emoji", Error, "AUTHENTICATION templates cannot contain emoji.";
    AUTH_SECURITY_RECOMMENDATION = "auth.security_recommendation", Error, "`add_security_recommendation` is true or false.";
    // catalog and MPM
    MPM_HEADER_FORMAT = "mpm.header_format", Error, "A multi-product template's header is TEXT.";
    MPM_HEADER_MISSING = "mpm.header_missing", Error, "A multi-product template has a TEXT header (Meta lists only the footer as optional).";
    CATALOG_HEADER = "catalog.header", Warning, "Catalog templates show the catalog thumbnail; Meta's syntax has no header.";
    // rejection risks
    RISK_PROMOTIONAL_IN_UTILITY = "risk.promotional_in_utility", Warning, "Promotional wording in a UTILITY template: Meta re-categorises it as MARKETING.";
    RISK_CODE_OUTSIDE_AUTH = "risk.code_outside_auth", Warning, "Code or verification wording outside AUTHENTICATION: OTPs must use AUTHENTICATION.";
    RISK_SENSITIVE_REQUEST = "risk.sensitive_request", Warning, "Asking for full card, account or ID numbers is against policy (last 4 digits are fine).";
    RISK_LONG_BODY = "risk.long_body", Warning, "Long bodies suit email better than WhatsApp.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule id");
        for id in ids {
            assert!(id.contains('.'), "{id} has an area prefix");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'.'
                    || b == b'_'),
                "{id} is lowercase"
            );
        }
    }

    #[test]
    fn every_rule_has_a_description() {
        assert!(ALL.iter().all(|r| !r.description.is_empty()));
    }
}

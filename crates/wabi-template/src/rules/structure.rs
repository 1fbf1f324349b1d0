//! Structure and types: reads the raw JSON into a light view of the template (category,
//! parameter format, components by kind) and reports what is missing, mistyped or duplicated.
//!
//! The later rule modules work on this view, so they never have to re-check the JSON shape of
//! the top level, and a document that is not a template still gets errors at its bad fields.

use super::context::{at, at_index, opt_upper, type_name, Ctx};
use super::table;
use crate::tr;
use serde_json::{Map, Value};

/// A template category Meta accepts. The one reading of a document's `category` text: the
/// checker's rules and the drafts library's lists both go through [`Category::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// `MARKETING`.
    Marketing,
    /// `UTILITY`.
    Utility,
    /// `AUTHENTICATION`.
    Authentication,
}

impl Category {
    /// The category for a category name (trimmed, case-insensitive); `None` for any other text.
    pub fn parse(s: &str) -> Option<Category> {
        match s.trim().to_ascii_uppercase().as_str() {
            "MARKETING" => Some(Category::Marketing),
            "UTILITY" => Some(Category::Utility),
            "AUTHENTICATION" => Some(Category::Authentication),
            _ => None,
        }
    }

    /// Meta's spelling.
    pub fn name(self) -> &'static str {
        match self {
            Category::Marketing => "MARKETING",
            Category::Utility => "UTILITY",
            Category::Authentication => "AUTHENTICATION",
        }
    }
}

/// What a component is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Header,
    Body,
    Footer,
    Buttons,
    Carousel,
    LimitedTimeOffer,
    /// Newer or niche types we accept without further checks (CALL_PERMISSION_REQUEST…).
    Other,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "HEADER" => Kind::Header,
            "BODY" => Kind::Body,
            "FOOTER" => Kind::Footer,
            "BUTTONS" => Kind::Buttons,
            "CAROUSEL" => Kind::Carousel,
            "LIMITED_TIME_OFFER" => Kind::LimitedTimeOffer,
            "CALL_PERMISSION_REQUEST" | "REQUEST_CONTACT_INFO" | "SPM" | "APP" => Kind::Other,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Header => "HEADER",
            Kind::Body => "BODY",
            Kind::Footer => "FOOTER",
            Kind::Buttons => "BUTTONS",
            Kind::Carousel => "CAROUSEL",
            Kind::LimitedTimeOffer => "LIMITED_TIME_OFFER",
            Kind::Other => "OTHER",
        }
    }
}

/// One component of the template.
#[derive(Debug)]
pub(crate) struct Component<'a> {
    /// JSON pointer of the component object.
    pub pointer: String,
    /// What it is.
    pub kind: Kind,
    /// Its fields.
    pub obj: &'a Map<String, Value>,
}

/// The template as the rule modules see it.
#[derive(Debug)]
pub(crate) struct Template<'a> {
    /// The category, when it is present and valid.
    pub category: Option<Category>,
    /// `parameter_format` is NAMED.
    pub named: bool,
    /// `parameter_format` is present (and valid).
    pub format_explicit: bool,
    /// The components with a known type, in document order (duplicates excluded).
    pub components: Vec<Component<'a>>,
    /// The document looks like a template read back from Meta (has `id` or `status`), whose
    /// authentication parts Meta rewrites (preset body text, OTP button as URL).
    pub read_back: bool,
}

impl<'a> Template<'a> {
    /// The first component of `kind`.
    pub(crate) fn first(&self, kind: Kind) -> Option<&Component<'a>> {
        self.components.iter().find(|c| c.kind == kind)
    }

    /// True when the category is known to be `category`.
    pub(crate) fn is(&self, category: Category) -> bool {
        self.category == Some(category)
    }
}

/// Reads the components of `root` into a [`Template`], reporting structural problems.
pub(crate) fn read<'a>(
    ctx: &mut Ctx,
    root: &'a Map<String, Value>,
    category: Option<Category>,
    named: bool,
    format_explicit: bool,
) -> Template<'a> {
    let mut tpl = Template {
        category,
        named,
        format_explicit,
        components: Vec::new(),
        read_back: root.contains_key("id") || root.contains_key("status"),
    };
    let list = match root.get("components") {
        None | Some(Value::Null) => {
            ctx.emit(
                &table::COMPONENTS_MISSING,
                "",
                tr!(ctx.locale,
                    en: "The template has no `components`. Add a `components` array with at \
                         least a BODY.",
                    it: "Il template non ha `components`. Aggiungi un array `components` con \
                         almeno un BODY."),
            );
            return tpl;
        }
        Some(Value::Array(list)) => list,
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                "/components",
                tr!(ctx.locale,
                    en: "`components` must be an array of components, not {kind}.",
                    it: "`components` deve essere un array di componenti, non {kind}."),
            );
            return tpl;
        }
    };
    if list.is_empty() {
        ctx.emit(
            &table::COMPONENTS_EMPTY,
            "/components",
            tr!(ctx.locale,
                en: "`components` is empty. Add at least a BODY component.",
                it: "`components` è vuoto. Aggiungi almeno un componente BODY."),
        );
        return tpl;
    }
    for (i, value) in list.iter().enumerate() {
        let pointer = at_index("/components", i);
        let Some(obj) = value.as_object() else {
            let kind = type_name(value, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &pointer,
                tr!(ctx.locale,
                    en: "Component {} must be an object with a `type`, not {kind}.",
                    it: "Il componente {} deve essere un oggetto con un `type`, non {kind}.",
                    i + 1),
            );
            continue;
        };
        let Some(type_name_upper) = opt_upper(ctx, obj, &pointer, "type") else {
            if !matches!(obj.get("type"), Some(v) if !v.is_null()) {
                ctx.emit(
                    &table::COMPONENT_TYPE_MISSING,
                    &pointer,
                    tr!(ctx.locale,
                        en: "Component {} has no `type`. Set it to HEADER, BODY, FOOTER or \
                             BUTTONS.",
                        it: "Il componente {} non ha `type`. Impostalo su HEADER, BODY, FOOTER o \
                             BUTTONS.",
                        i + 1),
                );
            }
            continue;
        };
        let Some(kind) = Kind::parse(&type_name_upper) else {
            ctx.emit(
                &table::COMPONENT_TYPE_UNKNOWN,
                &at(&pointer, "type"),
                tr!(ctx.locale,
                    en: "Unknown component type \"{type_name_upper}\". Use HEADER, BODY, \
                         FOOTER, BUTTONS, CAROUSEL or LIMITED_TIME_OFFER.",
                    it: "Tipo di componente sconosciuto \"{type_name_upper}\". Usa HEADER, \
                         BODY, FOOTER, BUTTONS, CAROUSEL o LIMITED_TIME_OFFER."),
            );
            continue;
        };
        if kind != Kind::Other && tpl.first(kind).is_some() {
            ctx.emit(
                &table::COMPONENT_DUPLICATE,
                &pointer,
                tr!(ctx.locale,
                    en: "A second {} component. A template has at most one; merge or remove \
                         this one.",
                    it: "Un secondo componente {}. Un template ne ha al massimo uno: uniscilo al \
                         primo o rimuovilo.",
                    kind.name()),
            );
            continue;
        }
        tpl.components.push(Component { pointer, kind, obj });
    }
    if tpl.first(Kind::Body).is_none() {
        ctx.emit(
            &table::BODY_MISSING,
            "/components",
            tr!(ctx.locale,
                en: "The template has no BODY component. Add one: {{\"type\": \"BODY\", \
                     \"text\": \"…\"}}.",
                it: "Il template non ha un componente BODY. Aggiungilo: {{\"type\": \"BODY\", \
                     \"text\": \"…\"}}."),
        );
    }
    tpl
}

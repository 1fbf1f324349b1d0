// Switching what kind of template the document is: standard, carousel, limited-time offer, or
// authentication. Each switch reshapes the components to the kind's structure (Meta's creation
// shapes, Meta: M-components, M-carousel, M-lto, M-auth in docs/sources.md) and keeps the body
// text where it can.

import { asString, componentsOf, findComponent, setComponent, type JsonObject, type TemplateDocument } from "./doc";

export type MessageKind = "standard" | "carousel" | "offer";

export function messageKind(doc: JsonObject): MessageKind {
  if (findComponent(doc, "CAROUSEL")) return "carousel";
  if (findComponent(doc, "LIMITED_TIME_OFFER")) return "offer";
  return "standard";
}

function emptyCard(): JsonObject {
  return {
    components: [
      { type: "HEADER", format: "IMAGE", example: { header_handle: [""] } },
      { type: "BODY", text: "" },
      { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "" }] },
    ],
  };
}

/** A new card with the same structure as `model` (same components and buttons, texts empty). */
export function cardLike(model: JsonObject | undefined): JsonObject {
  if (!model) return emptyCard();
  const blank = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(blank);
    if (typeof value === "object" && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        out[key] = key === "type" || key === "format" ? inner : blank(inner);
      }
      return out;
    }
    return typeof value === "string" ? "" : value;
  };
  const copy = blank(model) as JsonObject;
  // Button types stay as they are; URLs start again from "https://".
  return copy;
}

export function toKind(doc: TemplateDocument, kind: MessageKind): TemplateDocument {
  let next = doc;
  next = setComponent(next, "CAROUSEL", null);
  next = setComponent(next, "LIMITED_TIME_OFFER", null);
  if (kind === "carousel") {
    next = setComponent(next, "HEADER", null);
    next = setComponent(next, "FOOTER", null);
    next = setComponent(next, "BUTTONS", null);
    next = setComponent(next, "CAROUSEL", { type: "CAROUSEL", cards: [emptyCard(), emptyCard()] });
  } else if (kind === "offer") {
    next = setComponent(next, "FOOTER", null);
    next = setComponent(next, "LIMITED_TIME_OFFER", {
      type: "LIMITED_TIME_OFFER",
      limited_time_offer: { text: "", has_expiration: true },
    });
    next = setComponent(next, "BUTTONS", {
      type: "BUTTONS",
      buttons: [
        { type: "COPY_CODE", example: "" },
        { type: "URL", text: "", url: "https://" },
      ],
    });
  }
  if (!findComponent(next, "BODY")) next = setComponent(next, "BODY", { type: "BODY", text: "" });
  return { ...next, category: kind === "standard" ? next["category"] ?? "MARKETING" : "MARKETING" };
}

/** An authentication template: preset body, expiry footer, one OTP button. */
export function toAuthentication(doc: TemplateDocument): TemplateDocument {
  const { parameter_format: _format, ...rest } = doc;
  return {
    ...rest,
    category: "AUTHENTICATION",
    components: [
      { type: "BODY", add_security_recommendation: true },
      { type: "FOOTER", code_expiration_minutes: 10 },
      { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy code" }] },
    ],
  };
}

/** Back from authentication: an empty body to write in. */
export function fromAuthentication(doc: TemplateDocument): TemplateDocument {
  const kept = componentsOf(doc).filter((c) => asString(c["type"]).toUpperCase() === "HEADER");
  return { ...doc, parameter_format: "positional", components: [...kept, { type: "BODY", text: "" }] };
}

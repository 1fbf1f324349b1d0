// Maps the RFC 6901 pointers of Rust's diagnostics and counters to the composer's fields, so a
// problem shows at the most specific input that can fix it. Field ids are stable strings
// ("body.text", "buttons.1.url", "cards.0.body.example.1"); each input renders with the DOM id
// `fieldDomId(fieldId)`. A field that is not on screen falls back to its nearest parent field.

import { asString, isObject, type Json, type JsonObject } from "./doc";

/** Splits a JSON pointer into its unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function at(value: Json | undefined, token: string): Json | undefined {
  if (Array.isArray(value)) return value[Number(token)];
  if (isObject(value)) return value[token];
  return undefined;
}

const TOP_FIELDS = new Set(["name", "category", "language", "parameter_format"]);

/** The field that a diagnostic or counter at `pointer` belongs to. */
export function fieldForPointer(pointer: string, doc: JsonObject): string {
  const tokens = pointerTokens(pointer);
  const [first, index, ...rest] = tokens;
  if (first === undefined) return "document";
  if (TOP_FIELDS.has(first)) return first;
  if (first !== "components") return "document";
  if (index === undefined) return "components";
  const component = at(doc["components"], index);
  if (!isObject(component)) return "components";
  return componentField(component, rest, "");
}

function componentField(component: JsonObject, rest: string[], prefix: string): string {
  const type = asString(component["type"]).toUpperCase();
  const [key, a, b, c] = rest;
  switch (type) {
    case "HEADER": {
      if (key === "text") return `${prefix}header.text`;
      if (key === "example") {
        if (a === "header_handle") return `${prefix}header.handle`;
        if (a === "header_text" && b !== undefined) return `${prefix}header.example.${Number(b) + 1}`;
        if (a === "header_text_named_params" && b !== undefined) {
          return `${prefix}header.example.${namedKey(component, "header", b)}`;
        }
        return `${prefix}header.text`;
      }
      if (key === "format") return `${prefix}header.format`;
      return asString(component["format"]).toUpperCase() === "TEXT" ? `${prefix}header.text` : `${prefix}header.format`;
    }
    case "BODY": {
      if (key === "add_security_recommendation") return "auth.security";
      if (key === "example") {
        if (a === "body_text" && c !== undefined) return `${prefix}body.example.${Number(c) + 1}`;
        if (a === "body_text_named_params" && b !== undefined) {
          return `${prefix}body.example.${namedKey(component, "body", b)}`;
        }
      }
      return `${prefix}body.text`;
    }
    case "FOOTER":
      return key === "code_expiration_minutes" ? "auth.expiry" : `${prefix}footer.text`;
    case "LIMITED_TIME_OFFER":
      return b === "has_expiration" ? "lto.expiration" : "lto.text";
    case "BUTTONS": {
      if (key !== "buttons" || a === undefined) return `${prefix}buttons.add`;
      const button = at(component["buttons"], a);
      const field = b ?? "type";
      if (isObject(button) && asString(button["type"]).toUpperCase() === "OTP" && prefix === "") {
        return field === "supported_apps" && c !== undefined ? `auth.apps.${c}` : `auth.${field}`;
      }
      return `${prefix}buttons.${a}.${field}`;
    }
    case "CAROUSEL": {
      if (key !== "cards" || a === undefined) return "cards.add";
      const card = at(component["cards"], a);
      if (b !== "components" || c === undefined || !isObject(card)) return `cards.${a}`;
      const inner = at(card["components"], c);
      if (!isObject(inner)) return `cards.${a}`;
      return componentField(inner, rest.slice(4), `cards.${a}.`);
    }
    default:
      return "components";
  }
}

function namedKey(component: JsonObject, kind: "header" | "body", position: string): string {
  const example = component["example"];
  const list = isObject(example) ? example[`${kind}_text_named_params`] : undefined;
  const entry = at(list, position);
  return isObject(entry) ? asString(entry["param_name"]) || position : position;
}

/** The DOM id of a field's input. */
export function fieldDomId(fieldId: string): string {
  return `field-${fieldId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The field itself, else its nearest parent on screen: "cards.0.body.text" → "cards.0" → "cards". */
export function fallbackChain(fieldId: string): string[] {
  const parts = fieldId.split(".");
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n -= 1) chain.push(parts.slice(0, n).join("."));
  return chain;
}

/** Focuses the input of `fieldId` (or its nearest parent on screen). Returns whether it did. */
export function focusField(fieldId: string, root: Document = document): boolean {
  for (const id of fallbackChain(fieldId)) {
    const element = root.getElementById(fieldDomId(id));
    if (element instanceof HTMLElement) {
      element.focus();
      element.scrollIntoView?.({ block: "center" });
      return true;
    }
  }
  return false;
}

// The template document (Meta's template-creation JSON) and pure helpers that read and update
// its parts. The document is the one canonical model: every editor reads from it and writes back
// through these helpers, which never mutate (each returns a new document) and tolerate any
// work-in-progress shape (missing arrays, wrong types) without throwing.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type TemplateDocument = JsonObject;

/** Component types, in the order Meta's examples list them (new components go in this order). */
export const COMPONENT_ORDER = ["HEADER", "LIMITED_TIME_OFFER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL"] as const;
export type ComponentType = (typeof COMPONENT_ORDER)[number];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** An empty draft: what "New draft" opens. */
export function emptyDocument(): TemplateDocument {
  return {
    name: "",
    language: "en_US",
    category: "MARKETING",
    parameter_format: "positional",
    components: [{ type: "BODY", text: "" }],
  };
}

export function componentsOf(doc: JsonObject): JsonObject[] {
  const list = doc["components"];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function typeOf(component: JsonObject): string {
  return asString(component["type"]).toUpperCase();
}

/** The component of `type` and its position in `components`, if present. */
export function findComponent(doc: JsonObject, type: ComponentType): { index: number; component: JsonObject } | undefined {
  const list = Array.isArray(doc["components"]) ? (doc["components"] as Json[]) : [];
  for (let index = 0; index < list.length; index += 1) {
    const component = list[index];
    if (isObject(component) && typeOf(component) === type) return { index, component };
  }
  return undefined;
}

/** Replaces (or inserts, at its canonical place) the component of `type`; `null` removes it. */
export function setComponent(doc: JsonObject, type: ComponentType, next: JsonObject | null): JsonObject {
  const list = Array.isArray(doc["components"]) ? [...(doc["components"] as Json[])] : [];
  const found = findComponent(doc, type);
  if (found) {
    if (next === null) list.splice(found.index, 1);
    else list[found.index] = next;
    return { ...doc, components: list };
  }
  if (next === null) return doc;
  const rank = COMPONENT_ORDER.indexOf(type);
  let at = list.length;
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i];
    const itemRank = isObject(item) ? COMPONENT_ORDER.indexOf(typeOf(item) as ComponentType) : -1;
    if (itemRank > rank) {
      at = i;
      break;
    }
  }
  list.splice(at, 0, next);
  return { ...doc, components: list };
}

/** Updates the component of `type` (creating `{type}` first when missing). */
export function updateComponent(doc: JsonObject, type: ComponentType, update: (c: JsonObject) => JsonObject): JsonObject {
  const current = findComponent(doc, type)?.component ?? { type };
  return setComponent(doc, type, update(current));
}

/** Variable keys in order of first appearance: `{{1}}` → "1", `{{first_name}}` → "first_name". */
export function variableKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
    const key = match[1];
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

export type ParameterFormat = "positional" | "named";

export function parameterFormat(doc: JsonObject): ParameterFormat {
  return asString(doc["parameter_format"]).toLowerCase() === "named" ? "named" : "positional";
}

/** The next variable to insert: `{{n+1}}` (numbered) or `{{variable_n}}` (named). */
export function nextVariable(text: string, format: ParameterFormat): string {
  const keys = variableKeys(text);
  if (format === "positional") {
    const highest = keys.reduce((max, key) => (/^\d+$/.test(key) ? Math.max(max, Number(key)) : max), 0);
    return `{{${highest + 1}}}`;
  }
  let n = keys.length + 1;
  while (keys.includes(`variable_${n}`)) n += 1;
  return `{{variable_${n}}}`;
}

export type ExampleKind = "header" | "body";

/** The sample value of variable `key` in a component's `example`. */
export function exampleValue(component: JsonObject, kind: ExampleKind, format: ParameterFormat, key: string): string {
  const example = component["example"];
  if (!isObject(example)) return "";
  if (format === "named") {
    const list = example[`${kind}_text_named_params`];
    if (!Array.isArray(list)) return "";
    const entry = list.find((e) => isObject(e) && e["param_name"] === key);
    return isObject(entry) ? asString(entry["example"]) : "";
  }
  const position = Number(key) - 1;
  if (!Number.isInteger(position) || position < 0) return "";
  if (kind === "header") {
    const list = example["header_text"];
    return Array.isArray(list) ? asString(list[position]) : "";
  }
  const outer = example["body_text"];
  const inner = Array.isArray(outer) ? outer[0] : undefined;
  return Array.isArray(inner) ? asString(inner[position]) : "";
}

/**
 * Rewrites a component's `example` so it holds exactly the variables of its `text`, keeping the
 * samples already typed (by key) and setting `overrides`. No variables: no `example`.
 */
export function syncExample(
  component: JsonObject,
  kind: ExampleKind,
  format: ParameterFormat,
  overrides: Record<string, string> = {},
): JsonObject {
  const keys = variableKeys(asString(component["text"]));
  const sample = (key: string) => overrides[key] ?? exampleValue(component, kind, format, key);
  const { example: _old, ...rest } = component;
  if (keys.length === 0) return rest;
  if (format === "named") {
    return {
      ...rest,
      example: { [`${kind}_text_named_params`]: keys.map((key) => ({ param_name: key, example: sample(key) })) },
    };
  }
  const numbers = keys.filter((k) => /^\d+$/.test(k)).map(Number);
  const count = numbers.length === 0 ? 0 : Math.min(Math.max(...numbers), 100);
  const values = Array.from({ length: count }, (_, i) => sample(String(i + 1)));
  return { ...rest, example: kind === "header" ? { header_text: values } : { body_text: [values] } };
}

/** The template's buttons (of the BUTTONS component), or of a carousel card's. */
export function buttonsOf(component: JsonObject | undefined): JsonObject[] {
  const list = component?.["buttons"];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** The carousel's cards. */
export function cardsOf(doc: JsonObject): JsonObject[] {
  const list = findComponent(doc, "CAROUSEL")?.component["cards"];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Wraps the selection `[start, end)` of `text` in `marker` (or inserts a line prefix). */
export function applyFormat(
  text: string,
  start: number,
  end: number,
  kind: "bold" | "italic" | "strike" | "mono" | "list" | "quote",
): { text: string; start: number; end: number } {
  const markers = { bold: "*", italic: "_", strike: "~", mono: "```" } as const;
  if (kind === "list" || kind === "quote") {
    const prefix = kind === "list" ? "- " : "> ";
    const lineStart = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
    const lineStartFixed = start === 0 ? 0 : lineStart;
    return {
      text: text.slice(0, lineStartFixed) + prefix + text.slice(lineStartFixed),
      start: start + prefix.length,
      end: end + prefix.length,
    };
  }
  const marker = markers[kind];
  const inner = text.slice(start, end);
  return {
    text: text.slice(0, start) + marker + inner + marker + text.slice(end),
    start: start + marker.length,
    end: end + marker.length,
  };
}

/** Inserts `insert` at the selection `[start, end)`, returning the new text and caret. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}

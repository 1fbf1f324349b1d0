// Pure logic of sending a test, kept apart from the components so it is tested on its own: the
// editable parameters of a template message and the values they make, the QR code's dark
// modules, the request shown in a dry run, the account's templates as choices, and who may be
// sent to. No IPC here.

import type { PreparedRequest, QrMatrix, Recipient, RemoteTemplate, SendOutcome } from "../ipc/sending";

/** One editable parameter of a template send: where it goes, its key and its value. */
export interface Parameter {
  section: "header" | "body";
  /** "1", "2"… or the named parameter's name. */
  key: string;
  value: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The text parameters of a template message (header and body), in order. */
export function parametersOf(message: unknown): Parameter[] {
  if (!isRecord(message) || !isRecord(message.template)) return [];
  const components = message.template.components;
  if (!Array.isArray(components)) return [];
  const out: Parameter[] = [];
  for (const component of components) {
    if (!isRecord(component)) continue;
    const section = component.type === "header" ? "header" : component.type === "body" ? "body" : null;
    if (!section || !Array.isArray(component.parameters)) continue;
    component.parameters.forEach((parameter: unknown, index: number) => {
      if (!isRecord(parameter) || parameter.type !== "text" || typeof parameter.text !== "string") return;
      const key = typeof parameter.parameter_name === "string" ? parameter.parameter_name : String(index + 1);
      out.push({ section, key, value: parameter.text });
    });
  }
  return out;
}

/** The values (`VALUES.json` shape) that fill in `parameters`; null when there are none. */
export function valuesOf(parameters: Parameter[]): Record<string, Record<string, string>> | null {
  if (parameters.length === 0) return null;
  const values: Record<string, Record<string, string>> = {};
  for (const { section, key, value } of parameters) {
    values[section] = { ...values[section], [key]: value };
  }
  return values;
}

/** `parameters` with the one at `index` set to `value`. */
export function withParameter(parameters: Parameter[], index: number, value: string): Parameter[] {
  return parameters.map((parameter, i) => (i === index ? { ...parameter, value } : parameter));
}

/** The dark modules of a QR code as cells (column, row), for drawing as SVG rects. */
export function darkCells(matrix: QrMatrix): { x: number; y: number }[] {
  const cells: { x: number; y: number }[] = [];
  if (matrix.size <= 0 || matrix.dark.length !== matrix.size * matrix.size) return cells;
  matrix.dark.forEach((dark, i) => {
    if (dark) cells.push({ x: i % matrix.size, y: Math.floor(i / matrix.size) });
  });
  return cells;
}

/** The request as text: method and URL, headers (token masked), then the pretty JSON body. */
export function requestText(request: PreparedRequest): string {
  const lines = [`${request.method} ${request.url}`, ...request.headers.map((h) => `${h.name}: ${h.value}`)];
  if (request.body !== null && request.body !== undefined) {
    lines.push("", JSON.stringify(request.body, null, 2));
  }
  return lines.join("\n");
}

/** A recipient may be sent to when an opt-in is recorded and not withdrawn. */
export function hasConsent(recipient: Recipient): boolean {
  return recipient.optedInMs !== null && recipient.withdrawnMs === null;
}

/** The key of a remote template in a picker. */
export const templateKey = (template: { name: string; language: string }) => `${template.name}|${template.language}`;

/** The account's templates, those of the draft's name first, then by name and language. */
export function templateChoices(templates: RemoteTemplate[], draftName: string): RemoteTemplate[] {
  return [...templates].sort((a, b) => {
    const mine = Number(b.name === draftName) - Number(a.name === draftName);
    return mine || a.name.localeCompare(b.name) || a.language.localeCompare(b.language);
  });
}

/** The filter choices of the send log, "all" first. */
export const OUTCOME_FILTERS: readonly ("all" | SendOutcome)[] = ["all", "sent", "failed", "refused"];

/** The outcome a filter choice asks Rust for (null: all). */
export function outcomeOf(filter: string): SendOutcome | null {
  return filter === "sent" || filter === "failed" || filter === "refused" ? filter : null;
}

/** A time in ms as the user's local date and time. */
export function formatTime(ms: number, locale: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: "medium", timeStyle: "medium" });
}

/** A JSON text pretty-printed, or as it is when it is not JSON. */
export function prettyJson(text: string | null): string {
  if (text === null) return "";
  try {
    return JSON.stringify(JSON.parse(text) as unknown, null, 2);
  } catch {
    return text;
  }
}

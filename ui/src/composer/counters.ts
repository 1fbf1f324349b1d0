// Character counters beside limited fields: "812 / 1024", turning to a warning near the limit and
// an error past it. The counts and limits come from Rust (`render_template`); this only decides
// how a counter looks.

export type CounterState = "ok" | "near" | "over";

/** Within the last tenth of the limit (at least the last character) counts as near. */
export function counterState(count: number, limit: number): CounterState {
  if (count > limit) return "over";
  const margin = Math.max(1, Math.floor(limit / 10));
  return count >= limit - margin ? "near" : "ok";
}

/** "812 / 1,024" in the interface language's number format. */
export function counterText(count: number, limit: number, locale: string): string {
  const format = new Intl.NumberFormat(locale);
  return `${format.format(count)} / ${format.format(limit)}`;
}

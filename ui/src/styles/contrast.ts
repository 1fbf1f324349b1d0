// WCAG 2.x contrast, measured from the stylesheet itself. Pure functions, no DOM: the colour
// maths (relative luminance, contrast ratio, alpha over a background, CSS brightness()), and a
// small reader of app.css's colour variables that resolves them per theme the way the browser
// does: each themed variable of `:root { ... }` is written once as `light-dark(light, dark)`, and
// `themeColours` takes the first argument for the light theme and the second for the dark one.
// Which pairs of colours the interface actually puts together lives in ./contrastPairs.ts.

/** An sRGB colour with 8-bit channels and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb(r g b / a%) and rgb(r, g, b); throws on anything else. */
export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    const channel = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (rgb) {
    const [, r, g, b, alpha, percent] = rgb;
    const a = alpha === undefined ? 1 : Number(alpha) / (percent ? 100 : 1);
    return { r: Number(r), g: Number(g), b: Number(b), a };
  }
  if (value === "white") return { r: 255, g: 255, b: 255, a: 1 };
  if (value === "black") return { r: 0, g: 0, b: 0, a: 1 };
  throw new Error(`not a colour this checker reads: ${text}`);
}

/** `#rrggbb` for an opaque colour (channels rounded). */
export function hexOf(colour: Rgba): string {
  const part = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, "0");
  return `#${part(colour.r)}${part(colour.g)}${part(colour.b)}`;
}

/** `top` painted over the opaque `bottom` (source-over in sRGB, as browsers blend). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** The colour after CSS `filter: brightness(factor)` (each sRGB channel scaled, clamped). */
export function brightened(colour: Rgba, factor: number): Rgba {
  const scale = (n: number) => Math.min(255, n * factor);
  return { r: scale(colour.r), g: scale(colour.g), b: scale(colour.b), a: colour.a };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance(colour: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** WCAG 2.x contrast ratio (1–21) between two opaque colours, in either order. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// ---------- Reading the stylesheet ----------

/** One style rule: its selector, the @media condition around it (if any) and its declarations. */
export interface CssRule {
  selector: string;
  media: string | null;
  declarations: Record<string, string>;
}

/** Index just after the block that opens at `open` (a "{"), skipping quoted strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      i = close < 0 ? css.length : close;
    } else if (c === "{") depth += 1;
    else if (c === "}") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error("unbalanced braces in stylesheet");
}

function declarationsOf(body: string): Record<string, string> {
  const declarations: Record<string, string> = {};
  // Split on ";" outside quotes and parentheses (data URLs and rgb() hold both).
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (c === ";" && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  for (const part of parts) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim();
    if (name) declarations[name] = part.slice(colon + 1).trim();
  }
  return declarations;
}

/** The style rules of a stylesheet, with the @media condition they sit in (one level deep). */
export function cssRules(css: string, media: string | null = null): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: CssRule[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("{", at);
    if (open < 0) break;
    const head = text.slice(at, open).trim();
    const end = blockEnd(text, open);
    const body = text.slice(open + 1, end - 1);
    if (head.startsWith("@media")) {
      rules.push(...cssRules(body, head.slice("@media".length).trim()));
    } else if (!head.startsWith("@")) {
      rules.push({ selector: head.replace(/\s+/g, " "), media, declarations: declarationsOf(body) });
    }
    at = end;
  }
  return rules;
}

/** Custom properties (`--name: value`) of some rules, later rules winning. */
function customProperties(rules: CssRule[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rule of rules) {
    for (const [name, value] of Object.entries(rule.declarations)) {
      if (name.startsWith("--")) vars[name] = value;
    }
  }
  return vars;
}

/** The interface's colour variables per theme, as written (values may still hold var()). */
export interface ThemeColours {
  light: Record<string, string>;
  dark: Record<string, string>;
  /** Rules other than `:root` that set colour variables per theme the old way (must be none). */
  themedElsewhere: string[];
}

/** The two arguments of `light-dark(a, b)`, split at the top-level comma; null for other values. */
export function lightDarkArguments(value: string): [string, string] | null {
  const match = /^light-dark\((.*)\)$/.exec(value.trim());
  if (!match) return null;
  const inner = match[1] ?? "";
  let depth = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i];
    if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (c === "," && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return null;
}

/** Reads the light and dark colour variables of app.css (see the header comment). */
export function themeColours(css: string): ThemeColours {
  const rules = cssRules(css);
  const root = customProperties(rules.filter((r) => r.media === null && r.selector === ":root"));
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    const pair = lightDarkArguments(value);
    light[name] = pair ? pair[0] : value;
    dark[name] = pair ? pair[1] : value;
  }
  const themedElsewhere = rules
    .filter((r) => r.selector.startsWith(":root") && r.selector !== ":root")
    .filter((r) => Object.keys(r.declarations).some((name) => name.startsWith("--")))
    .map((r) => (r.media ? `@media ${r.media} ${r.selector}` : r.selector));
  return { light, dark, themedElsewhere };
}

/** The colour a CSS value stands for: `var(--name)` (with its fallback) resolved through `vars`. */
export function resolveColour(value: string, vars: Record<string, string>, seen: string[] = []): Rgba {
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!ref) return parseColour(value);
  const [, name = "", fallback] = ref;
  if (seen.includes(name)) throw new Error(`circular variable ${name}`);
  const defined = vars[name];
  if (defined !== undefined) return resolveColour(defined, vars, [...seen, name]);
  if (fallback !== undefined) return resolveColour(fallback, vars, seen);
  throw new Error(`undefined variable ${name}`);
}

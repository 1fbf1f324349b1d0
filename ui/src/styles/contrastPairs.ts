// Which colours the interface puts together, and the WCAG AA check of each pair in both themes.
// The list is built from the `color:` / `background` / `outline` / `border` uses in the
// stylesheets (contrast.test.ts fails when any stylesheet sets a text colour or a background
// that no pair measures and that is not explained there).
// Values are CSS as written in the stylesheets (`var(--fg)`, `#fff`); a background is a list of
// layers, bottom first, so translucent tints are measured over what they tint.
// Not measured: disabled controls (opacity .55; WCAG exempts inactive components) and colours
// the browser draws itself (placeholders, native select lists: they follow `color-scheme`).
//
// Three groups:
//   - interface: our own controls and text, measured in the light and the dark theme;
//   - frame: the fixed colours of the imitated phone's bars (same in both themes);
//   - chat: the imitated WhatsApp chat, whose colours come from Rust's client styles
//     (crates/wabi-template/src/preview/client.rs), measured for each client style and, because
//     the focus ring is ours, under both interface themes. WhatsApp's own greys are below AA; we
//     keep them (the preview shows what the phone shows) as the commented EXCEPTIONS below.
import { brightened, contrastRatio, over, resolveColour, type Rgba, cssRules, themeColours } from "./contrast";

export type PairKind = "text" | "ui";

/** WCAG 2.x AA: 4.5:1 for normal-size text (1.4.3), 3:1 for UI components and focus (1.4.11). */
export const REQUIRED: Record<PairKind, number> = { text: 4.5, ui: 3 };

export interface PairSpec {
  group: "interface" | "frame" | "chat";
  /** What the pair is and where it is used. */
  pair: string;
  fg: string;
  /** Background layers, bottom first. */
  bg: string[];
  kind: PairKind;
  /** CSS `filter: brightness()` applied to the whole element (hovered primary button). */
  brightness?: number;
  /** Chat pairs drawn by one client only: the chat styles (by name prefix) they apply to. */
  only?: string;
}

const text = (pair: string, fg: string, ...bg: string[]): PairSpec => ({ group: "interface", pair, fg, bg, kind: "text" });
const ui = (pair: string, fg: string, ...bg: string[]): PairSpec => ({ group: "interface", pair, fg, bg, kind: "ui" });
const frame = (pair: string, fg: string, bg: string, kind: PairKind = "text"): PairSpec => ({ group: "frame", pair, fg, bg: [bg], kind });
const chat = (pair: string, fg: string, bg: string[], kind: PairKind = "text"): PairSpec => ({ group: "chat", pair, fg, bg, kind });

const BG = "var(--bg)";
const PANE = "var(--bg-pane)";
const ALT = "var(--bg-pane-alt)";
const HOVER = "var(--bg-hover)";
const STATUS = "var(--statusbar-bg)";
const BUBBLE = "var(--bubble)";

export const PAIRS: PairSpec[] = [
  // Body text and muted text (.pane-title, .field-hint, .counter, .starter-description,
  // .library-family-name, .library-save) on every surface.
  text("text on page", "var(--fg)", BG),
  text("text on pane", "var(--fg)", PANE),
  text("text on alt pane", "var(--fg)", ALT),
  text("text on hovered button", "var(--fg)", HOVER),
  text("muted text on page", "var(--fg-muted)", BG),
  text("muted text on pane", "var(--fg-muted)", PANE),
  text("muted text on alt pane", "var(--fg-muted)", ALT),
  text("muted text on hovered button", "var(--fg-muted)", HOVER),
  // Status bar (.statusbar, .statusbar-name, .statusbar-error; its selects are on --bg-pane).
  text("status bar text", "var(--fg-muted)", STATUS),
  text("status bar name", "var(--fg)", STATUS),
  text("status bar error", "var(--danger)", STATUS),
  // Problems and counters (.field-problems, .problems, .counter-near/over, .note-warning).
  text("error text on pane", "var(--danger)", PANE),
  text("error text on alt pane", "var(--danger)", ALT),
  text("danger button hovered", "var(--danger)", HOVER),
  text("warning text on pane", "var(--warning)", PANE),
  text("warning text on alt pane", "var(--warning)", ALT),
  // A required value not filled in yet (.problem-todo, .problems-summary.has-todo): neutral.
  text("to-do text on pane", "var(--todo)", PANE),
  text("to-do text on alt pane", "var(--todo)", ALT),
  text("counter near limit", "var(--counter-near)", PANE),
  text("counter over limit", "var(--danger)", PANE),
  text("no-errors summary (accent text)", "var(--accent)", ALT),
  // Library badges (.badge, .badge-errors, .badge-warnings) and save failures, on the library pane.
  text("badge text", "var(--fg)", ALT),
  text("error badge", "var(--danger)", ALT),
  text("warning badge", "var(--warning)", ALT),
  // Primary buttons and the selected segment of the preview switches.
  text("primary button label", "var(--accent-fg)", "var(--accent)"),
  { ...text("primary button label, hovered", "var(--accent-fg)", "var(--accent)"), brightness: 1.08 },
  // Non-text: focus ring on what it sits on, control borders, the primary button's fill.
  ui("focus ring on page", "var(--focus)", BG),
  ui("focus ring on pane", "var(--focus)", PANE),
  ui("focus ring on alt pane", "var(--focus)", ALT),
  ui("focus ring on status bar", "var(--focus)", STATUS),
  ui("focus ring in selected segment", "var(--accent-fg)", "var(--accent)"),
  ui("form control border on pane", "var(--border-strong)", PANE),
  ui("form control border on alt pane", "var(--border-strong)", ALT),
  ui("form control border on status bar", "var(--border-strong)", STATUS),
  ui("primary button fill on pane", "var(--accent)", PANE),
  // Pane splitters (app/panes.css) hovered or dragged, against the panes beside them (focused:
  // --focus, measured above).
  ui("pane splitter hovered, on pane", "var(--fg-muted)", PANE),
  ui("pane splitter hovered, on alt pane", "var(--fg-muted)", ALT),

  // The imitated phone's bars and avatar (fixed colours in app.css).
  frame("android light bar", "#fff", "#075e54"),
  frame("android/desktop dark bar", "#e9edef", "#1f2c34"),
  frame("ios light bar", "#000", "#f6f6f6"),
  frame("ios dark bar", "#fff", "#1c1c1e"),
  frame("desktop light bar", "#111b21", "#f0f2f5"),
  frame("avatar letter", "#fff", "#1a7f46"),

  // The imitated chat, with the client style's colours (see chatStyles).
  chat("message text on bubble", "var(--text)", [BUBBLE]),
  chat("timestamp, footer, quote grey on bubble", "var(--secondary)", [BUBBLE]),
  chat("button and link label on bubble", "var(--accent)", [BUBBLE]),
  chat("code span text", "var(--text)", [BUBBLE, "rgb(127 127 127 / 18%)"]),
  chat("missing sample highlight", "var(--text)", [BUBBLE, "rgb(255 193 7 / 30%)"]),
  chat("media label grey on placeholder", "var(--secondary)", [BUBBLE, "rgb(127 127 127 / 22%)"]),
  chat("offer code grey on offer", "var(--secondary)", [BUBBLE, "rgb(127 127 127 / 14%)"]),
  { ...chat("button label on hovered row (desktop)", "var(--accent)", [BUBBLE, "rgb(127 127 127 / 12%)"]), only: "android+desktop" },
  chat("expiry countdown (last hour)", "var(--urgent)", [BUBBLE, "rgb(127 127 127 / 14%)"]),
  chat("offer icon on accent", "var(--bubble)", ["var(--accent)"], "ui"),
  chat("focus ring on bubble", "var(--focus)", [BUBBLE], "ui"),
  chat("focus ring on chat background", "var(--focus)", ["var(--chat-bg)"], "ui"),
];

/**
 * Pairs below AA that are part of the imitated WhatsApp chat, not our interface: the colours are
 * WhatsApp's own (Rust's client styles), and the preview is there to show the message as the
 * phone shows it. Each one is measured and must still fail (a stale exception is an error).
 */
export const EXCEPTIONS: { pair: string; chat: string; reason: string }[] = [
  // WhatsApp iOS light draws timestamps and footers in #8696A0 on a white bubble (about 3:1).
  { pair: "timestamp, footer, quote grey on bubble", chat: "ios light", reason: "WhatsApp iOS grey on white bubble" },
  { pair: "media label grey on placeholder", chat: "ios light", reason: "WhatsApp iOS grey on tinted bubble" },
  { pair: "offer code grey on offer", chat: "ios light", reason: "WhatsApp iOS grey on tinted bubble" },
  // WhatsApp Android/desktop light grey #667781 passes on white but not on the grey tints.
  { pair: "media label grey on placeholder", chat: "android+desktop light", reason: "WhatsApp grey on tinted bubble" },
  { pair: "offer code grey on offer", chat: "android+desktop light", reason: "WhatsApp grey on tinted bubble" },
  // WhatsApp dark greys on the tints (which lighten the dark bubble).
  { pair: "media label grey on placeholder", chat: "ios dark", reason: "WhatsApp dark grey on tinted bubble" },
  { pair: "media label grey on placeholder", chat: "android+desktop dark", reason: "WhatsApp dark grey on tinted bubble" },
  { pair: "offer code grey on offer", chat: "ios dark", reason: "WhatsApp dark grey on tinted bubble" },
  { pair: "offer code grey on offer", chat: "android+desktop dark", reason: "WhatsApp dark grey on tinted bubble" },
  // WhatsApp iOS draws button labels and links in Apple's system blue (#007AFF / #0A84FF).
  { pair: "button and link label on bubble", chat: "ios light", reason: "Apple system blue on white bubble" },
  { pair: "button and link label on bubble", chat: "ios dark", reason: "Apple system blue on dark bubble" },
  // WhatsApp desktop's link blue passes on white by a hair (4.51), so any hover tint takes it under.
  { pair: "button label on hovered row (desktop)", chat: "android+desktop light", reason: "WhatsApp desktop blue on hover tint" },
  // WhatsApp's red (#EA0038, one colour for both themes) for the final hour of an offer.
  { pair: "expiry countdown (last hour)", chat: "ios light", reason: "WhatsApp red on tinted bubble" },
  { pair: "expiry countdown (last hour)", chat: "android+desktop light", reason: "WhatsApp red on tinted bubble" },
  { pair: "expiry countdown (last hour)", chat: "ios dark", reason: "WhatsApp red on dark bubble" },
  { pair: "expiry countdown (last hour)", chat: "android+desktop dark", reason: "WhatsApp red on dark bubble" },
];

// ---------- The chat's client styles, read from Rust ----------

export interface ChatStyle {
  /** "ios light", "android+desktop dark", … */
  name: string;
  /** Classes the preview puts on the .device element for this style. */
  deviceClasses: string[];
  /** The variables the preview sets inline on .device (PhonePreview's styleVars). */
  vars: Record<string, string>;
}

/** The chat colour sets of `ClientStyle::of` in client.rs. */
export function chatStyles(clientRs: string): ChatStyle[] {
  const urgent = /urgent:\s*"(#[0-9A-Fa-f]{6})"/.exec(clientRs)?.[1];
  if (!urgent) throw new Error("client.rs: no urgent colour found");
  const row = /\((Client::\w+|_), Theme::(Light|Dark)\) => \("(#\w+)", "(#\w+)", "(#\w+)", "(#\w+)", "(#\w+)"\)/g;
  const styles: ChatStyle[] = [];
  for (const [, client = "", theme = "", chatBg = "", bubble = "", fg = "", secondary = "", accent = ""] of clientRs.matchAll(row)) {
    const ios = client === "Client::Ios";
    if (client !== "_" && !ios) throw new Error(`client.rs: unexpected client ${client}`);
    const chatTheme = theme.toLowerCase();
    styles.push({
      name: `${ios ? "ios" : "android+desktop"} ${chatTheme}`,
      deviceClasses: ["device", ios ? "device-ios" : "device-android", `chat-${chatTheme}`],
      vars: { "--chat-bg": chatBg, "--bubble": bubble, "--text": fg, "--secondary": secondary, "--accent": accent, "--urgent": urgent },
    });
  }
  if (styles.length !== 4) throw new Error(`client.rs: expected 4 chat colour sets, found ${styles.length}`);
  return styles;
}

// ---------- Measuring ----------

export interface ContrastRow {
  /** Interface theme: "light" or "dark". */
  theme: "light" | "dark";
  /** The chat style for chat pairs, "" otherwise. */
  chat: string;
  pair: string;
  ratio: number;
  required: number;
  pass: boolean;
  /** Why a failing pair is accepted (EXCEPTIONS), if it is one. */
  exception?: string;
}

/** Variables the stylesheet sets on the .device element with `classes` (e.g. `.device.chat-dark`). */
function deviceVars(css: string, classes: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rule of cssRules(css)) {
    if (rule.media !== null) continue;
    const applies = rule.selector.split(",").some((one) => {
      const compound = one.trim();
      if (!/^(\.[\w-]+)+$/.test(compound)) return false;
      return compound.split(".").slice(1).every((cls) => classes.includes(cls));
    });
    if (!applies) continue;
    for (const [name, value] of Object.entries(rule.declarations)) if (name.startsWith("--")) vars[name] = value;
  }
  return vars;
}

function measure(spec: PairSpec, vars: Record<string, string>): number {
  let background: Rgba | null = null;
  for (const layer of spec.bg) {
    const colour = resolveColour(layer, vars);
    background = background === null ? { ...colour, a: 1 } : over(colour, background);
  }
  if (background === null) throw new Error(`${spec.pair}: no background`);
  let foreground = resolveColour(spec.fg, vars);
  if (foreground.a < 1) foreground = over(foreground, background);
  if (spec.brightness !== undefined) {
    foreground = brightened(foreground, spec.brightness);
    background = brightened(background, spec.brightness);
  }
  return contrastRatio(foreground, background);
}

/** Every pair measured in both interface themes (chat pairs also per chat style). */
export function contrastRows(appCss: string, clientRs: string, pairs: PairSpec[] = PAIRS): ContrastRow[] {
  const themes = themeColours(appCss);
  const styles = chatStyles(clientRs);
  const rows: ContrastRow[] = [];
  for (const theme of ["light", "dark"] as const) {
    const themeVars = themes[theme];
    for (const spec of pairs) {
      const scopes =
        spec.group === "chat"
          ? styles.filter((style) => spec.only === undefined || style.name.startsWith(spec.only)).map((style) => ({ chat: style.name, vars: { ...themeVars, ...deviceVars(appCss, style.deviceClasses), ...style.vars } }))
          : [{ chat: "", vars: themeVars }];
      for (const scope of scopes) {
        const ratio = measure(spec, scope.vars);
        const required = REQUIRED[spec.kind];
        const pass = ratio >= required;
        const exception = EXCEPTIONS.find((e) => e.pair === spec.pair && e.chat === scope.chat);
        rows.push({ theme, chat: scope.chat, pair: spec.pair, ratio, required, pass, ...(exception ? { exception: exception.reason } : {}) });
      }
    }
  }
  return rows;
}

/** Ratio rounded down to 2 decimals, so a printed figure never overstates a pass. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

/**
 * The rows as a compact table: one line per pair, theme "both" where the two interface themes
 * measure the same (the phone frame and most of the chat).
 */
export function contrastTable(rows: ContrastRow[]): string[] {
  // One entry per pair and chat style, in the order of PAIRS; light then dark, or one "both".
  const entries = new Map<string, (ContrastRow & { themeLabel: string })[]>();
  for (const row of rows) {
    const key = `${row.pair}\u0000${row.chat}`;
    const entry = entries.get(key) ?? [];
    const light = entry[0];
    if (row.theme === "dark" && entry.length === 1 && light && formatRatio(light.ratio) === formatRatio(row.ratio)) {
      light.themeLabel = "both";
    } else {
      entry.push({ ...row, themeLabel: row.theme });
    }
    entries.set(key, entry);
  }
  const merged = [...entries.values()].flat();
  const label = (m: ContrastRow) => (m.chat ? `chat ${m.chat}: ${m.pair}` : m.pair);
  const width = Math.max(...merged.map((m) => label(m).length));
  const lines = [`${"theme".padEnd(5)}  ${"pair".padEnd(width)}  ratio  need  pass`];
  for (const m of merged) {
    const verdict = m.pass ? "yes" : m.exception ? `no (exception: ${m.exception})` : "NO";
    lines.push(`${m.themeLabel.padEnd(5)}  ${label(m).padEnd(width)}  ${formatRatio(m.ratio).padStart(5)}  ${m.required.toFixed(1).padStart(4)}  ${verdict}`);
  }
  return lines;
}

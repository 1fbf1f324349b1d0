import { describe, expect, it } from "vitest";
import { brightened, contrastRatio, cssRules, hexOf, lightDarkArguments, over, parseColour, relativeLuminance, themeColours } from "./contrast";
import { EXCEPTIONS, PAIRS, REQUIRED, chatStyles, contrastRows, contrastTable } from "./contrastPairs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Files read from disk, by paths relative to this file. (Through a variable: Vite rewrites
// `new URL("literal", import.meta.url)` into a served asset URL, which is not a file.)
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const appCss = read("./app.css");
const clientRs = read("../../../crates/wabi-template/src/preview/client.rs");

/** Every stylesheet of the UI (src/**\/*.css) as text, by path (Vite's `?raw`: unprocessed). */
const stylesheets = Object.entries(
  import.meta.glob<string>("../**/*.css", { query: "?raw", import: "default", eager: true }),
).map(([path, css]) => ({ path, css }));

describe("WCAG contrast maths", () => {
  it("black on white is 21:1 and a colour on itself 1:1, in either order", () => {
    expect(contrastRatio(parseColour("#000"), parseColour("#ffffff"))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColour("#fff"), parseColour("#000000"))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColour("#1558d6"), parseColour("#1558d6"))).toBe(1);
  });

  it("matches published figures: #767676 on white is 4.54:1, #777777 4.48:1", () => {
    expect(contrastRatio(parseColour("#767676"), parseColour("#fff"))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColour("#777777"), parseColour("#fff"))).toBeCloseTo(4.48, 2);
    expect(relativeLuminance(parseColour("#ffffff"))).toBeCloseTo(1, 10);
  });

  it("reads hex and rgb() colours, and blends translucent ones over their background", () => {
    expect(parseColour("#0b6e55")).toEqual({ r: 11, g: 110, b: 85, a: 1 });
    expect(parseColour("rgb(255 193 7 / 30%)")).toEqual({ r: 255, g: 193, b: 7, a: 0.3 });
    expect(parseColour("rgb(0, 0, 0)")).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(hexOf(over(parseColour("rgb(0 0 0 / 50%)"), parseColour("#ffffff")))).toBe("#808080");
    expect(hexOf(brightened(parseColour("#0b6e55"), 1.08))).toBe("#0c775c");
    expect(() => parseColour("hsl(0 0% 0%)")).toThrow("not a colour this checker reads");
  });

  it("reads style rules with their media condition, past data URLs and comments", () => {
    const rules = cssRules(`/* { */ a { background: url("data:x;y}"); color: #fff } @media (x) { :root { --v: #000; } }`);
    expect(rules).toEqual([
      { selector: "a", media: null, declarations: { background: 'url("data:x;y}")', color: "#fff" } },
      { selector: ":root", media: "(x)", declarations: { "--v": "#000" } },
    ]);
  });
});

describe("the two themes in app.css", () => {
  const themes = themeColours(appCss);

  it("each themed colour is written once, with light-dark(), and nowhere else per theme", () => {
    expect(themes.themedElsewhere).toEqual([]);
    expect(lightDarkArguments("light-dark(var(--a, #fff), #000)")).toEqual(["var(--a, #fff)", "#000"]);
    expect(lightDarkArguments("#123456")).toBeNull();
  });

  it("the Theme setting fixes the color-scheme that light-dark() follows", () => {
    const schemes = cssRules(appCss)
      .filter((r) => r.selector.startsWith(":root") && r.declarations["color-scheme"] !== undefined)
      .map((r) => [r.selector, r.declarations["color-scheme"]]);
    expect(schemes).toEqual([
      [":root", "light dark"],
      [':root[data-theme="light"]', "light"],
      [':root[data-theme="dark"]', "dark"],
    ]);
  });

  it("dark overrides every light colour the text pairs use", () => {
    const names = ["--bg", "--bg-pane", "--bg-pane-alt", "--bg-hover", "--fg", "--fg-muted", "--accent", "--accent-fg", "--focus", "--danger", "--warning", "--todo", "--counter-near", "--statusbar-bg", "--border-strong"];
    expect(names.filter((name) => themes.light[name] === undefined)).toEqual([]);
    expect(names.filter((name) => themes.dark[name] === themes.light[name])).toEqual([]);
  });
});

describe("WCAG AA contrast of every colour pair the UI uses", () => {
  const rows = contrastRows(appCss, clientRs);

  it("reads the four chat colour sets from Rust's client styles", () => {
    expect(chatStyles(clientRs).map((s) => s.name)).toEqual(["ios light", "ios dark", "android+desktop light", "android+desktop dark"]);
  });

  it("normal text reaches 4.5:1 and UI parts and focus rings 3:1, in both themes", () => {
    const failing = rows.filter((r) => !r.pass && !r.exception).map((r) => `${r.theme} ${r.chat} ${r.pair}: ${r.ratio.toFixed(2)} < ${r.required}`);
    expect(failing).toEqual([]);
    expect(rows.filter((r) => r.required === REQUIRED.text).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.required === REQUIRED.ui).length).toBeGreaterThan(0);
  });

  it("our interface has no exceptions: every exception is in the imitated chat and still fails", () => {
    const interfacePairs = new Set(PAIRS.filter((p) => p.group !== "chat").map((p) => p.pair));
    expect(EXCEPTIONS.filter((e) => interfacePairs.has(e.pair))).toEqual([]);
    const measured = (e: (typeof EXCEPTIONS)[number]) => rows.filter((r) => r.pair === e.pair && r.chat === e.chat);
    // Each names pairs that exist, and each still fails (otherwise it must be removed).
    expect(EXCEPTIONS.filter((e) => measured(e).length === 0)).toEqual([]);
    expect(EXCEPTIONS.filter((e) => measured(e).some((r) => r.pass))).toEqual([]);
  });

  it("every text colour and background set in a stylesheet is measured in some pair", () => {
    const normal = (value: string) => value.trim().toLowerCase().replace(/^var\((--[\w-]+)\s*,.*\)$/, "var($1)");
    const foregrounds = new Set(PAIRS.map((p) => normal(p.fg)));
    // A background is measured as the ground of a pair, or as the colour of a part (a splitter).
    const backgrounds = new Set(PAIRS.flatMap((p) => [...p.bg, p.fg].map(normal)));
    // Backgrounds not measured, and why: surfaces that never carry text or a control directly.
    const unmeasuredSurfaces = new Set([
      "none",
      "transparent",
      "#000", // the phone's camera dot
      "#101312", // the phone's frame
      "rgb(0 0 0 / 40%)", // the phone's sheet backdrop (the sheet itself is --bubble)
      "rgb(0 0 0 / 45%)", // the modal backdrop (the modal is --bg-pane)
      "color-mix(in srgb, var(--bg) 80%, transparent)", // the drop overlay (its text sits on --bg-pane)
      "linear-gradient(135deg, rgb(127 127 127 / 22%), rgb(127 127 127 / 10%))", // media placeholder: measured at its darker stop
      // The idle pane splitter is a hairline like the panes' own borders; while hovered, dragged
      // or focused it takes --fg-muted / --focus, which are measured against the panes.
      "var(--border)",
    ]);
    expect(stylesheets.map((s) => s.path)).toEqual(expect.arrayContaining(["./app.css", "../library/library.css"]));
    const unmeasured: string[] = [];
    for (const { path, css } of stylesheets) {
      for (const rule of cssRules(css)) {
        const colour = rule.declarations["color"];
        if (colour !== undefined && !["inherit", "currentcolor"].includes(normal(colour)) && !foregrounds.has(normal(colour))) {
          unmeasured.push(`${path} ${rule.selector} color: ${colour}`);
        }
        for (const property of ["background", "background-color"]) {
          const value = rule.declarations[property];
          if (value !== undefined && !unmeasuredSurfaces.has(normal(value)) && !backgrounds.has(normal(value))) {
            unmeasured.push(`${path} ${rule.selector} ${property}: ${value}`);
          }
        }
      }
    }
    expect(unmeasured).toEqual([]);
  });

  it("prints one line per pair for the README", () => {
    const table = contrastTable(rows);
    expect(table[0]).toMatch(/^theme\s+pair\s+ratio\s+need\s+pass$/);
    expect(table).toContainEqual(expect.stringMatching(/^light\s+text on pane\s+\d+\.\d\d\s+4\.5\s+yes$/));
    expect(table).toContainEqual(expect.stringMatching(/^both\s+avatar letter\s+\d+\.\d\d\s+4\.5\s+yes$/));
    expect(table.length).toBeLessThan(rows.length);
  });
});

// Prints the WCAG AA contrast figures of the interface (npm --prefix ui run contrast): one line
// per colour pair, measured from src/styles/app.css and the chat colours in Rust's client styles.
// The pairs and the maths are in src/styles/contrastPairs.ts and contrast.ts (loaded through
// Vite, which compiles the TypeScript); contrast.test.ts holds the same figures to AA.
// Exit status 1 when a pair fails that is not a listed exception.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { module } = await runnerImport(here("../src/styles/contrastPairs.ts"), { configFile: false, logLevel: "silent" });
const appCss = readFileSync(here("../src/styles/app.css"), "utf8");
const clientRs = readFileSync(here("../../crates/wabi-template/src/preview/client.rs"), "utf8");

const rows = module.contrastRows(appCss, clientRs);
for (const line of module.contrastTable(rows)) console.log(line);
// Lowest figures: our interface per theme, and the phone preview (the same in both themes).
const lowest = (label, subset) => {
  for (const kind of ["text", "ui"]) {
    const ours = subset.filter((r) => r.required === module.REQUIRED[kind] && !r.exception);
    if (ours.length === 0) continue;
    const low = ours.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const where = `${low.chat ? `chat ${low.chat}: ` : ""}${low.pair}`;
    console.log(`lowest ${kind === "text" ? "text" : "non-text"}, ${label}: ${module.formatRatio(low.ratio)} (${where})`);
  }
};
const group = (name) => new Set(module.PAIRS.filter((p) => p.group === name).map((p) => p.pair));
const ui = group("interface");
lowest("light interface", rows.filter((r) => r.theme === "light" && ui.has(r.pair)));
lowest("dark interface", rows.filter((r) => r.theme === "dark" && ui.has(r.pair)));
lowest("phone preview, exceptions aside", rows.filter((r) => !ui.has(r.pair)));
const failing = rows.filter((r) => !r.pass && !r.exception);
if (failing.length > 0) {
  console.log(`${failing.length} pair(s) below AA`);
  process.exitCode = 1;
}

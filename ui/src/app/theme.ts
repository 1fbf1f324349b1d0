// The interface's light/dark theme on the document. The stored choice (`settings.theme`) is
// System, Light or Dark; app.css writes each colour as light-dark(light, dark), which follows the
// root's color-scheme:
//   - Light: data-theme="light" and color-scheme light;
//   - Dark:  data-theme="dark" and color-scheme dark;
//   - System: no attribute and no inline color-scheme, so app.css's "light dark" lets the OS decide.
// Native form controls and scrollbars follow the same color-scheme.
// The phone preview's chat has its own light/dark switch (classes on the device element) and is
// not touched here.
import { useLayoutEffect } from "react";
import type { ThemeChoice } from "../ipc/window";

/** The choices in the order the Theme select lists them. */
export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** The choice named by `value` (a select's value); System for anything unknown. */
export function themeChoiceOf(value: string): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}

/** Puts `choice` on `root` (normally document.documentElement). */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === "system") {
    root.removeAttribute("data-theme");
    root.style.removeProperty("color-scheme");
  } else {
    root.setAttribute("data-theme", choice);
    root.style.setProperty("color-scheme", choice);
  }
}

/** Keeps the document's theme equal to `choice` (before paint, so no flash of the other theme). */
export function useDocumentTheme(choice: ThemeChoice): void {
  useLayoutEffect(() => {
    applyTheme(document.documentElement, choice);
  }, [choice]);
}

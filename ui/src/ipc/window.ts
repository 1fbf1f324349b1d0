// The main window and the app's preferences (Rust: src-tauri/src/commands/{settings,window}.rs).
//
// Closing the window: Rust holds a close request until the UI has saved (see
// src-tauri/src/window.rs). `watchCloseRequests` keeps one `next_close_request` call pending and
// runs the given handler for each request; the handler's answer closes the window or keeps it.
import { call } from "./call";
import type { PaneWidths } from "./bindings/PaneWidths";
import type { Settings } from "./bindings/Settings";
import type { ThemeChoice } from "./bindings/ThemeChoice";

export type { PaneWidths, Settings, ThemeChoice };

/** The preferences before any are stored. */
export const DEFAULT_SETTINGS: Settings = { locale: null, theme: "system", panes: { library: null, preview: null } };

/** The stored preferences (defaults when there are none, or outside the app). */
export async function getSettings(): Promise<Settings> {
  try {
    return await call<Settings>("get_settings");
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the preferences; resolves to what was stored. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return call<Settings>("save_settings", { settings });
}

/**
 * Runs `decide` each time the user asks to close the window; `true` closes it, `false` keeps it
 * open. Returns a function that stops watching (the pending call is then ignored).
 */
export function watchCloseRequests(decide: () => Promise<boolean>): () => void {
  let live = true;
  const answer = async () => {
    let close = true;
    try {
      close = await decide();
    } catch {
      close = false;
    }
    await call<void>("answer_close_request", { close }).catch(() => undefined);
  };
  const wait = (): void => {
    call<void>("next_close_request").then(
      async () => {
        if (!live) return;
        await answer();
        if (live) wait();
      },
      () => undefined, // Not in the app (tests, a browser): nothing to watch.
    );
  };
  wait();
  return () => {
    live = false;
  };
}

/** Closes the window now (after the caller has saved or the user agreed to lose edits). */
export function closeWindow(): Promise<void> {
  return call<void>("answer_close_request", { close: true });
}

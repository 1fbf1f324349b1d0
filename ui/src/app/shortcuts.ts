// Keyboard shortcuts of the editor, as a pure mapping from a key event to an action (tested), and
// the hook that listens on the window. Every shortcut is mapped here, once; each part of the
// window acts on the actions it owns (the app: new, undo, preview client, find; the library pane:
// save; its close guard: quit).

import { useEffect } from "react";

export type ShortcutAction =
  | "newDraft"
  | "undo"
  | "redo"
  | "clientAndroid"
  | "clientIos"
  | "clientDesktop"
  | "starters"
  | "find"
  | "save"
  | "quit";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The action of a key press, if it is one of ours (Ctrl on Linux/Windows, Cmd on macOS). */
export function shortcutFor(e: KeyLike): ShortcutAction | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === "n" && !e.shiftKey) return "newDraft";
  if (key === "n" && e.shiftKey) return "starters";
  if (key === "z" && !e.shiftKey) return "undo";
  if ((key === "z" && e.shiftKey) || key === "y") return "redo";
  if (key === "1") return "clientAndroid";
  if (key === "2") return "clientIos";
  if (key === "3") return "clientDesktop";
  // Find in library (Ctrl+K too, as in many apps; Ctrl+F would otherwise be the webview's find).
  if ((key === "f" || key === "k") && !e.shiftKey) return "find";
  // An explicit save, a revision of its own.
  if (key === "s") return "save";
  // Quit after saving (the close guard asks if the save fails).
  if (key === "q" && !e.shiftKey) return "quit";
  return undefined;
}

/** The library's search field, which the "find" shortcut focuses. */
export const LIBRARY_SEARCH_ID = "library-search";

/** Focuses the library's search field with its text selected, ready to type a new search. */
export function focusLibrarySearch(root: Document = document): boolean {
  const input = root.getElementById(LIBRARY_SEARCH_ID);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

/** Calls `run` with the action of each shortcut pressed in the window. */
export function useShortcuts(run: (action: ShortcutAction) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (!action) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run]);
}

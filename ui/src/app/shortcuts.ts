// Keyboard shortcuts of the editor, as a pure mapping from a key event to an action (tested), and
// the hook that listens on the window.

import { useEffect } from "react";

export type ShortcutAction = "newDraft" | "undo" | "redo" | "clientAndroid" | "clientIos" | "clientDesktop" | "starters";

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
  return undefined;
}

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

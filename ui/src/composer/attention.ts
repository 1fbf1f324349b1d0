// How the composer shows a problem that only says a required value is still missing ("The name
// is empty"): a new draft opens with such fields marked "to do" in a neutral colour, not as
// errors, so the first minute is not a wall of red. A field's "to do" turns into an error once the
// user has visited the field (focused it and left it), or once the user saves explicitly
// (Ctrl+S), sends or exports, when every problem shows as what it is. A draft opened from the
// library starts that way too: it is not new.
//
// The checker's output does not change: Rust returns the same problems with the same severity,
// the Problems summary still says "Not ready", and the draft is stored with the same counts. Only
// the presentation of the missing-value rules (the rule ids ending in `.empty` / `_empty` /
// `.missing` / `_missing` in crates/wabi-template/src/rules/RULES.md) waits for the user.

import { createContext, useContext, useSyncExternalStore } from "react";
import type { Diagnostic } from "../ipc";

/** What the user has done so far with the document being edited. */
export interface AttentionSnapshot {
  /** Every problem shows as it is (an explicit save, a send or an export happened, or the draft is not new). */
  readonly revealed: boolean;
  /** The fields (field ids, as in `FieldFrame`) the user has visited and left. */
  readonly visited: ReadonlySet<string>;
}

/** The state of one document's "to do" marks, shared by the fields, the Problems list and the panes. */
export interface Attention {
  snapshot(): AttentionSnapshot;
  /** The user left `field` (it was visited): its missing values are errors from now on. */
  visit(field: string): void;
  /** An explicit save, a send or an export: every problem shows as what it is. */
  revealAll(): void;
  /** Another document is loaded: nothing visited; `revealed` for a draft opened from the library. */
  reset(revealed: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createAttention(revealed = false): Attention {
  let snap: AttentionSnapshot = { revealed, visited: new Set() };
  const listeners = new Set<() => void>();
  const set = (next: AttentionSnapshot) => {
    snap = next;
    for (const listener of listeners) listener();
  };
  return {
    snapshot: () => snap,
    visit(field) {
      if (snap.revealed || snap.visited.has(field)) return;
      set({ revealed: false, visited: new Set([...snap.visited, field]) });
    },
    revealAll() {
      if (!snap.revealed) set({ revealed: true, visited: snap.visited });
    },
    reset(next) {
      if (snap.revealed === next && snap.visited.size === 0) return;
      set({ revealed: next, visited: new Set() });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True for the rules that say a required value is missing or empty (not that it is wrong). */
export function isMissingValue(rule: string): boolean {
  return /[._](empty|missing)$/.test(rule);
}

/** How a problem shows: as its severity, or as "to do" while its field waits for the user. */
export type ShownAs = "error" | "warning" | "todo";

/** The word before a problem (its message key), as it shows now. */
export const SHOWN_LABEL = { error: "problems.error", warning: "problems.warning", todo: "problems.toDo" } as const;

/** How `diagnostic`, which belongs to `field`, shows now. */
export function shownAs(diagnostic: Diagnostic, field: string, attention: AttentionSnapshot): ShownAs {
  if (diagnostic.severity === "warning") return "warning";
  const waiting = !attention.revealed && !attention.visited.has(field) && isMissingValue(diagnostic.rule);
  return waiting ? "todo" : "error";
}

/**
 * The document's attention state. Without a provider every problem shows as what it is (the
 * components' tests); the app provides the real one.
 */
export const AttentionContext = createContext<Attention>(everythingShown());

/** Attention where every problem always shows as it is, whatever happens (no "to do"). */
function everythingShown(): Attention {
  const snapshot: AttentionSnapshot = { revealed: true, visited: new Set() };
  return {
    snapshot: () => snapshot,
    visit: () => undefined,
    revealAll: () => undefined,
    reset: () => undefined,
    subscribe: () => () => undefined,
  };
}

/** The attention state and its current snapshot (re-renders on change). */
export function useAttention(): [Attention, AttentionSnapshot] {
  const attention = useContext(AttentionContext);
  const snapshot = useSyncExternalStore(attention.subscribe, attention.snapshot, attention.snapshot);
  return [attention, snapshot];
}

// The composer's document state, in one place: the template document being edited, its undo and
// redo history, and change subscription. The drafts library loads drafts with `switchDocument`
// (through its autosave controller) and autosaves by subscribing; editors change the document
// with `setDocument`; "New draft" and starters use `replaceDocument`.
//
// Undo history: consecutive changes with the same `coalesce` key within `COALESCE_MS` (typing in
// one field) form one undo step. Time is passed in so the history is testable.
//
// One history per document, for the session: `switchDocument(key, document)` puts the history
// of the document being left aside under its key and, when `key` has one put aside, brings it
// back, redo steps included. The loaded document always becomes the current one: when it
// differs (as JSON, whatever the key order) from the one put aside (the draft changed elsewhere:
// restored from its history, renamed, edited by `wabi`), the put-aside document becomes the
// newest undo step, so undo steps back to it and redo returns to the loaded one, and the old redo
// steps are dropped (they led away from a document that is no longer current). An `undefined`
// key (a new, unsaved document) always starts a fresh history and is never put aside;
// `renameHistory` files a history under the draft id it gets once saved. At most
// `KEPT_HISTORIES` histories are kept aside; the least recently left goes first.

import { useSyncExternalStore } from "react";
import { emptyDocument, isObject, type Json, type TemplateDocument } from "./doc";

export const COALESCE_MS = 800;
const HISTORY_LIMIT = 200;
/** How many documents' histories are kept aside besides the current one. */
export const KEPT_HISTORIES = 30;

export interface ChangeOptions {
  /** Changes with the same key in quick succession merge into one undo step (e.g. "body.text"). */
  coalesce?: string;
  /** "Now" in milliseconds; defaults to the clock. */
  now?: number;
}

export interface DocumentSnapshot {
  document: TemplateDocument;
  canUndo: boolean;
  canRedo: boolean;
  /** Increments on every change (for "unsaved changes" and autosave). */
  revision: number;
  /** `performance.now()` of the change (input-to-paint measurement). */
  changedAt: number;
}

export interface DocumentStore {
  /** The document being edited. */
  readonly document: TemplateDocument;
  snapshot(): DocumentSnapshot;
  /** Changes the document (an undo step, or merged into the last one, see `ChangeOptions`). */
  setDocument(next: TemplateDocument | ((current: TemplateDocument) => TemplateDocument), options?: ChangeOptions): void;
  /** The key of the current document's history; `undefined` for a new, unsaved document. */
  readonly historyKey: string | undefined;
  /**
   * Loads a document without a key (a new draft, a starter): a fresh history. The current
   * document's history is put aside under its key, as by `switchDocument`.
   */
  replaceDocument(next: TemplateDocument): void;
  /**
   * Loads the document of `key`, putting the current history aside under its own key and bringing
   * back the history of `key` if it has one (see the header comment); `undefined`: fresh.
   */
  switchDocument(key: string | undefined, next: TemplateDocument): void;
  /**
   * Files the history kept under `from` (the current one, or one put aside) under `to` from now
   * on; `from` undefined: only the current document's, when it has no key yet.
   */
  renameHistory(from: string | undefined, to: string): void;
  undo(): void;
  redo(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A history put aside: its undo and redo steps and the document they lead from. */
interface KeptHistory {
  past: TemplateDocument[];
  future: TemplateDocument[];
  current: TemplateDocument;
}

/** The same JSON value, whatever the order of object keys (Rust may store them sorted). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i] as Json));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key] as Json, b[key] as Json));
}

export function createDocumentStore(initial: TemplateDocument = emptyDocument()): DocumentStore {
  let past: TemplateDocument[] = [];
  let future: TemplateDocument[] = [];
  let current = initial;
  let currentKey: string | undefined;
  // Insertion order is the order documents were left in: the first entry is the oldest.
  const kept = new Map<string, KeptHistory>();
  let revision = 0;
  let lastKey: string | undefined;
  let lastAt = -Infinity;
  const clock = () => (typeof performance === "undefined" ? 0 : performance.now());
  let snap: DocumentSnapshot = { document: current, canUndo: false, canRedo: false, revision, changedAt: clock() };
  const listeners = new Set<() => void>();

  const emit = () => {
    revision += 1;
    snap = { document: current, canUndo: past.length > 0, canRedo: future.length > 0, revision, changedAt: clock() };
    for (const listener of listeners) listener();
  };

  const switchDocument = (nextKey: string | undefined, next: TemplateDocument) => {
    const leaving: KeptHistory = { past, future, current };
    let back: KeptHistory | undefined;
    if (nextKey !== undefined && nextKey === currentKey) {
      back = leaving;
    } else {
      back = nextKey === undefined ? undefined : kept.get(nextKey);
      if (nextKey !== undefined) kept.delete(nextKey);
      if (currentKey !== undefined) {
        kept.delete(currentKey);
        kept.set(currentKey, leaving);
        for (const oldest of kept.keys()) {
          if (kept.size <= KEPT_HISTORIES) break;
          kept.delete(oldest);
        }
      }
    }
    if (back === undefined) {
      past = [];
      future = [];
    } else if (sameJson(back.current, next)) {
      past = back.past;
      future = back.future;
    } else {
      past = [...back.past, back.current].slice(-HISTORY_LIMIT);
      future = [];
    }
    currentKey = nextKey;
    current = next;
    lastKey = undefined;
    emit();
  };

  return {
    get document() {
      return current;
    },
    snapshot: () => snap,
    setDocument(next, options = {}) {
      const value = typeof next === "function" ? next(current) : next;
      if (value === current) return;
      const now = options.now ?? Date.now();
      const merge = options.coalesce !== undefined && options.coalesce === lastKey && now - lastAt < COALESCE_MS;
      if (!merge) {
        past.push(current);
        if (past.length > HISTORY_LIMIT) past = past.slice(-HISTORY_LIMIT);
      }
      future = [];
      current = value;
      lastKey = options.coalesce;
      lastAt = now;
      emit();
    },
    get historyKey() {
      return currentKey;
    },
    replaceDocument(next) {
      switchDocument(undefined, next);
    },
    switchDocument,
    renameHistory(from, to) {
      if (from === currentKey) {
        kept.delete(to);
        currentKey = to;
        return;
      }
      const history = from === undefined ? undefined : kept.get(from);
      if (from === undefined || history === undefined) return;
      kept.delete(from);
      kept.set(to, history);
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return;
      future.push(current);
      current = previous;
      lastKey = undefined;
      emit();
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return;
      past.push(current);
      current = next;
      lastKey = undefined;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's current snapshot, re-rendering on change. */
export function useDocumentSnapshot(store: DocumentStore): DocumentSnapshot {
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}

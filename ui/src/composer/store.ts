// The composer's document state, in one place: the template document being edited, its undo and
// redo history, and change subscription. The drafts library loads drafts with `replaceDocument`
// and autosaves by subscribing; editors change the document with `setDocument`.
//
// Undo history: consecutive changes with the same `coalesce` key within `COALESCE_MS` (typing in
// one field) form one undo step. Time is passed in so the history is testable.

import { useSyncExternalStore } from "react";
import { emptyDocument, type TemplateDocument } from "./doc";

export const COALESCE_MS = 800;
const HISTORY_LIMIT = 200;

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
  /** Loads another document (a draft, a starter, an import): a fresh history. */
  replaceDocument(next: TemplateDocument): void;
  undo(): void;
  redo(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createDocumentStore(initial: TemplateDocument = emptyDocument()): DocumentStore {
  let past: TemplateDocument[] = [];
  let future: TemplateDocument[] = [];
  let current = initial;
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
    replaceDocument(next) {
      past = [];
      future = [];
      current = next;
      lastKey = undefined;
      emit();
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

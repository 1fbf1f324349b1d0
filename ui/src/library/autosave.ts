// Autosave: watches the composer's document store and saves the document into the drafts
// library about one second after the last change (debounced), or at once on an explicit save
// (Ctrl+S, which makes a revision of its own). A new, never-edited document is not stored: the
// draft is created on its first edit, so the library holds no empty drafts.
//
// The document stays in the editor whatever happens: a failed save only changes the status
// (shown to the user) and the next change or Ctrl+S tries again. Saving is injected so the
// controller is testable without the app.
//
// Undo history per draft: the controller loads documents with the store's `switchDocument`,
// keyed by draft id (`historyKeyOf`), so each draft opened in this session keeps its own undo and
// redo steps. A new document gets a key of its own until its first save creates the draft, and
// its history is then filed under the new draft's id. Undo and redo change only the document of
// the current session, so they are saved into its draft and never into another one.

import type { TemplateDocument } from "../composer/doc";
import type { DocumentStore } from "../composer/store";
import { errorMessage } from "../ipc/errorMessage";

export const AUTOSAVE_DELAY_MS = 1000;
/** After this long without saves, the library is told the editor is idle. */
export const IDLE_DELAY_MS = 5000;

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; message: string };

/** What the controller needs from the drafts library. */
export interface SaveTarget {
  /** Stores a new draft; returns its id. */
  create(document: TemplateDocument): Promise<number>;
  /** Saves into draft `id`. */
  save(id: number, document: TemplateDocument, explicit: boolean): Promise<void>;
  /** The editor has been idle a while after saving. */
  idle(): void;
}

export interface Autosave {
  /** The draft being edited; `undefined` for a new document not stored yet. */
  readonly draftId: number | undefined;
  status(): SaveStatus;
  /** Loads a document into the editor without saving it (a draft just opened, or a new one). */
  load(document: TemplateDocument, draftId: number | undefined): void;
  /** Saves now, as an explicit save. */
  saveNow(): Promise<void>;
  /** Saves pending changes now (an autosave) and waits; false when the save failed. */
  flush(): Promise<boolean>;
  /** Calls `listener` when the status or the draft id changes. */
  subscribe(listener: () => void): () => void;
  /** Starts watching the store; returns the function that stops (pending timers included). */
  start(): () => void;
}

/** The key of a draft's undo history in the document store. */
export const historyKeyOf = (id: number) => String(id);

/** One document being edited: the draft it is saved into, once it has one, and its history key. */
interface Session {
  id: number | undefined;
  key: string;
}

let unsavedDocuments = 0;
/** A history key of its own for a new document (never the key of a draft). */
const keyOfNew = () => {
  unsavedDocuments += 1;
  return `new-${unsavedDocuments}`;
};

export function createAutosave(store: DocumentStore, target: SaveTarget, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  // The store's current document as a new session: one without a key is given one.
  const adoptCurrent = (): Session => {
    const known = store.historyKey;
    if (known !== undefined) return { id: undefined, key: known };
    const key = keyOfNew();
    store.renameHistory(undefined, key);
    return { id: undefined, key };
  };
  let session: Session = adoptCurrent();
  let status: SaveStatus = { state: "idle" };
  let loading = false;
  let dirty = false;
  let previous = store.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const emit = () => {
    for (const listener of listeners) listener();
  };
  const setStatus = (next: SaveStatus) => {
    status = next;
    emit();
  };

  // Saves `document` into the session's draft, creating the draft on its first save.
  const saveOnce = async (into: Session, document: TemplateDocument, explicit: boolean) => {
    const current = into === session;
    if (current) setStatus({ state: "saving" });
    try {
      if (into.id === undefined) {
        into.id = await target.create(document);
        // From now on this document's history belongs to its draft (wherever it is kept).
        const key = historyKeyOf(into.id);
        store.renameHistory(into.key, key);
        into.key = key;
        // The draft exists from now on: listeners learn its id at once (the library lists it),
        // not only when the save that follows is done.
        if (into === session) emit();
        if (explicit) await target.save(into.id, document, true);
      } else {
        await target.save(into.id, document, explicit);
      }
      if (into === session) setStatus(dirty ? { state: "saving" } : { state: "saved" });
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => target.idle(), IDLE_DELAY_MS);
    } catch (error) {
      if (into === session) dirty = true;
      setStatus({ state: "failed", message: errorMessage(error) });
    }
  };

  // Saves run one after another, each with the document and draft of when it was asked for,
  // so a draft is never created twice and a save never lands in another draft.
  const queue = (explicit: boolean, into = session, document = store.document) => {
    clearTimeout(timer);
    if (into === session) dirty = false;
    running = running.then(() => saveOnce(into, document, explicit));
    return running;
  };

  const onChange = () => {
    const before = previous;
    previous = store.document;
    if (loading) return;
    if (store.historyKey !== session.key) {
      // Someone else replaced the document (the composer's "New draft" or a starter): a new
      // document, stored on its first edit. Unsaved edits of the one before are saved first.
      if (dirty) void queue(false, session, before);
      session = adoptCurrent();
      dirty = false;
      setStatus({ state: "idle" });
      return;
    }
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void queue(false), delayMs);
  };

  return {
    get draftId() {
      return session.id;
    },
    status: () => status,
    load(document, id) {
      if (dirty) void queue(false);
      session = { id, key: id === undefined ? keyOfNew() : historyKeyOf(id) };
      loading = true;
      try {
        store.switchDocument(session.key, document);
      } finally {
        loading = false;
      }
      setStatus({ state: "idle" });
    },
    saveNow() {
      return queue(true);
    },
    async flush() {
      if (dirty) await queue(false);
      else await running;
      return status.state !== "failed";
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      previous = store.document;
      const unsubscribe = store.subscribe(onChange);
      return () => {
        clearTimeout(timer);
        clearTimeout(idleTimer);
        unsubscribe();
      };
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyDocument, type TemplateDocument } from "../composer/doc";
import { createDocumentStore } from "../composer/store";
import { AUTOSAVE_DELAY_MS, createAutosave, historyKeyOf, type SaveTarget } from "./autosave";

function target() {
  const calls: string[] = [];
  const saved: TemplateDocument[] = [];
  let fail: string | undefined;
  const t: SaveTarget = {
    create: async (doc: TemplateDocument) => {
      if (fail) throw new Error(fail);
      calls.push("create");
      saved.push(doc);
      return 42;
    },
    save: async (id: number, doc: TemplateDocument, explicit: boolean) => {
      if (fail) throw new Error(fail);
      calls.push(`save ${id} ${explicit ? "explicit" : "auto"}`);
      saved.push(doc);
    },
    idle: () => calls.push("idle"),
  };
  return { t, calls, saved, failWith: (m: string | undefined) => (fail = m) };
}

const named = (name: string): TemplateDocument => ({ ...emptyDocument(), name }) as TemplateDocument;

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("new_document_is_not_stored_until_its_first_edit", async () => {
    const store = createDocumentStore();
    const { t, calls } = target();
    createAutosave(store, t).start();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(calls).toEqual([]);
  });

  it("first_edit_creates_the_draft_one_second_after_the_last_change", async () => {
    const store = createDocumentStore();
    const { t, calls, saved } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    store.setDocument(named("a"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    store.setDocument(named("ab"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(["create"]);
    expect(saved[0]?.name).toBe("ab");
    expect(autosave.draftId).toBe(42);
    expect(autosave.status()).toEqual({ state: "saved" });
    store.setDocument(named("abc"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual(["create", "save 42 auto"]);
  });

  it("listeners_learn_a_new_drafts_id_as_soon_as_it_is_created", async () => {
    const store = createDocumentStore();
    const { t } = target();
    let finishSave: () => void = () => undefined;
    t.save = () => new Promise<void>((resolve) => (finishSave = resolve));
    const autosave = createAutosave(store, t);
    autosave.start();
    const seen: (number | undefined)[] = [];
    autosave.subscribe(() => seen.push(autosave.draftId));
    store.setDocument(named("a"));
    // An explicit save creates the draft, then saves into it; that save is still running.
    void autosave.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.status()).toEqual({ state: "saving" });
    expect(seen).toContain(42);
    finishSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.status()).toEqual({ state: "saved" });
  });

  it("loading_a_draft_does_not_save_it", async () => {
    const store = createDocumentStore();
    const { t, calls } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("loaded"), 7);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([]);
    expect(store.document.name).toBe("loaded");
    expect(autosave.draftId).toBe(7);
  });

  it("explicit_save_makes_an_explicit_revision_at_once", async () => {
    const store = createDocumentStore();
    const { t, calls } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("x"), 7);
    store.setDocument(named("xy"));
    await autosave.saveNow();
    expect(calls).toEqual(["save 7 explicit"]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual(["save 7 explicit"]);
  });

  it("failed_save_keeps_the_document_and_reports_the_error", async () => {
    const store = createDocumentStore();
    const { t, failWith, calls } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("x"), 7);
    failWith("The disk is full");
    store.setDocument(named("precious"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(autosave.status()).toEqual({ state: "failed", message: "The disk is full" });
    expect(store.document.name).toBe("precious");
    failWith(undefined);
    await autosave.saveNow();
    expect(calls).toEqual(["save 7 explicit"]);
    expect(autosave.status()).toEqual({ state: "saved" });
  });

  it("a_document_replaced_by_the_composer_is_a_new_draft_not_an_overwrite", async () => {
    const store = createDocumentStore();
    const { t, calls } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("kept"), 7);
    store.replaceDocument(emptyDocument());
    expect(autosave.draftId).toBeUndefined();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual([]);
    store.setDocument(named("fresh"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual(["create"]);
  });

  it("unsaved_edits_are_saved_into_their_own_draft_before_another_is_loaded", async () => {
    const store = createDocumentStore();
    const { t, calls, saved } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("first"), 7);
    store.setDocument(named("first edited"));
    autosave.load(named("second"), 8);
    await autosave.flush();
    expect(calls).toEqual(["save 7 auto"]);
    expect(saved[0]?.name).toBe("first edited");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual(["save 7 auto"]);
    expect(autosave.draftId).toBe(8);
  });

  it("switching_drafts_keeps_each_drafts_undo_and_undo_saves_only_into_the_draft_shown", async () => {
    const store = createDocumentStore();
    const { t, calls, saved } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("a"), 7);
    store.setDocument(named("a1"));
    await autosave.flush();
    autosave.load(named("b"), 8);
    expect(store.snapshot().canUndo).toBe(false);
    store.undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls).toEqual(["save 7 auto"]);
    autosave.load(named("a1"), 7);
    store.undo();
    expect(store.document.name).toBe("a");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual(["save 7 auto", "save 7 auto"]);
    expect(saved[1]?.name).toBe("a");
  });

  it("a_new_drafts_history_is_kept_under_its_id_once_its_first_save_creates_it", async () => {
    const store = createDocumentStore();
    const { t } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(emptyDocument(), undefined);
    store.setDocument(named("n"));
    await autosave.flush();
    expect(autosave.draftId).toBe(42);
    expect(store.historyKey).toBe(historyKeyOf(42));
    autosave.load(named("other"), 8);
    autosave.load(named("n"), 42);
    expect(store.snapshot().canUndo).toBe(true);
    store.undo();
    expect(store.document).toEqual(emptyDocument());
  });

  it("a_new_draft_left_before_its_first_save_finishes_still_keeps_its_history_under_its_id", async () => {
    const store = createDocumentStore();
    const { t, calls } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    store.setDocument(named("n"));
    // Loading another draft saves the pending edit and switches at once, before the save is done.
    autosave.load(named("other"), 8);
    await autosave.flush();
    expect(calls).toEqual(["create"]);
    autosave.load(named("n"), 42);
    store.undo();
    expect(store.document).toEqual(emptyDocument());
  });

  it("a_new_document_from_the_composer_starts_with_no_undo", () => {
    const store = createDocumentStore();
    const { t } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("a"), 7);
    store.setDocument(named("a1"));
    store.replaceDocument(emptyDocument());
    expect(store.snapshot().canUndo).toBe(false);
    autosave.load(emptyDocument(), undefined);
    expect(store.snapshot().canUndo).toBe(false);
  });

  it("a_draft_restored_from_its_history_is_shown_as_restored_and_undo_steps_back_to_the_version_left", async () => {
    const store = createDocumentStore();
    const { t, calls, saved } = target();
    const autosave = createAutosave(store, t);
    autosave.start();
    autosave.load(named("a"), 7);
    store.setDocument(named("a1"));
    await autosave.flush();
    autosave.load(named("restored"), 7);
    expect(store.document.name).toBe("restored");
    store.undo();
    expect(store.document.name).toBe("a1");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual(["save 7 auto", "save 7 auto"]);
    expect(saved[1]?.name).toBe("a1");
  });
});

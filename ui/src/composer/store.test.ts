import { describe, expect, it, vi } from "vitest";
import { COALESCE_MS, KEPT_HISTORIES, createDocumentStore, sameJson } from "./store";

describe("document store", () => {
  it("undoes and redoes changes across the whole template", () => {
    const store = createDocumentStore({ name: "a" });
    store.setDocument({ name: "b" }, { now: 0 });
    store.setDocument((d) => ({ ...d, category: "UTILITY" }), { now: 10 });
    store.undo();
    expect(store.document).toEqual({ name: "b" });
    store.undo();
    expect(store.document).toEqual({ name: "a" });
    store.redo();
    store.redo();
    expect(store.document).toEqual({ name: "b", category: "UTILITY" });
  });

  it("typing in one field within the coalescing window is one undo step", () => {
    const store = createDocumentStore({ name: "" });
    store.setDocument({ name: "a" }, { coalesce: "name", now: 0 });
    store.setDocument({ name: "ab" }, { coalesce: "name", now: COALESCE_MS - 1 });
    store.setDocument({ name: "abc" }, { coalesce: "name", now: 3 * COALESCE_MS });
    store.undo();
    expect(store.document).toEqual({ name: "ab" });
    store.undo();
    expect(store.document).toEqual({ name: "" });
  });

  it("replacing the document starts a fresh history and notifies subscribers", () => {
    const store = createDocumentStore({ name: "a" });
    const listener = vi.fn<() => void>();
    store.subscribe(listener);
    store.setDocument({ name: "b" });
    store.replaceDocument({ name: "draft" });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.snapshot().canUndo).toBe(false);
    store.undo();
    expect(store.document).toEqual({ name: "draft" });
  });

  it("a new change clears the redo stack", () => {
    const store = createDocumentStore({ name: "a" });
    store.setDocument({ name: "b" });
    store.undo();
    store.setDocument({ name: "c" });
    expect(store.snapshot().canRedo).toBe(false);
  });
});

describe("one history per document", () => {
  it("edit A, switch to B, switch back to A: undo restores A's previous text", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.setDocument({ name: "a2" });
    store.switchDocument("2", { name: "b" });
    expect(store.snapshot().canUndo).toBe(false);
    store.switchDocument("1", { name: "a2" });
    expect(store.historyKey).toBe("1");
    expect(store.snapshot().canUndo).toBe(true);
    store.undo();
    expect(store.document).toEqual({ name: "a1" });
    store.undo();
    expect(store.document).toEqual({ name: "a" });
    expect(store.snapshot().canUndo).toBe(false);
  });

  it("B's history is separate from A's", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.switchDocument("2", { name: "b" });
    store.setDocument({ name: "b1" });
    store.undo();
    expect(store.document).toEqual({ name: "b" });
    expect(store.snapshot().canUndo).toBe(false);
    expect(store.snapshot().canRedo).toBe(true);
    store.switchDocument("1", { name: "a1" });
    store.undo();
    expect(store.document).toEqual({ name: "a" });
    store.switchDocument("2", { name: "b" });
    store.redo();
    expect(store.document).toEqual({ name: "b1" });
  });

  it("redo steps survive a switch too", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.undo();
    store.switchDocument("2", { name: "b" });
    store.switchDocument("1", { name: "a" });
    store.redo();
    expect(store.document).toEqual({ name: "a1" });
  });

  it("a new unsaved document (no key) starts with no undo, and so does a key seen for the first time", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.switchDocument(undefined, { name: "" });
    expect(store.snapshot().canUndo).toBe(false);
    expect(store.snapshot().canRedo).toBe(false);
    expect(store.historyKey).toBeUndefined();
    store.setDocument({ name: "n" });
    store.switchDocument("3", { name: "c" });
    expect(store.snapshot().canUndo).toBe(false);
    store.switchDocument(undefined, { name: "" });
    expect(store.snapshot().canUndo).toBe(false);
  });

  it("replacing the document puts the current history aside under its key", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.replaceDocument({ name: "starter" });
    expect(store.snapshot().canUndo).toBe(false);
    store.switchDocument("1", { name: "a1" });
    store.undo();
    expect(store.document).toEqual({ name: "a" });
  });

  it("a draft changed elsewhere loads as it is now, and undo steps back to the version left", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a" });
    store.setDocument({ name: "a1" });
    store.undo();
    store.switchDocument("2", { name: "b" });
    store.switchDocument("1", { name: "restored" });
    expect(store.document).toEqual({ name: "restored" });
    expect(store.snapshot().canRedo).toBe(false);
    store.undo();
    expect(store.document).toEqual({ name: "a" });
    store.redo();
    expect(store.document).toEqual({ name: "restored" });
  });

  it("reloading the same draft as it is now keeps its history", () => {
    const store = createDocumentStore();
    store.switchDocument("1", { name: "a", components: [{ type: "BODY", text: "x" }] });
    store.setDocument({ name: "a", components: [{ type: "BODY", text: "xy" }] });
    // Rust may hand the document back with its keys in another order: still the same document.
    store.switchDocument("1", { components: [{ text: "xy", type: "BODY" }], name: "a" });
    store.undo();
    expect(store.document).toEqual({ name: "a", components: [{ type: "BODY", text: "x" }] });
    expect(store.snapshot().canUndo).toBe(false);
  });

  it("a new document's history is filed under the draft id it gets once saved", () => {
    const store = createDocumentStore();
    store.switchDocument(undefined, { name: "" });
    store.setDocument({ name: "n" });
    store.renameHistory(undefined, "5");
    expect(store.historyKey).toBe("5");
    store.switchDocument("2", { name: "b" });
    store.switchDocument("5", { name: "n" });
    store.undo();
    expect(store.document).toEqual({ name: "" });
  });

  it("a history put aside can be renamed too", () => {
    const store = createDocumentStore();
    store.switchDocument("new-1", { name: "" });
    store.setDocument({ name: "n" });
    store.switchDocument("2", { name: "b" });
    store.renameHistory("new-1", "5");
    store.renameHistory(undefined, "6");
    expect(store.historyKey).toBe("2");
    store.switchDocument("5", { name: "n" });
    store.undo();
    expect(store.document).toEqual({ name: "" });
  });

  it("keeps at most KEPT_HISTORIES histories aside, dropping the least recently left", () => {
    const store = createDocumentStore();
    for (let i = 0; i <= KEPT_HISTORIES + 1; i += 1) {
      store.switchDocument(String(i), { name: `d${i}` });
      store.setDocument({ name: `d${i} edited` });
    }
    store.switchDocument("0", { name: "d0 edited" });
    expect(store.snapshot().canUndo).toBe(false);
    store.switchDocument("2", { name: "d2 edited" });
    expect(store.snapshot().canUndo).toBe(true);
  });
});

describe("sameJson", () => {
  it("ignores the order of object keys but not of array items", () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ a: 1 }, { a: "1" })).toBe(false);
  });
});

import { describe, expect, it, vi } from "vitest";
import { COALESCE_MS, createDocumentStore } from "./store";

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

import { describe, expect, it } from "vitest";
import { addButton, moveButton, quickRepliesGrouped, removeButton } from "./buttons";
import type { JsonObject } from "./doc";

const qr = (text: string): JsonObject => ({ type: "QUICK_REPLY", text });
const url = (text: string): JsonObject => ({ type: "URL", text, url: "https://x" });
const labels = (list: JsonObject[]) => list.map((b) => b["text"]);

describe("button reordering keeps quick replies together", () => {
  it("moves freely inside a group", () => {
    const list = [qr("a"), qr("b"), url("c")];
    expect(labels(moveButton(list, 0, 1))).toEqual(["b", "a", "c"]);
  });

  it("a call-to-action moved into the quick-reply group jumps over the whole group", () => {
    const list = [qr("a"), qr("b"), url("c")];
    const moved = moveButton(list, 2, 1);
    expect(labels(moved)).toEqual(["c", "a", "b"]);
    expect(quickRepliesGrouped(moved)).toBe(true);
  });

  it("a quick reply moved past a call-to-action takes its group along", () => {
    const list = [qr("a"), qr("b"), url("c")];
    const moved = moveButton(list, 1, 2);
    expect(labels(moved)).toEqual(["c", "a", "b"]);
    expect(quickRepliesGrouped(moved)).toBe(true);
  });

  it("every possible move of a mixed list keeps the group valid", () => {
    const list = [url("u1"), qr("a"), qr("b"), qr("c"), url("u2")].slice(1);
    const start = [qr("a"), qr("b"), qr("c"), url("u1"), url("u2")];
    for (let from = 0; from < start.length; from += 1) {
      for (let to = 0; to < start.length; to += 1) {
        const moved = moveButton(start, from, to);
        expect(quickRepliesGrouped(moved), `${from}->${to}`).toBe(true);
        expect(moved).toHaveLength(start.length);
      }
    }
    expect(list).toHaveLength(4);
  });

  it("ignores moves out of range", () => {
    const list = [qr("a"), url("b")];
    expect(moveButton(list, 0, 5)).toBe(list);
    expect(moveButton(list, -1, 0)).toBe(list);
  });

  it("adds a button next to its own kind", () => {
    expect(labels(addButton([qr("a"), url("b")], qr("c")))).toEqual(["a", "c", "b"]);
    expect(labels(addButton([url("b"), qr("a")], url("c")))).toEqual(["b", "c", "a"]);
    expect(labels(addButton([], qr("a")))).toEqual(["a"]);
  });

  it("removes by position", () => {
    expect(labels(removeButton([qr("a"), qr("b")], 0))).toEqual(["b"]);
  });

  it("a quick reply moved between call-to-actions takes its group to the end instead", () => {
    const list = [qr("a"), url("b"), url("c")];
    expect(labels(moveButton(list, 0, 1))).toEqual(["b", "c", "a"]);
  });

  it("recognises split groups", () => {
    expect(quickRepliesGrouped([qr("a"), url("b"), qr("c")])).toBe(false);
    expect(quickRepliesGrouped([url("a"), qr("b"), url("c")])).toBe(false);
    expect(quickRepliesGrouped([url("a"), url("c"), qr("b")])).toBe(true);
    expect(quickRepliesGrouped([url("b")])).toBe(true);
  });
});

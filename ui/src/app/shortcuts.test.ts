import { describe, expect, it } from "vitest";
import { LIBRARY_SEARCH_ID, focusLibrarySearch, shortcutFor } from "./shortcuts";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("maps the editor's shortcuts", () => {
    expect(shortcutFor(key("n", { ctrlKey: true }))).toBe("newDraft");
    expect(shortcutFor(key("N", { ctrlKey: true, shiftKey: true }))).toBe("starters");
    expect(shortcutFor(key("z", { metaKey: true }))).toBe("undo");
    expect(shortcutFor(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(shortcutFor(key("y", { ctrlKey: true }))).toBe("redo");
    expect(shortcutFor(key("2", { ctrlKey: true }))).toBe("clientIos");
  });

  it("ignores plain typing", () => {
    expect(shortcutFor(key("n"))).toBeUndefined();
    expect(shortcutFor(key("z", { ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it("Ctrl+F, Cmd+F and Ctrl+K find in the library", () => {
    expect(shortcutFor(key("f", { ctrlKey: true }))).toBe("find");
    expect(shortcutFor(key("F", { metaKey: true }))).toBe("find");
    expect(shortcutFor(key("k", { ctrlKey: true }))).toBe("find");
    expect(shortcutFor(key("k", { metaKey: true }))).toBe("find");
  });

  it("F and K alone, or with Shift or Alt, are not find", () => {
    expect(shortcutFor(key("f"))).toBeUndefined();
    expect(shortcutFor(key("k"))).toBeUndefined();
    expect(shortcutFor(key("F", { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(key("f", { ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it("Ctrl+S saves and Ctrl+Q quits", () => {
    expect(shortcutFor(key("s", { ctrlKey: true }))).toBe("save");
    expect(shortcutFor(key("S", { metaKey: true, shiftKey: true }))).toBe("save");
    expect(shortcutFor(key("q", { ctrlKey: true }))).toBe("quit");
    expect(shortcutFor(key("q", { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(key("s", { ctrlKey: true, altKey: true }))).toBeUndefined();
  });
});

describe("find in library", () => {
  it("focuses the library search field and selects its text", () => {
    const input = document.createElement("input");
    input.id = LIBRARY_SEARCH_ID;
    input.value = "order";
    document.body.append(input);
    try {
      expect(focusLibrarySearch()).toBe(true);
      expect(document.activeElement).toBe(input);
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, "order".length]);
    } finally {
      input.remove();
    }
  });

  it("does nothing when there is no search field", () => {
    expect(focusLibrarySearch()).toBe(false);
  });
});

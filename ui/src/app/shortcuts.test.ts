import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

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
});

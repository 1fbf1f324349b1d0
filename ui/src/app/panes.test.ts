import { describe, expect, it } from "vitest";
import {
  COMPOSER_MIN_WIDTH,
  KEY_STEP,
  KEY_STEP_LARGE,
  PANE_RANGES,
  SPLITTER_WIDTH,
  clampWidth,
  draggedWidth,
  gridColumn,
  widthForKey,
  widthRange,
} from "./panes";

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

describe("pane ranges", () => {
  it("match the ranges Rust's settings sanitiser keeps (library 180-480, preview 340-720)", () => {
    expect(PANE_RANGES.library).toEqual({ min: 180, max: 480 });
    expect(PANE_RANGES.preview).toEqual({ min: 340, max: 720 });
  });

  it("are the pane's own range when the row is not laid out or is wide enough", () => {
    expect(widthRange("library")).toEqual({ min: 180, max: 480 });
    expect(widthRange("library", { total: 0, other: 460 })).toEqual({ min: 180, max: 480 });
    expect(widthRange("preview", { total: 4000, other: 240 })).toEqual({ min: 340, max: 720 });
  });

  it("narrow so the composer keeps its minimum width", () => {
    const total = 1200;
    const other = 460;
    const max = total - other - COMPOSER_MIN_WIDTH - 2 * SPLITTER_WIDTH;
    expect(max).toBe(308);
    expect(widthRange("library", { total, other })).toEqual({ min: 180, max });
    expect(widthRange("library", { total: total + 1, other })).toEqual({ min: 180, max: max + 1 });
  });

  it("never go below the pane's minimum, however narrow the window", () => {
    expect(widthRange("library", { total: 500, other: 460 })).toEqual({ min: 180, max: 180 });
    expect(widthRange("preview", { total: 500, other: 240 })).toEqual({ min: 340, max: 340 });
  });
});

describe("clampWidth", () => {
  const range = { min: 180, max: 480 };
  it("keeps widths at the boundaries and inside as they are", () => {
    expect(clampWidth(180, range)).toBe(180);
    expect(clampWidth(480, range)).toBe(480);
    expect(clampWidth(300, range)).toBe(300);
  });

  it("brings widths outside back to the nearest boundary", () => {
    expect(clampWidth(179, range)).toBe(180);
    expect(clampWidth(481, range)).toBe(480);
    expect(clampWidth(-50, range)).toBe(180);
  });

  it("rounds to whole pixels and treats a non-number as the minimum", () => {
    expect(clampWidth(300.6, range)).toBe(301);
    expect(clampWidth(Number.NaN, range)).toBe(180);
  });
});

describe("dragging a splitter", () => {
  it("widens the library when its splitter moves right", () => {
    expect(draggedWidth("library", 240, 50, PANE_RANGES.library)).toBe(290);
    expect(draggedWidth("library", 240, -50, PANE_RANGES.library)).toBe(190);
  });

  it("narrows the preview when its splitter moves right", () => {
    expect(draggedWidth("preview", 460, 50, PANE_RANGES.preview)).toBe(410);
    expect(draggedWidth("preview", 460, -50, PANE_RANGES.preview)).toBe(510);
  });

  it("stops at the range's boundaries", () => {
    expect(draggedWidth("library", 240, 1000, PANE_RANGES.library)).toBe(480);
    expect(draggedWidth("library", 240, -1000, PANE_RANGES.library)).toBe(180);
    expect(draggedWidth("preview", 460, 1000, PANE_RANGES.preview)).toBe(340);
    expect(draggedWidth("preview", 460, -1000, PANE_RANGES.preview)).toBe(720);
  });
});

describe("splitter keys", () => {
  const library = PANE_RANGES.library;
  const preview = PANE_RANGES.preview;

  it("ArrowRight and ArrowLeft move the library's splitter by 16 px, 64 px with Shift", () => {
    expect(widthForKey("library", key("ArrowRight"), 300, library)).toBe(300 + KEY_STEP);
    expect(widthForKey("library", key("ArrowLeft"), 300, library)).toBe(300 - KEY_STEP);
    expect(widthForKey("library", key("ArrowRight", true), 300, library)).toBe(300 + KEY_STEP_LARGE);
    expect(widthForKey("library", key("ArrowLeft", true), 300, library)).toBe(300 - KEY_STEP_LARGE);
  });

  it("ArrowRight narrows the preview and ArrowLeft widens it", () => {
    expect(widthForKey("preview", key("ArrowRight"), 460, preview)).toBe(460 - KEY_STEP);
    expect(widthForKey("preview", key("ArrowLeft"), 460, preview)).toBe(460 + KEY_STEP);
    expect(widthForKey("preview", key("ArrowLeft", true), 460, preview)).toBe(460 + KEY_STEP_LARGE);
  });

  it("arrow keys stop at the boundaries", () => {
    expect(widthForKey("library", key("ArrowLeft"), 190, library)).toBe(180);
    expect(widthForKey("library", key("ArrowLeft"), 180, library)).toBe(180);
    expect(widthForKey("library", key("ArrowRight", true), 470, library)).toBe(480);
    expect(widthForKey("preview", key("ArrowRight"), 350, preview)).toBe(340);
    expect(widthForKey("preview", key("ArrowLeft", true), 700, preview)).toBe(720);
  });

  it("arrow keys respect a range narrowed for the composer", () => {
    expect(widthForKey("library", key("ArrowRight"), 300, { min: 180, max: 310 })).toBe(310);
  });

  it("Home gives the pane its minimum and End its maximum", () => {
    expect(widthForKey("library", key("Home"), 300, library)).toBe(180);
    expect(widthForKey("library", key("End"), 300, library)).toBe(480);
    expect(widthForKey("preview", key("Home"), 500, preview)).toBe(340);
    expect(widthForKey("preview", key("End"), 500, { min: 340, max: 600 })).toBe(600);
  });

  it("Enter restores the default layout", () => {
    expect(widthForKey("library", key("Enter"), 300, library)).toBeNull();
    expect(widthForKey("preview", key("Enter"), 500, preview)).toBeNull();
  });

  it("other keys are not the splitter's", () => {
    expect(widthForKey("library", key("a"), 300, library)).toBeUndefined();
    expect(widthForKey("library", key("ArrowUp"), 300, library)).toBeUndefined();
    expect(widthForKey("library", key("Tab"), 300, library)).toBeUndefined();
  });
});

describe("grid columns", () => {
  it("the default layout has no column of its own (the stylesheet's applies)", () => {
    expect(gridColumn("library", null)).toBeUndefined();
  });

  it("a chosen width is the column's widest, and it may shrink to the pane's minimum", () => {
    expect(gridColumn("library", 300)).toBe("minmax(180px, 300px)");
    expect(gridColumn("preview", 500)).toBe("minmax(340px, 500px)");
  });

  it("a stored width outside the range is brought back into it", () => {
    expect(gridColumn("library", 9999)).toBe("minmax(180px, 480px)");
    expect(gridColumn("preview", 10)).toBe("minmax(340px, 340px)");
  });
});

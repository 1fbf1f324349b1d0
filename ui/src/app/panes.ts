// The widths of the resizable panes (library on the left, phone preview on the right), as pure
// functions the splitters use: the allowed range of each pane, clamping a wanted width into it,
// and what a key press or a drag does. Kept apart from the component so every boundary is
// unit-tested. The ranges must match Rust's sanitiser (src-tauri/src/settings.rs: LIBRARY_WIDTH,
// PREVIEW_WIDTH), which keeps stored widths within them.
//
// Each splitter moves like the WAI-ARIA window splitter: ArrowLeft/ArrowRight move it left or
// right (16 px, 64 px with Shift), Home gives its pane the smallest width, End the largest, and
// Enter restores the default layout. Moving the library's splitter right widens the library;
// moving the preview's splitter right narrows the preview (it sits on the preview's left edge).

export type PaneName = "library" | "preview";

export interface WidthRange {
  min: number;
  max: number;
}

/** The widths each pane may have, in CSS pixels (as in src-tauri/src/settings.rs). */
export const PANE_RANGES: Record<PaneName, WidthRange> = {
  library: { min: 180, max: 480 },
  preview: { min: 340, max: 720 },
};

/** The composer (middle) keeps at least this width while the others are resized. */
export const COMPOSER_MIN_WIDTH = 420;
/** The width of one splitter (its grid column; see panes.css). */
export const SPLITTER_WIDTH = 6;
/** The widest each pane is in the default layout (panes.css), when it cannot be measured. */
export const DEFAULT_WIDTHS: Record<PaneName, number> = { library: 240, preview: 460 };
export const KEY_STEP = 16;
export const KEY_STEP_LARGE = 64;

/** The room the panes have when a width is chosen. */
export interface PaneRoom {
  /** The width of the whole row of panes (0 when not laid out yet: no limit from it). */
  total: number;
  /** The width the other resizable pane has now. */
  other: number;
}

/**
 * The range `pane` may take now: its own range, narrowed so the composer keeps
 * `COMPOSER_MIN_WIDTH` (never below the pane's own minimum, however small the window).
 */
export function widthRange(pane: PaneName, room?: PaneRoom): WidthRange {
  const { min, max } = PANE_RANGES[pane];
  if (room === undefined || room.total <= 0) return { min, max };
  const left = room.total - room.other - COMPOSER_MIN_WIDTH - 2 * SPLITTER_WIDTH;
  return { min, max: Math.max(min, Math.min(max, Math.floor(left))) };
}

/** `width` rounded to whole pixels and kept within `range`. */
export function clampWidth(width: number, range: WidthRange): number {
  if (!Number.isFinite(width)) return range.min;
  return Math.min(range.max, Math.max(range.min, Math.round(width)));
}

/** The width of `pane` after its splitter is dragged `dx` pixels to the right from `start`. */
export function draggedWidth(pane: PaneName, start: number, dx: number, range: WidthRange): number {
  return clampWidth(pane === "library" ? start + dx : start - dx, range);
}

export interface SplitterKey {
  key: string;
  shiftKey: boolean;
}

/**
 * What a key press on the splitter of `pane` does: a new width, `null` to restore the default
 * layout, or `undefined` when the key is not the splitter's.
 */
export function widthForKey(pane: PaneName, e: SplitterKey, current: number, range: WidthRange): number | null | undefined {
  const step = e.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
  // Right moves the splitter right: wider for the library, narrower for the preview.
  const grow = pane === "library" ? 1 : -1;
  switch (e.key) {
    case "ArrowRight":
      return clampWidth(current + grow * step, range);
    case "ArrowLeft":
      return clampWidth(current - grow * step, range);
    case "Home":
      return range.min;
    case "End":
      return range.max;
    case "Enter":
      return null;
    default:
      return undefined;
  }
}

/**
 * The grid column of a pane given its chosen width (`undefined`: the default layout, in
 * panes.css). The column may shrink to the pane's minimum when the window is too narrow for the
 * chosen width, so the composer keeps its room and nothing overflows.
 */
export function gridColumn(pane: PaneName, width: number | null): string | undefined {
  if (width === null) return undefined;
  const { min, max } = PANE_RANGES[pane];
  return `minmax(${min}px, ${clampWidth(width, { min, max })}px)`;
}

// A splitter between two panes of the main window's `.panes` grid, resizing the library (left)
// or the phone preview (right); the composer in the middle takes the rest. Drag it with the
// pointer, or focus it and use the keys of `widthForKey` (panes.ts); Enter or a double-click
// restores the default layout. The width is remembered in `settings.panes` (written when a drag
// ends or a key changes it, not on every pointer move).
//
// The splitter sets its pane's grid column on its parent grid as a CSS custom property
// (`--library-column` / `--preview-column`, read by `.panes` in styles/app.css) through the
// CSSOM (`style.setProperty`): the production CSP (`style-src 'self'`) forbids inline style
// attributes but not CSSOM changes. The widths' rules live in panes.ts.

import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useT } from "../i18n/context";
import { DEFAULT_WIDTHS, draggedWidth, gridColumn, widthForKey, widthRange, type PaneName, type WidthRange } from "./panes";
import { useSettings } from "./settings";
import "./panes.css";

const OTHER: Record<PaneName, PaneName> = { library: "preview", preview: "library" };

/** The id of each splitter (end-to-end tests and `aria-controls` users). */
export const SPLITTER_IDS: Record<PaneName, string> = { library: "splitter-library", preview: "splitter-preview" };

/** What the grid looks like now: the widths of the pane, the other resizable pane and the row. */
interface Layout {
  own: number;
  other: number;
  total: number;
}

const width = (element: Element | null | undefined) => element?.getBoundingClientRect().width ?? 0;

interface Drag {
  pointerId: number;
  startX: number;
  start: number;
  range: WidthRange;
  width: number | undefined;
}

export function PaneSplitter({ pane }: { pane: PaneName }) {
  const t = useT();
  const [settings, update] = useSettings();
  const chosen = settings.panes[pane];
  const ref = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout>({ own: 0, other: 0, total: 0 });
  const [dragWidth, setDragWidth] = useState<number | undefined>(undefined);
  const drag = useRef<Drag | undefined>(undefined);

  const measure = useCallback((): Layout => {
    const row = ref.current?.parentElement;
    const next = {
      own: Math.round(width(row?.querySelector(`:scope > .pane-${pane}`))),
      other: Math.round(width(row?.querySelector(`:scope > .pane-${OTHER[pane]}`))),
      total: Math.round(width(row)),
    };
    setLayout((current) =>
      current.own === next.own && current.other === next.other && current.total === next.total ? current : next,
    );
    return next;
  }, [pane]);

  const showColumn = useCallback(
    (columnOf: number | null) => {
      const style = ref.current?.parentElement?.style;
      const column = gridColumn(pane, columnOf);
      if (column === undefined) style?.removeProperty(`--${pane}-column`);
      else style?.setProperty(`--${pane}-column`, column);
    },
    [pane],
  );

  // The grid follows the chosen width; the shown width is measured again after each change, and
  // whenever the pane changes size (the window, the other splitter).
  useLayoutEffect(() => {
    showColumn(chosen);
    measure();
  }, [chosen, showColumn, measure]);
  useLayoutEffect(() => {
    const row = ref.current?.parentElement;
    if (!row || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(row);
    for (const child of Array.from(row.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [measure]);

  // The width shown now (when the grid is not laid out, as in tests: the chosen or default one).
  const current = (seen: Layout) => (seen.own > 0 ? seen.own : (chosen ?? DEFAULT_WIDTHS[pane]));
  const value = dragWidth ?? current(layout);
  const range = widthRange(pane, layout);

  const choose = (next: number | null) => {
    if (next === chosen) return;
    update({ panes: { ...settings.panes, [pane]: next } });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const seen = measure();
    const next = widthForKey(pane, e, current(seen), widthRange(pane, seen));
    if (next === undefined) return;
    e.preventDefault();
    choose(next);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    // No text selection while dragging; focus the splitter as a click would.
    e.preventDefault();
    e.currentTarget.focus();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const seen = measure();
    drag.current = { pointerId: e.pointerId, startX: e.clientX, start: current(seen), range: widthRange(pane, seen), width: undefined };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const active = drag.current;
    if (!active || active.pointerId !== e.pointerId) return;
    active.width = draggedWidth(pane, active.start, e.clientX - active.startX, active.range);
    showColumn(active.width);
    setDragWidth(active.width);
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>, keep: boolean) => {
    const active = drag.current;
    if (!active || active.pointerId !== e.pointerId) return;
    drag.current = undefined;
    setDragWidth(undefined);
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (keep && active.width !== undefined && active.width !== chosen) choose(active.width);
    else showColumn(chosen);
  };

  const label = pane === "library" ? t("panes.resizeLibrary") : t("panes.resizePreview");
  return (
    <div
      ref={ref}
      id={SPLITTER_IDS[pane]}
      className={dragWidth === undefined ? `pane-splitter pane-splitter-${pane}` : `pane-splitter pane-splitter-${pane} dragging`}
      // A focusable separator with a value is a widget (the WAI-ARIA window splitter pattern),
      // not the static <hr> this rule asks for.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      title={label}
      aria-valuenow={value}
      aria-valuemin={range.min}
      aria-valuemax={range.max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(e) => endDrag(e, true)}
      onPointerCancel={(e) => endDrag(e, false)}
      onLostPointerCapture={(e) => endDrag(e, true)}
      onDoubleClick={() => choose(null)}
    />
  );
}

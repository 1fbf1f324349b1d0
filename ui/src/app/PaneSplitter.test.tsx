import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/context";
import { DEFAULT_SETTINGS, type Settings } from "../ipc/window";
import { PaneSplitter, SPLITTER_IDS } from "./PaneSplitter";
import { SettingsProvider } from "./settings";

function renderPanes(panes: Settings["panes"] = { library: null, preview: null }, locale: "en" | "it" = "en") {
  const onSave = vi.fn<(settings: Settings) => Promise<unknown>>(async (s) => s);
  const view = render(
    <SettingsProvider initial={{ ...DEFAULT_SETTINGS, panes }} onSave={onSave}>
      <LocaleProvider locale={locale}>
        <div className="panes" data-testid="panes">
          <section className="pane pane-library" />
          <PaneSplitter pane="library" />
          <section className="pane pane-composer" />
          <PaneSplitter pane="preview" />
          <section className="pane pane-preview" />
        </div>
      </LocaleProvider>
    </SettingsProvider>,
  );
  const grid = screen.getByTestId("panes");
  const saved = () => onSave.mock.calls.map(([s]) => s.panes);
  return { ...view, grid, onSave, saved };
}

const library = () => screen.getByRole("separator", { name: "Resize library" });
const preview = () => screen.getByRole("separator", { name: "Resize preview" });

/** Gives an element a laid-out width, as the real window would. */
function widthOf(element: Element, width: number) {
  element.getBoundingClientRect = () => ({ width }) as DOMRect;
}

describe("pane splitters", () => {
  it("are focusable vertical separators named for the pane they resize, with its width and range", () => {
    renderPanes();
    const splitter = library();
    expect(splitter).toHaveAttribute("id", SPLITTER_IDS.library);
    expect(splitter).toHaveAttribute("aria-orientation", "vertical");
    expect(splitter).toHaveAttribute("tabindex", "0");
    expect(splitter).toHaveAttribute("aria-valuenow", "240");
    expect(splitter).toHaveAttribute("aria-valuemin", "180");
    expect(splitter).toHaveAttribute("aria-valuemax", "480");
    expect(preview()).toHaveAttribute("id", SPLITTER_IDS.preview);
    expect(preview()).toHaveAttribute("aria-valuenow", "460");
    expect(preview()).toHaveAttribute("aria-valuemin", "340");
    expect(preview()).toHaveAttribute("aria-valuemax", "720");
  });

  it("are named in Italian when the interface is Italian", () => {
    renderPanes(undefined, "it");
    expect(screen.getByRole("separator", { name: "Ridimensiona la libreria" })).toBeInTheDocument();
    expect(screen.getByRole("separator", { name: "Ridimensiona l'anteprima" })).toBeInTheDocument();
  });

  it("the default layout leaves the stylesheet's columns alone", () => {
    const { grid } = renderPanes();
    expect(grid.style.getPropertyValue("--library-column")).toBe("");
    expect(grid.style.getPropertyValue("--preview-column")).toBe("");
  });

  it("stored widths set the grid's columns", () => {
    const { grid } = renderPanes({ library: 300, preview: 500 });
    expect(grid.style.getPropertyValue("--library-column")).toBe("minmax(180px, 300px)");
    expect(grid.style.getPropertyValue("--preview-column")).toBe("minmax(340px, 500px)");
    expect(library()).toHaveAttribute("aria-valuenow", "300");
  });

  it("ArrowRight widens the library by 16 px and stores the width", () => {
    const { grid, saved } = renderPanes();
    fireEvent.keyDown(library(), { key: "ArrowRight" });
    expect(saved()).toEqual([{ library: 256, preview: null }]);
    expect(library()).toHaveAttribute("aria-valuenow", "256");
    expect(grid.style.getPropertyValue("--library-column")).toBe("minmax(180px, 256px)");
  });

  it("Shift+ArrowLeft widens the preview by 64 px, keeping the library's stored width", () => {
    const { saved } = renderPanes({ library: 300, preview: null });
    fireEvent.keyDown(preview(), { key: "ArrowLeft", shiftKey: true });
    expect(saved()).toEqual([{ library: 300, preview: 524 }]);
  });

  it("Home and End give the pane its minimum and maximum width", () => {
    const { saved } = renderPanes();
    fireEvent.keyDown(library(), { key: "Home" });
    fireEvent.keyDown(library(), { key: "End" });
    expect(saved()).toEqual([
      { library: 180, preview: null },
      { library: 480, preview: null },
    ]);
  });

  it("an arrow key at the boundary stores nothing new", () => {
    const { saved } = renderPanes({ library: 480, preview: null });
    fireEvent.keyDown(library(), { key: "ArrowRight" });
    expect(saved()).toEqual([]);
  });

  it("Enter restores the default layout", () => {
    const { grid, saved } = renderPanes({ library: 300, preview: 500 });
    fireEvent.keyDown(library(), { key: "Enter" });
    expect(saved()).toEqual([{ library: null, preview: 500 }]);
    expect(grid.style.getPropertyValue("--library-column")).toBe("");
    expect(library()).toHaveAttribute("aria-valuenow", "240");
  });

  it("a double-click restores the default layout", () => {
    const { saved } = renderPanes({ library: 300, preview: 500 });
    fireEvent.doubleClick(preview());
    expect(saved()).toEqual([{ library: 300, preview: null }]);
  });

  it("other keys and shortcuts are left alone", () => {
    const { saved } = renderPanes();
    fireEvent.keyDown(library(), { key: "a" });
    fireEvent.keyDown(library(), { key: "ArrowRight", ctrlKey: true });
    expect(saved()).toEqual([]);
  });

  it("dragging resizes the grid as the pointer moves and stores the width once, when the drag ends", () => {
    const { grid, saved } = renderPanes();
    fireEvent.pointerDown(library(), { pointerId: 1, button: 0, clientX: 100 });
    fireEvent.pointerMove(library(), { pointerId: 1, clientX: 130 });
    fireEvent.pointerMove(library(), { pointerId: 1, clientX: 150 });
    expect(grid.style.getPropertyValue("--library-column")).toBe("minmax(180px, 290px)");
    expect(library()).toHaveAttribute("aria-valuenow", "290");
    expect(saved()).toEqual([]);
    fireEvent.pointerUp(library(), { pointerId: 1, clientX: 150 });
    expect(saved()).toEqual([{ library: 290, preview: null }]);
  });

  it("dragging the preview's splitter right narrows the preview, down to its minimum", () => {
    const { saved } = renderPanes();
    fireEvent.pointerDown(preview(), { pointerId: 1, button: 0, clientX: 800 });
    fireEvent.pointerMove(preview(), { pointerId: 1, clientX: 1800 });
    fireEvent.pointerUp(preview(), { pointerId: 1, clientX: 1800 });
    expect(saved()).toEqual([{ library: null, preview: 340 }]);
  });

  it("a click without a drag and a cancelled drag store nothing", () => {
    const { grid, saved } = renderPanes({ library: 300, preview: null });
    fireEvent.pointerDown(library(), { pointerId: 1, button: 0, clientX: 100 });
    fireEvent.pointerUp(library(), { pointerId: 1, clientX: 100 });
    fireEvent.pointerDown(library(), { pointerId: 2, button: 0, clientX: 100 });
    fireEvent.pointerMove(library(), { pointerId: 2, clientX: 160 });
    fireEvent.pointerCancel(library(), { pointerId: 2 });
    expect(saved()).toEqual([]);
    expect(grid.style.getPropertyValue("--library-column")).toBe("minmax(180px, 300px)");
  });

  it("a drag whose pointer capture is lost keeps the width reached", () => {
    const { saved } = renderPanes();
    fireEvent.pointerDown(library(), { pointerId: 1, button: 0, clientX: 100 });
    fireEvent.pointerMove(library(), { pointerId: 1, clientX: 120 });
    fireEvent.lostPointerCapture(library(), { pointerId: 1 });
    fireEvent.pointerUp(library(), { pointerId: 1, clientX: 300 });
    expect(saved()).toEqual([{ library: 260, preview: null }]);
  });

  it("only the primary button drags", () => {
    const { saved } = renderPanes();
    fireEvent.pointerDown(library(), { pointerId: 1, button: 2, clientX: 100 });
    fireEvent.pointerMove(library(), { pointerId: 1, clientX: 150 });
    fireEvent.pointerUp(library(), { pointerId: 1, clientX: 150 });
    expect(saved()).toEqual([]);
  });

  it("the composer keeps at least 420 px: the range narrows to the window's room", () => {
    const { grid, saved } = renderPanes();
    widthOf(grid, 1200);
    widthOf(grid.querySelector(".pane-library") as Element, 240);
    widthOf(grid.querySelector(".pane-preview") as Element, 460);
    fireEvent.keyDown(library(), { key: "End" });
    // 1200 - 460 (preview) - 420 (composer) - 2 × 6 (splitters)
    expect(saved()).toEqual([{ library: 308, preview: null }]);
    expect(library()).toHaveAttribute("aria-valuemax", "308");
  });
});

import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useMemo } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ComposerContext } from "../composer/context";
import type { TemplateDocument } from "../composer/doc";
import { createDocumentStore, useDocumentSnapshot, type DocumentStore } from "../composer/store";
import { LocaleProvider } from "../i18n/context";
import type { Draft, DraftSummary, ImportedDraft, ListQuery } from "../ipc/drafts";
import { LibraryPane } from "./LibraryPane";

const drafts = vi.hoisted(() => ({
  draftsNotice: vi.fn<() => Promise<string | null>>(),
  listDrafts: vi.fn<(query: ListQuery) => Promise<DraftSummary[]>>(),
  listTrash: vi.fn<() => Promise<DraftSummary[]>>(),
  getDraft: vi.fn<(id: number) => Promise<Draft>>(),
  createDraft: vi.fn<(document: unknown) => Promise<Draft>>(),
  saveDraft: vi.fn<(id: number, document: unknown, explicit: boolean) => Promise<unknown>>(),
  duplicateDraft: vi.fn<(id: number) => Promise<Draft>>(),
  renameDraft: vi.fn<(id: number, name: string) => Promise<unknown>>(),
  deleteDraft: vi.fn<(id: number) => Promise<void>>(),
  restoreDraft: vi.fn<(id: number) => Promise<void>>(),
  importDrafts: vi.fn<(path: string) => Promise<ImportedDraft[]>>(),
  importDroppedFile: vi.fn<(name: string, text: string) => Promise<ImportedDraft[]>>(),
  exportDraft: vi.fn<(id: number, family: boolean, path: string) => Promise<void>>(),
  exportLibrary: vi.fn<(path: string) => Promise<void>>(),
  draftsChanged: vi.fn<() => Promise<boolean>>(),
  draftsIdle: vi.fn<() => Promise<void>>(),
  listRevisions: vi.fn<() => Promise<unknown[]>>(),
}));
// The real module for the rest (DraftsError, the types).
vi.mock("../ipc/drafts", async (importOriginal) => ({ ...(await importOriginal<typeof import("../ipc/drafts")>()), ...drafts }));

const dialog = vi.hoisted(() => ({
  chooseFileToOpen: vi.fn<(title: string, kinds: unknown[]) => Promise<string | null>>(),
  chooseFileToSave: vi.fn<(title: string, defaultName: string, kinds: unknown[]) => Promise<string | null>>(),
}));
vi.mock("../ipc/dialog", async (importOriginal) => ({ ...(await importOriginal<typeof import("../ipc/dialog")>()), ...dialog }));

// Outside the app nobody asks to close the window.
vi.mock("../ipc/window", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc/window")>()),
  watchCloseRequests: () => () => undefined,
  closeWindow: async () => undefined,
}));

const summary = (id: number, name: string, language: string, extra: Partial<DraftSummary> = {}): DraftSummary => ({
  id,
  name,
  language,
  category: "MARKETING",
  status: "READY",
  metaStatus: null,
  tags: [],
  errors: 0,
  warnings: 0,
  createdMs: 1,
  updatedMs: 1,
  deletedMs: null,
  ...extra,
});

const documentOf = (name: string, language: string): TemplateDocument => ({
  name,
  language,
  category: "MARKETING",
  parameter_format: "positional",
  components: [{ type: "BODY", text: `Hello from ${name}` }],
});

const draftOf = (s: DraftSummary): Draft => ({ summary: s, document: documentOf(s.name, s.language) });

function Harness({ store, today }: { store: DocumentStore; today: () => Date }) {
  const { document } = useDocumentSnapshot(store);
  const value = useMemo(() => ({ store, document, report: { diagnostics: new Map(), counters: new Map() } }), [store, document]);
  return (
    <LocaleProvider locale="en">
      <ComposerContext.Provider value={value}>
        <LibraryPane today={today} />
      </ComposerContext.Provider>
    </LocaleProvider>
  );
}

function renderPane(today: () => Date = () => new Date()) {
  const store = createDocumentStore();
  render(<Harness store={store} today={today} />);
  return store;
}

const list = () => screen.getByRole("list", { name: "Drafts" });
/** The list item of the draft named `name` (its open button's text). */
const row = async (name: string) => {
  const open = await within(list()).findByRole("button", { name: new RegExp(`^\\S+ ${name}\\b`) });
  const item = open.closest("li");
  if (item === null) throw new Error(`no list item around ${name}`);
  return item;
};
const lastQuery = () => drafts.listDrafts.mock.lastCall?.[0];
const openTransfer = () => fireEvent.click(screen.getByText("Import and export"));

beforeEach(() => {
  for (const mock of [...Object.values(drafts), ...Object.values(dialog)]) mock.mockReset();
  drafts.draftsNotice.mockResolvedValue(null);
  drafts.draftsChanged.mockResolvedValue(false);
  drafts.draftsIdle.mockResolvedValue(undefined);
  drafts.listTrash.mockResolvedValue([]);
  drafts.listRevisions.mockResolvedValue([]);
  drafts.listDrafts.mockResolvedValue([]);
});

describe("the drafts list", () => {
  it("groups drafts by family with their language and problems badges", async () => {
    drafts.listDrafts.mockResolvedValue([
      summary(1, "promo", "it", { errors: 1, status: "DRAFT" }),
      summary(2, "order_ready", "en_US", { warnings: 2 }),
      summary(3, "promo", "en_US"),
    ]);
    renderPane();
    const heading = await within(list()).findByText("promo", { selector: ".library-family-name" });
    const promo = heading.closest(".library-family");
    if (!(promo instanceof HTMLElement)) throw new Error("promo is not in a family");
    // Both languages of promo in one family, sorted by language.
    expect(within(promo).getAllByText(/^(en_US|it)$/).map((b) => b.textContent)).toEqual(["en_US", "it"]);
    expect(within(promo).getByText("1 error, 0 warnings")).toHaveClass("badge-errors");
    const order = await row("order_ready");
    expect(within(order).getByText("0 errors, 2 warnings")).toHaveClass("badge-warnings");
    expect(list().querySelectorAll(".library-family")).toHaveLength(2);
  });

  it("sends the search, filters and sort with the query", async () => {
    renderPane();
    await screen.findByText("Your drafts will appear here.");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search drafts" }), { target: { value: "promo" } });
    await waitFor(() => expect(lastQuery()).toMatchObject({ search: "promo" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Filter by category" }), { target: { value: "UTILITY" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Filter by language" }), { target: { value: " it " } });
    fireEvent.change(screen.getByRole("combobox", { name: "Filter by status" }), { target: { value: "READY" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Has errors" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Sort drafts" }), { target: { value: "name" } });
    await waitFor(() =>
      expect(lastQuery()).toMatchObject({ search: "promo", category: "UTILITY", language: "it", status: "READY", hasErrors: true, sort: "name" }),
    );
    fireEvent.change(screen.getByRole("searchbox", { name: "Search drafts" }), { target: { value: "" } });
    await waitFor(() => expect(lastQuery()).toMatchObject({ search: null }));
  });

  it("says that no draft matches when a search leaves none, not where drafts will appear", async () => {
    renderPane();
    await screen.findByText("Your drafts will appear here.");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search drafts" }), { target: { value: "zzz" } });
    expect(await screen.findByText("No drafts match the search and filters.")).toBeInTheDocument();
    expect(screen.queryByText("Your drafts will appear here.")).toBeNull();
  });

  it("renames a draft with the name typed", async () => {
    drafts.listDrafts.mockResolvedValue([summary(4, "promo", "en_US")]);
    drafts.renameDraft.mockResolvedValue({});
    renderPane();
    fireEvent.click(within(await row("promo")).getByRole("button", { name: "Rename" }));
    const input = screen.getByRole("textbox", { name: "New name" });
    expect(input).toHaveValue("promo");
    fireEvent.change(input, { target: { value: "spring_promo" } });
    drafts.listDrafts.mockResolvedValue([summary(4, "spring_promo", "en_US")]);
    fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    await waitFor(() => expect(drafts.renameDraft).toHaveBeenCalledWith(4, "spring_promo"));
    expect(await row("spring_promo")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "New name" })).toBeNull();
  });

  it("shows why a rename was refused and keeps the form", async () => {
    drafts.listDrafts.mockResolvedValue([summary(4, "promo", "en_US")]);
    drafts.renameDraft.mockRejectedValue(new Error("The name may hold only lower-case letters, digits and underscores."));
    renderPane();
    fireEvent.click(within(await row("promo")).getByRole("button", { name: "Rename" }));
    fireEvent.change(screen.getByRole("textbox", { name: "New name" }), { target: { value: "Bad Name" } });
    fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("only lower-case letters");
    expect(screen.getByRole("textbox", { name: "New name" })).toHaveValue("Bad Name");
  });

  it("duplicates a draft and lists the copy", async () => {
    drafts.listDrafts.mockResolvedValue([summary(5, "promo", "en_US")]);
    drafts.duplicateDraft.mockImplementation(async () => {
      const copy = summary(6, "promo_copy", "en_US");
      drafts.listDrafts.mockResolvedValue([copy, summary(5, "promo", "en_US")]);
      return draftOf(copy);
    });
    renderPane();
    fireEvent.click(within(await row("promo")).getByRole("button", { name: "Duplicate" }));
    await waitFor(() => expect(drafts.duplicateDraft).toHaveBeenCalledWith(5));
    expect(await row("promo_copy")).toBeInTheDocument();
  });

  it("deletes with an Undo that brings the draft back", async () => {
    drafts.listDrafts.mockResolvedValue([summary(7, "promo", "en_US")]);
    drafts.deleteDraft.mockImplementation(async () => {
      drafts.listDrafts.mockResolvedValue([]);
    });
    drafts.restoreDraft.mockImplementation(async () => {
      drafts.listDrafts.mockResolvedValue([summary(7, "promo", "en_US")]);
    });
    renderPane();
    fireEvent.click(within(await row("promo")).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Moved promo to the trash.")).toBeInTheDocument();
    expect(drafts.deleteDraft).toHaveBeenCalledWith(7);
    await screen.findByText("Your drafts will appear here.");
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(drafts.restoreDraft).toHaveBeenCalledWith(7));
    expect(await row("promo")).toBeInTheDocument();
    expect(screen.queryByText("Moved promo to the trash.")).toBeNull();
  });

  it("lists the trash and restores a draft from it", async () => {
    drafts.listTrash.mockResolvedValue([summary(8, "old_promo", "it", { deletedMs: 5 })]);
    drafts.restoreDraft.mockImplementation(async () => {
      drafts.listTrash.mockResolvedValue([]);
      drafts.listDrafts.mockResolvedValue([summary(8, "old_promo", "it")]);
    });
    renderPane();
    const trash = screen.getByText("Trash", { selector: "summary" }).closest("details");
    if (trash === null) throw new Error("no trash");
    await act(async () => {
      trash.open = true;
      fireEvent(trash, new Event("toggle"));
    });
    const inTrash = within(screen.getByRole("list", { name: "Trash" }));
    expect(await inTrash.findByText("old_promo")).toBeInTheDocument();
    fireEvent.click(inTrash.getByRole("button", { name: "Restore" }));
    await waitFor(() => expect(drafts.restoreDraft).toHaveBeenCalledWith(8));
    expect(await row("old_promo")).toBeInTheDocument();
    expect(await screen.findByText("The trash is empty.")).toBeInTheDocument();
  });
});

describe("import and export through the file dialogs", () => {
  it("imports the chosen file, reports the clash and opens the first draft", async () => {
    dialog.chooseFileToOpen.mockResolvedValue("/home/ada/templates.json");
    drafts.importDrafts.mockResolvedValue([
      { id: 11, name: "promo", language: "it", clashesWith: [3], removedFields: [] },
      { id: 12, name: "order_ready", language: "en_US", clashesWith: [], removedFields: ["id", "status"] },
    ]);
    drafts.getDraft.mockResolvedValue(draftOf(summary(11, "promo", "it")));
    const store = renderPane();
    openTransfer();
    fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await waitFor(() => expect(drafts.importDrafts).toHaveBeenCalledWith("/home/ada/templates.json"));
    expect(dialog.chooseFileToOpen).toHaveBeenCalledWith("Import templates from a JSON file", [{ name: "JSON", extensions: ["json"] }]);
    const result = await screen.findByTestId("transfer-result");
    expect(result).toHaveTextContent("Imported 2 templates from templates.json.");
    expect(result).toHaveTextContent("promo (it) was kept beside the existing draft with the same name and language.");
    expect(result).toHaveTextContent("order_ready (en_US): removed id, status");
    await waitFor(() => expect(store.document["name"]).toBe("promo"));
    expect(drafts.getDraft).toHaveBeenCalledWith(11);
  });

  it("does nothing when the open dialog is cancelled", async () => {
    dialog.chooseFileToOpen.mockResolvedValue(null);
    renderPane();
    openTransfer();
    fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await waitFor(() => expect(dialog.chooseFileToOpen).toHaveBeenCalledOnce());
    await act(async () => undefined);
    expect(drafts.importDrafts).not.toHaveBeenCalled();
    expect(screen.queryByTestId("transfer-result")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("suggests <name>_<language>.json for a draft and <name>.json for its family, and says where it wrote", async () => {
    drafts.listDrafts.mockResolvedValue([summary(21, "promo", "it")]);
    drafts.getDraft.mockResolvedValue(draftOf(summary(21, "promo", "it")));
    drafts.exportDraft.mockResolvedValue(undefined);
    dialog.chooseFileToSave.mockImplementation(async (_title, name) => `/exports/${name}`);
    renderPane();
    openTransfer();
    // Nothing stored is open yet: there is no draft to export.
    expect(screen.getByRole("button", { name: "Export draft…" })).toBeDisabled();
    fireEvent.click(within(await row("promo")).getByRole("button", { name: /promo/ }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Export draft…" })).toBeEnabled());

    fireEvent.click(screen.getByRole("button", { name: "Export draft…" }));
    await waitFor(() => expect(drafts.exportDraft).toHaveBeenCalledWith(21, false, "/exports/promo_it.json"));
    expect(dialog.chooseFileToSave).toHaveBeenLastCalledWith("Export this draft", "promo_it.json", [{ name: "JSON", extensions: ["json"] }]);
    expect(await screen.findByTestId("transfer-result")).toHaveTextContent("Exported to /exports/promo_it.json");

    fireEvent.click(screen.getByRole("button", { name: "Export family…" }));
    await waitFor(() => expect(drafts.exportDraft).toHaveBeenCalledWith(21, true, "/exports/promo.json"));
    expect(dialog.chooseFileToSave).toHaveBeenLastCalledWith("Export all languages of this template", "promo.json", expect.anything());
    expect(await screen.findByText("Exported to /exports/promo.json")).toBeInTheDocument();
  });

  it("suggests a dated name for the library and writes nothing when the save dialog is cancelled", async () => {
    drafts.exportLibrary.mockResolvedValue(undefined);
    dialog.chooseFileToSave.mockResolvedValueOnce(null).mockImplementation(async (_title, name) => `/exports/${name}`);
    renderPane(() => new Date(2026, 2, 4, 10, 30));
    openTransfer();
    fireEvent.click(screen.getByRole("button", { name: "Export library…" }));
    await waitFor(() => expect(dialog.chooseFileToSave).toHaveBeenCalledOnce());
    await act(async () => undefined);
    expect(drafts.exportLibrary).not.toHaveBeenCalled();
    expect(screen.queryByTestId("transfer-result")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Export library…" }));
    await waitFor(() => expect(drafts.exportLibrary).toHaveBeenCalledWith("/exports/wabi-library-2026-03-04.json"));
    expect(dialog.chooseFileToSave).toHaveBeenLastCalledWith(
      "Export the whole library",
      "wabi-library-2026-03-04.json",
      expect.anything(),
    );
    expect(await screen.findByText("Exported to /exports/wabi-library-2026-03-04.json")).toBeInTheDocument();
  });

  it("shows why an export failed", async () => {
    drafts.exportLibrary.mockRejectedValue(new Error("Cannot write /ro/x.json: permission denied. Choose another file or folder."));
    dialog.chooseFileToSave.mockResolvedValue("/ro/x.json");
    renderPane();
    openTransfer();
    fireEvent.click(screen.getByRole("button", { name: "Export library…" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot write /ro/x.json: permission denied.");
    expect(screen.queryByTestId("transfer-result")).toBeNull();
  });
});

describe("the save status line", () => {
  it("shows Saving… while a save runs, then Saved", async () => {
    let finish: (draft: Draft) => void = () => undefined;
    drafts.createDraft.mockImplementation(() => new Promise<Draft>((resolve) => (finish = resolve)));
    drafts.saveDraft.mockResolvedValue({});
    const store = renderPane();
    act(() => store.setDocument(documentOf("promo", "en_US")));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const status = screen.getByTestId("save-status");
    await waitFor(() => expect(status).toHaveTextContent("Saving…"));
    await act(async () => finish(draftOf(summary(31, "promo", "en_US"))));
    await waitFor(() => expect(status).toHaveTextContent("Saved"));
    expect(drafts.saveDraft).toHaveBeenCalledWith(31, expect.objectContaining({ name: "promo" }), true);
  });

  it("lists a just-created draft at once, while the save after its creation still runs", async () => {
    drafts.createDraft.mockImplementation(async () => {
      drafts.listDrafts.mockResolvedValue([summary(33, "promo", "en_US")]);
      return draftOf(summary(33, "promo", "en_US"));
    });
    drafts.saveDraft.mockImplementation(() => new Promise(() => undefined));
    const store = renderPane();
    await screen.findByText("Your drafts will appear here.");
    act(() => store.setDocument(documentOf("promo", "en_US")));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await row("promo")).toHaveClass("current");
    expect(screen.getByTestId("save-status")).toHaveTextContent("Saving…");
    expect(screen.queryByText("Your drafts will appear here.")).toBeNull();
  });

  it("shows the reason a save failed, keeps the document, and a later save succeeds", async () => {
    drafts.createDraft.mockRejectedValueOnce(new Error("The disk is full")).mockResolvedValue(draftOf(summary(32, "promo", "en_US")));
    drafts.saveDraft.mockResolvedValue({});
    const store = renderPane();
    act(() => store.setDocument(documentOf("promo", "en_US")));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const status = screen.getByTestId("save-status");
    await waitFor(() => expect(status).toHaveTextContent("Not saved: The disk is full"));
    expect(store.document["name"]).toBe("promo");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(status).toHaveTextContent("Saved"));
    expect(drafts.createDraft).toHaveBeenCalledTimes(2);
  });
});

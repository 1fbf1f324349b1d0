// The drafts library (left pane): search, filters and sort; drafts grouped by family (same name,
// one draft per language) with language and problems badges; create, duplicate, rename, delete
// with undo, the trash with restore, import and export through the native file dialogs; the save
// status of the draft being edited; and its history. It loads drafts into the composer through the autosave controller
// (which uses the document store's `switchDocument`, keeping each draft's undo history) and
// autosaves by the same controller.

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { emptyDocument, type TemplateDocument } from "../composer/doc";
import { useComposer } from "../composer/context";
import type { DocumentStore } from "../composer/store";
import { HistoryPanel } from "../history/HistoryPanel";
import { LIBRARY_SEARCH_ID } from "../app/shortcuts";
import { useT } from "../i18n/context";
import {
  createDraft,
  deleteDraft,
  draftsChanged,
  draftsIdle,
  draftsNotice,
  duplicateDraft,
  exportDraft,
  exportLibrary,
  getDraft,
  importDrafts,
  importDroppedFile,
  listDrafts,
  listTrash,
  renameDraft,
  restoreDraft,
  saveDraft,
  type DraftSummary,
  type ListQuery,
  type SortBy,
} from "../ipc/drafts";
import { chooseFileToOpen, chooseFileToSave, JSON_FILES } from "../ipc/dialog";
import { createAutosave, type Autosave, type SaveStatus } from "./autosave";
import { useShortcuts, type ShortcutAction } from "../app/shortcuts";
import { CloseGuard } from "./CloseGuard";
import { readDropped, useFileDrop } from "./fileDrop";
import { groupByFamily } from "./families";
import { draftFileName, familyFileName, libraryFileName, reportImport, type ImportReport } from "./transfer";
import "./library.css";

/** How often the list asks whether `wabi` (or another window) changed the library. */
export const POLL_MS = 2000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function useAutosave(store: DocumentStore): Autosave {
  const autosave = useMemo(
    () =>
      createAutosave(store, {
        create: async (document) => (await createDraft(document)).summary.id,
        save: async (id, document, explicit) => {
          await saveDraft(id, document, explicit);
        },
        idle: () => void draftsIdle().catch(() => undefined),
      }),
    [store],
  );
  useEffect(() => autosave.start(), [autosave]);
  return autosave;
}

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useT();
  return (
    <output className={`library-save library-save-${status.state}`} aria-live="polite" data-testid="save-status">
      {status.state === "saving" && t("library.saving")}
      {status.state === "saved" && t("library.saved")}
      {status.state === "failed" && t("library.saveFailed", { message: status.message })}
    </output>
  );
}

/** What the last import (through the dialog or a dropped file) or export did. */
type TransferResult = { kind: "imported"; report: ImportReport; from: string } | { kind: "exported"; path: string };

/** The last part of a path, for "Imported … from promo.json". */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

function TransferResultView({ result }: { result: TransferResult }) {
  const t = useT();
  if (result.kind === "exported") {
    return (
      <output className="library-transfer-result" data-testid="transfer-result">
        {t("transfer.exported", { path: result.path })}
      </output>
    );
  }
  const { report } = result;
  return (
    <output className="library-transfer-result" data-testid="transfer-result">
      <span>{t("transfer.imported", { count: String(report.count), name: result.from })}</span>
      {(report.clashes.length > 0 || report.trimmed.length > 0) && (
        <ul>
          {report.clashes.map((draft) => (
            <li key={`clash-${draft.id}`}>
              {t("transfer.clash", { name: draft.name || t("library.unnamed"), language: draft.language || "?" })}
            </li>
          ))}
          {report.trimmed.map((draft) => (
            <li key={`trimmed-${draft.id}`}>
              {t("transfer.trimmed", {
                name: draft.name || t("library.unnamed"),
                language: draft.language || "?",
                fields: draft.removedFields.join(", "),
              })}
            </li>
          ))}
        </ul>
      )}
    </output>
  );
}

/** The template name and language of a document ("" when missing or not text). */
function nameAndLanguage(document: TemplateDocument): { name: string; language: string } {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return { name: text(document["name"]), language: text(document["language"]) };
}

/** Today's date, for the name suggested for a library export. */
const now = () => new Date();

/** The library pane; `today` gives the date the library export's file name carries. */
export function LibraryPane({
  today = now,
  onDraftChange,
}: { today?: () => Date; /** Told the id of the draft being edited (for "Send test"). */ onDraftChange?: (id: number | undefined) => void } = {}) {
  const t = useT();
  const { store } = useComposer();
  const autosave = useAutosave(store);
  const status = useSyncExternalStore(autosave.subscribe, autosave.status, autosave.status);
  const currentId = useSyncExternalStore(autosave.subscribe, () => autosave.draftId, () => autosave.draftId);
  useEffect(() => onDraftChange?.(currentId), [currentId, onDraftChange]);
  const [query, setQuery] = useState<ListQuery>({
    search: null,
    category: null,
    language: null,
    status: null,
    hasErrors: null,
    sort: "updated",
    limit: null,
    offset: 0,
  });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [trash, setTrash] = useState<DraftSummary[] | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [undo, setUndo] = useState<DraftSummary | undefined>(undefined);
  const [renaming, setRenaming] = useState<{ id: number; name: string } | undefined>(undefined);
  const [transfer, setTransfer] = useState<TransferResult | undefined>(undefined);
  const [showHistory, setShowHistory] = useState(false);

  // Bumped to reload the list (after a change here, or one `wabi` made).
  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((n) => n + 1), []);
  const trashOpen = trash !== undefined;
  useEffect(() => {
    let live = true;
    const load = async () => {
      const list = await listDrafts(query);
      const inTrash = trashOpen ? await listTrash() : undefined;
      return { list, inTrash, reload: reloads };
    };
    load().then(
      ({ list, inTrash }) => {
        if (!live) return;
        setDrafts(list);
        if (inTrash) setTrash(inTrash);
      },
      (error: unknown) => live && setProblem(message(error)),
    );
    return () => {
      live = false;
    };
  }, [query, trashOpen, reloads]);

  useEffect(() => {
    draftsNotice().then(setNotice, () => undefined);
  }, []);
  // The list follows saves made here and changes made by `wabi` (polled).
  useEffect(() => autosave.subscribe(() => autosave.status().state === "saved" && refresh()), [autosave, refresh]);
  useEffect(() => {
    const timer = setInterval(() => {
      draftsChanged().then((changed) => changed && refresh(), () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  // Ctrl+S (Cmd+S): an explicit save, a revision of its own.
  useShortcuts(
    useCallback(
      (action: ShortcutAction) => {
        if (action === "save") void autosave.saveNow();
      },
      [autosave],
    ),
  );

  const act = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(message(error));
    }
    refresh();
  };

  const open = (id: number) =>
    act(async () => {
      // The edits of the draft being left are saved first; on failure it stays open.
      if (!(await autosave.flush())) return;
      const draft = await getDraft(id);
      autosave.load(draft.document as TemplateDocument, draft.summary.id);
    });
  const startNew = () => autosave.load(emptyDocument(), undefined);
  const remove = (draft: DraftSummary) =>
    act(async () => {
      await deleteDraft(draft.id);
      setUndo(draft);
      if (autosave.draftId === draft.id) startNew();
    });
  const setFilter = (patch: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const families = groupByFamily(drafts);

  // A Meta JSON file dropped on the window: imported and reported like a chosen file, and its
  // first template opened.
  const importDropped = (files: File[]) =>
    act(async () => {
      setTransfer(undefined);
      const read = await Promise.all(files.map(readDropped));
      const texts = read.map((file) => {
        if ("tooLarge" in file) throw new Error(t("drop.tooLarge", { name: file.name }));
        return file;
      });
      const report = reportImport((await Promise.all(texts.map((file) => importDroppedFile(file.name, file.text)))).flat());
      setTransfer({ kind: "imported", report, from: files.map((f) => f.name).join(", ") });
      if (report.first !== undefined) await open(report.first);
    });
  const dragging = useFileDrop((files) => void importDropped(files));

  // Import and export through the native dialogs. A cancelled dialog does nothing at all.
  const importFromFile = async () => {
    const path = await chooseFileToOpen(t("transfer.importTitle"), [JSON_FILES]);
    if (path === null) return;
    await act(async () => {
      setTransfer(undefined);
      const report = reportImport(await importDrafts(path));
      setTransfer({ kind: "imported", report, from: fileNameOf(path) });
      if (report.first !== undefined) await open(report.first);
    });
  };
  // Exports what is stored: the edits not saved yet are saved first (a failed save is shown by
  // the save status line, and nothing is written).
  const exportTo = async (title: string, suggested: string, write: (path: string) => Promise<void>) => {
    const path = await chooseFileToSave(title, suggested, [JSON_FILES]);
    if (path === null) return;
    await act(async () => {
      setTransfer(undefined);
      if (!(await autosave.flush())) return;
      await write(path);
      setTransfer({ kind: "exported", path });
    });
  };
  const current = nameAndLanguage(store.document);
  const exportCurrent = (family: boolean) => {
    const id = autosave.draftId;
    if (id === undefined) return;
    const { name, language } = nameAndLanguage(store.document);
    void (family
      ? exportTo(t("transfer.exportFamilyTitle"), familyFileName(name), (path) => exportDraft(id, true, path))
      : exportTo(t("transfer.exportDraftTitle"), draftFileName(name, language), (path) => exportDraft(id, false, path)));
  };

  return (
    <section className="pane pane-library" aria-label={t("pane.library")}>
      <h2 className="pane-title">{t("pane.library")}</h2>
      {notice && (
        <div className="library-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="small" onClick={() => setNotice(null)}>
            {t("library.dismiss")}
          </button>
        </div>
      )}
      <SaveStatusLine status={status} />
      <CloseGuard autosave={autosave} message={status.state === "failed" ? status.message : ""} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t("drop.hint")}</p>
        </div>
      )}
      {transfer?.kind === "imported" && <TransferResultView result={transfer} />}
      {problem && (
        <p className="library-problem" role="alert">
          {problem}
        </p>
      )}
      {undo && (
        <output className="library-undo">
          <span>{t("library.deleted", { name: undo.name || t("library.unnamed") })}</span>
          <button
            type="button"
            className="small"
            onClick={() =>
              void act(async () => {
                await restoreDraft(undo.id);
                setUndo(undefined);
              })
            }
          >
            {t("library.undo")}
          </button>
        </output>
      )}
      <div className="library-toolbar">
        <button type="button" className="small library-save-button" onClick={() => void autosave.saveNow()}>
          {t("library.save")}
        </button>
        <button
          type="button"
          className="small library-history-button"
          aria-pressed={showHistory}
          disabled={currentId === undefined}
          onClick={() => setShowHistory((v) => !v)}
        >
          {t("library.history")}
        </button>
      </div>
      <input
        type="search"
        id={LIBRARY_SEARCH_ID}
        className="library-search"
        aria-label={t("library.search")}
        placeholder={t("library.search")}
        value={query.search ?? ""}
        onChange={(e) => setFilter({ search: e.target.value || null })}
      />
      <div className="library-filters">
        <select aria-label={t("library.filterCategory")} value={query.category ?? ""} onChange={(e) => setFilter({ category: e.target.value || null })}>
          <option value="">{t("library.anyCategory")}</option>
          <option value="MARKETING">MARKETING</option>
          <option value="UTILITY">UTILITY</option>
          <option value="AUTHENTICATION">AUTHENTICATION</option>
        </select>
        <input
          aria-label={t("library.filterLanguage")}
          placeholder={t("library.filterLanguage")}
          value={query.language ?? ""}
          onChange={(e) => setFilter({ language: e.target.value.trim() || null })}
        />
        <select aria-label={t("library.filterStatus")} value={query.status ?? ""} onChange={(e) => setFilter({ status: e.target.value || null })}>
          <option value="">{t("library.anyStatus")}</option>
          <option value="DRAFT">{t("library.statusDraft")}</option>
          <option value="READY">{t("library.statusReady")}</option>
          <option value="APPROVED">APPROVED</option>
          <option value="REJECTED">REJECTED</option>
        </select>
        <label className="library-check">
          <input
            type="checkbox"
            checked={query.hasErrors === true}
            onChange={(e) => setFilter({ hasErrors: e.target.checked ? true : null })}
          />
          {t("library.hasErrors")}
        </label>
        <select aria-label={t("library.sort")} value={query.sort} onChange={(e) => setFilter({ sort: e.target.value as SortBy })}>
          <option value="updated">{t("library.sortUpdated")}</option>
          <option value="name">{t("library.sortName")}</option>
        </select>
      </div>
      {families.length === 0 && <p className="pane-empty">{t("library.empty")}</p>}
      <ul className="library-list" aria-label={t("library.drafts")}>
        {families.map((family) => (
          <li key={family.key} className="library-family">
            <div className="library-family-name">{family.name || t("library.unnamed")}</div>
            <ul>
              {family.drafts.map((draft) => (
                <li
                  key={draft.id}
                  className={draft.id === currentId ? "library-draft current" : "library-draft"}
                  data-draft-name={draft.name}
                >
                  {renaming !== undefined && renaming.id === draft.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        const newName = renaming.name;
                        void act(async () => {
                          await renameDraft(draft.id, newName);
                          setRenaming(undefined);
                          if (autosave.draftId === draft.id) {
                            const fresh = await getDraft(draft.id);
                            autosave.load(fresh.document as TemplateDocument, draft.id);
                          }
                        });
                      }}
                    >
                      <input
                        aria-label={t("library.newName")}
                        value={renaming.name}
                        onChange={(e) => setRenaming({ id: draft.id, name: e.target.value })}
                      />
                      <button type="submit" className="small">
                        {t("library.rename")}
                      </button>
                      <button type="button" className="small" onClick={() => setRenaming(undefined)}>
                        {t("library.cancel")}
                      </button>
                    </form>
                  ) : (
                    <>
                      <button type="button" className="library-open" onClick={() => void open(draft.id)}>
                        {/* Spaces between the parts: the button's name reads "it promo", not "itpromo". */}
                        <span className="badge badge-language">{draft.language || "?"}</span>{" "}
                        <span className="library-draft-name">{draft.name || t("library.unnamed")}</span>{" "}
                        {draft.errors + draft.warnings > 0 && (
                          <span className={draft.errors > 0 ? "badge badge-errors" : "badge badge-warnings"}>
                            {t("library.problems", { errors: String(draft.errors), warnings: String(draft.warnings) })}
                          </span>
                        )}
                      </button>
                      <span className="library-actions">
                        <button type="button" className="small" onClick={() => void act(() => duplicateDraft(draft.id))}>
                          {t("library.duplicate")}
                        </button>
                        <button type="button" className="small" onClick={() => setRenaming({ id: draft.id, name: draft.name })}>
                          {t("library.rename")}
                        </button>
                        <button type="button" className="small danger" onClick={() => void remove(draft)}>
                          {t("library.delete")}
                        </button>
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <details className="library-transfer">
        <summary>{t("library.importExport")}</summary>
        <div className="library-toolbar">
          <button type="button" className="small library-import" onClick={() => void importFromFile()}>
            {t("transfer.import")}
          </button>
          <button
            type="button"
            className="small library-export-draft"
            disabled={currentId === undefined}
            onClick={() => exportCurrent(false)}
          >
            {t("transfer.exportDraft")}
          </button>
          <button
            type="button"
            className="small library-export-family"
            disabled={currentId === undefined || current.name === ""}
            onClick={() => exportCurrent(true)}
          >
            {t("transfer.exportFamily")}
          </button>
          <button
            type="button"
            className="small library-export-library"
            onClick={() =>
              void exportTo(t("transfer.exportLibraryTitle"), libraryFileName(today()), (path) => exportLibrary(path))
            }
          >
            {t("transfer.exportLibrary")}
          </button>
        </div>
        {transfer?.kind === "exported" && <TransferResultView result={transfer} />}
      </details>
      <details
        className="library-trash"
        onToggle={(e) => {
          if ((e.target as HTMLDetailsElement).open) listTrash().then(setTrash, (error: unknown) => setProblem(message(error)));
          else setTrash(undefined);
        }}
      >
        <summary>{t("library.trash")}</summary>
        {trash?.length === 0 && <p className="pane-empty">{t("library.trashEmpty")}</p>}
        <ul aria-label={t("library.trash")}>
          {trash?.map((draft) => (
            <li key={draft.id} className="library-draft" data-draft-name={draft.name}>
              <span className="badge badge-language">{draft.language || "?"}</span>
              <span className="library-draft-name">{draft.name || t("library.unnamed")}</span>
              <button
                type="button"
                className="small"
                onClick={() =>
                  void act(async () => {
                    await restoreDraft(draft.id);
                    if (undo?.id === draft.id) setUndo(undefined);
                  })
                }
              >
                {t("library.restore")}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {showHistory && currentId !== undefined && (
        <HistoryPanel
          draftId={currentId}
          savedAt={status}
          onRestored={(draft) => {
            autosave.load(draft.document as TemplateDocument, draft.summary.id);
            refresh();
          }}
        />
      )}
    </section>
  );
}

// The drafts library (left pane): search, filters and sort; drafts grouped by family (same name,
// one draft per language) with language and problems badges; create, duplicate, rename, delete
// with undo, the trash with restore, import and export; the save status of the draft being
// edited; and its history. It loads drafts into the composer through the autosave controller
// (which uses the document store's `switchDocument`, keeping each draft's undo history) and
// autosaves by the same controller.

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { emptyDocument, type TemplateDocument } from "../composer/doc";
import { useComposer } from "../composer/context";
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
import { createAutosave, type Autosave, type SaveStatus } from "./autosave";
import { CloseGuard } from "./CloseGuard";
import { readDropped, useFileDrop } from "./fileDrop";
import { groupByFamily } from "./families";
import "./library.css";

/** How often the list asks whether `wabi` (or another window) changed the library. */
export const POLL_MS = 2000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function useAutosave(): Autosave {
  const { store } = useComposer();
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

export function LibraryPane() {
  const t = useT();
  const autosave = useAutosave();
  const status = useSyncExternalStore(autosave.subscribe, autosave.status, autosave.status);
  const currentId = useSyncExternalStore(autosave.subscribe, () => autosave.draftId, () => autosave.draftId);
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
  const [transferPath, setTransferPath] = useState("");
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
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void autosave.saveNow();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [autosave]);

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

  // A Meta JSON file dropped on the window: imported, and its first template opened.
  const [dropped, setDropped] = useState<string | null>(null);
  const importDropped = (files: File[]) =>
    act(async () => {
      setDropped(null);
      const read = await Promise.all(files.map(readDropped));
      const texts = read.map((file) => {
        if ("tooLarge" in file) throw new Error(t("drop.tooLarge", { name: file.name }));
        return file;
      });
      const imported = (await Promise.all(texts.map((file) => importDroppedFile(file.name, file.text)))).flat();
      const first = imported[0]?.id;
      const count = imported.length;
      setDropped(t("drop.imported", { count: String(count), name: files.map((f) => f.name).join(", ") }));
      if (first !== undefined) await open(first);
    });
  const dragging = useFileDrop((files) => void importDropped(files));

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
      {dropped && (
        <output className="library-imported" data-testid="drop-imported">
          {dropped}
        </output>
      )}
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
                        <span className="badge badge-language">{draft.language || "?"}</span>
                        <span className="library-draft-name">{draft.name || t("library.unnamed")}</span>
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
        <input
          aria-label={t("library.filePath")}
          placeholder={t("library.filePath")}
          value={transferPath}
          onChange={(e) => setTransferPath(e.target.value)}
        />
        <div className="library-toolbar">
          <button type="button" className="small" disabled={!transferPath} onClick={() => void act(() => importDrafts(transferPath))}>
            {t("library.import")}
          </button>
          <button
            type="button"
            className="small"
            disabled={!transferPath || currentId === undefined}
            onClick={() => currentId !== undefined && void act(() => exportDraft(currentId, false, transferPath))}
          >
            {t("library.exportDraft")}
          </button>
          <button type="button" className="small" disabled={!transferPath} onClick={() => void act(() => exportLibrary(transferPath))}>
            {t("library.exportLibrary")}
          </button>
        </div>
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

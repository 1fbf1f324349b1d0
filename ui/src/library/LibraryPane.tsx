// The drafts library (left pane), put together from its parts: the startup notice, the save
// status of the draft being edited (./SaveStatusLine), the last import's report
// (./TransferReport), the deleted-draft Undo, Save and History, the search and filters
// (./LibraryFilters), the list of drafts by family (./DraftList), import and export
// (./TransferActions, ./useTransfer), the trash (./TrashList) and the draft's history.
//
// It loads drafts into the composer through the autosave controller (./useDraftAutosave, which
// uses the document store's `switchDocument`, keeping each draft's undo history) and autosaves
// by the same controller; the list and its reloads are ./useDraftList.

import { useCallback, useEffect, useState } from "react";
import { useAttention } from "../composer/attention";
import { useComposer } from "../composer/context";
import { emptyDocument, type TemplateDocument } from "../composer/doc";
import { HistoryPanel } from "../history/HistoryPanel";
import { useShortcuts, type ShortcutAction } from "../app/shortcuts";
import { useT } from "../i18n/context";
import { deleteDraft, duplicateDraft, getDraft, renameDraft, restoreDraft, type DraftSummary } from "../ipc/drafts";
import { errorMessage } from "../ipc/errorMessage";
import { CloseGuard } from "./CloseGuard";
import { DraftList, type DraftActions } from "./DraftList";
import { groupByFamily } from "./families";
import { useFileDrop } from "./fileDrop";
import { LibraryFilters } from "./LibraryFilters";
import { LibraryNotice } from "./LibraryNotice";
import { SaveStatusLine } from "./SaveStatusLine";
import { TransferActions } from "./TransferActions";
import { TransferReport } from "./TransferReport";
import { TrashList } from "./TrashList";
import { useDraftAutosave } from "./useDraftAutosave";
import { isFiltered, useDraftList } from "./useDraftList";
import { nameAndLanguage, useTransfer } from "./useTransfer";
import "./library.css";

export { POLL_MS } from "./useDraftList";

/** Today's date, for the name suggested for a library export. */
const now = () => new Date();

/** The library pane; `today` gives the date the library export's file name carries. */
export function LibraryPane({
  today = now,
  onDraftChange,
}: { today?: () => Date; /** Told the id of the draft being edited (for "Send test"). */ onDraftChange?: (id: number | undefined) => void } = {}) {
  const t = useT();
  const { store } = useComposer();
  const [attention] = useAttention();
  const { autosave, status, currentId } = useDraftAutosave(store);
  useEffect(() => onDraftChange?.(currentId), [currentId, onDraftChange]);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useDraftList(autosave, currentId, setProblem);
  const [undo, setUndo] = useState<DraftSummary | undefined>(undefined);
  const [showHistory, setShowHistory] = useState(false);

  // Ctrl+S (Cmd+S) and the Save button: an explicit save, a revision of its own; every problem
  // of the draft shows as what it is from then on.
  const saveNow = useCallback(() => {
    attention.revealAll();
    void autosave.saveNow();
  }, [attention, autosave]);
  useShortcuts(
    useCallback(
      (action: ShortcutAction) => {
        if (action === "save") saveNow();
      },
      [saveNow],
    ),
  );

  /** Runs a library action: its failure is shown, and the list reloads either way. */
  const act = async (work: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    let done = true;
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
      done = false;
    }
    list.refresh();
    return done;
  };

  /** Loads a stored draft into the composer (not new: its problems show as they are). */
  const load = (document: TemplateDocument, id: number) => {
    autosave.load(document, id);
    attention.reset(true);
  };
  const open = (id: number) =>
    act(async () => {
      // The edits of the draft being left are saved first; on failure it stays open.
      if (!(await autosave.flush())) return;
      const draft = await getDraft(id);
      load(draft.document as TemplateDocument, draft.summary.id);
    }).then(() => undefined);
  const startNew = () => {
    autosave.load(emptyDocument(), undefined);
    attention.reset(false);
  };
  const actions: DraftActions = {
    open: (id) => void open(id),
    duplicate: (draft) => void act(() => duplicateDraft(draft.id)),
    rename: (draft, name) =>
      act(async () => {
        await renameDraft(draft.id, name);
        if (autosave.draftId === draft.id) {
          const fresh = await getDraft(draft.id);
          load(fresh.document as TemplateDocument, draft.id);
        }
      }),
    remove: (draft) =>
      void act(async () => {
        await deleteDraft(draft.id);
        setUndo(draft);
        if (autosave.draftId === draft.id) startNew();
      }),
  };
  const restore = (draft: DraftSummary) =>
    void act(async () => {
      await restoreDraft(draft.id);
      if (undo?.id === draft.id) setUndo(undefined);
    });

  const transfer = useTransfer({
    autosave,
    document: () => store.document,
    act,
    open,
    today,
    onExport: () => attention.revealAll(),
  });
  const dragging = useFileDrop((files) => void transfer.importDropped(files));

  const families = groupByFamily(list.drafts);
  // Where drafts will appear, only when nothing is filtered out and no stored draft is open (a
  // draft just created is being listed).
  const empty = isFiltered(list.query) ? t("library.noMatch") : currentId === undefined ? t("library.empty") : null;

  return (
    <section className="pane pane-library" aria-label={t("pane.library")}>
      <h2 className="pane-title">{t("pane.library")}</h2>
      <LibraryNotice />
      <SaveStatusLine status={status} />
      <CloseGuard autosave={autosave} message={status.state === "failed" ? status.message : ""} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t("drop.hint")}</p>
        </div>
      )}
      {transfer.result?.kind === "imported" && <TransferReport result={transfer.result} />}
      {problem && (
        <p className="library-problem" role="alert">
          {problem}
        </p>
      )}
      {undo && (
        <output className="library-undo">
          <span>{t("library.deleted", { name: undo.name || t("library.unnamed") })}</span>
          <button type="button" className="small" onClick={() => restore(undo)}>
            {t("library.undo")}
          </button>
        </output>
      )}
      <div className="library-toolbar">
        <button type="button" className="small library-save-button" onClick={saveNow}>
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
      <LibraryFilters query={list.query} onChange={list.setFilter} />
      <DraftList families={families} currentId={currentId} empty={empty} actions={actions} />
      <TransferActions transfer={transfer} hasDraft={currentId !== undefined} hasName={nameAndLanguage(store.document).name !== ""} />
      <TrashList trash={list.trash} onToggle={list.showTrash} onRestore={restore} />
      {showHistory && currentId !== undefined && (
        <HistoryPanel
          draftId={currentId}
          savedAt={status}
          onRestored={(draft) => {
            load(draft.document as TemplateDocument, draft.summary.id);
            list.refresh();
          }}
        />
      )}
    </section>
  );
}

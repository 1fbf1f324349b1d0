// The history of the draft being edited: its revisions (time and a short summary), the field
// differences between a chosen revision and the current one, and restoring a revision (which
// becomes a new revision: history is never rewritten).

import { useEffect, useState } from "react";
import { useCount, useT } from "../i18n/context";
import { diffRevisions, listRevisions, restoreRevision, type Draft, type FieldChange, type RevisionSummary } from "../ipc/drafts";
import type { SaveStatus } from "../library/autosave";
import { revisionSummary, showValue } from "./summary";
import { errorMessage } from "../ipc/errorMessage";

export function HistoryPanel({
  draftId,
  savedAt,
  onRestored,
}: {
  draftId: number;
  /** The save status: the list refreshes after each save. */
  savedAt: SaveStatus;
  onRestored: (draft: Draft) => void;
}) {
  const t = useT();
  const count = useCount();
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [changes, setChanges] = useState<FieldChange[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (savedAt.state === "saving") return;
    listRevisions(draftId).then(setRevisions, (e: unknown) => setProblem(errorMessage(e)));
  }, [draftId, savedAt]);

  const latest = revisions[0]?.id;
  const choose = (id: number) => {
    setChosen(id);
    setChanges(undefined);
    if (latest !== undefined && latest !== id) {
      diffRevisions(draftId, id, latest).then(setChanges, (e: unknown) => setProblem(errorMessage(e)));
    } else {
      setChanges([]);
    }
  };

  return (
    <section className="history" aria-label={t("history.title")}>
      <h3 className="pane-title">{t("history.title")}</h3>
      {problem && <p className="library-problem" role="alert">{problem}</p>}
      <ol className="history-list">
        {revisions.map((revision) => {
          const when = new Date(revision.savedMs).toLocaleString();
          return (
            <li key={revision.id} className={revision.id === chosen ? "history-item chosen" : "history-item"}>
              <button type="button" className="history-open" onClick={() => choose(revision.id)}>
                <time dateTime={new Date(revision.savedMs).toISOString()}>{when}</time>{" "}
                <span>{revisionSummary(t, count, revision)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {chosen !== undefined && changes !== undefined && (
        <div className="history-diff">
          {changes.length === 0 ? (
            <p className="pane-empty">{t("history.noChanges")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t("history.field")}</th>
                  <th>{t("history.then")}</th>
                  <th>{t("history.now")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.pointer}>
                    <td>
                      <code>{change.pointer || "/"}</code>
                    </td>
                    <td>{showValue(change.before)}</td>
                    <td>{showValue(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {chosen !== latest && (
            <button
              type="button"
              className="small primary"
              onClick={() =>
                restoreRevision(draftId, chosen).then(
                  (draft) => {
                    setChosen(undefined);
                    onRestored(draft);
                  },
                  (e: unknown) => setProblem(errorMessage(e)),
                )
              }
            >
              {t("history.restore")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

// The trash: drafts deleted in the last 30 days, loaded when opened, each with "Restore".

import { useT } from "../i18n/context";
import type { DraftSummary } from "../ipc/drafts";

export function TrashList({
  trash,
  onToggle,
  onRestore,
}: {
  /** The drafts in the trash while it is open; `undefined` while closed. */
  trash: DraftSummary[] | undefined;
  onToggle: (open: boolean) => void;
  onRestore: (draft: DraftSummary) => void;
}) {
  const t = useT();
  return (
    <details className="library-trash" onToggle={(e) => onToggle((e.target as HTMLDetailsElement).open)}>
      <summary>{t("library.trash")}</summary>
      {trash?.length === 0 && <p className="pane-empty">{t("library.trashEmpty")}</p>}
      <ul aria-label={t("library.trash")}>
        {trash?.map((draft) => (
          <li key={draft.id} className="library-draft" data-draft-name={draft.name}>
            <span className="badge badge-language">{draft.language || "?"}</span>
            <span className="library-draft-name">{draft.name || t("library.unnamed")}</span>
            <button type="button" className="small" onClick={() => onRestore(draft)}>
              {t("library.restore")}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

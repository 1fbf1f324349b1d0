// "Import and export": import a file, export the draft being edited, its family (every
// language of its template) or the whole library; then where the export was written.

import { useT } from "../i18n/context";
import { TransferReport } from "./TransferReport";
import type { Transfer } from "./useTransfer";

export function TransferActions({
  transfer,
  hasDraft,
  hasName,
}: {
  transfer: Transfer;
  /** A stored draft is being edited (it can be exported). */
  hasDraft: boolean;
  /** It has a template name (its family can be exported). */
  hasName: boolean;
}) {
  const t = useT();
  return (
    <details className="library-transfer">
      <summary>{t("library.importExport")}</summary>
      <div className="library-toolbar">
        <button type="button" className="small library-import" onClick={() => void transfer.importFromFile()}>
          {t("transfer.import")}
        </button>
        <button type="button" className="small library-export-draft" disabled={!hasDraft} onClick={() => transfer.exportCurrent(false)}>
          {t("transfer.exportDraft")}
        </button>
        <button
          type="button"
          className="small library-export-family"
          disabled={!hasDraft || !hasName}
          onClick={() => transfer.exportCurrent(true)}
        >
          {t("transfer.exportFamily")}
        </button>
        <button type="button" className="small library-export-library" onClick={() => transfer.exportWholeLibrary()}>
          {t("transfer.exportLibrary")}
        </button>
      </div>
      {transfer.result?.kind === "exported" && <TransferReport result={transfer.result} />}
    </details>
  );
}

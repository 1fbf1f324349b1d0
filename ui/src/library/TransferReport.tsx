// What the last import (through the dialog or a dropped file) or export did: how many templates
// came in and from where, the clashes kept beside existing drafts, the fields removed; or the
// file written.

import { useCount, useT } from "../i18n/context";
import type { ImportReport } from "./transfer";

/** What the last import or export did. */
export type TransferResult = { kind: "imported"; report: ImportReport; from: string } | { kind: "exported"; path: string };

export function TransferReport({ result }: { result: TransferResult }) {
  const t = useT();
  const count = useCount();
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
      <span>{t("transfer.imported", { templates: count("templates", report.count), name: result.from })}</span>
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

// The send log: every attempt (time, recipient, mode, draft and revision, the request body
// without token, the response or decoded error, the message id), filtered by outcome, each with
// "Copy as cURL" (a `$WABI_ACCESS_TOKEN` placeholder in place of the token).

import { useCallback, useEffect, useState } from "react";
import { useLocale, useT } from "../i18n/context";
import { copyText, listSendLog, type SendLogRow } from "../ipc/sending";
import { formatTime, OUTCOME_FILTERS, outcomeOf, prettyJson } from "./logic";
import { errorMessage } from "../ipc/errorMessage";


export function SendLog() {
  const t = useT();
  const [locale] = useLocale();
  const [filter, setFilter] = useState("all");
  const [rows, setRows] = useState<SendLogRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<number | null>(null);

  const refresh = useCallback(() => {
    listSendLog(outcomeOf(filter)).then(
      (next) => {
        setRows(next);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [filter]);

  useEffect(refresh, [refresh]);

  const copy = async (row: SendLogRow) => {
    setCopied((await copyText(row.curl)) ? row.entry.id : null);
  };

  return (
    <section className="sending-section" aria-labelledby="log-title">
      <h3 id="log-title">{t("log.title")}</h3>
      <div className="sending-actions">
        <label>
          {t("log.filter")}
          <select id="send-log-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
            {OUTCOME_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`log.outcome.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={refresh}>
          {t("log.refresh")}
        </button>
      </div>
      {error !== null && (
        <p className="sending-error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="field-hint">{t("log.empty")}</p>
      ) : (
        <ol className="sending-log">
          {rows.map((row) => (
            <li key={row.entry.id} data-outcome={row.entry.outcome} data-log-id={row.entry.id}>
              <div className="sending-log-head">
                <span className={`sending-outcome sending-outcome-${row.entry.outcome}`}>{t(`log.outcome.${row.entry.outcome}`)}</span>
                <span>{formatTime(row.entry.atMs, locale)}</span>
                <span>{row.entry.recipient}</span>
                <span>{row.entry.mode === "proof" ? t("send.modeProof") : t("send.modeTemplate")}</span>
                {row.entry.draftId !== null && (
                  <span>
                    {t("log.draft", { id: String(row.entry.draftId) })}
                    {row.entry.revisionId !== null && ` · ${t("log.revision", { id: String(row.entry.revisionId) })}`}
                  </span>
                )}
                {row.entry.messageId !== null && <code className="sending-message-id">{row.entry.messageId}</code>}
              </div>
              <details>
                <summary>{t("log.details")}</summary>
                <h4>{t("log.requestBody")}</h4>
                <pre>{prettyJson(row.entry.requestBody)}</pre>
                <h4>{t("log.response")}</h4>
                <pre>{prettyJson(row.entry.response)}</pre>
              </details>
              <button type="button" className="small" onClick={() => void copy(row)}>
                {t("log.copyCurl")}
              </button>
              {copied === row.entry.id && <span aria-live="polite">{t("log.copied")}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// "Send test" from the composer: as an approved template (picked by name and language from the
// account's templates, status shown; parameters from the draft's samples, editable) or as a
// draft proof (the closest session message; the 24-hour window in plain words, a wa.me link and
// its QR code to open the chat from the phone, and what the proof shows differently). The
// request is always shown as it would go (token masked): with no account that is the dry run.
// Only recipients with a recorded opt-in can be chosen; Rust refuses the others anyway.

import { useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/context";
import {
  getAccount,
  listAccountTemplates,
  listRecipients,
  prepareTestSend,
  sendTest,
  type AccountView,
  type PreparedSend,
  type QrMatrix,
  type Recipient,
  type RemoteTemplate,
  type SendLogEntry,
  type SendMode,
} from "../ipc/sending";
import { darkCells, hasConsent, parametersOf, requestText, templateChoices, templateKey, valuesOf, withParameter, type Parameter } from "./logic";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Props {
  document: unknown;
  draftId: number | undefined;
}

function textField(document: unknown, key: string): string {
  if (typeof document !== "object" || document === null) return "";
  const value = (document as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}

/** The QR code of the wa.me link, drawn from its module matrix (a 4-module quiet zone). */
export function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const side = matrix.size + 8;
  return (
    <svg className="sending-qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={0} y={0} width={side} height={side} fill="#ffffff" />
      {darkCells(matrix).map(({ x, y }) => (
        <rect key={`${x}-${y}`} x={x + 4} y={y + 4} width={1} height={1} fill="#000000" />
      ))}
    </svg>
  );
}

export function SendDialog({ document, draftId }: Props) {
  const t = useT();
  const [mode, setMode] = useState<SendMode>("template");
  const [account, setAccount] = useState<AccountView | null>(null);
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [to, setTo] = useState("");
  const [templates, setTemplates] = useState<RemoteTemplate[] | null>(null);
  const [templatesError, setTemplatesError] = useState<string | null>(null);
  const [picked, setPicked] = useState("");
  const [parameters, setParameters] = useState<Parameter[] | null>(null);
  const [prepared, setPrepared] = useState<PreparedSend | null>(null);
  const [prepareError, setPrepareError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // A result is shown only while the dialog still asks for the request that made it.
  const [sent, setSent] = useState<{ for: unknown; outcome: { ok: true; entry: SendLogEntry } | { ok: false; message: string } } | null>(null);

  const draftName = textField(document, "name");
  useEffect(() => {
    getAccount().then(setAccount, () => setAccount(null));
    listRecipients().then(
      (list) => {
        setRecipients(list);
        const first = list.find(hasConsent);
        if (first) setTo((current) => current || first.phone);
      },
      () => setRecipients([]),
    );
  }, []);

  const choices = useMemo(() => templateChoices(templates ?? [], draftName), [templates, draftName]);
  const pickedTemplate = choices.find((c) => templateKey(c) === picked);

  const request = useMemo(
    () => ({
      mode,
      to,
      document,
      values: mode === "template" && parameters ? valuesOf(parameters) : null,
      templateName: mode === "template" && pickedTemplate ? pickedTemplate.name : null,
      language: mode === "template" && pickedTemplate ? pickedTemplate.language : null,
      draftId: draftId ?? null,
    }),
    [mode, to, document, parameters, pickedTemplate, draftId],
  );

  useEffect(() => {
    let live = true;
    prepareTestSend(request).then(
      (next) => {
        if (!live) return;
        setPrepared(next);
        setPrepareError(null);
        if (mode === "template") setParameters((current) => current ?? parametersOf(next.request.body));
      },
      (e: unknown) => live && setPrepareError(message(e)),
    );
    return () => {
      live = false;
    };
  }, [request, mode]);

  const loadTemplates = async () => {
    setTemplatesError(null);
    try {
      const list = await listAccountTemplates();
      setTemplates(list);
      const own = templateChoices(list, draftName)[0];
      if (own && own.name === draftName) setPicked(templateKey(own));
    } catch (e) {
      setTemplatesError(message(e));
    }
  };

  const selected = recipients.find((r) => r.phone === to);
  const accountReady = account?.settings != null && account.tokenHint != null;
  const canSend = accountReady && selected !== undefined && hasConsent(selected) && prepared !== null && prepared.problems.length === 0 && !sending;

  const result = sent !== null && sent.for === request ? sent.outcome : null;

  const send = async () => {
    setSending(true);
    setSent(null);
    try {
      setSent({ for: request, outcome: { ok: true, entry: await sendTest(request) } });
    } catch (e) {
      setSent({ for: request, outcome: { ok: false, message: message(e) } });
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="sending-section" aria-labelledby="send-title">
      <h3 id="send-title">{t("send.title")}</h3>
      <fieldset className="sending-modes">
        <legend>{t("send.mode")}</legend>
        <label>
          <input type="radio" name="send-mode" value="template" checked={mode === "template"} onChange={() => setMode("template")} />
          {t("send.modeTemplate")}
        </label>
        <label>
          <input type="radio" name="send-mode" value="proof" checked={mode === "proof"} onChange={() => setMode("proof")} />
          {t("send.modeProof")}
        </label>
      </fieldset>

      <label className="sending-field">
        {t("send.recipient")}
        <select id="send-recipient" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t("send.chooseRecipient")}</option>
          {recipients.map((r) => (
            <option key={r.phone} value={r.phone} disabled={!hasConsent(r)}>
              {hasConsent(r) ? `${r.phone}${r.label ? ` (${r.label})` : ""}` : t("send.noOptInOption", { phone: r.phone })}
            </option>
          ))}
        </select>
      </label>
      {recipients.length === 0 && <p className="field-hint">{t("send.noRecipients")}</p>}

      {mode === "template" && (
        <div className="sending-template">
          <div className="sending-actions">
            <button type="button" disabled={!accountReady} onClick={() => void loadTemplates()}>
              {t("send.loadTemplates")}
            </button>
          </div>
          {templatesError !== null && (
            <p className="sending-error" role="alert">
              {templatesError}
            </p>
          )}
          {templates !== null && (
            <label className="sending-field">
              {t("send.template")}
              <select id="send-template" value={picked} onChange={(e) => setPicked(e.target.value)}>
                <option value="">{t("send.draftTemplate", { name: draftName })}</option>
                {choices.map((c) => (
                  <option key={templateKey(c)} value={templateKey(c)}>
                    {`${c.name} · ${c.language} · ${c.status}`}
                  </option>
                ))}
              </select>
            </label>
          )}
          {pickedTemplate && pickedTemplate.status !== "APPROVED" && (
            <p className="sending-warning">{t("send.notApproved", { status: pickedTemplate.status })}</p>
          )}
          {parameters !== null && parameters.length > 0 && (
            <fieldset className="sending-parameters">
              <legend>{t("send.parameters")}</legend>
              {parameters.map((p, i) => (
                <label key={`${p.section}-${p.key}`}>
                  {t(p.section === "header" ? "send.headerParameter" : "send.bodyParameter", { key: p.key })}
                  <input value={p.value} onChange={(e) => setParameters(withParameter(parameters, i, e.target.value))} />
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}

      {mode === "proof" && prepared && (
        <div className="sending-proof">
          {/* The 24-hour window in the interface's language (Rust gives the English text). */}
          {prepared.windowExplanation !== null && <p>{t("send.window")}</p>}
          {prepared.waMeLink !== null ? (
            <div className="sending-wa-me">
              {prepared.qr !== null && <QrCode matrix={prepared.qr} label={t("send.qrLabel", { link: prepared.waMeLink })} />}
              <p>
                {t("send.waMe")} <code data-testid="wa-me-link">{prepared.waMeLink}</code>
              </p>
            </div>
          ) : (
            <p className="field-hint">{t("send.waMeNeedsConnection")}</p>
          )}
          {prepared.differences.length > 0 && (
            <>
              <h4>{t("send.differences")}</h4>
              <ul className="sending-differences">
                {prepared.differences.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {prepareError !== null && (
        <p className="sending-error" role="alert">
          {prepareError}
        </p>
      )}
      {prepared && prepared.problems.length > 0 && (
        <ul className="sending-problems" aria-label={t("send.problems")}>
          {prepared.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {prepared && prepared.warnings.length > 0 && (
        <ul className="sending-warnings" aria-label={t("send.warnings")}>
          {prepared.warnings.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}

      {prepared && (
        <details className="sending-request" open={!accountReady}>
          <summary>{prepared.withoutAccount ? t("send.dryRunNoAccount") : t("send.request")}</summary>
          <pre data-testid="send-request">{prepared.uploads.map((upload) => `${requestText(upload)}\n\n`).join("")}{requestText(prepared.request)}</pre>
        </details>
      )}

      <div className="sending-actions">
        {!accountReady && <p className="field-hint">{t("send.needsAccount")}</p>}
        {selected !== undefined && !hasConsent(selected) && <p className="field-hint">{t("send.needsConsent")}</p>}
        <button type="button" className="primary" disabled={!canSend} onClick={() => void send()}>
          {sending ? t("send.sending") : t("send.send")}
        </button>
      </div>
      {result?.ok === true && (
        <output className="sending-notice" data-testid="send-result">
          {t("send.sent", { id: result.entry.messageId ?? "" })}
        </output>
      )}
      {result?.ok === false && (
        <p className="sending-error" role="alert" data-testid="send-result">
          {result.message}
        </p>
      )}
    </section>
  );
}

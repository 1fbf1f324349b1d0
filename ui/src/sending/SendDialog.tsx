// "Send test" from the composer, put together from its parts: how to send (./SendModeChoice), to
// whom (./RecipientChoice), as an approved template (./TemplateChoice: picked by name and
// language from the account's templates, status shown; parameters from the draft's samples,
// editable) or as a draft proof (./ProofDetails: the 24-hour window, a wa.me link and its QR
// code, what the proof shows differently), what Rust prepared (./PreparedRequestView: the request
// always shown as it would go, token masked; with no account that is the dry run) and the Send
// button with its result (./SendActions). The state lives in ./useSendDialog.ts.

import { useMemo, useState } from "react";
import { useLocale, useT } from "../i18n/context";
import type { SendMode } from "../ipc/sending";
import { hasConsent, valuesOf, type Parameter } from "./logic";
import { PreparedRequestView } from "./PreparedRequestView";
import { ProofDetails } from "./ProofDetails";
import { RecipientChoice } from "./RecipientChoice";
import { SendActions } from "./SendActions";
import { SendModeChoice } from "./SendModeChoice";
import { TemplateChoice } from "./TemplateChoice";
import { useAccountTemplates, usePreparedSend, useSend, useSendTargets } from "./useSendDialog";

interface Props {
  document: unknown;
  draftId: number | undefined;
}

function textField(document: unknown, key: string): string {
  if (typeof document !== "object" || document === null) return "";
  const value = (document as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}

export function SendDialog({ document, draftId }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const [mode, setMode] = useState<SendMode>("template");
  const [parameters, setParameters] = useState<Parameter[] | null>(null);
  const draftName = textField(document, "name");
  const targets = useSendTargets();
  const templates = useAccountTemplates(draftName);
  const { pickedTemplate } = templates;

  // The request as the dialog asks for it. `locale` words Rust's messages in the interface's
  // language.
  const request = useMemo(
    () => ({
      mode,
      to: targets.to,
      document,
      values: mode === "template" && parameters ? valuesOf(parameters) : null,
      templateName: mode === "template" && pickedTemplate ? pickedTemplate.name : null,
      language: mode === "template" && pickedTemplate ? pickedTemplate.language : null,
      draftId: draftId ?? null,
      locale,
    }),
    [mode, targets.to, document, parameters, pickedTemplate, draftId, locale],
  );
  const { prepared, error } = usePreparedSend(request, setParameters);
  const { sending, result, send } = useSend(request);

  const { selected, accountReady } = targets;
  const canSend = accountReady && selected !== undefined && hasConsent(selected) && prepared !== null && prepared.problems.length === 0 && !sending;

  return (
    <section className="sending-section" aria-labelledby="send-title">
      <h3 id="send-title">{t("send.title")}</h3>
      <SendModeChoice mode={mode} onChange={setMode} />
      <RecipientChoice recipients={targets.recipients} to={targets.to} onChange={targets.setTo} />
      {mode === "template" && (
        <TemplateChoice templates={templates} draftName={draftName} canLoad={accountReady} parameters={parameters} onParameters={setParameters} />
      )}
      {mode === "proof" && prepared && <ProofDetails prepared={prepared} />}
      <PreparedRequestView prepared={prepared} error={error} open={!accountReady} />
      <SendActions
        canSend={canSend}
        sending={sending}
        needsAccount={!accountReady}
        needsConsent={selected !== undefined && !hasConsent(selected)}
        result={result}
        onSend={() => void send()}
      />
    </section>
  );
}

// The Send button, what stops it (no account, no opt-in), and what the send did: the message id,
// or why it failed.

import { useT } from "../i18n/context";
import type { SendResult } from "./useSendDialog";

export function SendActions({
  canSend,
  sending,
  needsAccount,
  needsConsent,
  result,
  onSend,
}: {
  canSend: boolean;
  sending: boolean;
  needsAccount: boolean;
  needsConsent: boolean;
  result: SendResult | null;
  onSend: () => void;
}) {
  const t = useT();
  return (
    <>
      <div className="sending-actions">
        {needsAccount && <p className="field-hint">{t("send.needsAccount")}</p>}
        {needsConsent && <p className="field-hint">{t("send.needsConsent")}</p>}
        <button type="button" className="primary" disabled={!canSend} onClick={onSend}>
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
    </>
  );
}

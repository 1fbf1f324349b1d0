// Who receives the test: one of the test recipients. Only those with a recorded opt-in can be
// chosen (Rust refuses the others anyway); the others are listed, disabled, to say why.

import { useT } from "../i18n/context";
import type { Recipient } from "../ipc/sending";
import { hasConsent } from "./logic";

export function RecipientChoice({ recipients, to, onChange }: { recipients: Recipient[]; to: string; onChange: (phone: string) => void }) {
  const t = useT();
  return (
    <>
      <label className="sending-field">
        {t("send.recipient")}
        <select id="send-recipient" value={to} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("send.chooseRecipient")}</option>
          {recipients.map((r) => (
            <option key={r.phone} value={r.phone} disabled={!hasConsent(r)}>
              {hasConsent(r) ? `${r.phone}${r.label ? ` (${r.label})` : ""}` : t("send.noOptInOption", { phone: r.phone })}
            </option>
          ))}
        </select>
      </label>
      {recipients.length === 0 && <p className="field-hint">{t("send.noRecipients")}</p>}
    </>
  );
}

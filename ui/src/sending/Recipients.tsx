// Test recipients: the user's own numbers (validated as E.164 by Rust), each with an explicit
// opt-in the user confirms with the consent checkbox; the time it was recorded is shown, and it
// can be withdrawn. Rust refuses a send to a number without opt-in; the send dialog disables it.

import { useEffect, useState } from "react";
import { useLocale, useT } from "../i18n/context";
import { addRecipient, listRecipients, withdrawOptIn, type Recipient } from "../ipc/sending";
import { formatTime, hasConsent } from "./logic";
import { errorMessage } from "../ipc/errorMessage";


export function Recipients() {
  const t = useT();
  const [locale] = useLocale();
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [phone, setPhone] = useState("");
  const [label, setLabel] = useState("");
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => setRecipients(await listRecipients());

  useEffect(() => {
    listRecipients().then(setRecipients, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const add = async () => {
    setError(null);
    try {
      await addRecipient(phone, label, consent);
      setPhone("");
      setLabel("");
      setConsent(false);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const withdraw = async (number: string) => {
    setError(null);
    try {
      await withdrawOptIn(number);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="sending-section" aria-labelledby="recipients-title">
      <h3 id="recipients-title">{t("recipients.title")}</h3>
      {recipients.length === 0 ? (
        <p className="field-hint">{t("recipients.empty")}</p>
      ) : (
        <ul className="sending-recipients">
          {recipients.map((r) => (
            <li key={r.phone} data-recipient={r.phone}>
              <span className="sending-recipient-phone">{r.phone}</span>
              {r.label !== "" && <span className="sending-recipient-label">{r.label}</span>}
              <span className="sending-recipient-consent">
                {hasConsent(r) && r.optedInMs !== null
                  ? t("recipients.optedIn", { time: formatTime(r.optedInMs, locale) })
                  : r.withdrawnMs !== null
                    ? t("recipients.withdrawn", { time: formatTime(r.withdrawnMs, locale) })
                    : t("recipients.noOptIn")}
              </span>
              {hasConsent(r) ? (
                <button type="button" className="small" onClick={() => void withdraw(r.phone)}>
                  {t("recipients.withdraw")}
                </button>
              ) : (
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    // The form below records it once the consent box is ticked.
                    setPhone(r.phone);
                    setConsent(false);
                    document.getElementById("recipient-consent")?.focus();
                  }}
                >
                  {t("recipients.recordOptIn")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="sending-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t("recipients.phone")}
          <input id="recipient-phone" inputMode="tel" placeholder="+16505551234" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <label>
          {t("recipients.label")}
          <input id="recipient-label" value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label className="sending-consent">
          <input id="recipient-consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t("recipients.consent")}
        </label>
        <p className="field-hint">{t("recipients.consentHint")}</p>
        <div className="sending-actions">
          <button type="submit" className="primary" disabled={phone.trim() === ""}>
            {t("recipients.add")}
          </button>
        </div>
      </form>
      {error !== null && (
        <p className="sending-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

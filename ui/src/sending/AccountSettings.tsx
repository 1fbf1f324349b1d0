// Account settings: phone number ID, WABA ID, Graph API version and base URL (stored in the
// database), the access token (sent once to Rust, which keeps it in the OS keyring or, when
// there is none, in memory for this session; afterwards only "set, ending in …4f2a" is shown),
// and "Test connection".

import { useCallback, useEffect, useState } from "react";
import { useT } from "../i18n/context";
import {
  forgetToken,
  getAccount,
  saveAccount,
  saveToken,
  SendingError,
  testConnection,
  type AccountView,
  type PhoneNumberInfo,
} from "../ipc/sending";
import { errorMessage } from "../ipc/errorMessage";

type Connection = { state: "idle" } | { state: "testing" } | { state: "ok"; info: PhoneNumberInfo } | { state: "failed"; message: string };


export function AccountSettings() {
  const t = useT();
  const [view, setView] = useState<AccountView | null>(null);
  const [phoneNumberId, setPhoneNumberId] = useState("");
  const [wabaId, setWabaId] = useState("");
  const [apiVersion, setApiVersion] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const [token, setToken] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noKeyring, setNoKeyring] = useState<string | null>(null);
  const [connection, setConnection] = useState<Connection>({ state: "idle" });

  const show = useCallback((next: AccountView) => {
    setView(next);
    setNoKeyring(next.keyringProblem);
  }, []);

  useEffect(() => {
    getAccount().then(
      (loaded) => {
        show(loaded);
        setPhoneNumberId(loaded.settings?.phoneNumberId ?? "");
        setWabaId(loaded.settings?.wabaId ?? "");
        setApiVersion(loaded.settings?.apiVersion ?? loaded.defaultApiVersion);
        setBaseUrl(loaded.settings?.baseUrl ?? loaded.defaultBaseUrl);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [show]);

  const save = async () => {
    setError(null);
    setNotice(null);
    try {
      show(await saveAccount({ phoneNumberId, wabaId: wabaId.trim() === "" ? null : wabaId, apiVersion, baseUrl }));
      setNotice(t("account.saved"));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const storeToken = async (sessionOnly: boolean) => {
    setError(null);
    setNotice(null);
    try {
      show(await saveToken(token, sessionOnly));
      setToken("");
      setNotice(sessionOnly ? t("account.tokenSession") : t("account.tokenSaved"));
    } catch (e) {
      if (e instanceof SendingError && e.code === "keyring_unavailable") setNoKeyring(e.message);
      else setError(errorMessage(e));
    }
  };

  const forget = async () => {
    setError(null);
    try {
      show(await forgetToken());
      setNotice(t("account.tokenForgotten"));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const test = async () => {
    setConnection({ state: "testing" });
    try {
      setConnection({ state: "ok", info: await testConnection() });
    } catch (e) {
      setConnection({ state: "failed", message: errorMessage(e) });
    }
  };

  const tokenStatus =
    view?.tokenHint == null
      ? t("account.tokenNotSet")
      : view.tokenPlace === "session"
        ? t("account.tokenHintSession", { hint: view.tokenHint })
        : view.tokenHint;

  return (
    <section className="sending-section" aria-labelledby="account-title">
      <h3 id="account-title">{t("account.title")}</h3>
      <form
        className="sending-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t("account.phoneNumberId")}
          <input id="account-phone-number-id" value={phoneNumberId} onChange={(e) => setPhoneNumberId(e.target.value)} />
        </label>
        <label>
          {t("account.wabaId")}
          <input id="account-waba-id" value={wabaId} onChange={(e) => setWabaId(e.target.value)} />
        </label>
        <label>
          {t("account.apiVersion")}
          <input id="account-api-version" value={apiVersion} onChange={(e) => setApiVersion(e.target.value)} />
        </label>
        <label>
          {t("account.baseUrl")}
          <input id="account-base-url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </label>
        <div className="sending-actions">
          <button type="submit" className="primary">
            {t("account.save")}
          </button>
        </div>
      </form>

      <div className="sending-form">
        <p className="sending-token-status" data-testid="token-status">
          {t("account.token")}: {tokenStatus}
        </p>
        <label>
          {t("account.tokenInput")}
          <input
            id="account-token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <div className="sending-actions">
          <button type="button" className="primary" disabled={token.trim() === "" || view?.settings == null} onClick={() => void storeToken(false)}>
            {t("account.saveToken")}
          </button>
          {view?.tokenHint != null && (
            <button type="button" onClick={() => void forget()}>
              {t("account.forgetToken")}
            </button>
          )}
        </div>
        {noKeyring !== null && (
          <div className="sending-warning" role="alert">
            <p>{noKeyring}</p>
            <button type="button" disabled={token.trim() === ""} onClick={() => void storeToken(true)}>
              {t("account.useForSession")}
            </button>
          </div>
        )}
      </div>

      <div className="sending-actions">
        <button type="button" disabled={view?.settings == null || view.tokenHint == null || connection.state === "testing"} onClick={() => void test()}>
          {t("account.testConnection")}
        </button>
      </div>
      {connection.state === "testing" && <p aria-live="polite">{t("account.testing")}</p>}
      {connection.state === "ok" && (
        <dl className="sending-facts" data-testid="connection-result">
          <dt>{t("account.displayNumber")}</dt>
          <dd>{connection.info.displayPhoneNumber ?? "—"}</dd>
          <dt>{t("account.verifiedName")}</dt>
          <dd>{connection.info.verifiedName ?? "—"}</dd>
          <dt>{t("account.quality")}</dt>
          <dd>{connection.info.qualityRating ?? "—"}</dd>
        </dl>
      )}
      {connection.state === "failed" && (
        <p className="sending-error" role="alert" data-testid="connection-error">
          {connection.message}
        </p>
      )}
      {notice !== null && (
        <p className="sending-notice" aria-live="polite">
          {notice}
        </p>
      )}
      {error !== null && (
        <p className="sending-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

// The status bar: the app version, obtained from Rust over IPC (proof the core is reachable).
import { useEffect, useState } from "react";
import { appInfo, type AppInfo } from "../ipc";
import { useLocale, useT } from "../i18n/context";

type Load = { state: "loading" } | { state: "ready"; info: AppInfo } | { state: "failed"; message: string };

export function StatusBar() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let live = true;
    appInfo().then(
      (info) => live && setLoad({ state: "ready", info }),
      (error: unknown) => live && setLoad({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <footer className="statusbar">
      <output className="statusbar-items" aria-live="polite">
      <span className="statusbar-name">{t("app.name")}</span>
      {load.state === "loading" && <span>{t("status.loading")}</span>}
      {load.state === "ready" && (
        <span data-testid="app-version">{t("status.version", { version: load.info.version })}</span>
      )}
      {load.state === "failed" && (
        <span className="statusbar-error">{t("status.coreUnavailable", { message: load.message })}</span>
      )}
      </output>
      <span className="toolbar-gap" />
      <label className="statusbar-setting">
        {t("settings.language")}
        <select value={locale} onChange={(e) => setLocale(e.target.value === "it" ? "it" : "en")}>
          <option value="en">English</option>
          <option value="it">Italiano</option>
        </select>
      </label>
    </footer>
  );
}

// The status bar: the app version, obtained from Rust over IPC (proof the core is reachable),
// and the interface preferences (language, theme). The status bar is always mounted, so it also
// applies the theme choice to the document (app/theme.ts).
import { useEffect, useState } from "react";
import { appInfo, type AppInfo } from "../ipc";
import { useLocale, useT } from "../i18n/context";
import { useSettings } from "./settings";
import { THEME_CHOICES, themeChoiceOf, useDocumentTheme } from "./theme";
import { errorMessage } from "../ipc/errorMessage";

type Load = { state: "loading" } | { state: "ready"; info: AppInfo } | { state: "failed"; message: string };

export function StatusBar() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const [settings, updateSettings] = useSettings();
  useDocumentTheme(settings.theme);
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let live = true;
    appInfo().then(
      (info) => live && setLoad({ state: "ready", info }),
      (error: unknown) => live && setLoad({ state: "failed", message: errorMessage(error) }),
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
      <label className="statusbar-setting">
        {t("settings.theme")}
        <select value={settings.theme} onChange={(e) => updateSettings({ theme: themeChoiceOf(e.target.value) })}>
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`settings.theme.${choice}`)}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}

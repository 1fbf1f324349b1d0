import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { LocaleProvider } from "./i18n/context";
import { appReady } from "./ipc";
import { getSettings, saveSettings } from "./ipc/window";
import { SettingsProvider } from "./app/settings";
import "./styles/tokens.css";
import "./styles/app.css";

const root = document.getElementById("root");
if (root) {
  // Preferences first (one quick local call), so the first screen has the right language.
  const settings = await getSettings();
  createRoot(root).render(
    <StrictMode>
      <SettingsProvider initial={settings} onSave={saveSettings}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </SettingsProvider>
    </StrictMode>,
  );
  // Two frames after mount the first screen has been painted: tell Rust (startup benchmark).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      appReady().catch(() => undefined);
    }),
  );
}

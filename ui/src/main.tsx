import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { LocaleProvider } from "./i18n/context";
import { appReady } from "./ipc";
import "./styles/app.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </StrictMode>,
  );
  // Two frames after mount the first screen has been painted: tell Rust (startup benchmark).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      appReady().catch(() => undefined);
    }),
  );
}

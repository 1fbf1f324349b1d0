// The first screen: library, composer and phone preview side by side, and a status bar.
import { useT } from "../i18n/context";
import { StatusBar } from "./StatusBar";

export function App() {
  const t = useT();
  return (
    <div className="app">
      <div className="panes">
        <section className="pane pane-library" aria-label={t("pane.library")}>
          <h2 className="pane-title">{t("pane.library")}</h2>
          <p className="pane-empty">{t("library.empty")}</p>
        </section>
        <section className="pane pane-composer" aria-label={t("pane.composer")}>
          <h2 className="pane-title">{t("pane.composer")}</h2>
          <p className="pane-empty">{t("composer.empty")}</p>
        </section>
        <section className="pane pane-preview" aria-label={t("pane.preview")}>
          <h2 className="pane-title">{t("pane.preview")}</h2>
          <div className="phone" aria-hidden="true">
            <div className="phone-screen">
              <div className="chat-header" />
              <div className="chat-wallpaper" />
            </div>
          </div>
          <p className="pane-empty">{t("preview.empty")}</p>
        </section>
      </div>
      <StatusBar />
    </div>
  );
}

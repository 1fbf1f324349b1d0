// The drafts library (left pane). A placeholder until the drafts issue builds it: it will load
// drafts into the composer with the document store's `replaceDocument` and autosave by
// subscribing to it.

import { useT } from "../i18n/context";

export function LibraryPane() {
  const t = useT();
  return (
    <section className="pane pane-library" aria-label={t("pane.library")}>
      <h2 className="pane-title">{t("pane.library")}</h2>
      <p className="pane-empty">{t("library.empty")}</p>
    </section>
  );
}

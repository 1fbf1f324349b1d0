// The save status of the draft being edited: "Saving…", "Saved", or why it was not saved.

import { useT } from "../i18n/context";
import type { SaveStatus } from "./autosave";

export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useT();
  return (
    <output className={`library-save library-save-${status.state}`} aria-live="polite" data-testid="save-status">
      {status.state === "saving" && t("library.saving")}
      {status.state === "saved" && t("library.saved")}
      {status.state === "failed" && t("library.saveFailed", { message: status.message })}
    </output>
  );
}

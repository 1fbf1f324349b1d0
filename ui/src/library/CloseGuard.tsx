// Unsaved-change protection when the window closes. Rust holds the close request until we
// answer (src-tauri/src/window.rs): pending edits are saved first; if that save fails, the user
// is asked whether to close anyway (losing the edits since the last save) or keep editing.
// Nothing is asked when everything is saved: the window just closes. Ctrl+Q (Cmd+Q) quits the
// same way.

import { useCallback, useEffect, useRef, useState } from "react";
import { useShortcuts, type ShortcutAction } from "../app/shortcuts";
import { useT } from "../i18n/context";
import { closeWindow, watchCloseRequests } from "../ipc/window";
import type { Autosave } from "./autosave";

/** Whether the window may close: after saving, or after the user agreed to lose the edits. */
export async function mayClose(autosave: Pick<Autosave, "flush">, askToDiscard: () => Promise<boolean>): Promise<boolean> {
  if (await autosave.flush()) return true;
  return askToDiscard();
}

export function CloseGuard({ autosave, message }: { autosave: Autosave; message: string }) {
  const t = useT();
  const [asking, setAsking] = useState<((close: boolean) => void) | undefined>(undefined);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      watchCloseRequests(() =>
        mayClose(autosave, () => new Promise<boolean>((resolve) => setAsking(() => resolve))),
      ),
    [autosave],
  );
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  useShortcuts(
    useCallback(
      (action: ShortcutAction) => {
        if (action !== "quit") return;
        const ask = () => new Promise<boolean>((resolve) => setAsking(() => resolve));
        void mayClose(autosave, ask).then((close) => (close ? closeWindow() : undefined));
      },
      [autosave],
    ),
  );

  if (!asking) return null;
  const answer = (close: boolean) => {
    setAsking(undefined);
    asking(close);
  };
  return (
    <div className="modal-backdrop">
      <dialog
        open
        className="modal"
        aria-modal="true"
        aria-labelledby="close-guard-title"
        aria-describedby="close-guard-text"
        onKeyDown={(e) => e.key === "Escape" && answer(false)}
      >
        <h2 id="close-guard-title">{t("close.title")}</h2>
        <p id="close-guard-text">{t("close.text", { message })}</p>
        <div className="modal-actions">
          <button type="button" ref={keep} onClick={() => answer(false)}>
            {t("close.keep")}
          </button>
          <button type="button" className="danger" onClick={() => answer(true)}>
            {t("close.discard")}
          </button>
        </div>
      </dialog>
    </div>
  );
}

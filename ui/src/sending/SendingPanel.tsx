// The entry to sending from the main window: "Send test", "Account" and "Send log" buttons, and
// the modal each opens (drawn into <body>) (the account with its test recipients, the send dialog for the document
// in the composer, the send log). Escape or "Close" closes it.

import { useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { AttentionContext } from "../composer/attention";
import { useT } from "../i18n/context";
import { AccountSettings } from "./AccountSettings";
import { Recipients } from "./Recipients";
import { SendDialog } from "./SendDialog";
import { SendLog } from "./SendLog";
import "./sending.css";

type Panel = "send" | "account" | "log";

const TITLES = { send: "send.title", account: "account.panelTitle", log: "log.title" } as const;

function Modal({ panel, onClose, children }: { panel: Panel; onClose: () => void; children: ReactNode }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // Keyboard users start inside the dialog (its first field or button).
  useEffect(() => dialog.current?.querySelector<HTMLElement>("input, select, button")?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  // Into <body>: the panes are `contain: strict`, which would clip a modal drawn inside them.
  return createPortal(
    <div className="modal-backdrop">
      <dialog ref={dialog} open className="modal sending-modal" aria-modal="true" aria-label={t(TITLES[panel])} data-panel={panel}>
        {children}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t("sending.close")}
          </button>
        </div>
      </dialog>
    </div>,
    document.body,
  );
}

/** The sending buttons and their panels, for the composer's document and its draft. */
export function SendingPanel({ document, draftId }: { document: unknown; draftId: number | undefined }) {
  const t = useT();
  const [open, setOpen] = useState<Panel | null>(null);
  const attention = useContext(AttentionContext);
  const close = () => setOpen(null);
  return (
    <div className="sending-buttons">
      <button
        type="button"
        className="primary"
        onClick={() => {
          // About to send: every problem of the draft shows as what it is.
          attention.revealAll();
          setOpen("send");
        }}
      >
        {t("sending.sendTest")}
      </button>
      <button type="button" onClick={() => setOpen("account")}>
        {t("sending.account")}
      </button>
      <button type="button" onClick={() => setOpen("log")}>
        {t("sending.log")}
      </button>
      {open !== null && (
        <Modal panel={open} onClose={close}>
          {open === "send" && <SendDialog document={document} draftId={draftId} />}
          {open === "account" && (
            <>
              <AccountSettings />
              <Recipients />
            </>
          )}
          {open === "log" && <SendLog />}
        </Modal>
      )}
    </div>
  );
}

// "New from starter": a modal list of the starter templates (from Rust); choosing one opens it as
// a new draft. Escape or "Cancel" closes it.

import { useEffect, useRef } from "react";
import { useT } from "../i18n/context";
import type { Starter } from "../ipc";

export function StarterPicker({ starters, onPick, onClose }: { starters: Starter[]; onPick: (s: Starter) => void; onClose: () => void }) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <dialog open className="modal" aria-modal="true" aria-labelledby="starter-title">
        <h2 id="starter-title">{t("starters.title")}</h2>
        <p className="field-hint">{t("starters.intro")}</p>
        <ul className="starter-list">
          {starters.map((s, i) => (
            <li key={s.id}>
              <button type="button" ref={i === 0 ? first : undefined} className="starter" data-starter={s.id} onClick={() => onPick(s)}>
                <span className="starter-title">{s.title}</span>
                <span className="starter-description">{s.description}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t("action.cancel")}
          </button>
        </div>
      </dialog>
    </div>
  );
}

// How to send the test: as an approved template, or as a draft proof (a session message).

import { useT } from "../i18n/context";
import type { SendMode } from "../ipc/sending";

export function SendModeChoice({ mode, onChange }: { mode: SendMode; onChange: (mode: SendMode) => void }) {
  const t = useT();
  return (
    <fieldset className="sending-modes">
      <legend>{t("send.mode")}</legend>
      <label>
        <input type="radio" name="send-mode" value="template" checked={mode === "template"} onChange={() => onChange("template")} />
        {t("send.modeTemplate")}
      </label>
      <label>
        <input type="radio" name="send-mode" value="proof" checked={mode === "proof"} onChange={() => onChange("proof")} />
        {t("send.modeProof")}
      </label>
    </fieldset>
  );
}

// What the send would do, from Rust: why it cannot be prepared, the problems that block it and
// the warnings, and the request itself as it would go (token masked; media uploads first). With
// no account that is the dry run, shown open.

import { useT } from "../i18n/context";
import type { PreparedSend } from "../ipc/sending";
import { requestText } from "./logic";

export function PreparedRequestView({ prepared, error, open }: { prepared: PreparedSend | null; error: string | null; open: boolean }) {
  const t = useT();
  return (
    <>
      {error !== null && (
        <p className="sending-error" role="alert">
          {error}
        </p>
      )}
      {prepared && prepared.problems.length > 0 && (
        <ul className="sending-problems" aria-label={t("send.problems")}>
          {prepared.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {prepared && prepared.warnings.length > 0 && (
        <ul className="sending-warnings" aria-label={t("send.warnings")}>
          {prepared.warnings.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {prepared && (
        <details className="sending-request" open={open}>
          <summary>{prepared.withoutAccount ? t("send.dryRunNoAccount") : t("send.request")}</summary>
          <pre data-testid="send-request">
            {prepared.uploads.map((upload) => `${requestText(upload)}\n\n`).join("")}
            {requestText(prepared.request)}
          </pre>
        </details>
      )}
    </>
  );
}

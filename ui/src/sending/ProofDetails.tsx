// Sending as a draft proof (the closest session message): the 24-hour window in plain words, the
// wa.me link and its QR code to open the chat from the phone, and what the proof shows
// differently from the template.

import { useT } from "../i18n/context";
import type { PreparedSend, QrMatrix } from "../ipc/sending";
import { darkCells } from "./logic";

/** The QR code of the wa.me link, drawn from its module matrix (a 4-module quiet zone). */
export function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const side = matrix.size + 8;
  return (
    <svg className="sending-qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={0} y={0} width={side} height={side} fill="#ffffff" />
      {darkCells(matrix).map(({ x, y }) => (
        <rect key={`${x}-${y}`} x={x + 4} y={y + 4} width={1} height={1} fill="#000000" />
      ))}
    </svg>
  );
}

export function ProofDetails({ prepared }: { prepared: PreparedSend }) {
  const t = useT();
  return (
    <div className="sending-proof">
      {/* The 24-hour window in the interface's language (Rust gives the English text). */}
      {prepared.windowExplanation !== null && <p>{t("send.window")}</p>}
      {prepared.waMeLink !== null ? (
        <div className="sending-wa-me">
          {prepared.qr !== null && <QrCode matrix={prepared.qr} label={t("send.qrLabel", { link: prepared.waMeLink })} />}
          <p>
            {t("send.waMe")} <code data-testid="wa-me-link">{prepared.waMeLink}</code>
          </p>
        </div>
      ) : (
        <p className="field-hint">{t("send.waMeNeedsConnection")}</p>
      )}
      {prepared.differences.length > 0 && (
        <>
          <h4>{t("send.differences")}</h4>
          <ul className="sending-differences">
            {prepared.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// The header's media picker: drop a file on it or choose one in the native dialog; the verdict
// (format, size, dimensions, duration, pages, problems and notes) shows at once, "Fix it" when
// the file can be fixed (with progress and Cancel), and crops at the ratios the clients show,
// the phone preview following the crop being tried. The draft stores the kept file's reference
// as the header's sample handle (`onReference`).

import { useRef, useState, type DragEvent } from "react";
import { useCount, useT } from "../i18n/context";
import { chooseFileToOpen } from "../ipc/dialog";
import { IpcError } from "../ipc";
import {
  cancelFix,
  cropPreview,
  fixMedia,
  importDroppedMedia,
  importMediaPath,
  type CropRatio,
  type CropRect,
  type MediaUse,
  type MediaVerdict,
  type Progress,
} from "../ipc/media";
import { rememberVerdict, showCrop, useKeptMedia } from "./keptMedia";
import { cropRatiosFor, dialogExtensions, formatBytes, formatDuration, isKeptReference, nextJobId, tooLargeToSend } from "./logic";
import { errorMessage } from "../ipc/errorMessage";

type Busy = { kind: "checking" } | { kind: "fixing"; job: string; progress: Progress | null } | null;

interface CropChoice {
  ratio: CropRatio;
  cx: number;
  cy: number;
  rect: CropRect | null;
}

export function MediaPicker({ use, handle, onReference }: { use: MediaUse; handle: string; onReference: (reference: string) => void }) {
  const t = useT();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  // Enter/leave pairs of the zone and its children: the zone is "over" while any is entered.
  const depth = useRef(0);
  const [crop, setCrop] = useState<CropChoice | null>(null);
  const view = useKeptMedia(handle, use);
  const verdict = view?.verdict;

  const accept = (next: MediaVerdict) => {
    rememberVerdict(next);
    setCrop(null);
    onReference(next.reference);
  };

  const run = async (work: () => Promise<MediaVerdict>) => {
    setError(null);
    setBusy({ kind: "checking" });
    try {
      accept(await work());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const importFile = (file: File) => {
    if (tooLargeToSend(file.size)) {
      setError(t("media.tooLarge", { name: file.name, size: formatBytes(file.size) }));
      return;
    }
    void run(() => importDroppedMedia(file, use));
  };

  const choose = async () => {
    const path = await chooseFileToOpen(t("media.chooseTitle"), [{ name: t("media.fileKind"), extensions: dialogExtensions(use) }]);
    if (path) void run(() => importMediaPath(path, use));
  };

  const fix = async (withCrop: CropRect | null) => {
    if (!verdict) return;
    const job = nextJobId(Date.now());
    setError(null);
    setBusy({ kind: "fixing", job, progress: null });
    try {
      const fixed = await fixMedia(verdict.reference, use, withCrop, job, (progress) =>
        setBusy((b) => (b?.kind === "fixing" && b.job === job ? { ...b, progress } : b)),
      );
      showCrop(verdict.reference, null);
      accept(fixed);
    } catch (e) {
      if (!(e instanceof IpcError && e.code === "cancelled")) setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const tryCrop = async (next: CropChoice | null) => {
    setCrop(next);
    if (!verdict) return;
    if (!next) {
      showCrop(verdict.reference, null);
      return;
    }
    try {
      const preview = await cropPreview(verdict.reference, next.ratio, next.cx, next.cy);
      setCrop((c) => (c && c.ratio === next.ratio && c.cx === next.cx && c.cy === next.cy ? { ...c, rect: preview.rect } : c));
      showCrop(verdict.reference, preview.thumbnailPath);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation(); // Not the window's template import.
  };

  const ratios = verdict && verdict.thumbnailPath ? cropRatiosFor(use) : [];
  const fixing = busy?.kind === "fixing" ? busy : null;

  return (
    <div
      className={`media-picker${over ? " over" : ""}`}
      data-testid="media-drop"
      onDragEnter={(e) => {
        stop(e);
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        stop(e);
        e.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        stop(e);
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) importFile(file);
      }}
    >
      <div className="media-picker-actions">
        <span className="field-hint">{t("media.dropHint")}</span>
        <button type="button" className="small" onClick={() => void choose()} disabled={busy !== null}>
          {t("media.choose")}
        </button>
      </div>
      {busy?.kind === "checking" && <output>{t("media.checking")}</output>}
      {error && (
        <p role="alert" className="media-error" data-testid="media-error">
          {error}
        </p>
      )}
      {isKeptReference(handle) && !verdict && !busy && <p className="field-hint">{t("media.loading")}</p>}
      {verdict && <Verdict verdict={verdict} />}
      {verdict && verdict.check.fixable && !fixing && (
        <button type="button" className="primary" onClick={() => void fix(null)} disabled={busy !== null}>
          {t("media.fix")}
        </button>
      )}
      {fixing && (
        <output className="media-progress">
          <progress max={1} value={fixing.progress?.fraction ?? 0} aria-label={t("media.fixing")} />
          <span>{fixing.progress ? fixing.progress.stage : t("media.fixing")}</span>
          <button type="button" className="small" onClick={() => void cancelFix(fixing.job)}>
            {t("media.cancel")}
          </button>
        </output>
      )}
      {ratios.length > 0 && !fixing && (
        <fieldset className="media-crop">
          <legend>{t("media.crop")}</legend>
          <label>
            <input type="radio" name={`crop-${handle}`} checked={crop === null} onChange={() => void tryCrop(null)} />
            {t("media.cropNone")}
          </label>
          {ratios.map((ratio) => (
            <label key={ratio}>
              <input
                type="radio"
                name={`crop-${handle}`}
                checked={crop?.ratio === ratio}
                onChange={() => void tryCrop({ ratio, cx: 0.5, cy: 0.5, rect: null })}
              />
              {t(`media.ratio.${ratio}`)}
            </label>
          ))}
          {crop && (
            <>
              <label>
                {t("media.cropAcross")}
                <input
                  type="range"
                  min={0}
                  max={100}
                  value={Math.round(crop.cx * 100)}
                  onChange={(e) => void tryCrop({ ...crop, cx: Number(e.target.value) / 100 })}
                />
              </label>
              <label>
                {t("media.cropDown")}
                <input
                  type="range"
                  min={0}
                  max={100}
                  value={Math.round(crop.cy * 100)}
                  onChange={(e) => void tryCrop({ ...crop, cy: Number(e.target.value) / 100 })}
                />
              </label>
              <button type="button" className="small" disabled={!crop.rect || busy !== null} onClick={() => void fix(crop.rect)}>
                {t("media.applyCrop")}
              </button>
            </>
          )}
        </fieldset>
      )}
    </div>
  );
}

function Verdict({ verdict }: { verdict: MediaVerdict }) {
  const t = useT();
  const count = useCount();
  const { check } = verdict;
  const facts = [
    verdict.name,
    check.kind,
    check.width !== null && check.height !== null ? `${check.width}×${check.height}` : null,
    formatBytes(check.bytes),
    check.durationSeconds !== null ? formatDuration(check.durationSeconds) : null,
    check.pages !== null ? count("pages", check.pages) : null,
  ].filter((f): f is string => Boolean(f));
  return (
    <div className={`media-verdict ${check.ok ? "ok" : "bad"}`} data-testid="media-verdict" data-ok={check.ok ? "true" : "false"}>
      <p className="media-verdict-title">{check.ok ? t("media.ok") : t("media.refused")}</p>
      <p className="media-facts">{facts.join(" · ")}</p>
      {check.problems.length > 0 && (
        <ul className="media-problems">
          {check.problems.map((p) => (
            <li key={p.rule} data-rule={p.rule}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {check.notes.length > 0 && (
        <ul className="media-notes">
          {check.notes.map((n) => (
            <li key={n.rule} data-rule={n.rule}>
              {n.message}
            </li>
          ))}
        </ul>
      )}
      {verdict.fixed && (
        <>
          <p className="media-facts">{t("media.done")}</p>
          <ul className="media-actions">
            {verdict.fixed.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

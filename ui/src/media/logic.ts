// The pure parts of choosing header media: which use a header's file is checked for, which
// files the dialog offers, what is refused before any byte is sent, which crops are offered,
// and how sizes and durations read. No rules about WhatsApp's limits live here: Rust checks.

import type { CropRatio, MediaUse } from "../ipc/media";

/** The prefix of a sample handle that names a file Wabi Studio keeps (`wabi-media:<sha256>.<ext>`). */
export const KEPT_PREFIX = "wabi-media:";

/**
 * Larger files are refused before their bytes are read or sent: the largest file WhatsApp takes
 * (a 100 MB document) plus a margin, so a slightly oversize file still gets a verdict. Rust
 * enforces the same bound.
 */
export const MAX_MEDIA_BYTES = 110 * 1_000_000;

/** Whether a sample handle names a file Wabi Studio keeps (rather than a Meta upload handle). */
export function isKeptReference(handle: string | null | undefined): handle is string {
  return typeof handle === "string" && handle.startsWith(KEPT_PREFIX);
}

/** The use a header's file is checked for: by the header's format, or `card` inside a carousel. */
export function mediaUseFor(format: string, inCard: boolean): MediaUse | null {
  if (inCard) return format === "IMAGE" || format === "VIDEO" ? "card" : null;
  switch (format) {
    case "IMAGE":
      return "header-image";
    case "VIDEO":
      return "header-video";
    case "DOCUMENT":
      return "header-document";
    default:
      return null;
  }
}

/** The file types the open dialog offers for a use. */
export function dialogExtensions(use: MediaUse): string[] {
  switch (use) {
    case "header-image":
      // Converted by "Fix it" when they are not JPEG or PNG already.
      return ["jpg", "jpeg", "png", "webp", "gif", "bmp", "tif", "tiff", "heic"];
    case "header-video":
      return ["mp4", "3gp", "mov"];
    case "header-document":
      return ["pdf"];
    case "card":
      return ["jpg", "jpeg", "png", "webp", "mp4"];
    case "sticker":
      return ["webp"];
  }
}

/** Whether a file is refused before its bytes are sent (it is larger than anything accepted). */
export function tooLargeToSend(size: number): boolean {
  return size > MAX_MEDIA_BYTES;
}

/** The crops offered for a use: the ratios the clients show that media at. */
export function cropRatiosFor(use: MediaUse): CropRatio[] {
  switch (use) {
    case "header-image":
      return ["header"];
    case "card":
      return ["cardWide", "square"];
    default:
      return [];
  }
}

/** A byte count as people read it, decimal (as WhatsApp's limits are counted): "5.2 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  if (bytes < 1_000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A duration in seconds as a video label shows it: "0:07", "12:05", "1:02:03". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "";
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

let jobCounter = 0;

/** A fresh id for a fix job (unique within this window). */
export function nextJobId(now: number): string {
  jobCounter += 1;
  return `fix-${now}-${jobCounter}`;
}

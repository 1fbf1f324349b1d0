// Header media through Rust: a dropped file's bytes or a chosen file's path are checked, kept
// (content-addressed, in the data folder) and thumbnailed; a fix streams its progress over a
// Tauri channel and can be cancelled; crops are previewed at the ratios the clients show.
// Thumbnails are drawn through the asset protocol (`thumbnailUrl`), scoped to the cache folder.
import { Channel, convertFileSrc } from "@tauri-apps/api/core";
import { call } from "./call";
import type { CheckReport } from "./bindings/CheckReport";
import type { CropPreview } from "./bindings/CropPreview";
import type { CropRatio } from "./bindings/CropRatio";
import type { CropRect } from "./bindings/CropRect";
import type { Finding } from "./bindings/Finding";
import type { FixReport } from "./bindings/FixReport";
import type { MediaUse } from "./bindings/MediaUse";
import type { MediaVerdict } from "./bindings/MediaVerdict";
import type { Progress } from "./bindings/Progress";

export type { CheckReport, CropPreview, CropRatio, CropRect, Finding, FixReport, MediaUse, MediaVerdict, Progress };

/** Checks and keeps a dropped file: its bytes go to Rust as the raw request body. */
export async function importDroppedMedia(file: File, use: MediaUse): Promise<MediaVerdict> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call<MediaVerdict>("media_import_bytes", bytes, {
    headers: { "x-wabi-media-name": encodeURIComponent(file.name), "x-wabi-media-use": use },
  });
}

/** Checks and keeps the file at `path` (chosen in the native dialog). */
export const importMediaPath = (path: string, use: MediaUse) =>
  call<MediaVerdict>("media_import_path", { path, mediaUse: use });

/** The verdict on a file kept earlier (a reopened draft's sample media). */
export const describeMedia = (reference: string, use: MediaUse | null) =>
  call<MediaVerdict>("media_describe", { reference, mediaUse: use });

/** Fixes a kept file as job `job`; `onProgress` hears each stage. Cancel with `cancelFix(job)`. */
export function fixMedia(
  reference: string,
  use: MediaUse,
  crop: CropRect | null,
  job: string,
  onProgress: (progress: Progress) => void,
): Promise<MediaVerdict> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return call<MediaVerdict>("media_fix", { reference, mediaUse: use, crop, job, onProgress: channel });
}

/** Asks the fix running as `job` to stop. */
export const cancelFix = (job: string) => call<boolean>("media_cancel", { job });

/** A preview of the kept image cropped to `ratio` around (`cx`, `cy`), fractions of its size. */
export const cropPreview = (reference: string, ratio: CropRatio, cx: number, cy: number) =>
  call<CropPreview>("media_crop_preview", { reference, ratio, cx, cy });

/** The URL the page loads a cached thumbnail from (asset protocol, cache folder only). */
export const thumbnailUrl = (path: string) => convertFileSrc(path);

// What the window knows about kept media files, by reference: the verdict (from an import, a
// fix, or asked of Rust for a reopened draft) and the crop being tried, so that the composer's
// media picker and the phone preview show the same file without passing it through the draft.

import { useEffect, useSyncExternalStore } from "react";
import { describeMedia, type MediaUse, type MediaVerdict } from "../ipc/media";
import { isKeptReference } from "./logic";

/** What the preview draws for a kept file. */
export interface KeptMediaView {
  verdict: MediaVerdict;
  /** The thumbnail of the crop being tried, drawn instead of the whole image. */
  cropThumbnail: string | null;
}

const views = new Map<string, KeptMediaView>();
const asked = new Set<string>();
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records the verdict on a kept file (after an import or a fix). */
export function rememberVerdict(verdict: MediaVerdict) {
  const before = views.get(verdict.reference);
  views.set(verdict.reference, { verdict, cropThumbnail: before?.cropThumbnail ?? null });
  changed();
}

/** Shows `thumbnailPath` for `reference` while a crop is tried; null goes back to the whole image. */
export function showCrop(reference: string, thumbnailPath: string | null) {
  const before = views.get(reference);
  if (!before) return;
  views.set(reference, { ...before, cropThumbnail: thumbnailPath });
  changed();
}

/** The view of a kept file, if known. */
export function keptMediaView(reference: string): KeptMediaView | undefined {
  return views.get(reference);
}

/** Forgets everything (tests). */
export function forgetKeptMedia() {
  views.clear();
  asked.clear();
  changed();
}

/**
 * The view of the kept file `reference` (undefined while unknown); asks Rust once for files
 * kept in an earlier session. Handles that are not kept references give undefined.
 */
export function useKeptMedia(reference: string | null | undefined, use: MediaUse | null): KeptMediaView | undefined {
  const kept = isKeptReference(reference) ? reference : null;
  const view = useSyncExternalStore(subscribe, () => (kept ? views.get(kept) : undefined));
  useEffect(() => {
    if (!kept || views.has(kept) || asked.has(kept)) return;
    asked.add(kept);
    describeMedia(kept, use).then(rememberVerdict, () => {
      // A missing file: the picker says so when the user looks; the preview shows a placeholder.
    });
  }, [kept, use]);
  return view;
}

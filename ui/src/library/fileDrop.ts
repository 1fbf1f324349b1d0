// Dropping a Meta template JSON file anywhere on the window imports it. The window lets the
// page receive HTML5 drops (tauri.conf.json: dragDropEnabled false), so the file arrives as a
// `File` with its name and contents but no path; Rust imports the text (`import_drafts_text`).
//
// `filesOf` and `readDropped` are the pure parts (which items of a drop count, what is too big);
// `useFileDrop` is the window listener with the "drop to import" overlay state.

import { useEffect, useEffectEvent, useState } from "react";

/** Larger files are refused before reading: no template export is anywhere near this. */
export const MAX_DROP_BYTES = 20 * 1024 * 1024;

/** The files of a drop, if it carries any (text or links dragged in are not ours). */
export function filesOf(transfer: DataTransfer | null): File[] {
  if (!transfer) return [];
  return Array.from(transfer.files);
}

/** Whether a drag carries files (during dragover the files themselves are not readable yet). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes("Files");
}

export type DroppedFile = { name: string; text: string } | { name: string; tooLarge: true };

/** Reads a dropped file's text, unless it is too large to be a template file. */
export async function readDropped(file: File): Promise<DroppedFile> {
  if (file.size > MAX_DROP_BYTES) return { name: file.name, tooLarge: true };
  return { name: file.name, text: await file.text() };
}

/**
 * Listens for files dragged over and dropped on the window; calls `onDrop` with the files.
 * Returns whether files are being dragged over the window (to show the overlay).
 */
export function useFileDrop(onDrop: (files: File[]) => void): boolean {
  const [over, setOver] = useState(false);
  const dropped = useEffectEvent(onDrop);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      depth += 1;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault(); // Allows the drop.
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      const files = filesOf(e.dataTransfer);
      depth = 0;
      setOver(false);
      if (files.length === 0) return;
      e.preventDefault(); // Not the webview's default (opening the file).
      dropped(files);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", overHandler);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", overHandler);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return over;
}

// Asks Rust to check and preview the document after every change (one IPC call each), keeping
// only the newest answer, and records input-to-paint timings for the typing benchmark
// (`performance.measure` entries named "wabi-preview", from the change's time in the store to
// the task after the frame that shows the new preview; read them with
// `performance.getEntriesByName("wabi-preview")`). Its parts are measured too: "wabi-ipc"
// (change to Rust's answer), "wabi-commit" (answer to the preview in the DOM) and "wabi-frame"
// (DOM to the browser's next frame).

import { useEffect, useMemo, useState } from "react";
import { renderTemplate, type Client, type Counter, type Diagnostic, type RenderedTemplate, type Theme } from "../ipc";
import { useLocale } from "../i18n/context";
import type { TemplateDocument } from "./doc";
import type { DocumentStore } from "./store";
import { fieldForPointer } from "./pointers";
import { errorMessage } from "../ipc/errorMessage";

export interface PreviewSettings {
  client: Client;
  theme: Theme;
  showSamples: boolean;
}

export type RenderState =
  | { state: "pending" }
  | { state: "ready"; result: RenderedTemplate }
  | { state: "failed"; message: string };

let sequence = 0;
// For the benchmark's breakdown: when Rust's newest answer arrived, and when React committed it.
let lastAnswered = 0;
let lastCommitted = 0;

/** Called by the app once the preview of a new answer is in the DOM (a layout effect). */
export function markCommitted() {
  lastCommitted = performance.now();
  try {
    performance.measure("wabi-commit", { start: lastAnswered, end: lastCommitted });
  } catch {
    // No performance timeline (tests): nothing to measure.
  }
}

/** "10:42": the bubble's time, from the local clock. */
export function bubbleTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/**
 * Asks Rust for the check and preview of the store's document: once now, and at once on every
 * change (from the store's subscription, so the request runs while React redraws the editor),
 * and again when the interface language changes, so problems and notes follow it at once.
 */
export function useRendered(store: DocumentStore, settings: PreviewSettings): RenderState {
  const [locale] = useLocale();
  const [render, setRender] = useState<RenderState>({ state: "pending" });
  useEffect(() => {
    let live = true;
    const run = () => {
      const { document, changedAt } = store.snapshot();
      sequence += 1;
      const mine = sequence;
      const now = new Date();
      renderTemplate(document, {
        locale,
        client: settings.client,
        theme: settings.theme,
        timestamp: bubbleTime(now),
        nowMs: now.getTime(),
        showSamples: settings.showSamples,
      }).then(
        (result) => {
          if (!live || mine !== sequence) return;
          const answered = performance.now();
          setRender({ state: "ready", result });
          lastAnswered = answered;
          try {
            performance.measure("wabi-ipc", { start: changedAt, end: answered });
          } catch {
            // No performance timeline (tests).
          }
          // Painted: the task right after the next frame, which shows this result.
          requestAnimationFrame(() => {
            try {
              performance.measure("wabi-frame", { start: lastCommitted, end: performance.now() });
            } catch {
              // No performance timeline (tests).
            }
            setTimeout(() => {
              try {
                performance.measure("wabi-preview", { start: changedAt, end: performance.now() });
              } catch {
                // No performance timeline (tests): nothing to measure.
              }
            }, 0);
          });
        },
        (error: unknown) => {
          if (!live || mine !== sequence) return;
          setRender({ state: "failed", message: errorMessage(error) });
        },
      );
    };
    run();
    const unsubscribe = store.subscribe(run);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, locale, settings.client, settings.theme, settings.showSamples]);
  return render;
}

export interface FieldReport {
  diagnostics: Map<string, Diagnostic[]>;
  counters: Map<string, Counter>;
}

/** Groups diagnostics and counters by the field they belong to. */
export function byField(result: RenderedTemplate | undefined, document: TemplateDocument): FieldReport {
  const diagnostics = new Map<string, Diagnostic[]>();
  const counters = new Map<string, Counter>();
  if (!result) return { diagnostics, counters };
  for (const diagnostic of result.diagnostics) {
    const field = fieldForPointer(diagnostic.pointer, document);
    diagnostics.set(field, [...(diagnostics.get(field) ?? []), diagnostic]);
  }
  for (const counter of result.counters) counters.set(fieldForPointer(counter.pointer, document), counter);
  return { diagnostics, counters };
}

export function useFieldReport(result: RenderedTemplate | undefined, document: TemplateDocument): FieldReport {
  return useMemo(() => byField(result, document), [result, document]);
}

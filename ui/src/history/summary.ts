// Short words for a revision and for a diffed value, as the history panel shows them.

import type { CountedNoun, MessageKey } from "../i18n";
import type { RevisionSummary } from "../ipc/drafts";

type Translate = (key: MessageKey, vars?: Record<string, string>) => string;
type Count = (noun: CountedNoun, count: number) => string;

/** "Saved · 2 errors, 1 warning" style summary: the kind (or the note) and the checker's counts. */
export function revisionSummary(t: Translate, count: Count, revision: RevisionSummary): string {
  const what = revision.note ?? (revision.kind === "explicit" ? t("history.explicit") : t("history.autosave"));
  const counts = t("library.problems", { errors: count("errors", revision.errors), warnings: count("warnings", revision.warnings) });
  return `${what} · ${counts}`;
}

/** A diffed value in one short line; absent values show as a dash. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

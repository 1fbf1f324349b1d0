// Import and export through the native file dialogs: the file names the save dialog suggests,
// and what an import tells the user. Pure functions (the date is passed in), kept apart from the
// pane so that they are testable on their own.

import type { ImportedDraft } from "../ipc/drafts";

/** The name suggested for a draft without a template name. */
export const UNNAMED_FILE = "template.json";

/**
 * `text` made safe as part of a file name on every desktop system: path separators, characters
 * Windows refuses and control characters become `_`; surrounding spaces and dots are dropped.
 */
function fileSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[/\\:*?"<>|\u0000-\u001f]/g, "_").trim().replace(/^\.+|\.+$/g, "");
}

/** `<name>_<language>.json` for one draft; `template.json` when it has no name. */
export function draftFileName(name: string, language: string): string {
  const base = fileSafe(name);
  if (base === "") return UNNAMED_FILE;
  const lang = fileSafe(language);
  return lang === "" ? `${base}.json` : `${base}_${lang}.json`;
}

/** `<name>.json` for all the languages of a template; `template.json` when it has no name. */
export function familyFileName(name: string): string {
  const base = fileSafe(name);
  return base === "" ? UNNAMED_FILE : `${base}.json`;
}

/** `wabi-library-YYYY-MM-DD.json`, dated `today` in the user's time zone. */
export function libraryFileName(today: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `wabi-library-${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}.json`;
}

/** What an import did, as the pane reports it. */
export interface ImportReport {
  /** How many drafts were created. */
  count: number;
  /** The imported drafts that sit beside an existing draft with the same name and language. */
  clashes: ImportedDraft[];
  /** The imported drafts from which fields Meta refuses on creation were removed. */
  trimmed: ImportedDraft[];
  /** The draft to open: the first one imported. */
  first: number | undefined;
}

/** Sums up the drafts an import created. */
export function reportImport(imported: ImportedDraft[]): ImportReport {
  return {
    count: imported.length,
    clashes: imported.filter((draft) => draft.clashesWith.length > 0),
    trimmed: imported.filter((draft) => draft.removedFields.length > 0),
    first: imported[0]?.id,
  };
}

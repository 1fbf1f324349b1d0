// Import and export: a file chosen in the native dialog or dropped on the window is imported and
// reported, and its first template opened; a draft, its family or the whole library is exported
// to a file chosen in the save dialog. A cancelled dialog does nothing at all. Exports write what
// is stored: the edits not saved yet are saved first (a failed save is shown by the save status
// line, and nothing is written).

import { useState } from "react";
import type { TemplateDocument } from "../composer/doc";
import { useT } from "../i18n/context";
import { chooseFileToOpen, chooseFileToSave, JSON_FILES } from "../ipc/dialog";
import { exportDraft, exportLibrary, importDrafts, importDroppedFile } from "../ipc/drafts";
import type { Autosave } from "./autosave";
import { readDropped } from "./fileDrop";
import type { TransferResult } from "./TransferReport";
import { draftFileName, familyFileName, libraryFileName, reportImport } from "./transfer";

/** The template name and language of a document ("" when missing or not text). */
export function nameAndLanguage(document: TemplateDocument): { name: string; language: string } {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return { name: text(document["name"]), language: text(document["language"]) };
}

/** The last part of a path, for "Imported … from promo.json". */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

export interface TransferDeps {
  autosave: Autosave;
  /** The document in the composer (named in the suggested file names). */
  document: () => TemplateDocument;
  /** Runs a library action, showing its failure; resolves true when it succeeded. */
  act: (work: () => Promise<unknown>) => Promise<boolean>;
  /** Opens a draft in the composer. */
  open: (id: number) => Promise<void>;
  /** Today's date, for the library export's file name. */
  today: () => Date;
  /** Told before an export: the user asked for the draft as it is (problems show as they are). */
  onExport: () => void;
}

export interface Transfer {
  /** What the last import or export did. */
  result: TransferResult | undefined;
  importDropped: (files: File[]) => Promise<boolean>;
  importFromFile: () => Promise<void>;
  /** Exports the draft being edited, or all its languages (`family`). */
  exportCurrent: (family: boolean) => void;
  exportWholeLibrary: () => void;
}

export function useTransfer({ autosave, document, act, open, today, onExport }: TransferDeps): Transfer {
  const t = useT();
  const [result, setResult] = useState<TransferResult | undefined>(undefined);

  // A Meta JSON file dropped on the window: imported and reported like a chosen file, and its
  // first template opened.
  const importDropped = (files: File[]) =>
    act(async () => {
      setResult(undefined);
      const read = await Promise.all(files.map(readDropped));
      const texts = read.map((file) => {
        if ("tooLarge" in file) throw new Error(t("drop.tooLarge", { name: file.name }));
        return file;
      });
      const report = reportImport((await Promise.all(texts.map((file) => importDroppedFile(file.name, file.text)))).flat());
      setResult({ kind: "imported", report, from: files.map((f) => f.name).join(", ") });
      if (report.first !== undefined) await open(report.first);
    });

  const importFromFile = async () => {
    const path = await chooseFileToOpen(t("transfer.importTitle"), [JSON_FILES]);
    if (path === null) return;
    await act(async () => {
      setResult(undefined);
      const report = reportImport(await importDrafts(path));
      setResult({ kind: "imported", report, from: fileNameOf(path) });
      if (report.first !== undefined) await open(report.first);
    });
  };

  const exportTo = async (title: string, suggested: string, write: (path: string) => Promise<void>) => {
    const path = await chooseFileToSave(title, suggested, [JSON_FILES]);
    if (path === null) return;
    onExport();
    await act(async () => {
      setResult(undefined);
      if (!(await autosave.flush())) return;
      await write(path);
      setResult({ kind: "exported", path });
    });
  };

  const exportCurrent = (family: boolean) => {
    const id = autosave.draftId;
    if (id === undefined) return;
    const { name, language } = nameAndLanguage(document());
    void (family
      ? exportTo(t("transfer.exportFamilyTitle"), familyFileName(name), (path) => exportDraft(id, true, path))
      : exportTo(t("transfer.exportDraftTitle"), draftFileName(name, language), (path) => exportDraft(id, false, path)));
  };

  const exportWholeLibrary = () =>
    void exportTo(t("transfer.exportLibraryTitle"), libraryFileName(today()), (path) => exportLibrary(path));

  return { result, importDropped, importFromFile, exportCurrent, exportWholeLibrary };
}

// The drafts library's commands (Rust: src-tauri/src/commands/drafts.rs). Kept apart from
// `./index` so that the library works on its own and tests of other panes need not know it.
// Errors arrive as `{code, message}` and are thrown as `DraftsError` with the same fields.
import { call, IpcError } from "./call";
import type { Category } from "./bindings/Category";
import type { Draft } from "./bindings/Draft";
import type { DraftStatus } from "./bindings/DraftStatus";
import type { DraftSummary } from "./bindings/DraftSummary";
import type { FieldChange } from "./bindings/FieldChange";
import type { ImportedDraft } from "./bindings/ImportedDraft";
import type { ListQuery } from "./bindings/ListQuery";
import type { RevisionSummary } from "./bindings/RevisionSummary";
import type { SaveOutcome } from "./bindings/SaveOutcome";
import type { SortBy } from "./bindings/SortBy";

export type { Category, Draft, DraftStatus, DraftSummary, FieldChange, ImportedDraft, ListQuery, RevisionSummary, SaveOutcome, SortBy };

/** A failed drafts command (the same error as every command's). */
export { IpcError as DraftsError };

/** What the user must read about the library at startup (damaged file moved aside, ...). */
export const draftsNotice = () => call<string | null>("drafts_notice");
/** The drafts matching a query. */
export const listDrafts = (query: ListQuery) => call<DraftSummary[]>("list_drafts", { query });
/** The drafts in the trash. */
export const listTrash = () => call<DraftSummary[]>("list_trash");
/** One draft with its document. */
export const getDraft = (id: number) => call<Draft>("get_draft", { id });
/** Stores a document as a new draft (first edit of a new draft). */
export const createDraft = (document: unknown) => call<Draft>("create_draft", { document });
/** Saves a document into a draft: an autosave, or an explicit save. */
export const saveDraft = (id: number, document: unknown, explicit: boolean) =>
  call<SaveOutcome>("save_draft", { id, document, explicit });
/** Copies a draft. */
export const duplicateDraft = (id: number) => call<Draft>("duplicate_draft", { id });
/** Renames a draft. */
export const renameDraft = (id: number, name: string) => call<SaveOutcome>("rename_draft", { id, name });
/** Moves a draft to the trash. */
export const deleteDraft = (id: number) => call<void>("delete_draft", { id });
/** Brings a draft back from the trash. */
export const restoreDraft = (id: number) => call<void>("restore_draft", { id });
/** A draft's revisions, newest first. */
export const listRevisions = (id: number) => call<RevisionSummary[]>("list_revisions", { id });
/** Field differences between two revisions. */
export const diffRevisions = (id: number, from: number, to: number) =>
  call<FieldChange[]>("diff_revisions", { id, from, to });
/** Makes an old revision current again; returns the draft. */
export const restoreRevision = (id: number, revision: number) => call<Draft>("restore_revision", { id, revision });
/** Imports the templates of a file. */
export const importDrafts = (path: string) => call<ImportedDraft[]>("import_drafts", { path });
/** Imports the Meta JSON of a file dropped on the window: its name (for messages) and text. */
export const importDroppedFile = (name: string, text: string) => call<ImportedDraft[]>("import_drafts_text", { name, text });
/** Writes a draft (or its family) to a file. */
export const exportDraft = (id: number, family: boolean, path: string) =>
  call<void>("export_draft", { id, family, path });
/** Writes the whole library to a file. */
export const exportLibrary = (path: string) => call<void>("export_library", { path });
/** True when another program changed the library since the last call. */
export const draftsChanged = () => call<boolean>("drafts_changed");
/** Tells the library the editor is idle (folds its log into the file). */
export const draftsIdle = () => call<void>("drafts_idle");

// The native open and save dialogs (tauri-plugin-dialog; the window may open these two and
// nothing else of the plugin). Each resolves to the chosen path, or null when the user
// cancelled. Outside the app (tests, a browser) they resolve to null.
import { open, save } from "@tauri-apps/plugin-dialog";

/** A file type offered in a dialog: its name and extensions without the dot. */
export interface FileKind {
  name: string;
  extensions: string[];
}

/** Meta template JSON files. */
export const JSON_FILES: FileKind = { name: "JSON", extensions: ["json"] };

/** Asks for one existing file to open. */
export async function chooseFileToOpen(title: string, kinds: FileKind[]): Promise<string | null> {
  try {
    const chosen = await open({ title, multiple: false, directory: false, filters: kinds });
    return typeof chosen === "string" ? chosen : null;
  } catch {
    return null;
  }
}

/** Asks where to save a file, suggesting `defaultName`. */
export async function chooseFileToSave(title: string, defaultName: string, kinds: FileKind[]): Promise<string | null> {
  try {
    return (await save({ title, defaultPath: defaultName, filters: kinds })) ?? null;
  } catch {
    return null;
  }
}

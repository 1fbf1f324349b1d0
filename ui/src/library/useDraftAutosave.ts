// The autosave controller of the library pane, wired to the drafts commands: the draft is created
// on its first save, saved after each pause in typing or at once on Ctrl+S, and the library is
// told when the editor is idle. Also the save status and the id of the draft being edited, both
// following the controller (see ./autosave.ts for what it does).

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { DocumentStore } from "../composer/store";
import { createDraft, draftsIdle, saveDraft } from "../ipc/drafts";
import { createAutosave, type Autosave, type SaveStatus } from "./autosave";

export interface DraftAutosave {
  autosave: Autosave;
  /** The save status line's state. */
  status: SaveStatus;
  /** The draft being edited; `undefined` while a new document is not stored yet. */
  currentId: number | undefined;
}

export function useDraftAutosave(store: DocumentStore): DraftAutosave {
  const autosave = useMemo(
    () =>
      createAutosave(store, {
        create: async (document) => (await createDraft(document)).summary.id,
        save: async (id, document, explicit) => {
          await saveDraft(id, document, explicit);
        },
        idle: () => void draftsIdle().catch(() => undefined),
      }),
    [store],
  );
  useEffect(() => autosave.start(), [autosave]);
  const status = useSyncExternalStore(autosave.subscribe, autosave.status, autosave.status);
  const currentId = useSyncExternalStore(autosave.subscribe, () => autosave.draftId, () => autosave.draftId);
  return { autosave, status, currentId };
}

// What the library list shows and how it stays current: the query (search, filters, sort), the
// drafts matching it, the trash while it is open, and the reloads. The list reloads after every
// change made here (`refresh`), after each save, as soon as the draft being edited changes (a
// new draft is listed the moment its first save creates it, even while the user keeps typing),
// and when `wabi` or another window changed the library (polled every `POLL_MS`).

import { useCallback, useEffect, useState } from "react";
import { draftsChanged, listDrafts, listTrash, type DraftSummary, type ListQuery } from "../ipc/drafts";
import { errorMessage } from "../ipc/errorMessage";
import type { Autosave } from "./autosave";

/** How often the list asks whether `wabi` (or another window) changed the library. */
export const POLL_MS = 2000;

/** The whole library, most recently saved first. */
export const ALL_DRAFTS: ListQuery = {
  search: null,
  category: null,
  language: null,
  status: null,
  hasErrors: null,
  sort: "updated",
  limit: null,
  offset: 0,
};

/** True when the query leaves some drafts out (a search or a filter). */
export const isFiltered = (query: ListQuery) =>
  query.search !== null || query.category !== null || query.language !== null || query.status !== null || query.hasErrors !== null;

export interface DraftList {
  query: ListQuery;
  /** Changes part of the query (the list reloads). */
  setFilter: (patch: Partial<ListQuery>) => void;
  drafts: DraftSummary[];
  /** The drafts in the trash while it is open; `undefined` while it is closed. */
  trash: DraftSummary[] | undefined;
  /** Opens (loads) or closes the trash. */
  showTrash: (open: boolean) => void;
  /** Reloads the list (and the trash when open). */
  refresh: () => void;
}

/** The library list; a failed load is reported to `onError` with its message. */
export function useDraftList(autosave: Autosave, currentId: number | undefined, onError: (message: string) => void): DraftList {
  const [query, setQuery] = useState<ListQuery>(ALL_DRAFTS);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [trash, setTrash] = useState<DraftSummary[] | undefined>(undefined);

  // Bumped to reload the list (after a change here, or one `wabi` made).
  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((n) => n + 1), []);
  const trashOpen = trash !== undefined;
  useEffect(() => {
    let live = true;
    const load = async () => {
      const list = await listDrafts(query);
      const inTrash = trashOpen ? await listTrash() : undefined;
      // Loaded again for each reload asked for and whenever the draft being edited changes.
      return { list, inTrash, reload: reloads, editing: currentId };
    };
    load().then(
      ({ list, inTrash }) => {
        if (!live) return;
        setDrafts(list);
        if (inTrash) setTrash(inTrash);
      },
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [query, trashOpen, reloads, currentId, onError]);

  // The list follows saves made here and changes made by `wabi` (polled).
  useEffect(() => autosave.subscribe(() => autosave.status().state === "saved" && refresh()), [autosave, refresh]);
  useEffect(() => {
    const timer = setInterval(() => {
      draftsChanged().then((changed) => changed && refresh(), () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const setFilter = useCallback((patch: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...patch })), []);
  const showTrash = useCallback(
    (open: boolean) => {
      if (open) listTrash().then(setTrash, (error: unknown) => onError(errorMessage(error)));
      else setTrash(undefined);
    },
    [onError],
  );
  return { query, setFilter, drafts, trash, showTrash, refresh };
}

// Grouping of the library list into families: drafts with the same template name are one
// template in several languages and are shown together, in the order the list gave them.

import type { DraftSummary } from "../ipc/drafts";

export interface Family {
  /** A stable key for the group. */
  key: string;
  /** The shared template name (may be empty for a draft still unnamed). */
  name: string;
  /** Its drafts, one per language (more after an import clash), sorted by language. */
  drafts: DraftSummary[];
}

/** Groups `drafts` by name; groups keep the order of their first draft in `drafts`. */
export function groupByFamily(drafts: DraftSummary[]): Family[] {
  const families = new Map<string, Family>();
  for (const draft of drafts) {
    // Unnamed drafts are not one family: each stands alone.
    const key = draft.name === "" ? `#${draft.id}` : `n:${draft.name}`;
    const family = families.get(key);
    if (family) family.drafts.push(draft);
    else families.set(key, { key, name: draft.name, drafts: [draft] });
  }
  for (const family of families.values()) {
    family.drafts.sort((a, b) => a.language.localeCompare(b.language) || a.id - b.id);
  }
  return [...families.values()];
}

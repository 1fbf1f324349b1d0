// The library list: drafts grouped by family (same template name, one draft per language), each
// with its language and problems badges, opened by a click; duplicate, rename (in place) and
// delete from its row. The empty list says where drafts will appear, or that none match.

import { useState } from "react";
import { useCount, useT } from "../i18n/context";
import type { DraftSummary } from "../ipc/drafts";
import type { Family } from "./families";

export interface DraftActions {
  open: (id: number) => void;
  duplicate: (draft: DraftSummary) => void;
  /** Renames; resolves true when done (the form closes), false when refused (it stays). */
  rename: (draft: DraftSummary, name: string) => Promise<boolean>;
  remove: (draft: DraftSummary) => void;
}

/** The language badge, the name and the problems badge of a draft. */
function DraftLabel({ draft }: { draft: DraftSummary }) {
  const t = useT();
  const count = useCount();
  return (
    <>
      {/* Spaces between the parts: the button's name reads "it promo", not "itpromo". */}
      <span className="badge badge-language">{draft.language || "?"}</span>{" "}
      <span className="library-draft-name">{draft.name || t("library.unnamed")}</span>{" "}
      {draft.errors + draft.warnings > 0 && (
        <span className={draft.errors > 0 ? "badge badge-errors" : "badge badge-warnings"}>
          {t("library.problems", { errors: count("errors", draft.errors), warnings: count("warnings", draft.warnings) })}
        </span>
      )}
    </>
  );
}

/** The form that renames a draft in its row. */
function RenameForm({ name, onName, onSubmit, onCancel }: { name: string; onName: (name: string) => void; onSubmit: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <input aria-label={t("library.newName")} value={name} onChange={(e) => onName(e.target.value)} />
      <button type="submit" className="small">
        {t("library.rename")}
      </button>
      <button type="button" className="small" onClick={onCancel}>
        {t("library.cancel")}
      </button>
    </form>
  );
}

export function DraftList({
  families,
  currentId,
  empty,
  actions,
}: {
  families: Family[];
  /** The draft being edited (shown as current). */
  currentId: number | undefined;
  /** What the empty list says; nothing when `null`. */
  empty: string | null;
  actions: DraftActions;
}) {
  const t = useT();
  const [renaming, setRenaming] = useState<{ id: number; name: string } | undefined>(undefined);
  return (
    <>
      {families.length === 0 && empty !== null && <p className="pane-empty">{empty}</p>}
      <ul className="library-list" aria-label={t("library.drafts")}>
        {families.map((family) => (
          <li key={family.key} className="library-family">
            <div className="library-family-name">{family.name || t("library.unnamed")}</div>
            <ul>
              {family.drafts.map((draft) => (
                <li
                  key={draft.id}
                  className={draft.id === currentId ? "library-draft current" : "library-draft"}
                  data-draft-name={draft.name}
                >
                  {renaming !== undefined && renaming.id === draft.id ? (
                    <RenameForm
                      name={renaming.name}
                      onName={(name) => setRenaming({ id: draft.id, name })}
                      onSubmit={() =>
                        void actions.rename(draft, renaming.name).then((done) => {
                          if (done) setRenaming(undefined);
                        })
                      }
                      onCancel={() => setRenaming(undefined)}
                    />
                  ) : (
                    <>
                      <button type="button" className="library-open" onClick={() => actions.open(draft.id)}>
                        <DraftLabel draft={draft} />
                      </button>
                      <span className="library-actions">
                        <button type="button" className="small" onClick={() => actions.duplicate(draft)}>
                          {t("library.duplicate")}
                        </button>
                        <button type="button" className="small" onClick={() => setRenaming({ id: draft.id, name: draft.name })}>
                          {t("library.rename")}
                        </button>
                        <button type="button" className="small danger" onClick={() => actions.remove(draft)}>
                          {t("library.delete")}
                        </button>
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

import { describe, expect, it } from "vitest";
import { countText, translate, type CountedNoun } from "../i18n";
import type { RevisionSummary } from "../ipc/drafts";
import { revisionSummary, showValue } from "./summary";

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate("en", key, vars);
const count = (noun: CountedNoun, n: number) => countText("en", noun, n);
const revision: RevisionSummary = { id: 1, draftId: 1, kind: "autosave", note: null, errors: 2, warnings: 1, startedMs: 0, savedMs: 0 };

describe("history summary", () => {
  it("autosave_revision_says_autosaved_with_its_counts", () => {
    expect(revisionSummary(t, count, revision)).toBe("Autosaved · 2 errors, 1 warning");
  });

  it("a_note_replaces_the_kind", () => {
    expect(revisionSummary(t, count, { ...revision, note: "restored revision 3" })).toContain("restored revision 3");
  });

  it("missing_values_show_a_dash_and_long_ones_are_cut_at_120", () => {
    expect(showValue(undefined)).toBe("—");
    expect(showValue("x".repeat(120))).toBe("x".repeat(120));
    expect(showValue("x".repeat(121))).toHaveLength(120);
  });
});

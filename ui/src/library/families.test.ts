import { describe, expect, it } from "vitest";
import type { DraftSummary } from "../ipc/drafts";
import { groupByFamily } from "./families";

const draft = (id: number, name: string, language: string): DraftSummary => ({
  id,
  name,
  language,
  category: "MARKETING",
  status: "READY",
  metaStatus: null,
  tags: [],
  errors: 0,
  warnings: 0,
  createdMs: 0,
  updatedMs: 0,
  deletedMs: null,
});

describe("families", () => {
  it("drafts_with_the_same_name_form_one_family_sorted_by_language", () => {
    const families = groupByFamily([draft(1, "sale", "it"), draft(2, "other", "en"), draft(3, "sale", "en_US")]);
    expect(families.map((f) => f.name)).toEqual(["sale", "other"]);
    expect(families[0]?.drafts.map((d) => d.language)).toEqual(["en_US", "it"]);
  });

  it("unnamed_drafts_each_stand_alone", () => {
    const families = groupByFamily([draft(1, "", "en"), draft(2, "", "en")]);
    expect(families).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import type { ImportedDraft } from "../ipc/drafts";
import { draftFileName, familyFileName, libraryFileName, reportImport } from "./transfer";

const imported = (id: number, clashesWith: number[] = [], removedFields: string[] = []): ImportedDraft => ({
  id,
  name: `t${id}`,
  language: "en_US",
  clashesWith,
  removedFields,
});

describe("file names suggested by the save dialog", () => {
  it("names a draft <name>_<language>.json and an unnamed one template.json", () => {
    expect(draftFileName("spring_sale", "en_US")).toBe("spring_sale_en_US.json");
    expect(draftFileName("", "en_US")).toBe("template.json");
    expect(draftFileName("spring_sale", "")).toBe("spring_sale.json");
  });

  it("names a family <name>.json", () => {
    expect(familyFileName("spring_sale")).toBe("spring_sale.json");
    expect(familyFileName("")).toBe("template.json");
  });

  it("keeps path separators and characters Windows refuses out of the name", () => {
    expect(draftFileName("../a/b:c", "it")).toBe("_a_b_c_it.json");
    expect(familyFileName("...")).toBe("template.json");
  });

  it("dates the library export with the day it is given", () => {
    expect(libraryFileName(new Date(2026, 0, 5, 23, 59))).toBe("wabi-library-2026-01-05.json");
  });
});

describe("the import report", () => {
  it("counts the drafts, lists the clashes and trimmed ones, and picks the first to open", () => {
    const report = reportImport([imported(7), imported(8, [3]), imported(9, [], ["id", "status"])]);
    expect(report.count).toBe(3);
    expect(report.clashes.map((d) => d.id)).toEqual([8]);
    expect(report.trimmed.map((d) => d.id)).toEqual([9]);
    expect(report.first).toBe(7);
  });

  it("opens nothing after an import of nothing", () => {
    expect(reportImport([])).toEqual({ count: 0, clashes: [], trimmed: [], first: undefined });
  });
});

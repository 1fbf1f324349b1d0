import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../ipc";
import { createAttention, isMissingValue, shownAs } from "./attention";

const problem = (rule: string, severity: "error" | "warning" = "error"): Diagnostic => ({ rule, severity, pointer: "/name", message: rule });

describe("to do marks of a new draft", () => {
  it("only the rules that say a required value is missing or empty wait for the user", () => {
    const missing = ["name.empty", "body.empty", "example.empty", "button.text_empty", "header.media_example_missing", "category.missing"];
    const wrong = ["name.charset", "body.length", "example.count", "category.invalid"];
    expect(missing.filter((rule) => !isMissingValue(rule))).toEqual([]);
    expect(wrong.filter(isMissingValue)).toEqual([]);
  });

  it("a missing value is to do until its field is visited; other problems show as they are", () => {
    const attention = createAttention();
    expect(shownAs(problem("name.empty"), "name", attention.snapshot())).toBe("todo");
    expect(shownAs(problem("name.charset"), "name", attention.snapshot())).toBe("error");
    expect(shownAs(problem("body.emoji_cap", "warning"), "body.text", attention.snapshot())).toBe("warning");
    attention.visit("body.text");
    expect(shownAs(problem("name.empty"), "name", attention.snapshot())).toBe("todo");
    attention.visit("name");
    expect(shownAs(problem("name.empty"), "name", attention.snapshot())).toBe("error");
  });

  it("a save, send or export shows every problem as it is; another document starts over", () => {
    const attention = createAttention();
    let changes = 0;
    attention.subscribe(() => (changes += 1));
    attention.revealAll();
    expect(shownAs(problem("body.empty"), "body.text", attention.snapshot())).toBe("error");
    attention.reset(false);
    expect(shownAs(problem("body.empty"), "body.text", attention.snapshot())).toBe("todo");
    attention.reset(true);
    expect(shownAs(problem("body.empty"), "body.text", attention.snapshot())).toBe("error");
    expect(changes).toBe(3);
  });
});

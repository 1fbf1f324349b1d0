import { renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { applyTheme, themeChoiceOf, useDocumentTheme } from "./theme";
import type { ThemeChoice } from "../ipc/window";

const root = document.documentElement;

afterEach(() => applyTheme(root, "system"));

describe("the interface theme on the document", () => {
  it("Light and Dark set data-theme and color-scheme on <html>", () => {
    applyTheme(root, "dark");
    expect(root.getAttribute("data-theme")).toBe("dark");
    expect(root.style.getPropertyValue("color-scheme")).toBe("dark");
    applyTheme(root, "light");
    expect(root.getAttribute("data-theme")).toBe("light");
    expect(root.style.getPropertyValue("color-scheme")).toBe("light");
  });

  it("System removes both, so the stylesheet follows the OS", () => {
    applyTheme(root, "dark");
    applyTheme(root, "system");
    expect(root.hasAttribute("data-theme")).toBe(false);
    expect(root.style.getPropertyValue("color-scheme")).toBe("");
  });

  it("the hook follows the choice as it changes", () => {
    const { rerender } = renderHook(({ choice }: { choice: ThemeChoice }) => useDocumentTheme(choice), {
      initialProps: { choice: "dark" },
    });
    expect(root.getAttribute("data-theme")).toBe("dark");
    rerender({ choice: "light" });
    expect(root.getAttribute("data-theme")).toBe("light");
    rerender({ choice: "system" });
    expect(root.hasAttribute("data-theme")).toBe(false);
  });

  it("a select value that is not a theme means System", () => {
    expect(themeChoiceOf("dark")).toBe("dark");
    expect(themeChoiceOf("light")).toBe("light");
    expect(themeChoiceOf("system")).toBe("system");
    expect(themeChoiceOf("sepia")).toBe("system");
  });
});

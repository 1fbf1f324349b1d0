import { describe, expect, it as test } from "vitest";
import { en } from "./en";
import { catalogs, countText, localeFor, translate } from "./index";

describe("translations", () => {
  test("every language defines every English key and no other", () => {
    const keys = Object.keys(en).sort();
    for (const [locale, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), `catalog ${locale}`).toEqual(keys);
      for (const key of keys) {
        expect(catalog[key as keyof typeof en].trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });

  test("the OS locale picks Italian for any Italian tag, English otherwise", () => {
    expect(localeFor("it-IT")).toBe("it");
    expect(localeFor("it")).toBe("it");
    expect(localeFor("en-GB")).toBe("en");
    expect(localeFor("fr-FR")).toBe("en");
    expect(localeFor(undefined)).toBe("en");
  });

  test("placeholders are filled and unknown ones are kept", () => {
    expect(translate("en", "status.version", { version: "1.2.3" })).toBe("Version 1.2.3");
    expect(translate("it", "status.version", { version: "1.2.3" })).toBe("Versione 1.2.3");
    expect(translate("en", "status.version")).toBe("Version {version}");
  });

  test("counts follow each language's plural rules, with the locale's number format", () => {
    expect(countText("en", "errors", 0)).toBe("0 errors");
    expect(countText("en", "errors", 1)).toBe("1 error");
    expect(countText("en", "warnings", 2)).toBe("2 warnings");
    expect(countText("en", "pages", 12345)).toBe("12,345 pages");
    expect(countText("it", "errors", 0)).toBe("0 errori");
    expect(countText("it", "errors", 1)).toBe("1 errore");
    expect(countText("it", "warnings", 1)).toBe("1 avviso");
    expect(countText("it", "templates", 3)).toBe("3 modelli");
    expect(countText("it", "pages", 12345)).toBe("12.345 pagine");
  });

  test("every counted noun has its one and other forms in every language", () => {
    for (const noun of ["errors", "warnings", "toDo", "templates", "pages"] as const) {
      for (const locale of ["en", "it"] as const) {
        expect(countText(locale, noun, 1)).not.toBe(countText(locale, noun, 2).replace("2", "1"));
      }
    }
  });
});

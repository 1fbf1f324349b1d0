import { describe, expect, it as test } from "vitest";
import { en } from "./en";
import { catalogs, localeFor, translate } from "./index";

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
});

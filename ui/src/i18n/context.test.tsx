import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SettingsProvider } from "../app/settings";
import { DEFAULT_SETTINGS, type Settings } from "../ipc/window";
import { LocaleProvider, localeOfSetting, useLocale, useT } from "./context";

function Probe() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  return (
    <button type="button" onClick={() => setLocale(locale === "en" ? "it" : "en")}>
      {t("settings.language")}
    </button>
  );
}

function renderWith(initial: Settings, locale?: "en" | "it") {
  const onSave = vi.fn<(settings: Settings) => Promise<Settings>>((settings) => Promise.resolve(settings));
  render(
    <SettingsProvider initial={initial} onSave={onSave}>
      {locale ? (
        <LocaleProvider locale={locale}>
          <Probe />
        </LocaleProvider>
      ) : (
        <LocaleProvider>
          <Probe />
        </LocaleProvider>
      )}
    </SettingsProvider>,
  );
  return onSave;
}

describe("interface language from the stored preferences", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("a stored language wins over the OS locale", () => {
    expect(localeOfSetting("it", "en-US")).toBe("it");
    expect(localeOfSetting("en", "it-IT")).toBe("en");
  });

  it("no stored language, or one we do not have, follows the OS locale", () => {
    expect(localeOfSetting(null, "it-IT")).toBe("it");
    expect(localeOfSetting(null, "fr-FR")).toBe("en");
    expect(localeOfSetting("de", "it-IT")).toBe("it");
  });

  it("the provider starts in the stored language", () => {
    renderWith({ ...DEFAULT_SETTINGS, locale: "it" });
    expect(screen.getByRole("button")).toHaveTextContent("Lingua dell'interfaccia");
  });

  it("the provider follows navigator.language when nothing is stored", () => {
    vi.stubGlobal("navigator", { ...navigator, language: "it-IT" });
    renderWith(DEFAULT_SETTINGS);
    expect(screen.getByRole("button")).toHaveTextContent("Lingua dell'interfaccia");
  });

  it("choosing a language stores it in the preferences and switches at once", () => {
    const onSave = renderWith({ ...DEFAULT_SETTINGS, locale: "en" });
    fireEvent.click(screen.getByRole("button"));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ locale: "it" }));
    expect(screen.getByRole("button")).toHaveTextContent("Lingua dell'interfaccia");
  });

  it("a locale prop fixes the language whatever is stored", () => {
    renderWith({ ...DEFAULT_SETTINGS, locale: "it" }, "en");
    expect(screen.getByRole("button")).toHaveTextContent("Interface language");
  });

  it("nothing is kept in localStorage any more", () => {
    localStorage.clear();
    const onSave = renderWith({ ...DEFAULT_SETTINGS, locale: "en" });
    fireEvent.click(screen.getByRole("button"));
    expect(onSave).toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});

import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../ipc";
import { DEFAULT_SETTINGS, type Settings } from "../ipc/window";
import { LocaleProvider } from "../i18n/context";
import { SettingsProvider } from "./settings";
import { StatusBar } from "./StatusBar";
import { applyTheme } from "./theme";

const ipc = vi.hoisted(() => ({ appInfo: vi.fn<() => Promise<AppInfo>>() }));
vi.mock("../ipc", () => ipc);

function renderBar(initial: Settings = DEFAULT_SETTINGS) {
  const onSave = vi.fn<(settings: Settings) => Promise<Settings>>((settings) => Promise.resolve(settings));
  render(
    <SettingsProvider initial={initial} onSave={onSave}>
      <LocaleProvider>
        <StatusBar />
      </LocaleProvider>
    </SettingsProvider>,
  );
  return onSave;
}

describe("status bar preferences", () => {
  beforeEach(() => {
    ipc.appInfo.mockResolvedValue({ name: "Wabi Studio", version: "9.9.9", dataDir: "/tmp" });
  });
  afterEach(() => applyTheme(document.documentElement, "system"));

  it("the Theme select is named by its visible label and lists System, Light, Dark", async () => {
    renderBar({ ...DEFAULT_SETTINGS, locale: "en" });
    await screen.findByText("Version 9.9.9");
    const select = screen.getByRole("combobox", { name: "Theme" });
    expect(select).toHaveValue("system");
    expect([...select.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["System", "Light", "Dark"]);
  });

  it("choosing Dark stores theme dark and darkens the document", async () => {
    const onSave = renderBar({ ...DEFAULT_SETTINGS, locale: "en" });
    await screen.findByText("Version 9.9.9");
    fireEvent.change(screen.getByRole("combobox", { name: "Theme" }), { target: { value: "dark" } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ theme: "dark" }));
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
  });

  it("the stored theme is on the document from the first render", async () => {
    renderBar({ ...DEFAULT_SETTINGS, locale: "en", theme: "light" });
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
    await screen.findByText("Version 9.9.9");
  });

  it("the stored language is shown, and choosing another stores it and translates at once", async () => {
    const onSave = renderBar({ ...DEFAULT_SETTINGS, locale: "it" });
    await screen.findByText("Versione 9.9.9");
    const language = screen.getByRole("combobox", { name: "Lingua dell'interfaccia" });
    expect(language).toHaveValue("it");
    expect(screen.getByRole("combobox", { name: "Tema" })).toBeInTheDocument();
    fireEvent.change(language, { target: { value: "en" } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ locale: "en" }));
    expect(screen.getByRole("combobox", { name: "Interface language" })).toHaveValue("en");
    expect(screen.getByText("Version 9.9.9")).toBeInTheDocument();
  });
});

import { act, render } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, type Settings } from "../ipc/window";
import { SettingsProvider, useSettings } from "./settings";

describe("stored preferences", () => {
  it("saves each change once, and two changes in one event both stay", () => {
    const onSave = vi.fn<(settings: Settings) => Promise<unknown>>(async () => undefined);
    let update: (patch: Partial<Settings>) => void = () => undefined;
    let seen: Settings = DEFAULT_SETTINGS;
    function Probe() {
      const [settings, set] = useSettings();
      update = set;
      seen = settings;
      return null;
    }
    render(
      <StrictMode>
        <SettingsProvider initial={DEFAULT_SETTINGS} onSave={onSave}>
          <Probe />
        </SettingsProvider>
      </StrictMode>,
    );
    act(() => {
      update({ theme: "dark" });
      update({ locale: "it" });
    });
    expect(seen).toEqual({ ...DEFAULT_SETTINGS, theme: "dark", locale: "it" });
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: "dark", locale: "it" });
  });
});

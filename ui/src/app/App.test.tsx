import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../ipc";
import { LocaleProvider } from "../i18n/context";
import { App } from "./App";

const ipc = vi.hoisted(() => ({
  appInfo: vi.fn<() => Promise<AppInfo>>(),
  appReady: vi.fn<() => Promise<void>>(),
}));
vi.mock("../ipc", () => ipc);

describe("first screen", () => {
  beforeEach(() => {
    ipc.appInfo.mockReset();
  });

  it("shows the library, composer and phone preview panes", () => {
    ipc.appInfo.mockResolvedValue({ name: "Wabi Studio", version: "9.9.9", dataDir: "/tmp" });
    render(
      <LocaleProvider locale="en">
        <App />
      </LocaleProvider>,
    );
    expect(screen.getByRole("region", { name: "Library" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Composer" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Phone preview" })).toBeInTheDocument();
  });

  it("shows the version that Rust reports in the status bar", async () => {
    ipc.appInfo.mockResolvedValue({ name: "Wabi Studio", version: "9.9.9", dataDir: "/tmp" });
    render(
      <LocaleProvider locale="en">
        <App />
      </LocaleProvider>,
    );
    expect(await screen.findByText("Version 9.9.9")).toBeInTheDocument();
  });

  it("says plainly when the core cannot be reached", async () => {
    ipc.appInfo.mockRejectedValue(new Error("no IPC"));
    render(
      <LocaleProvider locale="en">
        <App />
      </LocaleProvider>,
    );
    expect(await screen.findByText("Core unavailable: no IPC")).toBeInTheDocument();
  });

  it("speaks Italian when the locale is Italian", () => {
    ipc.appInfo.mockResolvedValue({ name: "Wabi Studio", version: "1.0.0", dataDir: "/tmp" });
    render(
      <LocaleProvider locale="it">
        <App />
      </LocaleProvider>,
    );
    expect(screen.getByRole("region", { name: "Anteprima telefono" })).toBeInTheDocument();
  });
});

import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/context";
import type { RenderedTemplate, RenderOptions } from "../ipc";
import { App } from "../app/App";
import { previewOf, rendered } from "../app/fixtures";

const ipc = vi.hoisted(() => ({
  appInfo: vi.fn<() => Promise<{ name: string; version: string; dataDir: string }>>(async () => ({ name: "Wabi Studio", version: "1", dataDir: "/tmp" })),
  appReady: vi.fn<() => Promise<void>>(async () => undefined),
  renderTemplate: vi.fn<(doc: unknown, options: RenderOptions) => Promise<RenderedTemplate>>(),
  listStarters: vi.fn<(locale: "en" | "it") => Promise<never[]>>(async () => []),
  listLanguages: vi.fn<(locale: "en" | "it") => Promise<never[]>>(async () => []),
}));
vi.mock("../ipc", () => ipc);

describe("authentication editor", () => {
  it("switching to Authentication shows the OTP fields and apps can be added for autofill", () => {
    ipc.renderTemplate.mockResolvedValue(rendered(previewOf("")));
    render(
      <LocaleProvider locale="en">
        <App />
      </LocaleProvider>,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Category" }), { target: { value: "AUTHENTICATION" } });
    expect(screen.queryByRole("textbox", { name: "Body" })).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "Code delivery" }), { target: { value: "ONE_TAP" } });
    fireEvent.click(screen.getByRole("button", { name: "Add app" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Package name" }), { target: { value: "com.example.app" } });
    expect(screen.getByRole("textbox", { name: "Package name" })).toHaveValue("com.example.app");
    expect(ipc.renderTemplate).toHaveBeenLastCalledWith(
      expect.objectContaining({ category: "AUTHENTICATION" }),
      expect.anything(),
    );
  });
});

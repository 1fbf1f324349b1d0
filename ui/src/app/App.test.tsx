import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppInfo, RenderedTemplate, RenderOptions, Starter, LanguageOption } from "../ipc";
import { LocaleProvider } from "../i18n/context";
import { App } from "./App";
import { previewOf, rendered } from "./fixtures";

const ipc = vi.hoisted(() => ({
  appInfo: vi.fn<() => Promise<AppInfo>>(),
  appReady: vi.fn<() => Promise<void>>(),
  renderTemplate: vi.fn<(doc: unknown, options: RenderOptions) => Promise<RenderedTemplate>>(),
  listStarters: vi.fn<(locale: "en" | "it") => Promise<Starter[]>>(),
  listLanguages: vi.fn<(locale: "en" | "it") => Promise<LanguageOption[]>>(),
}));
vi.mock("../ipc", () => ipc);

function renderApp(locale: "en" | "it" = "en") {
  return render(
    <LocaleProvider locale={locale}>
      <App />
    </LocaleProvider>,
  );
}

describe("first screen", () => {
  beforeEach(() => {
    ipc.appInfo.mockReset();
    ipc.appInfo.mockResolvedValue({ name: "Wabi Studio", version: "9.9.9", dataDir: "/tmp" });
    ipc.renderTemplate.mockReset();
    ipc.renderTemplate.mockImplementation(async (doc) => {
      const body = JSON.stringify(doc).match(/"text":"([^"]*)"/)?.[1] ?? "";
      return rendered(previewOf(body));
    });
    ipc.listStarters.mockResolvedValue([]);
    ipc.listLanguages.mockResolvedValue([
      { code: "en_US", name: "English (US)" },
      { code: "it", name: "Italian" },
    ]);
  });

  it("shows the library, composer and phone preview panes", () => {
    renderApp();
    expect(screen.getByRole("region", { name: "Library" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Composer" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Phone preview" })).toBeInTheDocument();
  });

  it("shows the version that Rust reports in the status bar", async () => {
    renderApp();
    expect(await screen.findByText("Version 9.9.9")).toBeInTheDocument();
  });

  it("says plainly when the core cannot be reached", async () => {
    ipc.appInfo.mockRejectedValue(new Error("no IPC"));
    renderApp();
    expect(await screen.findByText("Core unavailable: no IPC")).toBeInTheDocument();
  });

  it("speaks Italian when the locale is Italian", () => {
    renderApp("it");
    expect(screen.getByRole("region", { name: "Anteprima telefono" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Nome del modello" })).toBeInTheDocument();
  });

  it("asks Rust for problems, starters and language names in the interface language", async () => {
    renderApp("it");
    await waitFor(() =>
      expect(ipc.renderTemplate).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ locale: "it" })),
    );
    await waitFor(() => expect(ipc.listStarters).toHaveBeenLastCalledWith("it"));
    await waitFor(() => expect(ipc.listLanguages).toHaveBeenLastCalledWith("it"));
  });

  it("opens straight into an empty draft whose controls are named exactly as labelled", async () => {
    renderApp();
    expect(screen.getByRole("textbox", { name: "Template name" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Category" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Header type" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Body" })).toHaveValue("");
    expect(screen.getByRole("textbox", { name: "Footer" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Add button" })).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Header type" }), { target: { value: "TEXT" } });
    expect(screen.getByRole("textbox", { name: "Header text" })).toBeInTheDocument();
    await waitFor(() => expect(ipc.renderTemplate).toHaveBeenCalled());
  });

  it("shows each problem at its field and in the Problems list, and a click focuses the field", async () => {
    ipc.renderTemplate.mockResolvedValue(
      rendered(previewOf(""), [
        { rule: "name.empty", severity: "error", pointer: "/name", message: "The template name is empty." },
        { rule: "body.empty", severity: "error", pointer: "/components/0/text", message: "The body is empty." },
      ]),
    );
    renderApp();
    const problems = screen.getByRole("region", { name: "Problems" });
    const item = await within(problems).findByRole("button", { name: /The template name is empty/ });
    const name = screen.getByRole("textbox", { name: "Template name" });
    // Both fields visited: their missing values are errors now (before, they are "to do").
    fireEvent.blur(name);
    fireEvent.blur(screen.getByRole("textbox", { name: "Body" }));
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription(/The template name is empty/);
    expect(screen.getByRole("textbox", { name: "Body" })).toHaveAccessibleDescription(/The body is empty/);
    fireEvent.click(item);
    expect(name).toHaveFocus();
    expect(within(problems).getByText("Not ready: 2 errors, 0 warnings")).toBeInTheDocument();
  });

  it("opens a new draft with its empty required fields as to do, not errors, until a field is visited", async () => {
    ipc.renderTemplate.mockResolvedValue(
      rendered(previewOf(""), [
        { rule: "name.empty", severity: "error", pointer: "/name", message: "The template name is empty." },
        { rule: "body.empty", severity: "error", pointer: "/components/0/text", message: "The body is empty." },
        { rule: "name.charset", severity: "error", pointer: "/name", message: "Use lower-case letters." },
      ]),
    );
    renderApp();
    const problems = screen.getByRole("region", { name: "Problems" });
    const todo = await within(problems).findByRole("button", { name: /The template name is empty/ });
    expect(todo).toHaveClass("problem-todo");
    expect(todo).toHaveTextContent("To do");
    // A wrong value is an error at once; only the missing ones wait.
    expect(within(problems).getByRole("button", { name: /Use lower-case letters/ })).toHaveClass("problem-error");
    expect(within(problems).getByTestId("problems-summary")).toHaveTextContent("Not ready: 1 error, 2 fields to fill in, 0 warnings");
    const name = screen.getByRole("textbox", { name: "Template name" });
    const body = screen.getByRole("textbox", { name: "Body" });
    expect(body).not.toHaveAttribute("aria-invalid");
    expect(body).toHaveAccessibleDescription(/To do The body is empty/);

    fireEvent.focus(body);
    fireEvent.blur(body);
    expect(body).toHaveAttribute("aria-invalid", "true");
    expect(within(problems).getByRole("button", { name: /The body is empty/ })).toHaveClass("problem-error");
    expect(within(problems).getByRole("button", { name: /The template name is empty/ })).toHaveClass("problem-todo");
    expect(within(problems).getByTestId("problems-summary")).toHaveTextContent("Not ready: 2 errors, 1 field to fill in, 0 warnings");
    expect(name).toHaveAttribute("aria-invalid", "true");
  });

  it("shows every missing value as an error once the user saves explicitly (Ctrl+S)", async () => {
    ipc.renderTemplate.mockResolvedValue(
      rendered(previewOf(""), [{ rule: "name.empty", severity: "error", pointer: "/name", message: "The template name is empty." }]),
    );
    renderApp();
    const problems = screen.getByRole("region", { name: "Problems" });
    expect(await within(problems).findByRole("button", { name: /The template name is empty/ })).toHaveClass("problem-todo");
    fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    await waitFor(() => expect(within(problems).getByRole("button", { name: /The template name is empty/ })).toHaveClass("problem-error"));
    expect(screen.getByRole("textbox", { name: "Template name" })).toHaveAttribute("aria-invalid", "true");
    // New draft: untouched again.
    fireEvent.click(screen.getByRole("button", { name: "New draft" }));
    await waitFor(() => expect(within(problems).getByRole("button", { name: /The template name is empty/ })).toHaveClass("problem-todo"));
  });

  it("renders script and markup typed into fields as text, never as elements", async () => {
    const payload = "<img src=x onerror=alert(1)><script>alert(1)</script>";
    const { container } = renderApp();
    for (const name of ["Template name", "Body", "Footer"]) {
      fireEvent.change(screen.getByRole("textbox", { name }), { target: { value: payload } });
    }
    ipc.renderTemplate.mockResolvedValue(
      rendered(previewOf(payload, { footer: payload }), [{ rule: "name.charset", severity: "error", pointer: "/name", message: payload }]),
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Body" }), { target: { value: `${payload}!` } });
    const preview = screen.getByRole("region", { name: "Phone preview" });
    await waitFor(() => expect(within(preview).getAllByText(payload).length).toBeGreaterThan(0));
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(within(screen.getByRole("region", { name: "Problems" })).getAllByText(payload).length).toBeGreaterThan(0);
  });

  it("New draft replaces the document with an empty one and undo is across the template", async () => {
    renderApp();
    const name = screen.getByRole("textbox", { name: "Template name" });
    fireEvent.change(name, { target: { value: "first" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Footer" }), { target: { value: "foot" } });
    act(() => {
      fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    });
    expect(screen.getByRole("textbox", { name: "Footer" })).toHaveValue("");
    expect(name).toHaveValue("first");
    fireEvent.click(screen.getByRole("button", { name: "New draft" }));
    expect(screen.getByRole("textbox", { name: "Template name" })).toHaveValue("");
  });

  it("switching the client asks Rust for that client's preview", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("radio", { name: "iOS" }));
    await waitFor(() => expect(ipc.renderTemplate).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ client: "ios" })));
    fireEvent.click(screen.getByRole("radio", { name: "Dark" }));
    await waitFor(() => expect(ipc.renderTemplate).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ theme: "dark" })));
    fireEvent.click(screen.getByRole("checkbox", { name: "Show sample values" }));
    await waitFor(() => expect(ipc.renderTemplate).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ showSamples: false })));
  });
});

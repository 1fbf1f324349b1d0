import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/context";
import type { Autosave } from "./autosave";
import { CloseGuard, mayClose } from "./CloseGuard";

const watch = vi.hoisted(() => ({ decide: undefined as undefined | (() => Promise<boolean>) }));
const closed = vi.hoisted(() => ({ count: 0 }));
// The real module for the rest (DEFAULT_SETTINGS: LocaleProvider reads the stored preferences).
vi.mock("../ipc/window", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc/window")>()),
  closeWindow: async () => {
    closed.count += 1;
  },
  watchCloseRequests: (decide: () => Promise<boolean>) => {
    watch.decide = decide;
    return () => undefined;
  },
}));

const saved = (ok: boolean) => ({ flush: vi.fn<() => Promise<boolean>>(async () => ok) });

describe("closing the window", () => {
  it("closes without asking once pending edits are saved", async () => {
    const ask = vi.fn<() => Promise<boolean>>(async () => false);
    const autosave = saved(true);
    expect(await mayClose(autosave, ask)).toBe(true);
    expect(autosave.flush).toHaveBeenCalledOnce();
    expect(ask).not.toHaveBeenCalled();
  });

  it("asks when the save failed, and follows the answer", async () => {
    expect(await mayClose(saved(false), async () => false)).toBe(false);
    expect(await mayClose(saved(false), async () => true)).toBe(true);
  });

  it("shows the reason and keeps the window open on Keep editing", async () => {
    render(
      <LocaleProvider locale="en">
        <CloseGuard autosave={saved(false) as unknown as Autosave} message="disk full" />
      </LocaleProvider>,
    );
    let answer: Promise<boolean> | undefined;
    await act(async () => {
      answer = watch.decide?.();
    });
    expect(screen.getByRole("dialog", { name: "Close without your latest changes?" })).toHaveTextContent("disk full");
    expect(screen.getByRole("button", { name: "Keep editing" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(await answer).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("closes anyway when the user says so", async () => {
    render(
      <LocaleProvider locale="en">
        <CloseGuard autosave={saved(false) as unknown as Autosave} message="disk full" />
      </LocaleProvider>,
    );
    let answer: Promise<boolean> | undefined;
    await act(async () => {
      answer = watch.decide?.();
    });
    fireEvent.click(screen.getByRole("button", { name: "Close anyway" }));
    expect(await answer).toBe(true);
  });

  it("quits with Ctrl+Q once the edits are saved", async () => {
    const autosave = saved(true);
    render(
      <LocaleProvider locale="en">
        <CloseGuard autosave={autosave as unknown as Autosave} message="" />
      </LocaleProvider>,
    );
    const before = closed.count;
    await act(async () => {
      fireEvent.keyDown(window, { key: "q", ctrlKey: true });
    });
    expect(autosave.flush).toHaveBeenCalledOnce();
    expect(closed.count).toBe(before + 1);
  });
});

import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/context";
import type { AccountView, PreparedSend, Recipient, SendLogRow, SendOutcome, SendTestRequest } from "../ipc/sending";
import { AccountSettings } from "./AccountSettings";
import { SendDialog } from "./SendDialog";
import { SendLog } from "./SendLog";

const TOKEN = "EAAtestTOKENvalue0123456789abcdef4f2a";

const calls = vi.hoisted(() => ({
  saveToken: [] as [string, boolean][],
  prepared: [] as SendTestRequest[],
  logFilters: [] as (string | null)[],
  copied: [] as string[],
}));

const baseView: AccountView = {
  settings: { phoneNumberId: "106540352242922", wabaId: null, apiVersion: "v23.0", baseUrl: "https://graph.facebook.com" },
  defaultApiVersion: "v23.0",
  defaultBaseUrl: "https://graph.facebook.com",
  tokenPlace: "none",
  tokenHint: null,
  keyringProblem: null,
};

const state = vi.hoisted(() => ({ account: null as AccountView | null, recipients: [] as Recipient[] }));

vi.mock("../ipc/sending", async (importOriginal) => {
  const original = await importOriginal<typeof import("../ipc/sending")>();
  return {
    ...original,
    getAccount: async () => state.account,
    saveToken: async (token: string, sessionOnly: boolean) => {
      calls.saveToken.push([token, sessionOnly]);
      if (!sessionOnly) {
        throw new original.SendingError({ code: "keyring_unavailable", message: "No keyring is available on this system (no Secret Service)." });
      }
      return { ...state.account, tokenPlace: "session", tokenHint: "set, ending in …4f2a" };
    },
    listRecipients: async () => state.recipients,
    listSendLog: async (outcome: SendOutcome | null): Promise<SendLogRow[]> => {
      calls.logFilters.push(outcome);
      const row: SendLogRow = {
        entry: {
          id: 3,
          atMs: 1_764_000_000_000,
          recipient: "+16505551234",
          mode: "template",
          draftId: 7,
          revisionId: 12,
          requestBody: '{"to":"+16505551234"}',
          outcome: "failed",
          response: '{"code":131047,"whatHappened":"More than 24 hours have passed"}',
          messageId: null,
        },
        curl: "curl -X POST 'https://graph.facebook.com/v23.0/1/messages' -H \"Authorization: Bearer $WABI_ACCESS_TOKEN\"",
      };
      return outcome === null || outcome === "failed" ? [row] : [];
    },
    copyText: async (text: string) => {
      calls.copied.push(text);
      return true;
    },
    prepareTestSend: async (request: SendTestRequest): Promise<PreparedSend> => {
      calls.prepared.push(request);
      return {
        request: {
          method: "POST",
          url: "https://graph.facebook.com/v23.0/PHONE_NUMBER_ID/messages",
          headers: [{ name: "Authorization", value: "Bearer <ACCESS_TOKEN>" }],
          body: { to: request.to, type: "template", template: { name: "spring_sale", components: [] } },
        },
        uploads: [],
        curl: "curl",
        problems: [],
        warnings: [],
        differences: [],
        windowExplanation: null,
        waMeLink: null,
        qr: null,
        withoutAccount: true,
      };
    },
  };
});

beforeEach(() => {
  calls.saveToken.length = 0;
  calls.prepared.length = 0;
  calls.logFilters.length = 0;
  calls.copied.length = 0;
  state.account = baseView;
  state.recipients = [];
});

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe("account settings", () => {
  it("offers the token for this session only when there is no keyring, then shows only its last four characters", async () => {
    render(
      <LocaleProvider locale="en">
        <AccountSettings />
      </LocaleProvider>,
    );
    await flush();
    fireEvent.change(screen.getByLabelText("New access token"), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole("button", { name: "Save token in keyring" }));
    await flush();
    expect(screen.getByRole("alert").textContent).toContain("No keyring is available");
    fireEvent.click(screen.getByRole("button", { name: "Use for this session only" }));
    await flush();
    expect(calls.saveToken).toEqual([
      [TOKEN, false],
      [TOKEN, true],
    ]);
    expect(screen.getByTestId("token-status").textContent).toBe("Access token: set, ending in …4f2a (this session only)");
    expect((screen.getByLabelText("New access token") as HTMLInputElement).value).toBe("");
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });
});

describe("send dialog", () => {
  it("offers only opted-in numbers and, without an account, shows the dry run and cannot send", async () => {
    state.account = { ...baseView, settings: null };
    state.recipients = [
      { phone: "+16505551234", label: "Me", optedInMs: 1, withdrawnMs: null },
      { phone: "+442071838750", label: "", optedInMs: 1, withdrawnMs: 2 },
    ];
    render(
      <LocaleProvider locale="en">
        <SendDialog document={{ name: "spring_sale", language: "en_US" }} draftId={7} />
      </LocaleProvider>,
    );
    await flush();
    await flush();
    const withdrawn = screen.getByRole("option", { name: "+442071838750 (no opt-in)" }) as HTMLOptionElement;
    expect(withdrawn.disabled).toBe(true);
    expect((screen.getByLabelText("Recipient") as HTMLSelectElement).value).toBe("+16505551234");
    expect(screen.getByText("Dry run: the request, with no account set up")).toBeTruthy();
    expect(screen.getByTestId("send-request").textContent).toContain("Bearer <ACCESS_TOKEN>");
    expect((screen.getByRole("button", { name: "Send" }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.prepared.at(-1)?.draftId).toBe(7);
  });
});

describe("send log", () => {
  it("lists attempts with draft and revision, filters by outcome, and copies the cURL command with the token placeholder", async () => {
    render(
      <LocaleProvider locale="en">
        <SendLog />
      </LocaleProvider>,
    );
    await flush();
    const row = document.querySelector("li[data-outcome='failed']");
    expect(row?.textContent).toContain("+16505551234");
    expect(row?.textContent).toContain("Draft 7 · revision 12");
    expect(row?.textContent).toContain("More than 24 hours have passed");
    fireEvent.click(screen.getByRole("button", { name: "Copy as cURL" }));
    await flush();
    expect(calls.copied).toEqual([expect.stringContaining("$WABI_ACCESS_TOKEN")]);
    expect(screen.getByText("Copied")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Show"), { target: { value: "sent" } });
    await flush();
    expect(calls.logFilters).toEqual([null, "sent"]);
    expect(screen.getByText("No sends yet.")).toBeTruthy();
  });
});

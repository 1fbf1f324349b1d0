// Sending a test (Rust: src-tauri/src/commands/sending.rs): the account and its token, test
// recipients with consent, the account's templates, preparing and sending a test, the send log,
// and copying text to the clipboard. The token goes to Rust once, in `saveToken`; nothing that
// comes back carries it (the account shows only "set, ending in …4f2a").
import { call, IpcError } from "./call";
import type { AccountSettings } from "./bindings/AccountSettings";
import type { AccountView } from "./bindings/AccountView";
import type { PhoneNumberInfo } from "./bindings/PhoneNumberInfo";
import type { PreparedRequest } from "./bindings/PreparedRequest";
import type { PreparedSend } from "./bindings/PreparedSend";
import type { QrMatrix } from "./bindings/QrMatrix";
import type { Recipient } from "./bindings/Recipient";
import type { RemoteTemplate } from "./bindings/RemoteTemplate";
import type { SendLogEntry } from "./bindings/SendLogEntry";
import type { SendLogRow } from "./bindings/SendLogRow";
import type { SendMode } from "./bindings/SendMode";
import type { SendOutcome } from "./bindings/SendOutcome";
import type { SendTestRequest } from "./bindings/SendTestRequest";
import type { TokenPlace } from "./bindings/TokenPlace";

export type {
  AccountSettings,
  AccountView,
  PhoneNumberInfo,
  PreparedRequest,
  PreparedSend,
  QrMatrix,
  Recipient,
  RemoteTemplate,
  SendLogEntry,
  SendLogRow,
  SendMode,
  SendOutcome,
  SendTestRequest,
  TokenPlace,
};

/** A failed sending command (the same error as every command's). */
export { IpcError as SendingError };

/** The account: settings, where the token is and its hint. */
export const getAccount = () => call<AccountView>("get_account");
/** Checks and stores the account settings. */
export const saveAccount = (settings: AccountSettings) => call<AccountView>("save_account", { settings });
/** Stores the token in the OS keyring, or in memory for this session only. */
export const saveToken = (token: string, sessionOnly: boolean) =>
  call<AccountView>("save_token", { token, sessionOnly });
/** Forgets the token. */
export const forgetToken = () => call<AccountView>("forget_token");
/** Reads the phone number's display number, verified name and quality rating. */
export const testConnection = () => call<PhoneNumberInfo>("test_connection");
/** The account's templates with their status. */
export const listAccountTemplates = () => call<RemoteTemplate[]>("list_account_templates");
/** The test recipients. */
export const listRecipients = () => call<Recipient[]>("list_recipients");
/** Adds a test recipient; `optIn` records the consent the user confirmed. */
export const addRecipient = (phone: string, label: string, optIn: boolean) =>
  call<Recipient>("add_recipient", { phone, label, optIn });
/** Withdraws a recipient's opt-in. */
export const withdrawOptIn = (phone: string) => call<Recipient>("withdraw_opt_in", { phone });
/**
 * The request a send would make, its problems and proof details (nothing is sent); its texts
 * (a proof's differences, the values' and payload's problems) are worded in `request.locale`
 * (English when absent).
 */
export const prepareTestSend = (request: SendTestRequest) => call<PreparedSend>("prepare_test_send", { request });
/** Sends a test; resolves to its send log row. */
export const sendTest = (request: SendTestRequest) => call<SendLogEntry>("send_test", { request });
/** The send log, newest first, optionally of one outcome. */
export const listSendLog = (outcome: SendOutcome | null) => call<SendLogRow[]>("list_send_log", { outcome });

/** Copies text to the clipboard; false when the clipboard refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

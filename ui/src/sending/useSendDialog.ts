// The state of the send dialog, in the groups it changes in: who to send to (the account and the
// test recipients, the first one with an opt-in chosen), the account's templates (loaded on
// demand, the draft's own first), the prepared request (asked again of Rust whenever the request
// changes) and the send itself (its result shown only while the dialog still asks for the
// request that made it).

import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { errorMessage } from "../ipc/errorMessage";
import {
  getAccount,
  listAccountTemplates,
  listRecipients,
  prepareTestSend,
  sendTest,
  type AccountView,
  type PreparedSend,
  type Recipient,
  type RemoteTemplate,
  type SendLogEntry,
  type SendTestRequest,
} from "../ipc/sending";
import { hasConsent, parametersOf, templateChoices, templateKey, type Parameter } from "./logic";

/** The account and the test recipients, and the recipient chosen. */
export interface SendTargets {
  account: AccountView | null;
  recipients: Recipient[];
  to: string;
  setTo: (phone: string) => void;
  /** The chosen recipient, if it is one of the list. */
  selected: Recipient | undefined;
  /** The account has its settings and a token: a send can go out. */
  accountReady: boolean;
}

export function useSendTargets(): SendTargets {
  const [account, setAccount] = useState<AccountView | null>(null);
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [to, setTo] = useState("");
  useEffect(() => {
    getAccount().then(setAccount, () => setAccount(null));
    listRecipients().then(
      (list) => {
        setRecipients(list);
        const first = list.find(hasConsent);
        if (first) setTo((current) => current || first.phone);
      },
      () => setRecipients([]),
    );
  }, []);
  const selected = recipients.find((r) => r.phone === to);
  const accountReady = account?.settings != null && account.tokenHint != null;
  return { account, recipients, to, setTo, selected, accountReady };
}

/** The account's templates as choices, and the one picked. */
export interface AccountTemplates {
  /** `null` until loaded. */
  templates: RemoteTemplate[] | null;
  error: string | null;
  choices: RemoteTemplate[];
  picked: string;
  setPicked: (key: string) => void;
  pickedTemplate: RemoteTemplate | undefined;
  /** Loads them; the template of the draft's name is picked when there is one. */
  load: () => Promise<void>;
}

export function useAccountTemplates(draftName: string): AccountTemplates {
  const [templates, setTemplates] = useState<RemoteTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState("");
  const choices = useMemo(() => templateChoices(templates ?? [], draftName), [templates, draftName]);
  const pickedTemplate = choices.find((c) => templateKey(c) === picked);
  const load = async () => {
    setError(null);
    try {
      const list = await listAccountTemplates();
      setTemplates(list);
      const own = templateChoices(list, draftName)[0];
      if (own && own.name === draftName) setPicked(templateKey(own));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { templates, error, choices, picked, setPicked, pickedTemplate, load };
}

/** The request as Rust would send it, or why it cannot be prepared. */
export interface Prepared {
  prepared: PreparedSend | null;
  error: string | null;
}

/**
 * Asks Rust to prepare `request` whenever it changes (the latest answer wins). The first
 * template message prepared fills in the editable parameters (`setParameters`), from the draft's
 * samples; later answers leave the user's values alone.
 */
export function usePreparedSend(request: SendTestRequest, setParameters: Dispatch<SetStateAction<Parameter[] | null>>): Prepared {
  const [prepared, setPrepared] = useState<PreparedSend | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    prepareTestSend(request).then(
      (next) => {
        if (!live) return;
        setPrepared(next);
        setError(null);
        if (request.mode === "template") setParameters((current) => current ?? parametersOf(next.request.body));
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [request, setParameters]);
  return { prepared, error };
}

/** What a send did. */
export type SendResult = { ok: true; entry: SendLogEntry } | { ok: false; message: string };

/** Sending `request`; `result` is that of the send made for this very request, if any. */
export function useSend(request: SendTestRequest): { sending: boolean; result: SendResult | null; send: () => Promise<void> } {
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ for: SendTestRequest; outcome: SendResult } | null>(null);
  const send = async () => {
    setSending(true);
    setSent(null);
    try {
      setSent({ for: request, outcome: { ok: true, entry: await sendTest(request) } });
    } catch (e) {
      setSent({ for: request, outcome: { ok: false, message: errorMessage(e) } });
    } finally {
      setSending(false);
    }
  };
  const result = sent !== null && sent.for === request ? sent.outcome : null;
  return { sending, result, send };
}

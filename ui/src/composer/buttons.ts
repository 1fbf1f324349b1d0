// Button list editing: adding a button where it keeps the quick replies together, and reordering
// (by drag or keyboard) so quick replies and call-to-actions each stay together, as Meta requires. When a move
// would split the group, the moved button's whole group passes the other group instead.

import { asString, type JsonObject } from "./doc";

export function isQuickReply(button: JsonObject): boolean {
  return asString(button["type"]).toUpperCase() === "QUICK_REPLY";
}

/**
 * True when quick replies and call-to-action buttons each form one contiguous run (Meta: "quick
 * replies grouped together", so the list changes kind at most once).
 */
export function quickRepliesGrouped(buttons: JsonObject[]): boolean {
  let changes = 0;
  for (let i = 1; i < buttons.length; i += 1) {
    const previous = buttons[i - 1];
    const current = buttons[i];
    if (previous && current && isQuickReply(previous) !== isQuickReply(current)) changes += 1;
  }
  return changes <= 1;
}

/** Moves the button at `from` to `to`, keeping the quick-reply group contiguous. */
export function moveButton(buttons: JsonObject[], from: number, to: number): JsonObject[] {
  const moved = buttons[from];
  if (moved === undefined || to < 0 || to >= buttons.length || from === to) return buttons;
  const naive = [...buttons];
  naive.splice(from, 1);
  naive.splice(to, 0, moved);
  if (quickRepliesGrouped(naive)) return naive;
  const movedIsQuickReply = isQuickReply(moved);
  const own = naive.filter((b) => isQuickReply(b) === movedIsQuickReply);
  const other = naive.filter((b) => isQuickReply(b) !== movedIsQuickReply);
  return to > from ? [...other, ...own] : [...own, ...other];
}

/** Adds `button` next to its own kind (quick replies together, call-to-actions together). */
export function addButton(buttons: JsonObject[], button: JsonObject): JsonObject[] {
  const kind = isQuickReply(button);
  let lastOfKind = -1;
  buttons.forEach((b, i) => {
    if (isQuickReply(b) === kind) lastOfKind = i;
  });
  const at = lastOfKind === -1 ? buttons.length : lastOfKind + 1;
  return [...buttons.slice(0, at), button, ...buttons.slice(at)];
}

/** Removes the button at `index`. */
export function removeButton(buttons: JsonObject[], index: number): JsonObject[] {
  return buttons.filter((_, i) => i !== index);
}

/** The fresh button of a type, with the fields the editor shows. */
export function newButton(type: string): JsonObject {
  switch (type) {
    case "QUICK_REPLY":
      return { type, text: "" };
    case "URL":
      return { type, text: "", url: "https://" };
    case "PHONE_NUMBER":
      return { type, text: "", phone_number: "" };
    case "COPY_CODE":
      return { type, example: "" };
    case "FLOW":
      return { type, text: "", flow_id: "" };
    case "OTP":
      return { type, otp_type: "COPY_CODE", text: "Copy code" };
    default:
      return { type, text: "" };
  }
}

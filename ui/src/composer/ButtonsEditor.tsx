// Buttons: add a type the context allows, edit each button's fields, reorder by drag or by
// keyboard (Alt+Up / Alt+Down on the button's handle, or the move buttons) with the quick-reply
// group kept contiguous, and remove. Serves the message and carousel cards.
// oxlint-disable react/no-array-index-key -- a button's identity is its position (its send index);
// editors are controlled, so redrawing by position is correct.

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useLocale, useT } from "../i18n/context";
import { useComposer } from "./context";
import { addButton, moveButton, newButton, removeButton } from "./buttons";
import { COUNTRIES, countryName, joinPhone, splitPhone } from "./countries";
import { asString, buttonsOf, isObject, variableKeys, type JsonObject, type TemplateDocument } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { fieldDomId } from "./pointers";
import type { Slot } from "./slot";

export type ButtonType = "QUICK_REPLY" | "URL" | "PHONE_NUMBER" | "COPY_CODE" | "FLOW";

export function ButtonsEditor({
  slot,
  types,
  applyToAll,
}: {
  slot: Slot;
  types: readonly ButtonType[];
  /** For carousel cards: applies a list change to every card (same structure on each). */
  applyToAll?: ((doc: TemplateDocument, change: (buttons: JsonObject[]) => JsonObject[]) => TemplateDocument) | undefined;
}) {
  const t = useT();
  const { store, document } = useComposer();
  const [dragging, setDragging] = useState<number | null>(null);
  const buttons = buttonsOf(slot.get(document, "BUTTONS"));
  const p = slot.prefix;

  const changeList = (change: (list: JsonObject[]) => JsonObject[], structural: boolean, coalesce?: string) =>
    store.setDocument(
      (d) => {
        if (structural && applyToAll) return applyToAll(d, change);
        const next = change(buttonsOf(slot.get(d, "BUTTONS")));
        return slot.set(d, "BUTTONS", next.length === 0 ? null : { type: "BUTTONS", buttons: next });
      },
      coalesce === undefined ? {} : { coalesce },
    );

  const move = (from: number, to: number) => {
    changeList((list) => moveButton(list, from, to), true);
    requestAnimationFrame(() => window.document.getElementById(fieldDomId(`${p}buttons.${to}`))?.focus());
  };

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (!e.altKey) return;
    if (e.key === "ArrowUp" && index > 0) {
      e.preventDefault();
      move(index, index - 1);
    } else if (e.key === "ArrowDown" && index < buttons.length - 1) {
      e.preventDefault();
      move(index, index + 1);
    }
  };

  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    if (dragging !== null && dragging !== index) move(dragging, index);
    setDragging(null);
  };

  return (
    <div className="editor-block">
      <ol className="button-list">
        {buttons.map((button, index) => {
          const type = asString(button["type"]).toUpperCase();
          const set = (key: string, value: unknown, extra: (b: JsonObject) => JsonObject = (b) => b) =>
            changeList(
              (list) => list.map((b, i) => (i === index ? extra({ ...b, [key]: value as never }) : b)),
              false,
              `${p}buttons.${index}.${key}`,
            );
          return (
            <DropTarget key={index} className={`button-editor${dragging === index ? " dragging" : ""}`} onDrop={(e) => onDrop(e, index)}>
              <fieldset>
                <legend>{t("button.legend", { n: String(index + 1), type: t(typeKey(type)) })}</legend>
                <div className="button-actions">
                  <button
                    type="button"
                    id={fieldDomId(`${p}buttons.${index}`)}
                    className="drag-handle"
                    draggable
                    aria-label={t("button.reorder", { n: String(index + 1) })}
                    title={t("button.reorderHint")}
                    onDragStart={(e) => {
                      setDragging(index);
                      e.dataTransfer.effectAllowed = "move";
                    }}
                    onDragEnd={() => setDragging(null)}
                    onKeyDown={(e) => onHandleKey(e, index)}
                  >
                    <span aria-hidden="true">⠿</span>
                  </button>
                  <button type="button" className="small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                    {t("button.moveUp")}
                  </button>
                  <button type="button" className="small" disabled={index === buttons.length - 1} onClick={() => move(index, index + 1)}>
                    {t("button.moveDown")}
                  </button>
                  <button type="button" className="small danger" onClick={() => changeList((list) => removeButton(list, index), true)}>
                    {t("button.remove")}
                  </button>
                </div>
                {type !== "COPY_CODE" && (
                  <FieldFrame field={`${p}buttons.${index}.text`} label={t("field.buttonLabel")}>
                    {(control) => <input {...control} type="text" value={asString(button["text"])} onChange={(e) => set("text", e.target.value)} />}
                  </FieldFrame>
                )}
                {type === "URL" && <UrlFields button={button} field={`${p}buttons.${index}`} set={set} />}
                {type === "PHONE_NUMBER" && <PhoneFields button={button} field={`${p}buttons.${index}`} set={set} />}
                {type === "COPY_CODE" && (
                  <FieldFrame field={`${p}buttons.${index}.example`} label={t("field.offerCode")}>
                    {(control) => <input {...control} type="text" value={asString(button["example"])} onChange={(e) => set("example", e.target.value)} />}
                  </FieldFrame>
                )}
                {type === "FLOW" && (
                  <FieldFrame field={`${p}buttons.${index}.flow_id`} label={t("field.flowId")}>
                    {(control) => <input {...control} type="text" value={asString(button["flow_id"])} onChange={(e) => set("flow_id", e.target.value)} />}
                  </FieldFrame>
                )}
              </fieldset>
            </DropTarget>
          );
        })}
      </ol>
      <FieldFrame field={`${p}buttons.add`} label={t("field.addButton")} hint={types.length > 3 ? t("hint.buttons") : undefined}>
        {(control) => (
          <select
            {...control}
            value=""
            onChange={(e) => {
              const type = e.target.value;
              if (type) changeList((list) => addButton(list, newButton(type)), true);
            }}
          >
            <option value="">{t("button.choose")}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(typeKey(type))}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
    </div>
  );
}

/** A list item that accepts a dragged button (mouse only; the keyboard uses Alt+Up/Down). */
function DropTarget({ className, onDrop, children }: { className: string; onDrop: (e: DragEvent) => void; children: ReactNode }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const over = (e: DragEvent) => e.preventDefault();
    element.addEventListener("dragover", over);
    element.addEventListener("drop", onDrop);
    return () => {
      element.removeEventListener("dragover", over);
      element.removeEventListener("drop", onDrop);
    };
  }, [onDrop]);
  return (
    <li ref={ref} className={className}>
      {children}
    </li>
  );
}

type Setter = (key: string, value: unknown, extra?: (b: JsonObject) => JsonObject) => void;

function UrlFields({ button, field, set }: { button: JsonObject; field: string; set: Setter }) {
  const t = useT();
  const url = asString(button["url"]);
  const hasVariable = variableKeys(url).length > 0;
  const example = Array.isArray(button["example"]) ? asString(button["example"][0]) : "";
  return (
    <>
      <FieldFrame field={`${field}.url`} label={t("field.url")} hint={t("hint.url")}>
        {(control) => (
          <input
            {...control}
            type="url"
            spellCheck={false}
            value={url}
            onChange={(e) =>
              set("url", e.target.value, (b) => {
                if (variableKeys(e.target.value).length > 0) return { ...b, example: [isObject(b) && Array.isArray(b["example"]) ? asString(b["example"][0]) : ""] };
                const { example: _drop, ...rest } = b;
                return rest;
              })
            }
          />
        )}
      </FieldFrame>
      {hasVariable && (
        <FieldFrame field={`${field}.example`} label={t("field.urlSample")}>
          {(control) => <input {...control} type="text" value={example} onChange={(e) => set("example", [e.target.value])} />}
        </FieldFrame>
      )}
    </>
  );
}

function PhoneFields({ button, field, set }: { button: JsonObject; field: string; set: Setter }) {
  const t = useT();
  const [locale] = useLocale();
  const value = asString(button["phone_number"]);
  const [preferred, setPreferred] = useState<string | undefined>(undefined);
  const { iso, rest } = splitPhone(value, preferred);
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${fieldDomId(field)}-country`}>{t("field.country")}</label>
        <select
          id={`${fieldDomId(field)}-country`}
          value={iso}
          onChange={(e) => {
            setPreferred(e.target.value);
            set("phone_number", e.target.value ? joinPhone(e.target.value, rest) : rest);
          }}
        >
          <option value="">{t("button.countryOther")}</option>
          {COUNTRIES.map((c) => (
            <option key={c.iso} value={c.iso}>
              {countryName(c.iso, locale)} (+{c.dial})
            </option>
          ))}
        </select>
      </div>
      <FieldFrame field={`${field}.phone_number`} label={t("field.phoneNumber")}>
        {(control) => (
          <input
            {...control}
            type="tel"
            value={iso ? rest : value}
            onChange={(e) => set("phone_number", iso ? joinPhone(iso, e.target.value) : e.target.value)}
          />
        )}
      </FieldFrame>
    </div>
  );
}

function typeKey(type: string) {
  switch (type) {
    case "QUICK_REPLY":
      return "buttonType.QUICK_REPLY" as const;
    case "URL":
      return "buttonType.URL" as const;
    case "PHONE_NUMBER":
      return "buttonType.PHONE_NUMBER" as const;
    case "COPY_CODE":
      return "buttonType.COPY_CODE" as const;
    case "FLOW":
      return "buttonType.FLOW" as const;
    case "OTP":
      return "buttonType.OTP" as const;
    default:
      return "buttonType.other" as const;
  }
}

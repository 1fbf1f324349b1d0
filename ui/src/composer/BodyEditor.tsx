// The body: a text editor with a formatting toolbar that inserts WhatsApp markers, an emoji
// picker, "Add variable", and the variables table (each variable's sample, required by Meta, and
// a description for the team). Serves the message body and every carousel card's body.

import { useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/context";
import { useComposer } from "./context";
import {
  applyFormat,
  asString,
  exampleValue,
  insertAt,
  nextVariable,
  parameterFormat,
  syncExample,
  variableKeys,
  type JsonObject,
} from "./doc";
import { FieldFrame } from "./FieldFrame";
import { fieldDomId } from "./pointers";
import type { Slot } from "./slot";

const TOOLS = ["bold", "italic", "strike", "mono", "list", "quote"] as const;
type Tool = (typeof TOOLS)[number];
const TOOL_GLYPH: Record<Tool, string> = { bold: "B", italic: "I", strike: "S", mono: "</>", list: "•", quote: "❝" };
const EMOJI = ["😀", "😊", "😍", "🎉", "👍", "🙏", "❤️", "🔥", "✅", "⭐", "🛍️", "📦", "🚚", "⏰", "📅", "💬", "🌷", "🎁", "💳", "📍"];

export function BodyEditor({ slot, descriptions, onDescribe }: {
  slot: Slot;
  descriptions: Record<string, string>;
  onDescribe: (key: string, text: string) => void;
}) {
  const t = useT();
  const { store, document } = useComposer();
  const area = useRef<HTMLTextAreaElement>(null);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const body = slot.get(document, "BODY");
  const text = asString(body?.["text"]);
  const format = parameterFormat(document);
  const keys = variableKeys(text);
  const p = slot.prefix;
  const label = p === "" ? t("field.body") : t("field.cardBody");

  const writeBody = (change: (b: JsonObject) => JsonObject, coalesce?: string) =>
    store.setDocument(
      (d) => slot.set(d, "BODY", change(slot.get(d, "BODY") ?? { type: "BODY", text: "" })),
      coalesce === undefined ? {} : { coalesce },
    );

  const setText = (next: string, coalesce?: string) =>
    writeBody((b) => syncExample({ ...b, text: next }, "body", parameterFormat(store.document)), coalesce);

  const selection = () => {
    const el = area.current;
    return el ? { start: el.selectionStart, end: el.selectionEnd } : { start: text.length, end: text.length };
  };

  const restore = (start: number, end: number) =>
    requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, end);
    });

  const applyTool = (tool: Tool) => {
    const { start, end } = selection();
    const result = applyFormat(text, start, end, tool);
    setText(result.text);
    restore(result.start, result.end);
  };

  const insert = (what: string) => {
    const { start, end } = selection();
    const result = insertAt(text, start, end, what);
    setText(result.text);
    restore(result.caret, result.caret);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const tool: Tool | undefined = key === "b" ? "bold" : key === "i" ? "italic" : undefined;
    if (tool) {
      e.preventDefault();
      applyTool(tool);
    }
  };

  return (
    <div className="editor-block">
      <div className="toolbar" role="toolbar" aria-label={t("toolbar.formatting")} aria-controls={fieldDomId(`${p}body.text`)}>
        {TOOLS.map((tool) => (
          <button key={tool} type="button" className={`tool tool-${tool}`} aria-label={t(`tool.${tool}`)} title={t(`tool.${tool}`)} onClick={() => applyTool(tool)}>
            <span aria-hidden="true">{TOOL_GLYPH[tool]}</span>
          </button>
        ))}
        <span className="toolbar-gap" />
        <div className="emoji">
          <button type="button" className="tool" aria-expanded={emojiOpen} aria-label={t("tool.emoji")} title={t("tool.emoji")} onClick={() => setEmojiOpen((o) => !o)}>
            <span aria-hidden="true">☺</span>
          </button>
          {emojiOpen && (
            <fieldset className="emoji-grid">
              <legend className="visually-hidden">{t("tool.emoji")}</legend>
              {EMOJI.map((emoji) => (
                <button
                  key={emoji}
                  type="button"
                  aria-label={emoji}
                  onClick={() => {
                    insert(emoji);
                    setEmojiOpen(false);
                  }}
                >
                  {emoji}
                </button>
              ))}
            </fieldset>
          )}
        </div>
        <button type="button" className="tool tool-text" onClick={() => insert(nextVariable(text, format))}>
          {t("tool.addVariable")}
        </button>
      </div>
      <FieldFrame field={`${p}body.text`} label={label}>
        {(control) => (
          <textarea
            {...control}
            ref={area}
            value={text}
            rows={p === "" ? 8 : 3}
            onKeyDown={onKeyDown}
            onChange={(e) => setText(e.target.value, `${p}body.text`)}
          />
        )}
      </FieldFrame>
      {keys.length > 0 && (
        <table className="variables">
          <caption>{t("variables.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("variables.variable")}</th>
              <th scope="col">{t("variables.sample")}</th>
              <th scope="col">{t("variables.description")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row">
                  <code>{`{{${key}}}`}</code>
                </th>
                <td>
                  <FieldFrame field={`${p}body.example.${key}`} label={t("field.sampleFor", { variable: `{{${key}}}` })} className="field-compact">
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        value={body ? exampleValue(body, "body", format, key) : ""}
                        onChange={(e) =>
                          writeBody((b) => syncExample(b, "body", parameterFormat(store.document), { [key]: e.target.value }), `${p}body.example.${key}`)
                        }
                      />
                    )}
                  </FieldFrame>
                </td>
                <td>
                  <FieldFrame field={`describe.${p}${key}`} label={t("field.descriptionFor", { variable: `{{${key}}}` })} className="field-compact">
                    {(control) => (
                      <input {...control} type="text" value={descriptions[`${p}${key}`] ?? ""} onChange={(e) => onDescribe(`${p}${key}`, e.target.value)} />
                    )}
                  </FieldFrame>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

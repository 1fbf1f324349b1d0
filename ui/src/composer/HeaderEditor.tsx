// The header: none, text (with one variable and its sample), image, video, document or location.
// Media headers take a sample file: dropped or chosen in the media picker (kept by Wabi Studio,
// its reference stored as the sample handle), or a Meta upload handle typed in.

import { useT } from "../i18n/context";
import { useComposer } from "./context";
import { asString, exampleValue, isObject, parameterFormat, syncExample, variableKeys, type JsonObject } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { MediaPicker } from "../media/MediaPicker";
import { mediaUseFor } from "../media/logic";
import type { Slot } from "./slot";

const MESSAGE_FORMATS = ["NONE", "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION"] as const;
const CARD_FORMATS = ["IMAGE", "VIDEO"] as const;

export function HeaderEditor({ slot }: { slot: Slot }) {
  const t = useT();
  const { store, document } = useComposer();
  const header = slot.get(document, "HEADER");
  const format = header ? asString(header["format"]).toUpperCase() || "TEXT" : "NONE";
  const formats: readonly string[] = slot.prefix === "" ? MESSAGE_FORMATS : CARD_FORMATS;
  const p = slot.prefix;
  const paramFormat = parameterFormat(document);

  const setFormat = (next: string) =>
    store.setDocument((d) => {
      if (next === "NONE") return slot.set(d, "HEADER", null);
      if (next === "TEXT") return slot.set(d, "HEADER", { type: "HEADER", format: "TEXT", text: "" });
      if (next === "LOCATION") return slot.set(d, "HEADER", { type: "HEADER", format: "LOCATION" });
      // A new kind of media needs its own sample file: the handle starts empty.
      return slot.set(d, "HEADER", { type: "HEADER", format: next, example: { header_handle: [""] } });
    });

  const update = (change: (h: JsonObject) => JsonObject, coalesce: string) =>
    store.setDocument((d) => slot.set(d, "HEADER", change(slot.get(d, "HEADER") ?? { type: "HEADER", format: "TEXT" })), {
      coalesce,
    });

  const text = asString(header?.["text"]);
  const keys = variableKeys(text);
  const mediaUse = mediaUseFor(format, p !== "");

  return (
    <div className="editor-block">
      <FieldFrame field={`${p}header.format`} label={t("field.headerType")}>
        {(control) => (
          <select {...control} value={format} onChange={(e) => setFormat(e.target.value)}>
            {!formats.includes(format) && <option value={format}>{format}</option>}
            {formats.map((f) => (
              <option key={f} value={f}>
                {t(`headerType.${f as (typeof MESSAGE_FORMATS)[number]}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {format === "TEXT" && (
        <>
          <FieldFrame field={`${p}header.text`} label={t("field.headerText")} hint={t("hint.headerText")}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={text}
                onChange={(e) =>
                  update((h) => syncExample({ ...h, text: e.target.value }, "header", paramFormat), `${p}header.text`)
                }
              />
            )}
          </FieldFrame>
          {keys.map((key) => (
            <FieldFrame
              key={key}
              field={`${p}header.example.${key}`}
              label={t("field.sampleFor", { variable: `{{${key}}}` })}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={header ? exampleValue(header, "header", paramFormat, key) : ""}
                  onChange={(e) =>
                    update((h) => syncExample(h, "header", paramFormat, { [key]: e.target.value }), `${p}header.example.${key}`)
                  }
                />
              )}
            </FieldFrame>
          ))}
        </>
      )}
      {mediaUse && (
        <MediaPicker
          use={mediaUse}
          handle={handleOf(header)}
          onReference={(reference) =>
            store.setDocument((d) =>
              slot.set(d, "HEADER", { ...(slot.get(d, "HEADER") ?? { type: "HEADER", format }), example: { header_handle: [reference] } }),
            )
          }
        />
      )}
      {(format === "IMAGE" || format === "VIDEO" || format === "DOCUMENT" || format === "GIF") && (
        <FieldFrame field={`${p}header.handle`} label={t("field.mediaHandle")} hint={t("hint.mediaHandle")}>
          {(control) => (
            <input
              {...control}
              type="text"
              spellCheck={false}
              value={handleOf(header)}
              onChange={(e) =>
                update((h) => ({ ...h, example: { header_handle: [e.target.value] } }), `${p}header.handle`)
              }
            />
          )}
        </FieldFrame>
      )}
      {format === "LOCATION" && <p className="field-hint">{t("hint.location")}</p>}
    </div>
  );
}

function handleOf(header: JsonObject | undefined): string {
  const example = header?.["example"];
  const list = isObject(example) ? example["header_handle"] : undefined;
  return Array.isArray(list) ? asString(list[0]) : "";
}

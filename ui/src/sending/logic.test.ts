import { describe, expect, it } from "vitest";
import {
  darkCells,
  hasConsent,
  outcomeOf,
  parametersOf,
  prettyJson,
  requestText,
  templateChoices,
  valuesOf,
  withParameter,
} from "./logic";
import type { RemoteTemplate } from "../ipc/sending";

const message = {
  messaging_product: "whatsapp",
  to: "+16505551234",
  type: "template",
  template: {
    name: "order_update",
    language: { code: "en_US" },
    components: [
      { type: "header", parameters: [{ type: "text", text: "Hello" }] },
      {
        type: "body",
        parameters: [
          { type: "text", text: "Ada" },
          { type: "text", text: "42" },
        ],
      },
      { type: "button", sub_type: "url", index: "0", parameters: [{ type: "text", text: "x" }] },
    ],
  },
};

describe("template parameters", () => {
  it("reads header and body text parameters in order and ignores buttons", () => {
    expect(parametersOf(message)).toEqual([
      { section: "header", key: "1", value: "Hello" },
      { section: "body", key: "1", value: "Ada" },
      { section: "body", key: "2", value: "42" },
    ]);
  });

  it("keys named parameters by their name", () => {
    const named = { template: { components: [{ type: "body", parameters: [{ type: "text", parameter_name: "first_name", text: "Ada" }] }] } };
    expect(parametersOf(named)).toEqual([{ section: "body", key: "first_name", value: "Ada" }]);
  });

  it("reads nothing from a proof or garbage", () => {
    expect(parametersOf({ type: "text", text: { body: "hi" } })).toEqual([]);
    expect(parametersOf(null)).toEqual([]);
    expect(parametersOf({ template: { components: "no" } })).toEqual([]);
  });

  it("turns edited parameters into values by section and key", () => {
    const edited = withParameter(parametersOf(message), 1, "Grace");
    expect(valuesOf(edited)).toEqual({ header: { "1": "Hello" }, body: { "1": "Grace", "2": "42" } });
    expect(valuesOf([])).toBeNull();
  });
});

describe("QR code cells", () => {
  it("lists the dark modules row by row", () => {
    expect(darkCells({ size: 2, dark: [true, false, false, true] })).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ]);
  });

  it("draws nothing from a matrix of the wrong length", () => {
    expect(darkCells({ size: 3, dark: [true] })).toEqual([]);
  });
});

describe("dry run text", () => {
  it("shows method, URL, masked headers and the JSON body", () => {
    const text = requestText({
      method: "POST",
      url: "https://graph.facebook.com/v23.0/PHONE_NUMBER_ID/messages",
      headers: [{ name: "Authorization", value: "Bearer <ACCESS_TOKEN>" }],
      body: { to: "+1" },
    });
    expect(text).toBe(
      'POST https://graph.facebook.com/v23.0/PHONE_NUMBER_ID/messages\nAuthorization: Bearer <ACCESS_TOKEN>\n\n{\n  "to": "+1"\n}',
    );
  });
});

describe("consent", () => {
  it("needs an opt-in that is not withdrawn", () => {
    const base = { phone: "+16505551234", label: "" };
    expect(hasConsent({ ...base, optedInMs: 1, withdrawnMs: null })).toBe(true);
    expect(hasConsent({ ...base, optedInMs: null, withdrawnMs: null })).toBe(false);
    expect(hasConsent({ ...base, optedInMs: 1, withdrawnMs: 2 })).toBe(false);
  });
});

describe("template choices and filters", () => {
  const remote = (name: string, language: string): RemoteTemplate => ({ name, language, status: "APPROVED", category: null, raw: {} });

  it("puts the draft's own templates first", () => {
    const sorted = templateChoices([remote("alpha", "en"), remote("order_update", "it"), remote("order_update", "en")], "order_update");
    expect(sorted.map((t) => `${t.name}/${t.language}`)).toEqual(["order_update/en", "order_update/it", "alpha/en"]);
  });

  it("maps filter choices to outcomes", () => {
    expect(outcomeOf("all")).toBeNull();
    expect(outcomeOf("failed")).toBe("failed");
    expect(outcomeOf("nonsense")).toBeNull();
  });

  it("pretty-prints JSON and keeps other text", () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson("Not sent: no opt-in")).toBe("Not sent: no opt-in");
    expect(prettyJson(null)).toBe("");
  });
});

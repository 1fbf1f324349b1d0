import { describe, expect, it } from "vitest";
import type { JsonObject } from "./doc";
import { fallbackChain, fieldDomId, fieldForPointer, pointerTokens } from "./pointers";

const doc: JsonObject = {
  name: "x",
  components: [
    { type: "HEADER", format: "TEXT", text: "Hi {{1}}", example: { header_text: ["Ada"] } },
    { type: "BODY", text: "{{first}} {{second}}", example: { body_text_named_params: [{ param_name: "first", example: "" }, { param_name: "second", example: "" }] } },
    { type: "FOOTER", text: "f" },
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "" }, { type: "URL", text: "Go", url: "https://a/{{1}}", example: [""] }] },
    {
      type: "CAROUSEL",
      cards: [{ components: [{ type: "HEADER", format: "IMAGE" }, { type: "BODY", text: "{{1}}", example: { body_text: [[""]] } }, { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "" }] }] }],
    },
    { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "", has_expiration: true } },
  ],
};

describe("pointer to field", () => {
  it("maps top-level fields to their inputs", () => {
    expect(fieldForPointer("/name", doc)).toBe("name");
    expect(fieldForPointer("/category", doc)).toBe("category");
    expect(fieldForPointer("/language", doc)).toBe("language");
    expect(fieldForPointer("/parameter_format", doc)).toBe("parameter_format");
    expect(fieldForPointer("", doc)).toBe("document");
  });

  it("maps component texts by the component's type, not its position", () => {
    expect(fieldForPointer("/components/0/text", doc)).toBe("header.text");
    expect(fieldForPointer("/components/1/text", doc)).toBe("body.text");
    expect(fieldForPointer("/components/2/text", doc)).toBe("footer.text");
    expect(fieldForPointer("/components/1", doc)).toBe("body.text");
  });

  it("maps positional and named examples to the variable's sample field", () => {
    expect(fieldForPointer("/components/0/example/header_text/0", doc)).toBe("header.example.1");
    expect(fieldForPointer("/components/1/example/body_text_named_params/1/example", doc)).toBe("body.example.second");
    expect(fieldForPointer("/components/4/cards/0/components/1/example/body_text/0/0", doc)).toBe("cards.0.body.example.1");
  });

  it("maps button fields to the button's inputs", () => {
    expect(fieldForPointer("/components/3/buttons/1/url", doc)).toBe("buttons.1.url");
    expect(fieldForPointer("/components/3/buttons/1/example/0", doc)).toBe("buttons.1.example");
    expect(fieldForPointer("/components/3/buttons/0", doc)).toBe("buttons.0.type");
    expect(fieldForPointer("/components/3/buttons", doc)).toBe("buttons.add");
  });

  it("maps carousel card parts to the card's fields", () => {
    expect(fieldForPointer("/components/4/cards/0/components/2/buttons/0/text", doc)).toBe("cards.0.buttons.0.text");
    expect(fieldForPointer("/components/4/cards/0/components/0/example/header_handle/0", doc)).toBe("cards.0.header.handle");
    expect(fieldForPointer("/components/4/cards/0", doc)).toBe("cards.0");
    expect(fieldForPointer("/components/4/cards", doc)).toBe("cards.add");
  });

  it("maps the offer and authentication fields", () => {
    expect(fieldForPointer("/components/5/limited_time_offer/text", doc)).toBe("lto.text");
    const auth: JsonObject = {
      components: [
        { type: "BODY", add_security_recommendation: true },
        { type: "FOOTER", code_expiration_minutes: 100 },
        { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "ONE_TAP", supported_apps: [{ package_name: "x" }] }] },
      ],
    };
    expect(fieldForPointer("/components/1/code_expiration_minutes", auth)).toBe("auth.expiry");
    expect(fieldForPointer("/components/2/buttons/0/supported_apps/0/package_name", auth)).toBe("auth.apps.0");
    expect(fieldForPointer("/components/2/buttons/0/otp_type", auth)).toBe("auth.otp_type");
  });

  it("never throws on pointers into missing or malformed parts", () => {
    for (const pointer of ["/components/99/text", "/components/x", "/zzz", "/components/3/buttons/7/text", "/components/4/cards/9/components/0"]) {
      expect(() => fieldForPointer(pointer, doc)).not.toThrow();
    }
    expect(fieldForPointer("/components/99/text", doc)).toBe("components");
    expect(fieldForPointer("/components/1/text", { components: "nope" })).toBe("components");
  });

  it("unescapes ~0 and ~1 in pointer tokens", () => {
    expect(pointerTokens("/a~1b/c~0d")).toEqual(["a/b", "c~d"]);
  });

  it("falls back to the nearest parent field", () => {
    expect(fallbackChain("cards.0.body.text")).toEqual(["cards.0.body.text", "cards.0.body", "cards.0", "cards"]);
    expect(fieldDomId("cards.0.body.text")).toBe("field-cards-0-body-text");
  });
});

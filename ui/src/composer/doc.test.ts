import { describe, expect, it } from "vitest";
import { applyFormat, emptyDocument, exampleValue, findComponent, nextVariable, setComponent, syncExample, variableKeys } from "./doc";
import { cardLike, messageKind, toAuthentication, toKind } from "./kinds";

describe("document helpers", () => {
  it("finds variables in order of first appearance", () => {
    expect(variableKeys("{{2}} {{1}} {{2}} {{ name }}")).toEqual(["2", "1", "name"]);
  });

  it("next variable follows the highest number or a fresh name", () => {
    expect(nextVariable("Hi {{1}} {{3}}", "positional")).toBe("{{4}}");
    expect(nextVariable("", "positional")).toBe("{{1}}");
    expect(nextVariable("{{variable_1}}", "named")).toBe("{{variable_2}}");
  });

  it("keeps typed samples when the text changes and drops the example without variables", () => {
    let body = syncExample({ type: "BODY", text: "Hi {{1}}" }, "body", "positional", { "1": "Ada" });
    expect(body["example"]).toEqual({ body_text: [["Ada"]] });
    body = syncExample({ ...body, text: "Hi {{1}}, order {{2}}" }, "body", "positional");
    expect(body["example"]).toEqual({ body_text: [["Ada", ""]] });
    expect(exampleValue(body, "body", "positional", "1")).toBe("Ada");
    body = syncExample({ ...body, text: "Hi" }, "body", "positional");
    expect(body["example"]).toBeUndefined();
  });

  it("writes named examples with their names", () => {
    const header = syncExample({ type: "HEADER", format: "TEXT", text: "{{who}}" }, "header", "named", { who: "Ada" });
    expect(header["example"]).toEqual({ header_text_named_params: [{ param_name: "who", example: "Ada" }] });
  });

  it("inserts components in Meta's order", () => {
    let doc = emptyDocument();
    doc = setComponent(doc, "BUTTONS", { type: "BUTTONS", buttons: [] });
    doc = setComponent(doc, "HEADER", { type: "HEADER", format: "TEXT", text: "" });
    doc = setComponent(doc, "FOOTER", { type: "FOOTER", text: "" });
    const types = (doc["components"] as { type: string }[]).map((c) => c.type);
    expect(types).toEqual(["HEADER", "BODY", "FOOTER", "BUTTONS"]);
    expect(findComponent(setComponent(doc, "FOOTER", null), "FOOTER")).toBeUndefined();
  });

  it("formats the selection with WhatsApp markers", () => {
    expect(applyFormat("hello world", 0, 5, "bold").text).toBe("*hello* world");
    expect(applyFormat("hello", 0, 5, "mono").text).toBe("```hello```");
    expect(applyFormat("a\nb", 2, 2, "quote").text).toBe("a\n> b");
    expect(applyFormat("item", 0, 0, "list").text).toBe("- item");
  });

  it("switches kinds with their structure", () => {
    const carousel = toKind(emptyDocument(), "carousel");
    expect(messageKind(carousel)).toBe("carousel");
    expect(findComponent(carousel, "FOOTER")).toBeUndefined();
    const offer = toKind(emptyDocument(), "offer");
    expect(messageKind(offer)).toBe("offer");
    expect(messageKind(toKind(offer, "standard"))).toBe("standard");
    const auth = toAuthentication(emptyDocument());
    expect(auth["category"]).toBe("AUTHENTICATION");
    expect(auth["parameter_format"]).toBeUndefined();
  });

  it("a new card copies the first card's structure with empty texts", () => {
    const card = cardLike({ components: [{ type: "BODY", text: "Shirt" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Buy", url: "https://x" }] }] });
    expect(card).toEqual({ components: [{ type: "BODY", text: "" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "", url: "" }] }] });
  });

  it("tolerates malformed documents", () => {
    expect(findComponent({ components: "nope" }, "BODY")).toBeUndefined();
    expect(setComponent({ components: 5 }, "BODY", { type: "BODY" })["components"]).toEqual([{ type: "BODY" }]);
  });
});

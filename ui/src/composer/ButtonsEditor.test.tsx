import { fireEvent, render, screen, within } from "@testing-library/react";
import { useMemo } from "react";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "../i18n/context";
import { ButtonsEditor } from "./ButtonsEditor";
import { ComposerContext } from "./context";
import type { TemplateDocument } from "./doc";
import { messageSlot } from "./slot";
import { createDocumentStore, useDocumentSnapshot, type DocumentStore } from "./store";

function Harness({ store }: { store: DocumentStore }) {
  const { document } = useDocumentSnapshot(store);
  const value = useMemo(() => ({ store, document, report: { diagnostics: new Map(), counters: new Map() } }), [store, document]);
  return (
    <ComposerContext.Provider value={value}>
      <ButtonsEditor slot={messageSlot} types={["QUICK_REPLY", "URL"]} />
    </ComposerContext.Provider>
  );
}

const doc: TemplateDocument = {
  components: [
    { type: "BODY", text: "x" },
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "A" }, { type: "QUICK_REPLY", text: "B" }, { type: "URL", text: "Go", url: "https://x" }] },
  ],
};

const labels = (store: DocumentStore) => {
  const components = store.document["components"] as { buttons?: { text: string }[] }[];
  return (components[1]?.buttons ?? []).map((b) => b.text);
};

describe("buttons editor", () => {
  it("Alt+Down on a button's handle moves it, keeping quick replies together", () => {
    const store = createDocumentStore(doc);
    render(
      <LocaleProvider locale="en">
        <Harness store={store} />
      </LocaleProvider>,
    );
    fireEvent.keyDown(screen.getByRole("button", { name: "Move button 1" }), { key: "ArrowDown", altKey: true });
    expect(labels(store)).toEqual(["B", "A", "Go"]);
    fireEvent.keyDown(screen.getByRole("button", { name: "Move button 2" }), { key: "ArrowDown", altKey: true });
    expect(labels(store)).toEqual(["Go", "B", "A"]);
  });

  it("adds a type from the Add button list and removes a button", () => {
    const store = createDocumentStore(doc);
    render(
      <LocaleProvider locale="en">
        <Harness store={store} />
      </LocaleProvider>,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Add button" }), { target: { value: "QUICK_REPLY" } });
    expect(labels(store)).toEqual(["A", "B", "", "Go"]);
    const third = screen.getAllByRole("group")[2];
    if (!third) throw new Error("no third button");
    fireEvent.click(within(third).getByRole("button", { name: "Remove" }));
    expect(labels(store)).toEqual(["A", "B", "Go"]);
  });
});

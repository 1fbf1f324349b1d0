// The main window: library, composer and phone preview side by side, and a status bar. Owns the
// composer's document store (one place for the document), the preview settings, and the
// shortcuts; everything the panes show about the template comes from Rust via `useRendered`.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import { AttentionContext, createAttention } from "../composer/attention";
import { ComposerPane } from "../composer/ComposerPane";
import { ComposerContext } from "../composer/context";
import { emptyDocument, type TemplateDocument } from "../composer/doc";
import { markCommitted, useFieldReport, useRendered, type PreviewSettings } from "../composer/rendered";
import { StarterPicker } from "../composer/StarterPicker";
import { createDocumentStore, useDocumentSnapshot, type DocumentStore } from "../composer/store";
import { useLocale, useT } from "../i18n/context";
import { listLanguages, listStarters, type LanguageOption, type Starter } from "../ipc";
import { LibraryPane } from "../library/LibraryPane";
import { PhonePreview, PreviewNotes, PreviewSwitches } from "../preview/PhonePreview";
import { PaneSplitter } from "./PaneSplitter";
import { focusLibrarySearch, useShortcuts, type ShortcutAction } from "./shortcuts";
import { StatusBar } from "./StatusBar";
import { SendingPanel } from "../sending/SendingPanel";

export function App({ store: given }: { store?: DocumentStore }) {
  const t = useT();
  const [store] = useState(() => given ?? createDocumentStore());
  // Which required fields still show as "to do" (composer/attention.ts): a new draft opens so.
  const [attention] = useState(() => createAttention());
  const snapshot = useDocumentSnapshot(store);
  const [settings, setSettings] = useState<PreviewSettings>({ client: "android", theme: "light", showSamples: true });
  const render = useRendered(store, settings);
  const result = render.state === "ready" ? render.result : undefined;
  const report = useFieldReport(result, snapshot.document);
  useLayoutEffect(() => {
    if (result) markCommitted();
  }, [result]);
  const [languages, setLanguages] = useState<LanguageOption[]>([]);
  const [starters, setStarters] = useState<Starter[]>([]);
  const [picking, setPicking] = useState(false);
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [draftId, setDraftId] = useState<number | undefined>(undefined);

  // Language names and starter titles come from Rust in the interface language: reload them when
  // it changes.
  const [locale] = useLocale();
  useEffect(() => {
    let live = true;
    listLanguages(locale).then((list) => {
      if (live) setLanguages(list);
    }, () => undefined);
    listStarters(locale).then((list) => {
      if (live) setStarters(list);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [locale]);

  const newDraft = useCallback(() => {
    store.replaceDocument(emptyDocument());
    attention.reset(false);
    setDescriptions({});
    requestAnimationFrame(() => document.getElementById("field-name")?.focus());
  }, [store, attention]);

  const openStarter = (starter: Starter) => {
    store.replaceDocument(structuredClone(starter.template) as TemplateDocument);
    attention.reset(false);
    setDescriptions({});
    setPicking(false);
  };

  const onShortcut = useCallback(
    (action: ShortcutAction) => {
      switch (action) {
        case "newDraft":
          return newDraft();
        case "starters":
          return setPicking(true);
        case "undo":
          return store.undo();
        case "redo":
          return store.redo();
        case "clientAndroid":
          return setSettings((s) => ({ ...s, client: "android" }));
        case "clientIos":
          return setSettings((s) => ({ ...s, client: "ios" }));
        case "clientDesktop":
          return setSettings((s) => ({ ...s, client: "desktop" }));
        case "find":
          return void focusLibrarySearch();
        case "save":
        case "quit":
          return; // The library pane owns saving, and its close guard quitting.
      }
    },
    [newDraft, store],
  );
  useShortcuts(onShortcut);

  const context = useMemo(() => ({ store, document: snapshot.document, report }), [store, snapshot.document, report]);

  return (
    <ComposerContext.Provider value={context}>
      <AttentionContext.Provider value={attention}>
        <div className="app">
          <div className="panes">
            <LibraryPane onDraftChange={setDraftId} />
            <PaneSplitter pane="library" />
            <section className="pane pane-composer" aria-label={t("pane.composer")}>
              <h2 className="pane-title">{t("pane.composer")}</h2>
              <SendingPanel document={snapshot.document} draftId={draftId} />
              <ComposerPane
                languages={languages}
                result={result}
                descriptions={descriptions}
                onDescribe={(key, text) => setDescriptions((d) => ({ ...d, [key]: text }))}
                onNewDraft={newDraft}
                onNewFromStarter={() => setPicking(true)}
              />
              {render.state === "failed" && <p className="field-problems">{render.message}</p>}
            </section>
            <PaneSplitter pane="preview" />
            <section className="pane pane-preview" aria-label={t("pane.preview")}>
              <h2 className="pane-title">{t("pane.preview")}</h2>
              <PreviewSwitches settings={settings} onChange={setSettings} />
              <PhonePreview preview={result?.preview} businessName={t("preview.businessName")} />
              <PreviewNotes preview={result?.preview} />
            </section>
          </div>
          <StatusBar />
          {picking && <StarterPicker starters={starters} onPick={openStarter} onClose={() => setPicking(false)} />}
        </div>
      </AttentionContext.Provider>
    </ComposerContext.Provider>
  );
}

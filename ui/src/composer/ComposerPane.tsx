// The composer (center pane): new-draft actions, the Problems region, and one section per part of
// the template (identity, message type, header, body, footer, buttons, carousel, offer,
// authentication).

import { useT } from "../i18n/context";
import type { LanguageOption, RenderedTemplate } from "../ipc";
import { AuthEditor } from "./AuthEditor";
import { BodyEditor } from "./BodyEditor";
import { ButtonsEditor, type ButtonType } from "./ButtonsEditor";
import { CarouselEditor } from "./CarouselEditor";
import { useComposer } from "./context";
import { asString, findComponent, setComponent } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { HeaderEditor } from "./HeaderEditor";
import { IdentitySection } from "./IdentitySection";
import { messageKind, toKind, type MessageKind } from "./kinds";
import { OfferEditor } from "./OfferEditor";
import { ProblemsPanel } from "./ProblemsPanel";
import { messageSlot } from "./slot";

const STANDARD_BUTTONS: readonly ButtonType[] = ["QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "FLOW"];
const OFFER_BUTTONS: readonly ButtonType[] = ["COPY_CODE", "URL"];

export function ComposerPane({
  languages,
  result,
  descriptions,
  onDescribe,
  onNewDraft,
  onNewFromStarter,
}: {
  languages: LanguageOption[];
  result: RenderedTemplate | undefined;
  descriptions: Record<string, string>;
  onDescribe: (key: string, text: string) => void;
  onNewDraft: () => void;
  onNewFromStarter: () => void;
}) {
  const t = useT();
  const { store, document } = useComposer();
  const auth = asString(document["category"]).toUpperCase() === "AUTHENTICATION";
  const kind = messageKind(document);
  const footer = findComponent(document, "FOOTER")?.component;

  return (
    <>
      <div className="composer-actions">
        <button type="button" className="primary" onClick={onNewDraft} title="Ctrl+N">
          {t("action.newDraft")}
        </button>
        <button type="button" onClick={onNewFromStarter}>
          {t("action.newFromStarter")}
        </button>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => store.undo()} disabled={!store.snapshot().canUndo} title="Ctrl+Z">
          {t("action.undo")}
        </button>
        <button type="button" onClick={() => store.redo()} disabled={!store.snapshot().canRedo} title="Ctrl+Shift+Z">
          {t("action.redo")}
        </button>
      </div>
      <ProblemsPanel result={result} />
      <form className="composer" onSubmit={(e) => e.preventDefault()} aria-label={t("pane.composer")}>
        <IdentitySection languages={languages} />
        {!auth && (
          <section className="composer-section" aria-labelledby="section-kind">
            <h3 id="section-kind">{t("section.kind")}</h3>
            <FieldFrame field="kind" label={t("field.messageType")} hint={t(`hint.kind.${kind}`)}>
              {(control) => (
                <select {...control} value={kind} onChange={(e) => store.setDocument((d) => toKind(d, e.target.value as MessageKind))}>
                  <option value="standard">{t("kind.standard")}</option>
                  <option value="carousel">{t("kind.carousel")}</option>
                  <option value="offer">{t("kind.offer")}</option>
                </select>
              )}
            </FieldFrame>
          </section>
        )}
        {auth ? (
          <AuthEditor />
        ) : (
          <>
            {kind !== "carousel" && (
              <section className="composer-section" aria-labelledby="section-header">
                <h3 id="section-header">{t("section.header")}</h3>
                <HeaderEditor slot={messageSlot} />
              </section>
            )}
            {kind === "offer" && <OfferEditor />}
            <section className="composer-section" aria-labelledby="section-body">
              <h3 id="section-body">{t("section.body")}</h3>
              <BodyEditor slot={messageSlot} descriptions={descriptions} onDescribe={onDescribe} />
            </section>
            {kind === "standard" && (
              <section className="composer-section" aria-labelledby="section-footer">
                <h3 id="section-footer">{t("section.footer")}</h3>
                <FieldFrame field="footer.text" label={t("field.footer")} hint={t("hint.footer")}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      value={asString(footer?.["text"])}
                      onChange={(e) =>
                        store.setDocument(
                          (d) => setComponent(d, "FOOTER", e.target.value === "" ? null : { type: "FOOTER", text: e.target.value }),
                          { coalesce: "footer.text" },
                        )
                      }
                    />
                  )}
                </FieldFrame>
              </section>
            )}
            {kind === "carousel" ? (
              <CarouselEditor descriptions={descriptions} onDescribe={onDescribe} />
            ) : (
              <section className="composer-section" aria-labelledby="section-buttons">
                <h3 id="section-buttons">{t("section.buttons")}</h3>
                <ButtonsEditor slot={messageSlot} types={kind === "offer" ? OFFER_BUTTONS : STANDARD_BUTTONS} />
              </section>
            )}
          </>
        )}
      </form>
    </>
  );
}

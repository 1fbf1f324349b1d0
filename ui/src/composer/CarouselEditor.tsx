// The carousel: 2 to 10 cards, each with a media header, a body and up to two buttons, the same
// structure on every card. Adding or removing a button offers to do it on every card (on by
// default, because Meta rejects cards that differ).
// oxlint-disable react/no-array-index-key -- a card's identity is its position (its card_index).

import { useState } from "react";
import { useT } from "../i18n/context";
import { BodyEditor } from "./BodyEditor";
import { ButtonsEditor } from "./ButtonsEditor";
import { useComposer } from "./context";
import { buttonsOf, cardsOf, findComponent, isObject, setComponent, updateComponent, type JsonObject, type TemplateDocument } from "./doc";
import { HeaderEditor } from "./HeaderEditor";
import { cardLike } from "./kinds";
import { fieldDomId } from "./pointers";
import { cardSlot } from "./slot";

const CARD_BUTTONS = ["QUICK_REPLY", "URL", "PHONE_NUMBER"] as const;

export function CarouselEditor({ descriptions, onDescribe }: { descriptions: Record<string, string>; onDescribe: (k: string, v: string) => void }) {
  const t = useT();
  const { store, document } = useComposer();
  const [everyCard, setEveryCard] = useState(true);
  const cards = cardsOf(document);

  const setCards = (change: (cards: JsonObject[]) => JsonObject[]) =>
    store.setDocument((d) => updateComponent(d, "CAROUSEL", (c) => ({ ...c, cards: change(cardsOf(d)) })));

  const applyToAll = (card: number) =>
    everyCard
      ? (doc: TemplateDocument, change: (buttons: JsonObject[]) => JsonObject[]) =>
          updateComponent(doc, "CAROUSEL", (carousel) => ({
            ...carousel,
            cards: cardsOf(doc).map((c) => {
              const current = buttonsOf(findComponent(c, "BUTTONS")?.component);
              const next = change(current);
              return setComponent(c, "BUTTONS", next.length === 0 ? null : { type: "BUTTONS", buttons: next });
            }),
          }))
      : (doc: TemplateDocument, change: (buttons: JsonObject[]) => JsonObject[]) => {
          const slot = cardSlot(card);
          const next = change(buttonsOf(slot.get(doc, "BUTTONS")));
          return slot.set(doc, "BUTTONS", next.length === 0 ? null : { type: "BUTTONS", buttons: next });
        };

  return (
    <section className="composer-section" aria-labelledby="section-carousel">
      <h3 id="section-carousel">{t("section.carousel")}</h3>
      <p className="field-hint">{t("hint.carousel")}</p>
      <label className="check">
        <input type="checkbox" checked={everyCard} onChange={(e) => setEveryCard(e.target.checked)} />
        {t("field.applyToEveryCard")}
      </label>
      <ol className="card-list">
        {cards.map((_, index) => (
          <li key={index} className="card-editor">
            <fieldset>
              <legend id={fieldDomId(`cards.${index}`)} tabIndex={-1}>
                {t("card.legend", { n: String(index + 1) })}
              </legend>
              <HeaderEditor slot={cardSlot(index)} />
              <BodyEditor slot={cardSlot(index)} descriptions={descriptions} onDescribe={onDescribe} />
              <ButtonsEditor slot={cardSlot(index)} types={CARD_BUTTONS} applyToAll={applyToAll(index)} />
              <button type="button" className="small danger" onClick={() => setCards((list) => list.filter((__, i) => i !== index))}>
                {t("card.remove", { n: String(index + 1) })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={fieldDomId("cards.add")}
        onClick={() => setCards((list) => [...list, cardLike(isObject(list[0]) ? list[0] : undefined)])}
      >
        {t("card.add")}
      </button>
    </section>
  );
}

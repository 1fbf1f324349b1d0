// Where a component lives: in the template itself, or in carousel card `n`. Editors of headers,
// bodies and buttons take a slot so the same editor serves the message and every card.

import { findComponent, isObject, setComponent, updateComponent, type ComponentType, type JsonObject } from "./doc";

export interface Slot {
  /** Field id prefix: "" for the message, "cards.0." for card 0. */
  prefix: string;
  get(doc: JsonObject, type: ComponentType): JsonObject | undefined;
  set(doc: JsonObject, type: ComponentType, next: JsonObject | null): JsonObject;
}

export const messageSlot: Slot = {
  prefix: "",
  get: (doc, type) => findComponent(doc, type)?.component,
  set: (doc, type, next) => setComponent(doc, type, next),
};

export function cardSlot(card: number): Slot {
  return {
    prefix: `cards.${card}.`,
    get(doc, type) {
      const cards = findComponent(doc, "CAROUSEL")?.component["cards"];
      const target = Array.isArray(cards) ? cards[card] : undefined;
      return isObject(target) ? findComponent(target, type)?.component : undefined;
    },
    set(doc, type, next) {
      return updateComponent(doc, "CAROUSEL", (carousel) => {
        const cards = Array.isArray(carousel["cards"]) ? [...carousel["cards"]] : [];
        const target = cards[card];
        cards[card] = setComponent(isObject(target) ? target : { components: [] }, type, next);
        return { ...carousel, cards };
      });
    },
  };
}

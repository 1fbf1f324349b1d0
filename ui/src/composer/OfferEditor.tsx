// The limited-time offer: its headline (shown in the banner) and whether it shows an expiry
// countdown.

import { useT } from "../i18n/context";
import { useComposer } from "./context";
import { asString, findComponent, isObject, updateComponent } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { fieldDomId } from "./pointers";

export function OfferEditor() {
  const t = useT();
  const { store, document } = useComposer();
  const raw = findComponent(document, "LIMITED_TIME_OFFER")?.component["limited_time_offer"];
  const offer = isObject(raw) ? raw : {};
  const set = (key: string, value: string | boolean) =>
    store.setDocument(
      (d) =>
        updateComponent(d, "LIMITED_TIME_OFFER", (c) => {
          const inner = isObject(c["limited_time_offer"]) ? c["limited_time_offer"] : {};
          return { ...c, limited_time_offer: { ...inner, [key]: value } };
        }),
      { coalesce: `lto.${key}` },
    );
  return (
    <section className="composer-section" aria-labelledby="section-offer">
      <h3 id="section-offer">{t("section.offer")}</h3>
      <FieldFrame field="lto.text" label={t("field.offerHeadline")} hint={t("hint.offerHeadline")}>
        {(control) => <input {...control} type="text" value={asString(offer["text"])} onChange={(e) => set("text", e.target.value)} />}
      </FieldFrame>
      <label className="check">
        <input
          id={fieldDomId("lto.expiration")}
          type="checkbox"
          checked={offer["has_expiration"] === true}
          onChange={(e) => set("has_expiration", e.target.checked)}
        />
        {t("field.offerExpires")}
      </label>
    </section>
  );
}

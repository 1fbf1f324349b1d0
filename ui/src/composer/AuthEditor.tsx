// Authentication (one-time passcode) templates: the preset body's security sentence, the code
// expiry, and the OTP button (copy code, one-tap or zero-tap autofill with its Android apps).
// oxlint-disable react/no-array-index-key -- an app's identity is its position in supported_apps.

import { useT } from "../i18n/context";
import { useComposer } from "./context";
import { asString, buttonsOf, findComponent, isObject, setComponent, type JsonObject } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { fieldDomId } from "./pointers";

const OTP_TYPES = ["COPY_CODE", "ONE_TAP", "ZERO_TAP"] as const;

export function AuthEditor() {
  const t = useT();
  const { store, document } = useComposer();
  const body = findComponent(document, "BODY")?.component;
  const footer = findComponent(document, "FOOTER")?.component;
  const otp = buttonsOf(findComponent(document, "BUTTONS")?.component)[0] ?? { type: "OTP", otp_type: "COPY_CODE" };
  const otpType = asString(otp["otp_type"]).toUpperCase() || "COPY_CODE";
  const apps = Array.isArray(otp["supported_apps"]) ? otp["supported_apps"].filter(isObject) : [];
  const expiry = footer?.["code_expiration_minutes"];

  const setOtp = (change: (b: JsonObject) => JsonObject, coalesce?: string) =>
    store.setDocument(
      (d) => {
        const list = buttonsOf(findComponent(d, "BUTTONS")?.component);
        const current = list[0] ?? { type: "OTP", otp_type: "COPY_CODE" };
        return setComponent(d, "BUTTONS", { type: "BUTTONS", buttons: [change(current), ...list.slice(1)] });
      },
      coalesce === undefined ? {} : { coalesce },
    );

  const setApps = (next: JsonObject[]) => setOtp((b) => ({ ...b, supported_apps: next }));

  return (
    <section className="composer-section" aria-labelledby="section-auth">
      <h3 id="section-auth">{t("section.auth")}</h3>
      <p className="field-hint">{t("hint.auth")}</p>
      <label className="check">
        <input
          id={fieldDomId("auth.security")}
          type="checkbox"
          checked={body?.["add_security_recommendation"] === true}
          onChange={(e) =>
            store.setDocument((d) => setComponent(d, "BODY", { ...(findComponent(d, "BODY")?.component ?? { type: "BODY" }), add_security_recommendation: e.target.checked }))
          }
        />
        {t("field.securityRecommendation")}
      </label>
      <FieldFrame field="auth.expiry" label={t("field.codeExpiry")} hint={t("hint.codeExpiry")}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={90}
            value={typeof expiry === "number" ? String(expiry) : ""}
            onChange={(e) =>
              store.setDocument(
                (d) => {
                  const value = e.target.value.trim();
                  if (value === "") return setComponent(d, "FOOTER", null);
                  const n = Number(value);
                  return setComponent(d, "FOOTER", { type: "FOOTER", code_expiration_minutes: Number.isFinite(n) ? n : value });
                },
                { coalesce: "auth.expiry" },
              )
            }
          />
        )}
      </FieldFrame>
      <FieldFrame field="auth.otp_type" label={t("field.otpType")}>
        {(control) => (
          <select {...control} value={otpType} onChange={(e) => setOtp((b) => ({ ...b, otp_type: e.target.value }))}>
            {OTP_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`otpType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FieldFrame field="auth.text" label={t("field.copyLabel")}>
        {(control) => <input {...control} type="text" value={asString(otp["text"])} onChange={(e) => setOtp((b) => ({ ...b, text: e.target.value }), "auth.text")} />}
      </FieldFrame>
      {otpType !== "COPY_CODE" && (
        <>
          <FieldFrame field="auth.autofill_text" label={t("field.autofillLabel")}>
            {(control) => (
              <input {...control} type="text" value={asString(otp["autofill_text"])} onChange={(e) => setOtp((b) => ({ ...b, autofill_text: e.target.value }), "auth.autofill_text")} />
            )}
          </FieldFrame>
          <fieldset className="apps">
            <legend id={fieldDomId("auth.supported_apps")} tabIndex={-1}>
              {t("field.supportedApps")}
            </legend>
            {apps.map((app, index) => (
              <div key={index} className="field-row">
                <FieldFrame field={`auth.apps.${index}`} label={t("field.packageName")}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      spellCheck={false}
                      value={asString(app["package_name"])}
                      onChange={(e) => setApps(apps.map((a, i) => (i === index ? { ...a, package_name: e.target.value } : a)))}
                    />
                  )}
                </FieldFrame>
                <div className="field">
                  <label htmlFor={`app-hash-${index}`}>{t("field.signatureHash")}</label>
                  <input
                    id={`app-hash-${index}`}
                    type="text"
                    spellCheck={false}
                    value={asString(app["signature_hash"])}
                    onChange={(e) => setApps(apps.map((a, i) => (i === index ? { ...a, signature_hash: e.target.value } : a)))}
                  />
                </div>
                <button type="button" className="small danger" onClick={() => setApps(apps.filter((_, i) => i !== index))}>
                  {t("app.remove")}
                </button>
              </div>
            ))}
            <button type="button" className="small" onClick={() => setApps([...apps, { package_name: "", signature_hash: "" }])}>
              {t("app.add")}
            </button>
          </fieldset>
          {otpType === "ZERO_TAP" && (
            <label className="check">
              <input
                id={fieldDomId("auth.zero_tap_terms_accepted")}
                type="checkbox"
                checked={otp["zero_tap_terms_accepted"] === true}
                onChange={(e) => setOtp((b) => ({ ...b, zero_tap_terms_accepted: e.target.checked }))}
              />
              {t("field.zeroTapTerms")}
            </label>
          )}
        </>
      )}
    </section>
  );
}

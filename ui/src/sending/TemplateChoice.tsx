// Sending as an approved template: the account's templates (loaded on demand, the draft's own
// first, each with its status), a warning when the one picked is not approved, and the message's
// parameters, filled in from the draft's samples and editable.

import { useT } from "../i18n/context";
import { templateKey, withParameter, type Parameter } from "./logic";
import type { AccountTemplates } from "./useSendDialog";

export function TemplateChoice({
  templates,
  draftName,
  canLoad,
  parameters,
  onParameters,
}: {
  templates: AccountTemplates;
  draftName: string;
  /** The account is ready (its templates can be read). */
  canLoad: boolean;
  parameters: Parameter[] | null;
  onParameters: (parameters: Parameter[]) => void;
}) {
  const t = useT();
  const { pickedTemplate } = templates;
  return (
    <div className="sending-template">
      <div className="sending-actions">
        <button type="button" disabled={!canLoad} onClick={() => void templates.load()}>
          {t("send.loadTemplates")}
        </button>
      </div>
      {templates.error !== null && (
        <p className="sending-error" role="alert">
          {templates.error}
        </p>
      )}
      {templates.templates !== null && (
        <label className="sending-field">
          {t("send.template")}
          <select id="send-template" value={templates.picked} onChange={(e) => templates.setPicked(e.target.value)}>
            <option value="">{t("send.draftTemplate", { name: draftName })}</option>
            {templates.choices.map((c) => (
              <option key={templateKey(c)} value={templateKey(c)}>
                {`${c.name} · ${c.language} · ${c.status}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {pickedTemplate && pickedTemplate.status !== "APPROVED" && (
        <p className="sending-warning">{t("send.notApproved", { status: pickedTemplate.status })}</p>
      )}
      {parameters !== null && parameters.length > 0 && (
        <fieldset className="sending-parameters">
          <legend>{t("send.parameters")}</legend>
          {parameters.map((p, i) => (
            <label key={`${p.section}-${p.key}`}>
              {t(p.section === "header" ? "send.headerParameter" : "send.bodyParameter", { key: p.key })}
              <input value={p.value} onChange={(e) => onParameters(withParameter(parameters, i, e.target.value))} />
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

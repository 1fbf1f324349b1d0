// One labelled field: its label (exactly the accessible name), the control, and outside the label
// the hint, the character counter and the field's problems, tied to the control with
// aria-describedby. A required value still missing shows as "to do" until the field is visited
// (see ./attention.ts); leaving the field (blur) marks it visited.

import type { ReactNode } from "react";
import { useLocale, useT } from "../i18n/context";
import { SHOWN_LABEL, shownAs, useAttention } from "./attention";
import { useComposer } from "./context";
import { counterState, counterText } from "./counters";
import { fieldDomId } from "./pointers";

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

export function FieldFrame({
  field,
  label,
  hint,
  children,
  className,
}: {
  field: string;
  label: string;
  hint?: string | undefined;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const t = useT();
  const [locale] = useLocale();
  const { report } = useComposer();
  const [attention, seen] = useAttention();
  const id = fieldDomId(field);
  const problems = (report.diagnostics.get(field) ?? []).map((p) => ({ ...p, shown: shownAs(p, field, seen) }));
  const counter = report.counters.get(field);
  const describedBy: string[] = [];
  if (hint) describedBy.push(`${id}-hint`);
  if (counter) describedBy.push(`${id}-counter`);
  if (problems.length > 0) describedBy.push(`${id}-problems`);
  const control: ControlProps = { id };
  if (describedBy.length > 0) control["aria-describedby"] = describedBy.join(" ");
  if (problems.some((p) => p.shown === "error")) control["aria-invalid"] = true;
  const state = counter ? counterState(counter.count, counter.limit) : "ok";
  return (
    <div className={`field${className ? ` ${className}` : ""}`} onBlur={() => attention.visit(field)}>
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {counter && (
          <span id={`${id}-counter`} className={`counter counter-${state}`} data-state={state}>
            {counterText(counter.count, counter.limit, locale)}
            <span className="visually-hidden"> {t(`counter.${state}`)}</span>
          </span>
        )}
      </div>
      {children(control)}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p) => (
            <li key={`${p.rule}|${p.pointer}|${p.message}`} className={`problem problem-${p.shown}`} data-rule={p.rule}>
              <span className="problem-severity">{t(SHOWN_LABEL[p.shown])}</span>{" "}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// The Problems region: every error and warning with its severity and message; clicking one
// focuses the field that can fix it. "Ready to submit" only with zero errors.

import { useT } from "../i18n/context";
import type { RenderedTemplate } from "../ipc";
import { useComposer } from "./context";
import { fieldForPointer, focusField } from "./pointers";

export function ProblemsPanel({ result }: { result: RenderedTemplate | undefined }) {
  const t = useT();
  const { document } = useComposer();
  const list = result?.diagnostics ?? [];
  const errors = result?.errors ?? 0;
  const warnings = result?.warnings ?? 0;
  const summary =
    result === undefined
      ? t("problems.checking")
      : errors === 0
        ? warnings === 0
          ? t("problems.ready")
          : t("problems.readyWithWarnings", { warnings: String(warnings) })
        : t("problems.notReady", { errors: String(errors), warnings: String(warnings) });
  return (
    <section className="problems" aria-label={t("problems.title")}>
      <h3 className="problems-title">
        {t("problems.title")}
        <output className={`problems-summary ${errors > 0 ? "has-errors" : "no-errors"}`} data-testid="problems-summary">
          {summary}
        </output>
      </h3>
      {list.length > 0 && (
        <ul className="problems-list">
          {list.map((d) => (
            <li key={`${d.rule}|${d.pointer}|${d.message}`}>
              <button
                type="button"
                className={`problem-item problem-${d.severity}`}
                data-rule={d.rule}
                data-pointer={d.pointer}
                onClick={() => focusField(fieldForPointer(d.pointer, document))}
              >
                <span className="problem-severity">{t(d.severity === "error" ? "problems.error" : "problems.warning")}</span>
                <span className="problem-message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

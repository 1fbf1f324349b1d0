// The Problems region: every error and warning with its severity and message; clicking one
// focuses the field that can fix it. "Ready to submit" only with zero errors. A required value
// still missing shows as "to do" in a neutral colour until its field is visited or the user
// saves, sends or exports (./attention.ts); the summary still says "Not ready" and counts it.

import { useCount, useT } from "../i18n/context";
import type { RenderedTemplate } from "../ipc";
import { SHOWN_LABEL, shownAs, useAttention } from "./attention";
import { useComposer } from "./context";
import { fieldForPointer, focusField } from "./pointers";

export function ProblemsPanel({ result }: { result: RenderedTemplate | undefined }) {
  const t = useT();
  const count = useCount();
  const { document } = useComposer();
  const [, seen] = useAttention();
  const list = (result?.diagnostics ?? []).map((d) => {
    const field = fieldForPointer(d.pointer, document);
    return { ...d, field, shown: shownAs(d, field, seen) };
  });
  const errors = result?.errors ?? 0;
  const warnings = result?.warnings ?? 0;
  const toDo = list.filter((d) => d.shown === "todo").length;
  const shownErrors = Math.max(errors - toDo, 0);
  const counts = [
    shownErrors > 0 || toDo === 0 ? count("errors", shownErrors) : null,
    toDo > 0 ? count("toDo", toDo) : null,
    count("warnings", warnings),
  ].filter((part): part is string => part !== null);
  const summary =
    result === undefined
      ? t("problems.checking")
      : errors === 0
        ? warnings === 0
          ? t("problems.ready")
          : t("problems.readyWithWarnings", { warnings: count("warnings", warnings) })
        : t("problems.notReady", { counts: counts.join(", ") });
  const state = errors === 0 ? "no-errors" : shownErrors > 0 ? "has-errors" : "has-todo";
  return (
    <section className="problems" aria-label={t("problems.title")}>
      <h3 className="problems-title">
        {t("problems.title")}
        <output className={`problems-summary ${state}`} data-testid="problems-summary">
          {summary}
        </output>
      </h3>
      {list.length > 0 && (
        <ul className="problems-list">
          {list.map((d) => (
            <li key={`${d.rule}|${d.pointer}|${d.message}`}>
              <button
                type="button"
                className={`problem-item problem-${d.shown}`}
                data-rule={d.rule}
                data-pointer={d.pointer}
                onClick={() => focusField(d.field)}
              >
                <span className="problem-severity">{t(SHOWN_LABEL[d.shown])}</span>
                <span className="problem-message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// Template name, category (with what each means and what a wrong choice costs), language
// (searchable by name and code) and parameter format.

import { useMemo, useState } from "react";
import { useT } from "../i18n/context";
import type { LanguageOption } from "../ipc";
import { useComposer } from "./context";
import { asString, parameterFormat, syncExample, findComponent, setComponent, type TemplateDocument } from "./doc";
import { FieldFrame } from "./FieldFrame";
import { toAuthentication, fromAuthentication } from "./kinds";

const CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;

export function IdentitySection({ languages }: { languages: LanguageOption[] }) {
  const t = useT();
  const { store, document } = useComposer();
  const [search, setSearch] = useState("");
  const category = asString(document["category"]).toUpperCase();
  const language = asString(document["language"]);
  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const list = needle
      ? languages.filter((l) => l.name.toLowerCase().includes(needle) || l.code.toLowerCase().includes(needle))
      : languages;
    // Keep the chosen language selectable even when the search hides it.
    return list.some((l) => l.code === language) ? list : [...languages.filter((l) => l.code === language), ...list];
  }, [languages, search, language]);
  const set = (key: string, value: string) =>
    store.setDocument((d) => ({ ...d, [key]: value }), { coalesce: key });

  const changeCategory = (next: string) =>
    store.setDocument((d) => {
      const was = asString(d["category"]).toUpperCase();
      const withCategory: TemplateDocument = { ...d, category: next };
      if (next === "AUTHENTICATION" && was !== "AUTHENTICATION") return toAuthentication(withCategory);
      if (next !== "AUTHENTICATION" && was === "AUTHENTICATION") return fromAuthentication(withCategory);
      return withCategory;
    });

  const changeFormat = (next: "positional" | "named") =>
    store.setDocument((d) => {
      let doc: TemplateDocument = { ...d, parameter_format: next };
      for (const type of ["HEADER", "BODY"] as const) {
        const found = findComponent(doc, type);
        if (found && typeof found.component["text"] === "string") {
          doc = setComponent(doc, type, syncExample(found.component, type === "HEADER" ? "header" : "body", parameterFormat(doc)));
        }
      }
      return doc;
    });

  return (
    <section className="composer-section" aria-labelledby="section-identity">
      <h3 id="section-identity">{t("section.identity")}</h3>
      <FieldFrame field="name" label={t("field.name")} hint={t("hint.name")}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={asString(document["name"])}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => set("name", e.target.value)}
          />
        )}
      </FieldFrame>
      <FieldFrame field="category" label={t("field.category")} hint={t(categoryHint(category))}>
        {(control) => (
          <select {...control} value={category} onChange={(e) => changeCategory(e.target.value)}>
            {!CATEGORIES.includes(category as (typeof CATEGORIES)[number]) && <option value={category}>{category || "—"}</option>}
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <div className="field-row">
        <div className="field">
          <label htmlFor="language-search">{t("field.languageSearch")}</label>
          <input
            id="language-search"
            type="search"
            value={search}
            placeholder={t("placeholder.languageSearch")}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <FieldFrame field="language" label={t("field.language")}>
          {(control) => (
            <select {...control} value={language} onChange={(e) => set("language", e.target.value)}>
              {!languages.some((l) => l.code === language) && <option value={language}>{language || "—"}</option>}
              {filtered.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name} ({l.code})
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      {category !== "AUTHENTICATION" && (
        <FieldFrame field="parameter_format" label={t("field.parameterFormat")} hint={t("hint.parameterFormat")}>
          {(control) => (
            <select
              {...control}
              value={parameterFormat(document)}
              onChange={(e) => changeFormat(e.target.value === "named" ? "named" : "positional")}
            >
              <option value="positional">{t("parameterFormat.positional")}</option>
              <option value="named">{t("parameterFormat.named")}</option>
            </select>
          )}
        </FieldFrame>
      )}
    </section>
  );
}

function categoryHint(category: string) {
  if (category === "UTILITY") return "hint.category.UTILITY" as const;
  if (category === "AUTHENTICATION") return "hint.category.AUTHENTICATION" as const;
  return "hint.category.MARKETING" as const;
}

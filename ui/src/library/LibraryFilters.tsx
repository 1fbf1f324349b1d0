// The search box and the filters of the library list: category, language, status, "Has errors",
// and the order. Categories and statuses are the generated `Category` / `DraftStatus` enums, so
// the choices are the ones Rust filters by.

import { LIBRARY_SEARCH_ID } from "../app/shortcuts";
import { useT } from "../i18n/context";
import type { Category, DraftStatus, ListQuery, SortBy } from "../ipc/drafts";

/** The categories offered by the filter (Meta's three; a draft's `MISSING` / `UNKNOWN` are not filtered for here). */
export const CATEGORY_CHOICES: readonly Category[] = ["MARKETING", "UTILITY", "AUTHENTICATION"];

/** Meta's statuses offered by the filter after ours (DRAFT, READY), in Meta's words. */
export const META_STATUS_CHOICES: readonly DraftStatus[] = ["APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED"];

const STATUS_CHOICES: readonly DraftStatus[] = ["DRAFT", "READY", ...META_STATUS_CHOICES];

export function LibraryFilters({ query, onChange }: { query: ListQuery; onChange: (patch: Partial<ListQuery>) => void }) {
  const t = useT();
  return (
    <>
      <input
        type="search"
        id={LIBRARY_SEARCH_ID}
        className="library-search"
        aria-label={t("library.search")}
        placeholder={t("library.search")}
        value={query.search ?? ""}
        onChange={(e) => onChange({ search: e.target.value || null })}
      />
      <div className="library-filters">
        <select
          aria-label={t("library.filterCategory")}
          value={query.category ?? ""}
          onChange={(e) => onChange({ category: CATEGORY_CHOICES.find((c) => c === e.target.value) ?? null })}
        >
          <option value="">{t("library.anyCategory")}</option>
          {CATEGORY_CHOICES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
        <input
          className="library-filter-language"
          aria-label={t("library.filterLanguage")}
          placeholder={t("library.filterLanguage")}
          value={query.language ?? ""}
          onChange={(e) => onChange({ language: e.target.value.trim() || null })}
        />
        <select
          aria-label={t("library.filterStatus")}
          value={query.status ?? ""}
          onChange={(e) => onChange({ status: STATUS_CHOICES.find((s) => s === e.target.value) ?? null })}
        >
          <option value="">{t("library.anyStatus")}</option>
          <option value="DRAFT">{t("library.statusDraft")}</option>
          <option value="READY">{t("library.statusReady")}</option>
          {META_STATUS_CHOICES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        <label className="library-check">
          <input
            type="checkbox"
            checked={query.hasErrors === true}
            onChange={(e) => onChange({ hasErrors: e.target.checked ? true : null })}
          />
          {t("library.hasErrors")}
        </label>
        <select aria-label={t("library.sort")} value={query.sort} onChange={(e) => onChange({ sort: e.target.value as SortBy })}>
          <option value="updated">{t("library.sortUpdated")}</option>
          <option value="name">{t("library.sortName")}</option>
        </select>
      </div>
    </>
  );
}

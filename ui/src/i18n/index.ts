// Translation: every user-visible string goes through `translate`. The language follows the OS
// locale (navigator.language) and falls back to English.
import { en, type MessageKey } from "./en";
import { it } from "./it";

export type { MessageKey };
export type Locale = "en" | "it";

export const catalogs: Record<Locale, Record<MessageKey, string>> = { en, it };

/** The interface language for a BCP 47 tag such as "it-IT"; English unless we have it. */
export function localeFor(tag: string | undefined): Locale {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "it" ? "it" : "en";
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string> = {}): string {
  const template = catalogs[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

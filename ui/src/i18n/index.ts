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

/** The nouns the interface counts; each has the messages `count.<noun>.one` and `count.<noun>.other`. */
export type CountedNoun = "errors" | "warnings" | "toDo" | "templates" | "pages";

/**
 * "1 error", "2 errors", "1 errore", "0 errori": `count` with its noun in the form the language's
 * plural rules (`Intl.PluralRules`) pick, the number formatted for the locale ("1.024" in
 * Italian). The one helper every count in the interface goes through. Categories other than "one"
 * (Italian's "many" for round millions) use the `other` form, as both languages write them.
 */
export function countText(locale: Locale, noun: CountedNoun, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other";
  return translate(locale, `count.${noun}.${form}`, { count: new Intl.NumberFormat(locale).format(count) });
}

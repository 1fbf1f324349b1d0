// The interface language as React context, so components read strings with `useT()`. The
// language is a stored preference (`settings.locale`, see app/settings.tsx): until the user picks
// one it follows the OS locale. A `locale` prop fixes the language shown (tests).
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { useSettings } from "../app/settings";
import { countText, localeFor, translate, type CountedNoun, type Locale, type MessageKey } from "./index";

type Translator = (key: MessageKey, vars?: Record<string, string>) => string;

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "en", setLocale: () => undefined });

/** The language for a stored preference: the stored one if we have it, else the OS locale's. */
export function localeOfSetting(stored: string | null, osTag: string | undefined): Locale {
  return stored === "en" || stored === "it" ? stored : localeFor(osTag);
}

export function LocaleProvider({ locale, children }: { locale?: Locale; children: ReactNode }) {
  const [settings, update] = useSettings();
  const current =
    locale ?? localeOfSetting(settings.locale, typeof navigator === "undefined" ? undefined : navigator.language);
  const setLocale = useCallback((next: Locale) => update({ locale: next }), [update]);
  const value = useMemo(() => ({ locale: current, setLocale }), [current, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The translator for the current interface language. */
export function useT(): Translator {
  const { locale } = useContext(LocaleContext);
  return useMemo<Translator>(() => (key, vars) => translate(locale, key, vars), [locale]);
}

/** The current interface language and its setter (which stores the choice). */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useContext(LocaleContext);
  return [locale, setLocale];
}

/** `countText` in the current interface language: `count("errors", 2)` is "2 errors". */
export function useCount(): (noun: CountedNoun, count: number) => string {
  const { locale } = useContext(LocaleContext);
  return useCallback((noun: CountedNoun, count: number) => countText(locale, noun, count), [locale]);
}

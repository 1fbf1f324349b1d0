// The interface language as React context, so components read strings with `useT()`. The
// language follows the OS locale until the user picks one in settings (remembered in
// localStorage); a `locale` prop fixes it (tests).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { localeFor, translate, type Locale, type MessageKey } from "./index";

type Translator = (key: MessageKey, vars?: Record<string, string>) => string;

const STORAGE_KEY = "wabi.locale";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "en", setLocale: () => undefined });

function remembered(): Locale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === "en" || value === "it" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function LocaleProvider({ locale, children }: { locale?: Locale; children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale>(
    () => locale ?? remembered() ?? localeFor(typeof navigator === "undefined" ? undefined : navigator.language),
  );
  const setLocale = useCallback((next: Locale) => {
    setChosen(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Storage unavailable: the choice lasts for this session.
    }
  }, []);
  const value = useMemo(() => ({ locale: chosen, setLocale }), [chosen, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The translator for the current interface language. */
export function useT(): Translator {
  const { locale } = useContext(LocaleContext);
  return useMemo<Translator>(() => (key, vars) => translate(locale, key, vars), [locale]);
}

/** The current interface language and its setter. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useContext(LocaleContext);
  return [locale, setLocale];
}

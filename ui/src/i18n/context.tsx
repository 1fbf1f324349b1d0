// The interface language as React context, so components read strings with `useT()`.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { localeFor, translate, type Locale, type MessageKey } from "./index";

type Translator = (key: MessageKey, vars?: Record<string, string>) => string;

const LocaleContext = createContext<Locale>("en");

export function LocaleProvider({ locale, children }: { locale?: Locale; children: ReactNode }) {
  const chosen = locale ?? localeFor(typeof navigator === "undefined" ? undefined : navigator.language);
  return <LocaleContext.Provider value={chosen}>{children}</LocaleContext.Provider>;
}

/** The translator for the current interface language. */
export function useT(): Translator {
  const locale = useContext(LocaleContext);
  return useMemo<Translator>(() => (key, vars) => translate(locale, key, vars), [locale]);
}

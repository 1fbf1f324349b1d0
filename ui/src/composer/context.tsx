// What every composer section needs, shared through React context: the document store, the
// current document, and the problems and counters of each field.

import { createContext, useContext } from "react";
import type { TemplateDocument } from "./doc";
import type { FieldReport } from "./rendered";
import type { DocumentStore } from "./store";

export interface ComposerContextValue {
  store: DocumentStore;
  document: TemplateDocument;
  report: FieldReport;
}

export const ComposerContext = createContext<ComposerContextValue | null>(null);

export function useComposer(): ComposerContextValue {
  const value = useContext(ComposerContext);
  if (value === null) throw new Error("useComposer outside a ComposerContext provider (a bug)");
  return value;
}

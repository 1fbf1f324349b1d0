// Italian. Must define every key of en.ts (a test fails on a missing one).
import type { MessageKey } from "./en";

export const it: Record<MessageKey, string> = {
  "app.name": "Wabi Studio",
  "pane.library": "Libreria",
  "pane.composer": "Editor",
  "pane.preview": "Anteprima telefono",
  "library.empty": "Le tue bozze appariranno qui.",
  "composer.empty": "Componi qui un modello WhatsApp.",
  "preview.empty": "L'anteprima del telefono apparirà qui.",
  "status.version": "Versione {version}",
  "status.loading": "Avvio…",
  "status.coreUnavailable": "Nucleo non disponibile: {message}",
};

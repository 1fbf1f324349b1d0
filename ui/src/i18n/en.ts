// English: the reference language. Every key the UI uses is defined here first.
export const en = {
  "app.name": "Wabi Studio",
  "pane.library": "Library",
  "pane.composer": "Composer",
  "pane.preview": "Phone preview",
  "library.empty": "Your drafts will appear here.",
  "composer.empty": "Compose a WhatsApp template here.",
  "preview.empty": "The phone preview will appear here.",
  "status.version": "Version {version}",
  "status.loading": "Starting…",
  "status.coreUnavailable": "Core unavailable: {message}",
} as const;

export type MessageKey = keyof typeof en;

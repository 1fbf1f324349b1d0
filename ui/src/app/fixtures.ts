// Test fixtures: what Rust's render_template returns, built by hand for component tests.
import type { Diagnostic, Preview, RenderedTemplate } from "../ipc";

export function previewOf(bodyText: string, extra: Partial<Preview> = {}): Preview {
  return {
    client: "android",
    theme: "light",
    style: {
      chatBackground: "#EFEAE2",
      bubble: "#FFFFFF",
      text: "#111B21",
      secondaryText: "#667781",
      accent: "#027EB5",
      urgent: "#EA0038",
      fontFamily: "Roboto",
      cornerRadius: 8,
      timestampPlacement: "bubbleBottomEnd",
      buttonStyle: "dividedRows",
    },
    display: { kind: "shown" },
    header: null,
    offer: null,
    body: {
      lines: [
        {
          block: { kind: "plain" },
          spans: [{ text: bodyText, bold: false, italic: false, strikethrough: false, monospace: false, code: false, variable: null }],
        },
      ],
      folded: null,
    },
    footer: null,
    timestamp: "10:42",
    buttons: { shown: [], seeAll: null },
    cards: [],
    notes: [],
    ...extra,
  };
}

export function rendered(preview: Preview, diagnostics: Diagnostic[] = []): RenderedTemplate {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return { preview, diagnostics, errors, warnings: diagnostics.length - errors, counters: [] };
}

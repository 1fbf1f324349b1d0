// Draws previewed text lines (from Rust's preview model) as React elements: quote, bullet and
// numbered lines, and spans with their styles. Text is always a React text node, never HTML.
// oxlint-disable react/no-array-index-key -- lines and spans are positional: the preview model
// gives them no other identity, and a list is always redrawn whole.

import type { PreviewLine, PreviewSpan } from "../ipc";

function spanClass(span: PreviewSpan): string {
  const classes = ["span"];
  if (span.bold) classes.push("b");
  if (span.italic) classes.push("i");
  if (span.strikethrough) classes.push("s");
  if (span.monospace) classes.push("mono");
  if (span.code) classes.push("code");
  if (span.variable) classes.push("var", `var-${span.variable.source}`);
  return classes.join(" ");
}

export function RichLines({ lines, className }: { lines: PreviewLine[]; className?: string }) {
  return (
    <div className={className}>
      {lines.map((line, i) => {
        const spans = line.spans.map((span, j) => (
          <span key={j} className={spanClass(span)} data-variable={span.variable?.key}>
            {span.text}
          </span>
        ));
        switch (line.block.kind) {
          case "quote":
            return (
              <div key={i} className="line line-quote">
                {spans}
              </div>
            );
          case "bullet":
            return (
              <div key={i} className="line line-bullet">
                <span className="line-marker" aria-hidden="true">
                  •
                </span>
                <span>{spans}</span>
              </div>
            );
          case "numbered":
            return (
              <div key={i} className="line line-numbered">
                <span className="line-marker">{line.block.number}.</span>
                <span>{spans}</span>
              </div>
            );
          default:
            return (
              <div key={i} className="line">
                {spans.length > 0 ? spans : "\u00a0"}
              </div>
            );
        }
      })}
    </div>
  );
}

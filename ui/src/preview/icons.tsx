// Our own SVG icons for the phone preview (button icons, media placeholders, chat chrome). Drawn
// here from simple shapes; nothing is copied from WhatsApp.

import type { ButtonIcon } from "../ipc";

const common = { width: 16, height: 16, viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round" } as const;

export function ButtonGlyph({ icon }: { icon: ButtonIcon }) {
  switch (icon) {
    case "reply":
      return (
        <svg {...common} aria-hidden="true">
          <path d="M9 14 4 9l5-5" />
          <path d="M4 9h10a6 6 0 0 1 6 6v4" />
        </svg>
      );
    case "link":
      return (
        <svg {...common} aria-hidden="true">
          <path d="M14 4h6v6" />
          <path d="M20 4 11 13" />
          <path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
        </svg>
      );
    case "phone":
    case "voiceCall":
      return (
        <svg {...common} aria-hidden="true">
          <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1" />
        </svg>
      );
    case "copy":
    case "autofill":
      return (
        <svg {...common} aria-hidden="true">
          <rect x="9" y="9" width="11" height="11" rx="2" />
          <path d="M5 15V5a1 1 0 0 1 1-1h9" />
        </svg>
      );
    case "flow":
      return (
        <svg {...common} aria-hidden="true">
          <rect x="5" y="3" width="14" height="18" rx="2" />
          <path d="M9 8h6M9 12h6M9 16h3" />
        </svg>
      );
    case "catalog":
      return (
        <svg {...common} aria-hidden="true">
          <path d="M4 9 6 4h12l2 5" />
          <path d="M4 9h16v11H4z" />
          <path d="M10 20v-5h4v5" />
        </svg>
      );
    case "products":
      return (
        <svg {...common} aria-hidden="true">
          <path d="M8 6h12M8 12h12M8 18h12" />
          <circle cx="4" cy="6" r="1" />
          <circle cx="4" cy="12" r="1" />
          <circle cx="4" cy="18" r="1" />
        </svg>
      );
    default:
      return (
        <svg {...common} aria-hidden="true">
          <circle cx="12" cy="12" r="3" />
        </svg>
      );
  }
}

export function ListGlyph() {
  return (
    <svg {...common} aria-hidden="true">
      <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />
    </svg>
  );
}

export function MediaGlyph({ kind }: { kind: "image" | "video" | "document" | "gif" | "location" }) {
  const big = { ...common, width: 40, height: 40, strokeWidth: 1.5 };
  switch (kind) {
    case "video":
    case "gif":
      return (
        <svg {...big} aria-hidden="true">
          <circle cx="12" cy="12" r="9" />
          <path d="m10 8 6 4-6 4z" fill="currentColor" />
        </svg>
      );
    case "document":
      return (
        <svg {...big} aria-hidden="true">
          <path d="M6 3h8l4 4v14H6z" />
          <path d="M14 3v4h4M9 12h6M9 16h6" />
        </svg>
      );
    case "location":
      return (
        <svg {...big} aria-hidden="true">
          <path d="M12 21s-6-5.5-6-11a6 6 0 0 1 12 0c0 5.5-6 11-6 11z" />
          <circle cx="12" cy="10" r="2" />
        </svg>
      );
    default:
      return (
        <svg {...big} aria-hidden="true">
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="8.5" cy="10" r="1.5" />
          <path d="m21 16-5-5-9 8" />
        </svg>
      );
  }
}

export function BackGlyph() {
  return (
    <svg {...common} width={20} height={20} aria-hidden="true">
      <path d="M15 5 8 12l7 7" />
    </svg>
  );
}

export function VerifiedGlyph() {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" fill="#25A35A" />
      <path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="#fff" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function OfferGlyph() {
  return (
    <svg {...common} width={18} height={18} aria-hidden="true">
      <path d="M3 12V4h8l10 10-8 8z" />
      <circle cx="7.5" cy="8.5" r="1.5" />
    </svg>
  );
}

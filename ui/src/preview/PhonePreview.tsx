// The phone preview: switches (client, theme, sample values or raw markers), a phone (or desktop
// window) frame with a WhatsApp-like chat drawn in our own CSS and SVG, the message bubble drawn
// from Rust's preview model, and the per-client notes under it. No logic about templates here:
// every string, fold and layout decision comes from the preview model.

import { memo, useState, type CSSProperties } from "react";
import { useT } from "../i18n/context";
import type { CardPreview, Client, Preview, PreviewButton, PreviewHeader, Theme } from "../ipc";
import type { PreviewSettings } from "../composer/rendered";
import { BackGlyph, ButtonGlyph, ListGlyph, MediaGlyph, OfferGlyph, VerifiedGlyph } from "./icons";
import { RichLines } from "./RichText";
import { KeptMediaPreview } from "../media/KeptMediaPreview";
import { isKeptReference } from "../media/logic";

const CLIENTS: Client[] = ["android", "ios", "desktop"];
const THEMES: Theme[] = ["light", "dark"];

export const PreviewSwitches = memo(function PreviewSwitches({ settings, onChange }: { settings: PreviewSettings; onChange: (s: PreviewSettings) => void }) {
  const t = useT();
  return (
    <div className="preview-switches">
      <fieldset className="segmented">
        <legend>{t("preview.client")}</legend>
        {CLIENTS.map((client) => (
          <label key={client} className={settings.client === client ? "on" : undefined}>
            <input type="radio" name="preview-client" value={client} checked={settings.client === client} onChange={() => onChange({ ...settings, client })} />
            {t(`client.${client}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t("preview.theme")}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className={settings.theme === theme ? "on" : undefined}>
            <input type="radio" name="preview-theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ ...settings, theme })} />
            {t(`theme.${theme}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={settings.showSamples} onChange={(e) => onChange({ ...settings, showSamples: e.target.checked })} />
        {t("preview.showSamples")}
      </label>
    </div>
  );
});

function styleVars(preview: Preview): CSSProperties {
  const s = preview.style;
  return {
    "--chat-bg": s.chatBackground,
    "--bubble": s.bubble,
    "--text": s.text,
    "--secondary": s.secondaryText,
    "--accent": s.accent,
    "--urgent": s.urgent,
    "--radius": `${s.cornerRadius}px`,
    "--client-font": `"${s.fontFamily}"`,
  } as CSSProperties;
}

export const PhonePreview = memo(function PhonePreview({ preview, businessName }: { preview: Preview | undefined; businessName: string }) {
  const t = useT();
  if (!preview) return <p className="pane-empty">{t("preview.empty")}</p>;
  const desktop = preview.client === "desktop";
  return (
    <div
      className={`device device-${preview.client} chat-${preview.theme} buttons-${preview.style.buttonStyle} ts-${preview.style.timestampPlacement}`}
      style={styleVars(preview)}
      data-testid="device"
      data-client={preview.client}
      data-theme={preview.theme}
    >
      <div className="device-screen">
        {!desktop && (
          <div className="device-status" aria-hidden="true">
            <span>{preview.timestamp}</span>
            <span className="device-camera" />
            <span className="device-battery" />
          </div>
        )}
        <div className="chat-bar">
          {!desktop && <BackGlyph />}
          <span className="chat-avatar" aria-hidden="true">
            {businessName.slice(0, 1)}
          </span>
          <span className="chat-name">
            {businessName} <VerifiedGlyph />
          </span>
        </div>
        <div className="chat-area">
          <div className="chat-day">{t("preview.today")}</div>
          <Message preview={preview} />
        </div>
      </div>
    </div>
  );
});

function Message({ preview }: { preview: Preview }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const [sheet, setSheet] = useState(false);
  const folded = preview.body?.folded;

  if (preview.display.kind === "notShown") {
    return (
      <div className="bubble bubble-not-shown" data-testid="bubble">
        <p className="not-shown">{preview.display.text}</p>
        <span className="stamp">{preview.timestamp}</span>
      </div>
    );
  }

  const lines = folded && !expanded ? folded.lines : preview.body?.lines;
  const buttons = preview.buttons;
  const inlineButtons = (
    <>
      {buttons.shown.map((b) => (
        <PhoneButton key={b.index} button={b} />
      ))}
      {buttons.seeAll && (
        <button type="button" className="msg-button" onClick={() => setSheet(true)}>
          <ListGlyph />
          <span>{buttons.seeAll.label}</span>
        </button>
      )}
    </>
  );
  const hasButtons = buttons.shown.length > 0 || buttons.seeAll !== null;
  const detached = preview.style.buttonStyle === "detachedBlocks";

  return (
    <div className="message">
      <div className="bubble" data-testid="bubble">
        {preview.header && <Header header={preview.header} />}
        {preview.offer && (
          <div className="offer" data-testid="offer">
            <span className="offer-icon">
              <OfferGlyph />
            </span>
            <span className="offer-text">
              <strong className="offer-headline">{preview.offer.headline}</strong>
              {preview.offer.countdown && (
                <span className={`offer-countdown${preview.offer.countdown.urgent ? " urgent" : ""}`}>{preview.offer.countdown.text}</span>
              )}
              {preview.offer.code && <span className="offer-code">{t("preview.code", { code: preview.offer.code })}</span>}
            </span>
          </div>
        )}
        {lines && <RichLines lines={lines} className="msg-body" />}
        {folded && (
          <button type="button" className="read-more" onClick={() => setExpanded((e) => !e)}>
            {expanded ? t("preview.readLess") : folded.label}
          </button>
        )}
        {preview.footer !== null && <p className="msg-footer">{preview.footer}</p>}
        <span className="stamp">{preview.timestamp}</span>
        {hasButtons && !detached && <div className="msg-buttons">{inlineButtons}</div>}
      </div>
      {hasButtons && detached && <div className="msg-buttons detached">{inlineButtons}</div>}
      {preview.cards.length > 0 && <Cards cards={preview.cards} />}
      {sheet && buttons.seeAll && (
        <div className="sheet-backdrop">
          <dialog open className="sheet" aria-label={buttons.seeAll.label}>
            <div className="sheet-head">
              <button type="button" className="sheet-close" onClick={() => setSheet(false)} aria-label={t("action.close")}>
                ×
              </button>
              <strong>{buttons.seeAll.label}</strong>
            </div>
            {buttons.seeAll.buttons.map((b) => (
              <PhoneButton key={b.index} button={b} />
            ))}
          </dialog>
        </div>
      )}
    </div>
  );
}

function PhoneButton({ button }: { button: PreviewButton }) {
  return (
    <button type="button" className="msg-button" data-icon={button.icon} title={button.target ?? undefined}>
      <ButtonGlyph icon={button.icon} />
      <span>{button.label}</span>
    </button>
  );
}

function Header({ header }: { header: PreviewHeader }) {
  const t = useT();
  switch (header.kind) {
    case "text":
      return <RichLines lines={header.lines} className="msg-header-text" />;
    case "media":
      return (
        <div className={`media media-${header.media}`} data-testid="media">
          {header.source.kind === "sample" && isKeptReference(header.source.handle) ? (
            <KeptMediaPreview reference={header.source.handle} media={header.media} />
          ) : (
            <MediaGlyph kind={header.media} />
          )}
          {header.media === "document" && <span className="media-name">{header.filename ?? t("preview.document")}</span>}
          {header.source.kind === "missing" && <span className="media-name">{t("preview.noMedia")}</span>}
        </div>
      );
    case "location":
      return (
        <div className="media media-location" data-testid="media">
          <MediaGlyph kind="location" />
          <span className="media-name">{header.name ?? t("preview.locationAtSend")}</span>
          {header.address && <span className="media-name">{header.address}</span>}
        </div>
      );
    default:
      return <div className="media">{t("preview.unsupportedHeader", { format: header.format })}</div>;
  }
}

function Cards({ cards }: { cards: CardPreview[] }) {
  return (
    <div className="cards" data-testid="cards">
      {cards.map((card) => (
        <div key={card.index} className="card">
          {card.header && <Header header={card.header} />}
          {card.body && <RichLines lines={card.body} className="msg-body" />}
          {card.buttons.length > 0 && (
            <div className="msg-buttons">
              {card.buttons.map((b) => (
                <PhoneButton key={b.index} button={b} />
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

export const PreviewNotes = memo(function PreviewNotes({ preview }: { preview: Preview | undefined }) {
  const t = useT();
  if (!preview) return null;
  const notes = [
    ...(preview.display.kind === "notShown" ? preview.display.reasons.map((text) => ({ level: "warning" as const, text })) : []),
    ...preview.notes,
  ];
  if (notes.length === 0) return null;
  return (
    <section className="preview-notes" aria-label={t("preview.notes")}>
      <h3>{t("preview.notes")}</h3>
      <ul>
        {notes.map((note) => (
          <li key={`${note.level}|${note.text}`} className={`note note-${note.level}`}>
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
});

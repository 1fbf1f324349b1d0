// The phone preview's picture of a kept sample file: the real image (its cached thumbnail, or
// the crop being tried), a video placeholder with the duration, or a document's name, type,
// size and pages. Drawn with <img src> through the asset protocol; never as HTML.

import { useCount, useT } from "../i18n/context";
import { thumbnailUrl, type MediaUse } from "../ipc/media";
import { MediaGlyph } from "../preview/icons";
import { useKeptMedia } from "./keptMedia";
import { formatBytes, formatDuration } from "./logic";

type Kind = "image" | "video" | "document" | "gif";

export function KeptMediaPreview({ reference, media }: { reference: string; media: Kind }) {
  const t = useT();
  const count = useCount();
  const use: MediaUse | null = media === "video" ? "header-video" : media === "document" ? "header-document" : null;
  const view = useKeptMedia(reference, use);
  const verdict = view?.verdict;
  const thumbnail = view?.cropThumbnail ?? verdict?.thumbnailPath ?? null;
  if (thumbnail && (media === "image" || media === "gif")) {
    return <img className="media-image" src={thumbnailUrl(thumbnail)} alt={t("media.previewAlt")} data-testid="media-image" />;
  }
  const check = verdict?.check;
  return (
    <>
      <MediaGlyph kind={media} />
      {media === "video" && check?.durationSeconds != null && (
        <span className="media-name" data-testid="media-duration">
          {formatDuration(check.durationSeconds)}
        </span>
      )}
      {media === "document" && verdict && check && (
        <span className="media-name" data-testid="media-document">
          {[
            verdict.name,
            check.kind,
            formatBytes(check.bytes),
            check.pages !== null ? count("pages", check.pages) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      )}
    </>
  );
}

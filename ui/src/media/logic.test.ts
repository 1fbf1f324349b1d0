import { describe, expect, it } from "vitest";
import {
  cropRatiosFor,
  dialogExtensions,
  formatBytes,
  formatDuration,
  isKeptReference,
  MAX_MEDIA_BYTES,
  mediaUseFor,
  nextJobId,
  tooLargeToSend,
} from "./logic";

describe("media logic", () => {
  it("checks a message header's file for its format and a card's file as a card", () => {
    expect(mediaUseFor("IMAGE", false)).toBe("header-image");
    expect(mediaUseFor("VIDEO", false)).toBe("header-video");
    expect(mediaUseFor("DOCUMENT", false)).toBe("header-document");
    expect(mediaUseFor("TEXT", false)).toBeNull();
    expect(mediaUseFor("IMAGE", true)).toBe("card");
    expect(mediaUseFor("VIDEO", true)).toBe("card");
    expect(mediaUseFor("DOCUMENT", true)).toBeNull();
  });

  it("tells kept references from Meta upload handles", () => {
    expect(isKeptReference(`wabi-media:${"a".repeat(64)}.png`)).toBe(true);
    expect(isKeptReference("4::aW1hZ2U=")).toBe(false);
    expect(isKeptReference("")).toBe(false);
    expect(isKeptReference(undefined)).toBe(false);
  });

  it("refuses only files larger than the largest accepted document plus a margin", () => {
    expect(tooLargeToSend(100_000_000)).toBe(false);
    expect(tooLargeToSend(MAX_MEDIA_BYTES)).toBe(false);
    expect(tooLargeToSend(MAX_MEDIA_BYTES + 1)).toBe(true);
  });

  it("offers the ratios the clients show for images and none for documents", () => {
    expect(cropRatiosFor("header-image")).toEqual(["header"]);
    expect(cropRatiosFor("card")).toEqual(["cardWide", "square"]);
    expect(cropRatiosFor("header-document")).toEqual([]);
  });

  it("offers PDFs for documents and images that Fix it converts for image headers", () => {
    expect(dialogExtensions("header-document")).toEqual(["pdf"]);
    expect(dialogExtensions("header-image")).toContain("webp");
  });

  it("writes sizes in decimal units and durations as a clock", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(5_200_000)).toBe("5.2 MB");
    expect(formatBytes(-1)).toBe("");
    expect(formatDuration(7.4)).toBe("0:07");
    expect(formatDuration(725)).toBe("12:05");
    expect(formatDuration(3723)).toBe("1:02:03");
    expect(formatDuration(Number.NaN)).toBe("");
  });

  it("gives every fix job its own id", () => {
    expect(nextJobId(1)).not.toBe(nextJobId(1));
  });
});

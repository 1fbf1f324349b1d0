import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { previewOf } from "../app/fixtures";
import { LocaleProvider } from "../i18n/context";
import { PhonePreview } from "../preview/PhonePreview";
import type { MediaVerdict } from "../ipc/media";
import { KeptMediaPreview } from "./KeptMediaPreview";
import { forgetKeptMedia, rememberVerdict, showCrop } from "./keptMedia";
import { MediaPicker } from "./MediaPicker";

const SHA = "a".repeat(64);
const REFERENCE = `wabi-media:${SHA}.png`;

function verdict(overrides: Partial<MediaVerdict["check"]> = {}, thumbnailPath: string | null = "/data/cache/thumbnails/x-640.jpg"): MediaVerdict {
  return {
    reference: REFERENCE,
    sha256: SHA,
    name: "big.png",
    check: {
      ok: false,
      kind: "image/png",
      use: "header-image",
      width: 4000,
      height: 3000,
      bytes: 7_400_000,
      durationSeconds: null,
      pages: null,
      problems: [{ rule: "image.max_bytes", message: "The image is 7.4 MB; header images may be at most 5 MB." }],
      notes: [],
      fixable: true,
      ...overrides,
    },
    thumbnailPath,
    fixed: null,
  };
}

// The Tauri bridge the asset URL is made by (the webview provides it in the app).
beforeEach(() => {
  Object.assign(window, {
    __TAURI_INTERNALS__: { convertFileSrc: (path: string, protocol: string) => `http://${protocol}.localhost/${encodeURIComponent(path)}` },
  });
});

afterEach(() => forgetKeptMedia());

describe("media picker", () => {
  it("shows the verdict with its problem, the facts and Fix it for a fixable file", () => {
    rememberVerdict(verdict());
    render(
      <LocaleProvider locale="en">
        <MediaPicker use="header-image" handle={REFERENCE} onReference={() => undefined} />
      </LocaleProvider>,
    );
    expect(screen.getByTestId("media-verdict")).toHaveAttribute("data-ok", "false");
    expect(screen.getByText("WhatsApp would refuse this file")).toBeInTheDocument();
    expect(screen.getByText(/big\.png · image\/png · 4000×3000 · 7\.4 MB/)).toBeInTheDocument();
    expect(screen.getByText(/at most 5 MB/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Fix it" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Header 1.91:1" })).toBeInTheDocument();
  });

  it("offers no Fix it for a file WhatsApp accepts", () => {
    rememberVerdict(verdict({ ok: true, problems: [], fixable: false, bytes: 900_000 }));
    render(
      <LocaleProvider locale="en">
        <MediaPicker use="header-image" handle={REFERENCE} onReference={() => undefined} />
      </LocaleProvider>,
    );
    expect(screen.getByText("WhatsApp accepts this file")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Fix it" })).toBeNull();
  });

  it("refuses a dropped file larger than anything accepted before sending its bytes", () => {
    render(
      <LocaleProvider locale="en">
        <MediaPicker use="header-document" handle="" onReference={() => undefined} />
      </LocaleProvider>,
    );
    const huge = new File(["x"], "huge.pdf", { type: "application/pdf" });
    Object.defineProperty(huge, "size", { value: 200_000_000 });
    fireEvent.drop(screen.getByTestId("media-drop"), { dataTransfer: { files: [huge], types: ["Files"] } });
    expect(screen.getByTestId("media-error")).toHaveTextContent("huge.pdf is 200.0 MB");
  });
});

describe("kept media in the preview", () => {
  it("draws the real image through the asset protocol, and the crop being tried instead", () => {
    rememberVerdict(verdict());
    render(
      <LocaleProvider locale="en">
        <KeptMediaPreview reference={REFERENCE} media="image" />
      </LocaleProvider>,
    );
    const image = screen.getByRole("img", { name: "Header image" });
    expect(image.getAttribute("src")).toBe(`http://asset.localhost/${encodeURIComponent("/data/cache/thumbnails/x-640.jpg")}`);
    act(() => showCrop(REFERENCE, "/data/cache/thumbnails/crop.jpg"));
    expect(screen.getByRole("img", { name: "Header image" }).getAttribute("src")).toContain("crop.jpg");
  });

  it("shows a document's name, type, size and pages", () => {
    rememberVerdict(verdict({ ok: true, kind: "application/pdf", bytes: 2_000_000, pages: 3, problems: [], fixable: false, width: null, height: null }, null));
    render(
      <LocaleProvider locale="en">
        <KeptMediaPreview reference={REFERENCE} media="document" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId("media-document")).toHaveTextContent("big.png · application/pdf · 2.0 MB · 3 pages");
  });

  it("shows a video's duration", () => {
    rememberVerdict(verdict({ ok: true, kind: "video/mp4", durationSeconds: 12.2, problems: [], fixable: false }, null));
    render(
      <LocaleProvider locale="en">
        <KeptMediaPreview reference={REFERENCE} media="video" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId("media-duration")).toHaveTextContent("0:12");
  });
});

describe("phone preview with a kept sample file", () => {
  it("draws the kept image in the header and only a glyph for a Meta upload handle", () => {
    rememberVerdict(verdict());
    const kept = previewOf("Hello", { header: { kind: "media", media: "image", source: { kind: "sample", handle: REFERENCE }, filename: null } });
    const { unmount } = render(
      <LocaleProvider locale="en">
        <PhonePreview preview={kept} businessName="Shop" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId("media").querySelector("img")).not.toBeNull();
    unmount();
    const uploaded = previewOf("Hello", { header: { kind: "media", media: "image", source: { kind: "sample", handle: "4::aW1hZ2U=" }, filename: null } });
    render(
      <LocaleProvider locale="en">
        <PhonePreview preview={uploaded} businessName="Shop" />
      </LocaleProvider>,
    );
    expect(screen.getByTestId("media").querySelector("img")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { carriesFiles, filesOf, MAX_DROP_BYTES, readDropped } from "./fileDrop";

function transfer(files: File[], types: string[]): DataTransfer {
  return { files: files as unknown as FileList, types } as unknown as DataTransfer;
}

describe("dropping files on the window", () => {
  it("counts only drags that carry files", () => {
    expect(carriesFiles(transfer([], ["Files"]))).toBe(true);
    expect(carriesFiles(transfer([], ["text/plain"]))).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });

  it("takes every dropped file", () => {
    const a = new File(["{}"], "a.json");
    const b = new File(["[]"], "b.json");
    expect(filesOf(transfer([a, b], ["Files"]))).toEqual([a, b]);
    expect(filesOf(null)).toEqual([]);
  });

  it("reads a template file's name and text", async () => {
    const file = new File(['{"name":"promo"}'], "promo.json", { type: "application/json" });
    expect(await readDropped(file)).toEqual({ name: "promo.json", text: '{"name":"promo"}' });
  });

  it("refuses a file over the limit without reading it", async () => {
    const file = new File(["x"], "video.mp4");
    Object.defineProperty(file, "size", { value: MAX_DROP_BYTES + 1 });
    expect(await readDropped(file)).toEqual({ name: "video.mp4", tooLarge: true });
    const atLimit = new File(["{}"], "big.json");
    Object.defineProperty(atLimit, "size", { value: MAX_DROP_BYTES });
    expect(await readDropped(atLimit)).toEqual({ name: "big.json", text: "{}" });
  });
});

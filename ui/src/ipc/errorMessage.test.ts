import { describe, expect, it } from "vitest";
import { IpcError } from "./call";
import { errorMessage } from "./errorMessage";

describe("errorMessage", () => {
  it("shows a failed command's message as Rust worded it", () => {
    const error = new IpcError({ code: "not_found", message: "Draft 7 is not in the library. Refresh the list." });
    expect(errorMessage(error)).toBe("Draft 7 is not in the library. Refresh the list.");
  });

  it("shows any other error's message", () => {
    expect(errorMessage(new TypeError("bad input"))).toBe("bad input");
  });

  it("shows a thrown string or an {code, message} object that was not wrapped", () => {
    expect(errorMessage("the disk is full")).toBe("the disk is full");
    expect(errorMessage({ code: "file", message: "Cannot write /tmp/x.json" })).toBe("Cannot write /tmp/x.json");
  });

  it("shows anything else as text", () => {
    expect(errorMessage(42)).toBe("42");
    expect(errorMessage(undefined)).toBe("undefined");
    expect(errorMessage(null)).toBe("null");
  });
});

import { describe, expect, it } from "vitest";
import { counterState, counterText } from "./counters";

describe("counters", () => {
  it("the limit itself is near, one over is over", () => {
    expect(counterState(1024, 1024)).toBe("near");
    expect(counterState(1025, 1024)).toBe("over");
  });

  it("turns near within the last tenth of the limit", () => {
    expect(counterState(921, 1024)).toBe("ok");
    expect(counterState(922, 1024)).toBe("near");
    expect(counterState(0, 60)).toBe("ok");
    expect(counterState(54, 60)).toBe("near");
    expect(counterState(53, 60)).toBe("ok");
  });

  it("small limits warn at least at the last character", () => {
    expect(counterState(15, 16)).toBe("near");
    expect(counterState(14, 16)).toBe("ok");
  });

  it("shows count and limit with grouping", () => {
    expect(counterText(812, 1024, "en")).toBe("812 / 1,024");
    expect(counterText(1025, 1024, "it")).toBe("1025 / 1024".replace("1025", new Intl.NumberFormat("it").format(1025)).replace("1024", new Intl.NumberFormat("it").format(1024)));
  });
});

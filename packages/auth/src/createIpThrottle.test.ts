import { describe, expect, it } from "vitest";
import { createIpThrottle } from "./createIpThrottle.ts";

describe("createIpThrottle", () => {
  it("refuses an address over its limit until the window passes", () => {
    const throttle = createIpThrottle({ limit: 3, windowMs: 60_000 });
    const hits = [0, 1, 2, 3].map((t) => throttle.hit("10.0.0.1", 1000 + t));
    expect(hits).toEqual([true, true, true, false]);
    expect(throttle.hit("10.0.0.2", 1010)).toBe(true);
    expect(throttle.hit("10.0.0.1", 61_001)).toBe(true);
  });
});

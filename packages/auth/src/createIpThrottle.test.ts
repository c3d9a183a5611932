import { describe, expect, it } from "vitest";
import { createIpThrottle } from "./createIpThrottle.ts";

describe("createIpThrottle", () => {
  it("refuses an address after its limit of failures, per window", () => {
    const throttle = createIpThrottle({ limit: 3, windowMs: 60_000 });
    for (const t of [0, 1, 2]) {
      expect(throttle.allows("10.0.0.1", 1000 + t)).toBe(true);
      throttle.fail("10.0.0.1", 1000 + t);
    }

    expect(throttle.allows("10.0.0.1", 1003)).toBe(false);
    expect(throttle.allows("10.0.0.2", 1010)).toBe(true);
    expect(throttle.allows("10.0.0.1", 61_001)).toBe(true);
  });

  it("never refuses an address whose attempts succeed", () => {
    const throttle = createIpThrottle({ limit: 3, windowMs: 60_000 });
    for (let t = 0; t < 100; t += 1) expect(throttle.allows("10.0.0.1", t)).toBe(true);
  });
});

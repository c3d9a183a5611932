import { describe, expect, it } from "vitest";
import { formatDateTime } from "./formatDateTime.ts";

describe("formatDateTime", () => {
  it("writes a moment as 2026年12月3日 15:00 in zh-CN", () => {
    expect(formatDateTime("2026-12-03T07:00:00Z", "zh-CN", "Asia/Shanghai")).toBe(
      "2026年12月3日 15:00",
    );
  });

  it("uses a 24-hour clock in English too", () => {
    expect(formatDateTime("2026-12-03T07:05:00Z", "en", "Asia/Shanghai")).toContain(
      "15:05",
    );
  });

  it("writes nothing for a missing or broken value", () => {
    expect(formatDateTime(null, "zh-CN")).toBe("");
    expect(formatDateTime("not a date", "zh-CN")).toBe("");
  });
});

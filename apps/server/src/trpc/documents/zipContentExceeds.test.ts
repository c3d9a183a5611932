import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipContentExceeds } from "./zipContentExceeds.ts";

describe("zipContentExceeds", () => {
  it("passes an archive whose inflated entries stay under the limit", () => {
    const archive = zipSync({
      "word/document.xml": new TextEncoder().encode("<w:t>通知</w:t>"),
    });
    expect(zipContentExceeds(archive, 1024)).toBe(false);
  });

  it("stops at a small archive that inflates past the limit", () => {
    // 20 MB of zeros compress to a few kB: the shape of a zip bomb.
    const archive = zipSync({ "word/document.xml": new Uint8Array(20 * 1024 * 1024) });
    expect(archive.length).toBeLessThan(100 * 1024);
    expect(zipContentExceeds(archive, 5 * 1024 * 1024)).toBe(true);
  });

  it("counts every entry, not just the first", () => {
    const part = new Uint8Array(600 * 1024);
    const archive = zipSync({ a: part, b: part });
    expect(zipContentExceeds(archive, 1024 * 1024)).toBe(true);
    expect(zipContentExceeds(archive, 2 * 1024 * 1024)).toBe(false);
  });
});

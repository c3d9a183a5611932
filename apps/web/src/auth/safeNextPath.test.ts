import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safeNextPath.ts";

describe("safeNextPath", () => {
  it("returns to a page inside the app", () => {
    expect(safeNextPath("/documents/0b6f3a52-1c1e-4c5e-9f3a-2f1f2b1c0d9e")).toBe(
      "/documents/0b6f3a52-1c1e-4c5e-9f3a-2f1f2b1c0d9e",
    );
    expect(safeNextPath(["/unit/members", "/platform"])).toBe("/unit/members");
  });

  it("refuses addresses that leave the app", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "evil",
    ]) {
      expect(safeNextPath(next)).toBe("/documents");
    }
  });

  it("falls back to the document list when nothing or the sign-in page is named", () => {
    expect(safeNextPath(undefined)).toBe("/documents");
    expect(safeNextPath("/sign-in?next=%2Fdocuments")).toBe("/documents");
  });
});

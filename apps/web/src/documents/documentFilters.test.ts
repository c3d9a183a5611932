import { describe, expect, it } from "vitest";
import { parseDocumentFilter } from "./documentFilters.ts";

describe("parseDocumentFilter", () => {
  it("reads the list named in the address", () => {
    expect(parseDocumentFilter("trash")).toBe("trash");
    expect(parseDocumentFilter(["shared", "mine"])).toBe("shared");
  });

  it("shows all documents for a missing or unknown list", () => {
    expect(parseDocumentFilter(undefined)).toBe("all");
    expect(parseDocumentFilter("deleted")).toBe("all");
    expect(parseDocumentFilter("")).toBe("all");
  });
});

import { describe, expect, it } from "vitest";
import { formatDocumentName, parseDocumentName } from "./documentNames.ts";

const id = "0f8b2c9e-6d1a-4b7e-9c3f-2a5d8e1f4b6c";

describe("document names", () => {
  it("round-trips a document name", () => {
    const name = formatDocumentName({ kind: "document", id });
    expect(name).toBe(`document.${id}`);
    expect(parseDocumentName(name)).toEqual({ kind: "document", id });
  });

  it("refuses unknown kinds, bad ids and extra parts", () => {
    expect(parseDocumentName(`secret.${id}`)).toBeNull();
    expect(parseDocumentName("document.123")).toBeNull();
    expect(parseDocumentName(`document.${id}.x`)).toBeNull();
    expect(parseDocumentName(`document.${id.toUpperCase()}`)).toBeNull();
    expect(parseDocumentName("")).toBeNull();
  });

  it("refuses to format an id that is not a UUID", () => {
    expect(() => formatDocumentName({ kind: "document", id: "../x" })).toThrow(
      RangeError,
    );
  });
});

import { describe, expect, it } from "vitest";
import { demoDocument } from "./demoData.ts";
import { demoDocumentBody } from "./demoDocumentBody.ts";

describe("demoDocumentBody", () => {
  const doc = demoDocumentBody();
  const blocks = Array.from({ length: doc.childCount }, (_, index) => doc.child(index));

  it("is a valid document that keeps the sample text", () => {
    doc.check();
    expect(blocks.map((block) => block.textContent)).toEqual([
      demoDocument.title,
      demoDocument.addressee,
      ...demoDocument.paragraphs,
      demoDocument.issuer,
      demoDocument.date,
    ]);
  });

  it("centres the title as a level-1 heading", () => {
    expect(blocks[0]?.type.name).toBe("heading");
    expect(blocks[0]?.attrs).toMatchObject({ level: 1, align: "center" });
  });

  it("indents the first line of each body paragraph by two characters", () => {
    const body = blocks.slice(2, 2 + demoDocument.paragraphs.length);

    expect(body).toHaveLength(demoDocument.paragraphs.length);
    for (const block of body) {
      expect(block.type.name).toBe("paragraph");
      expect(block.attrs).toMatchObject({ indent: 2, align: null });
    }
  });

  it("aligns the issuing body and the date right", () => {
    for (const block of blocks.slice(-2)) {
      expect(block.attrs).toMatchObject({ align: "right", indent: 0 });
    }
  });
});

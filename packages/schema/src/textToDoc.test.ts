import { describe, expect, it } from "vitest";
import { textToDoc } from "./textToDoc.ts";

describe("textToDoc", () => {
  it("makes one paragraph a non-blank line, keeping the text", () => {
    const doc = textToDoc("第一章总则3\r\n\r\n第1条为促进电子化办公业务的发展,\n");
    expect(doc.childCount).toBe(2);
    expect(doc.child(0).textContent).toBe("第一章总则3");
    expect(doc.child(1).textContent).toBe("第1条为促进电子化办公业务的发展,");
  });

  it("gives an empty paragraph for empty text, so the document stays valid", () => {
    const doc = textToDoc("  \n");
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).type.name).toBe("paragraph");
    doc.check();
  });
});

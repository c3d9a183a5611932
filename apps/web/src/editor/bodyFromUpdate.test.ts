import { bodyFragmentName } from "@xietong/schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bodyFromUpdate, decodeBase64Update } from "./bodyFromUpdate.ts";

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function documentWith(...blocks: Y.XmlElement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(bodyFragmentName).insert(0, blocks);
  return doc;
}

describe("bodyFromUpdate", () => {
  it("renders the body of a state into a valid ProseMirror document", () => {
    const doc = documentWith(paragraph("第一条"), paragraph("第二条"));
    const node = bodyFromUpdate(Y.encodeStateAsUpdate(doc));
    node.check();
    expect(node.childCount).toBe(2);
    expect(node.child(1).textContent).toBe("第二条");
  });

  it("leaves out unknown nodes without deleting them from the source document", () => {
    const doc = documentWith(paragraph("正文"), new Y.XmlElement("seal"));
    const node = bodyFromUpdate(Y.encodeStateAsUpdate(doc));
    expect(node.childCount).toBe(1);
    expect(doc.getXmlFragment(bodyFragmentName).length).toBe(2);
  });

  it("gives an empty paragraph for an empty state", () => {
    const node = bodyFromUpdate(Y.encodeStateAsUpdate(new Y.Doc()));
    node.check();
    expect(node.child(0).type.name).toBe("paragraph");
  });
});

describe("decodeBase64Update", () => {
  it("round-trips a Yjs update encoded as base64", () => {
    const update = Y.encodeStateAsUpdate(documentWith(paragraph("版本")));
    const base64 = btoa(String.fromCharCode(...update));
    expect(decodeBase64Update(base64)).toEqual(update);
  });
});

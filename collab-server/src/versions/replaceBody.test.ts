import { bodyFragmentName } from "@xietong/schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { replaceBody } from "./replaceBody.ts";

function docWithBody(paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment(bodyFragmentName);
  for (const text of paragraphs) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.setAttribute("align", "center");
    const content = new Y.XmlText();
    paragraph.insert(0, [content]);
    content.insert(0, text, { bold: true });
    body.insert(body.length, [paragraph]);
  }
  return doc;
}

describe("replaceBody", () => {
  it("makes the body equal to the version's, attributes and marks included", () => {
    const version = docWithBody(["甲", "乙"]);
    const live = docWithBody(["丙"]);

    replaceBody(live, Y.encodeStateAsUpdate(version));

    expect(live.getXmlFragment(bodyFragmentName).toString()).toBe(
      version.getXmlFragment(bodyFragmentName).toString(),
    );
  });

  it("is an ordinary change another replica merges", () => {
    const live = docWithBody(["旧"]);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    live.on("update", (update: Uint8Array) => updates.push(update));

    replaceBody(live, Y.encodeStateAsUpdate(docWithBody(["新"])));
    for (const update of updates) Y.applyUpdate(replica, update);

    expect(replica.getXmlFragment(bodyFragmentName).toString()).toBe(
      live.getXmlFragment(bodyFragmentName).toString(),
    );
  });
});

import type { TracePatch } from "@xietong/collab-server/testing";
import * as Y from "yjs";

/**
 * The Yjs text a replay edits: one paragraph in the body fragment, the shape our
 * editor stores, so both servers carry a document our schema accepts.
 */
export function traceText(doc: Y.Doc): Y.XmlText {
  const body = doc.getXmlFragment("body");
  const first = body.get(0);
  if (first instanceof Y.XmlElement) {
    const text = first.get(0);
    if (text instanceof Y.XmlText) return text;
  }
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.transact(() => body.insert(0, [paragraph]));
  return text;
}

/** Applies one trace transaction to `text` as one Yjs transaction. */
export function applyTxn(text: Y.XmlText, patches: readonly TracePatch[]): void {
  text.doc?.transact(() => {
    for (const [position, deleteCount, insert] of patches) {
      if (deleteCount > 0) text.delete(position, deleteCount);
      if (insert.length > 0) text.insert(position, insert);
    }
  });
}

/** The plain text a replayed document holds. */
export function replayedText(doc: Y.Doc): string {
  const first = doc.getXmlFragment("body").get(0);
  const text = first instanceof Y.XmlElement ? first.get(0) : undefined;
  return text instanceof Y.XmlText ? text.toString() : "";
}

import { bodyFragmentName } from "@xietong/schema";
import * as Y from "yjs";

/** Appends a paragraph holding `text` to the end of the body of `doc`. */
export function writeParagraph(doc: Y.Doc, text: string): void {
  const body = doc.getXmlFragment(bodyFragmentName);
  const paragraph = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  paragraph.insert(0, [content]);
  content.insert(0, text);
  body.insert(body.length, [paragraph]);
}

/** Returns the body of `doc` as XML, e.g. `<paragraph>定稿</paragraph>`. */
export function bodyOf(doc: Y.Doc): string {
  return doc.getXmlFragment(bodyFragmentName).toString();
}

/** Returns the body, as XML, of the document that the Yjs update `state` encodes. */
export function bodyOfState(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return bodyOf(doc);
}

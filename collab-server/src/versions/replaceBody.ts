import { bodyFragmentName } from "@xietong/schema";
import * as Y from "yjs";

/**
 * Makes `doc`'s body equal to the body held in `state` (a Yjs update of a version),
 * as a new change: the current content is deleted and copies of the version's nodes
 * are inserted, so history is kept and every client merges it like any other edit.
 * Call it inside the transaction that carries the restoring origin.
 */
export function replaceBody(doc: Y.Doc, state: Uint8Array): void {
  const source = new Y.Doc();
  try {
    Y.applyUpdate(source, state);
    const from = source.getXmlFragment(bodyFragmentName);
    const to = doc.getXmlFragment(bodyFragmentName);

    to.delete(0, to.length);
    // Our schema has no Yjs hooks; a hook could not be inserted into a fragment anyway.
    const nodes = from
      .toArray()
      .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook));
    to.insert(
      0,
      nodes.map((node) => node.clone()),
    );
  } finally {
    source.destroy();
  }
}

import { bodyFragmentName } from "@xietong/schema";
import type { Node } from "prosemirror-model";
import { prosemirrorToYDoc } from "y-prosemirror";
import * as Y from "yjs";

/** Encodes a ProseMirror document as one Yjs V1 update of the body fragment. */
export function docToUpdate(doc: Node): Uint8Array {
  const ydoc = prosemirrorToYDoc(doc, bodyFragmentName);
  try {
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

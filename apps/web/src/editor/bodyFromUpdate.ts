import { bodyFragmentName, officialSchema } from "@xietong/schema";
import type { Node } from "prosemirror-model";
import { yXmlFragmentToProseMirrorFragment } from "y-prosemirror";
import * as Y from "yjs";

/**
 * Renders the body of a Yjs state (a past version, or a copy of the live document) into
 * a ProseMirror document for a read-only view. y-prosemirror deletes the Yjs nodes it
 * cannot render, so the conversion always runs on a scratch document built from the
 * update, never on a document that is synced anywhere.
 */
export function bodyFromUpdate(update: Uint8Array): Node {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, update);
    const content = yXmlFragmentToProseMirrorFragment(
      scratch.getXmlFragment(bodyFragmentName),
      officialSchema,
    );
    return (officialSchema.topNodeType.createAndFill(null, content) ??
      officialSchema.topNodeType.createAndFill()) as Node;
  } finally {
    scratch.destroy();
  }
}

/** Decodes a base64 Yjs update, as `versions.state` returns it. */
export function decodeBase64Update(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}

import { officialSchema } from "@xietong/schema";
import { parseHTML } from "linkedom";
import { DOMParser, type Node } from "prosemirror-model";

const parser = DOMParser.fromSchema(officialSchema);

/**
 * Parses HTML into a document of the official schema. Anything the schema does not
 * know (scripts, styles, images for now) is dropped by ProseMirror's parser; no script
 * ever runs, since linkedom only builds a tree.
 */
export function htmlToDoc(html: string): Node {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // linkedom's elements implement the DOM methods ProseMirror's parser walks; the
  // types differ only because linkedom does not claim the browser's lib.dom types.
  return parser.parse(document.body as unknown as globalThis.Node);
}

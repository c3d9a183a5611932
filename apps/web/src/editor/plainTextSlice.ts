import { textToDoc } from "@xietong/schema";
import { Slice } from "prosemirror-model";

/**
 * The slice pasted for plain text: one paragraph a line through the shared schema's
 * `textToDoc`, so pasted and imported text read the same. Open ends let the first and
 * last lines join the paragraph at the cursor, as typing them would.
 */
export function plainTextSlice(text: string): Slice {
  return new Slice(textToDoc(text).content, 1, 1);
}

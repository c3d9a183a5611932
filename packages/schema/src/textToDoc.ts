import type { Node } from "prosemirror-model";
import { officialSchema } from "./officialSchema.ts";

/**
 * Turns plain text into a document: one paragraph a line, blank lines dropped, control
 * characters other than tab removed. Keeps the text as it is otherwise (no trimming
 * inside lines), because imported official text must not be silently rewritten.
 */
export function textToDoc(text: string): Node {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""))
    .filter((line) => line.trim().length > 0);

  const paragraphs = lines.map((line) =>
    officialSchema.node("paragraph", null, [officialSchema.text(line)]),
  );
  return officialSchema.node(
    "doc",
    null,
    paragraphs.length > 0 ? paragraphs : [officialSchema.node("paragraph")],
  );
}

import { officialSchema } from "@xietong/schema";
import type { Node } from "prosemirror-model";
import { demoDocument } from "./demoData.ts";

function paragraph(text: string, attrs: { align?: "right"; indent?: number } = {}): Node {
  return officialSchema.node("paragraph", attrs, [officialSchema.text(text)]);
}

/**
 * The sample document's body as a 公文 under GB/T 9704-2012: the title centred
 * as a level-1 heading, the 主送机关 flush left, each body paragraph with a
 * two-character first-line indent, and the issuing body and date aligned right.
 */
export function demoDocumentBody(): Node {
  return officialSchema.node("doc", null, [
    officialSchema.node("heading", { level: 1, align: "center" }, [
      officialSchema.text(demoDocument.title),
    ]),
    paragraph(demoDocument.addressee),
    ...demoDocument.paragraphs.map((text) => paragraph(text, { indent: 2 })),
    paragraph(demoDocument.issuer, { align: "right" }),
    paragraph(demoDocument.date, { align: "right" }),
  ]);
}

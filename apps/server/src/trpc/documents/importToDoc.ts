import { textToDoc } from "@xietong/schema";
import mammoth from "mammoth";
import type { Node } from "prosemirror-model";
import { appError } from "../appError.ts";
import { htmlToDoc } from "./htmlToDoc.ts";

/** The largest import accepted: 5 MB of text or HTML, or a 5 MB .docx file. */
export const importLimitBytes = 5 * 1024 * 1024;

/** What `documents.import` accepts; docx arrives base64 encoded. */
export type ImportFormat = "text" | "html" | "docx";

function tooLarge(): Error {
  return appError(
    "PAYLOAD_TOO_LARGE",
    "document.importTooLarge",
    `The import is larger than ${importLimitBytes / 1024 / 1024} MB`,
  );
}

/**
 * Converts imported content into a document of the official schema: plain text line by
 * line, HTML through the schema's parse rules, .docx through mammoth's HTML.
 */
export async function importToDoc(format: ImportFormat, content: string): Promise<Node> {
  if (format === "text") {
    if (Buffer.byteLength(content, "utf8") > importLimitBytes) throw tooLarge();
    return textToDoc(content);
  }
  if (format === "html") {
    if (Buffer.byteLength(content, "utf8") > importLimitBytes) throw tooLarge();
    return htmlToDoc(content);
  }

  const file = Buffer.from(content, "base64");
  if (file.byteLength > importLimitBytes) throw tooLarge();
  // TODO(#2): a .docx is a zip; a small file can still expand hugely in mammoth —
  // bound the uncompressed size once imports run outside the API process.
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: file }));
  } catch {
    throw appError(
      "BAD_REQUEST",
      "document.importFailed",
      "The .docx file could not be read",
    );
  }
  return htmlToDoc(html);
}

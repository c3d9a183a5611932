import { textToDoc } from "@xietong/schema";
import mammoth from "mammoth";
import type { Node } from "prosemirror-model";
import { appError } from "../appError.ts";
import { htmlToDoc } from "./htmlToDoc.ts";
import { zipContentExceeds } from "./zipContentExceeds.ts";

/** The largest import accepted: 5 MB of text or HTML, or a 5 MB .docx file. */
export const importLimitBytes = 5 * 1024 * 1024;

/** What `documents.import` accepts; docx arrives base64 encoded. */
export type ImportFormat = "text" | "html" | "docx";

/** The most a .docx may inflate to; its XML is verbose, so well above the file limit. */
const docxContentLimitBytes = 64 * 1024 * 1024;

function unreadableDocx(): Error {
  return appError(
    "BAD_REQUEST",
    "document.importFailed",
    "The .docx file could not be read",
  );
}

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
  // A .docx is a zip: bound what it inflates to before mammoth holds it all in memory.
  let inflatesTooFar: boolean;
  try {
    inflatesTooFar = zipContentExceeds(file, docxContentLimitBytes);
  } catch {
    throw unreadableDocx();
  }
  if (inflatesTooFar) throw tooLarge();

  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: file }));
  } catch {
    throw unreadableDocx();
  }
  return htmlToDoc(html);
}

/** The formats `documents.import` accepts. */
export type ImportFormat = "text" | "html" | "docx";

/** What `documents.import` needs from a chosen file. */
export interface ImportPayload {
  title: string;
  format: ImportFormat;
  content: string;
}

const formatsByExtension: Record<string, ImportFormat> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  docx: "docx",
};

/** The import format for a file name by its extension, or `undefined` when unsupported. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  return fileName.includes(".") ? formatsByExtension[extension] : undefined;
}

/** A file name without its extension, as the default title of the imported document. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}

/** Encodes bytes as base64; in slices, because one huge `fromCharCode` call overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const sliceLength = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += sliceLength) {
    binary += String.fromCharCode(...bytes.subarray(start, start + sliceLength));
  }
  return btoa(binary);
}

/** Reads a chosen file into an import request: text as is, .docx as base64. */
export async function readImportFile(file: File): Promise<ImportPayload | undefined> {
  const format = importFormatOf(file.name);
  if (!format) return undefined;

  const title = titleFromFileName(file.name);
  if (format === "docx") {
    return {
      title,
      format,
      content: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    };
  }
  return { title, format, content: await file.text() };
}

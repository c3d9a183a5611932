import { describe, expect, it } from "vitest";
import {
  bytesToBase64,
  importFormatOf,
  readImportFile,
  titleFromFileName,
} from "./readImportFile.ts";

describe("importFormatOf", () => {
  it("knows text, html and docx by extension, in any case", () => {
    expect(importFormatOf("通知.txt")).toBe("text");
    expect(importFormatOf("page.HTM")).toBe("html");
    expect(importFormatOf("办法.docx")).toBe("docx");
  });

  it("refuses other and missing extensions", () => {
    expect(importFormatOf("old.doc")).toBeUndefined();
    expect(importFormatOf("scan.pdf")).toBeUndefined();
    expect(importFormatOf("docx")).toBeUndefined();
  });
});

describe("titleFromFileName", () => {
  it("drops the extension only", () => {
    expect(titleFromFileName("关于印发《管理办法》的通知.v2.docx")).toBe(
      "关于印发《管理办法》的通知.v2",
    );
  });
});

describe("bytesToBase64", () => {
  it("matches Node's encoder on input longer than one slice", () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("readImportFile", () => {
  it("sends .docx content as base64", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const payload = await readImportFile(new File([bytes], "纪要.docx"));
    expect(payload).toEqual({ title: "纪要", format: "docx", content: "UEsDBP8=" });
  });

  it("sends text files as their text", async () => {
    const payload = await readImportFile(new File(["第一条　总则"], "办法.txt"));
    expect(payload).toEqual({ title: "办法", format: "text", content: "第一条　总则" });
  });

  it("returns nothing for an unsupported file", async () => {
    expect(await readImportFile(new File(["x"], "a.pdf"))).toBeUndefined();
  });
});

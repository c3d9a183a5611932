import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  caretToEnd,
  convergedText,
  documentIdOf,
  editor,
  openAs,
  openDocument,
  saveState,
  shareWithMember,
} from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { repoRoot } from "../src/serverProcess.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

// Real input with its flaws kept: split table cells, glued page numbers, mixed punctuation.
const samplePath = resolve(
  repoRoot,
  "../shared/data/documents/operator-oa-business-measures-2012.txt",
);

test.describe("import", () => {
  test("the operator's 2012 measures import as a document two members co-edit", async ({
    browser,
    cast,
  }) => {
    const [alice, bob] = cast.members;
    if (!alice || !bob) throw new Error("the cast needs two members");
    const lines = readFileSync(samplePath, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const title = `贵州移动电子化办公业务管理办法 ${Date.now()}`;

    const a = await openAs(browser, alice);
    await a.page.getByRole("button", { name: "导入" }).click();
    const dialog = a.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "标题" }).fill(title);
    await dialog.getByLabel("上传文件（.txt、.html、.docx）").setInputFiles(samplePath);
    await dialog.getByRole("button", { name: "导入" }).click();

    await expect(a.page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
    const documentId = documentIdOf(a.page);
    await expect(editor(a.page)).toContainText(lines[0] ?? "");
    await expect(editor(a.page)).toContainText(lines.at(-1) ?? "");
    await expect(editor(a.page)).toContainText("第2条第2条");
    await expect
      .poll(async () => (await readStoredDocument(documentId)).text)
      .toContain(lines.at(-1) ?? "");

    await shareWithMember(a.page, { title, memberName: bob.name, role: "可编辑" });
    await openDocument(a.page, documentId);
    const b = await openAs(browser, bob);
    await openDocument(b.page, documentId);
    await expect(editor(b.page)).toContainText(lines.at(-1) ?? "");

    // Alice annotates the end, Bob the title line at the start, at the same time.
    await caretToEnd(a.page);
    await editor(b.page).click();
    await b.page.keyboard.press("Control+Home");
    await Promise.all([
      a.page.keyboard.type("（甲方批注）", { delay: 30 }),
      b.page.keyboard.type("（乙方批注）", { delay: 30 }),
    ]);
    for (const page of [a.page, b.page]) {
      await expect(editor(page)).toContainText("甲方批注");
      await expect(editor(page)).toContainText("乙方批注");
      await expect(saveState(page)).toHaveText("已保存");
    }
    await convergedText([a.page, b.page]);
    const stored = (await readStoredDocument(documentId)).text;
    expect(stored).toContain("甲方批注");
    expect(stored).toContain("乙方批注");
    expect(stored).toContain(lines[0] ?? "");

    await a.context.close();
    await b.context.close();
  });
});

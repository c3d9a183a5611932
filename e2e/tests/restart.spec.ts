import {
  caretToEnd,
  convergedText,
  createDocument,
  editor,
  openAs,
  openDocument,
  saveState,
} from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { restartServer } from "../src/harness.ts";

test.describe("durability", () => {
  test("after the server stops and starts again the text is all there", async ({
    browser,
    cast,
  }) => {
    const [alice] = cast.members;
    if (!alice) throw new Error("the cast needs a member");

    const a = await openAs(browser, alice);
    const documentId = await createDocument(a.page, `重启之后 ${Date.now()}`);
    await caretToEnd(a.page);
    const lines = ["第一段 before-restart-1", "第二段 before-restart-2"];
    await a.page.keyboard.type(lines[0] ?? "");
    await a.page.keyboard.press("Enter");
    await a.page.keyboard.type(lines[1] ?? "");
    await expect(saveState(a.page)).toHaveText("已保存");
    const before = await convergedText([a.page]);
    await a.context.close();

    await restartServer();

    // A new context has no local copy, so everything shown comes from the server.
    const again = await openAs(browser, alice);
    await openDocument(again.page, documentId);
    for (const line of lines) await expect(editor(again.page)).toContainText(line);
    expect(await convergedText([again.page])).toBe(before);
    await again.context.close();
  });
});

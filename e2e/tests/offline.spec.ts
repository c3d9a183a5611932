import {
  caretToEnd,
  convergedText,
  editor,
  openSharedDocument,
  saveState,
} from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

test.describe("offline editing", () => {
  test("edits made offline sync on reconnect and both sides converge", async ({
    browser,
    cast,
  }) => {
    const [alice, bob] = cast.members;
    if (!alice || !bob) throw new Error("the cast needs two members");

    const {
      documentId,
      owner: a,
      member: b,
    } = await openSharedDocument(browser, {
      owner: alice,
      member: bob,
      title: `离线编辑 ${Date.now()}`,
      text: "start.",
      role: "可编辑",
    });

    await b.context.setOffline(true);
    await caretToEnd(b.page);
    await b.page.keyboard.type(" offline-from-bob");
    await caretToEnd(a.page);
    await a.page.keyboard.type(" online-from-alice");

    await expect(saveState(b.page)).toHaveText("有未同步的更改");
    await expect(editor(b.page)).toContainText("offline-from-bob");
    // Offline really means offline: Alice's edit must not arrive meanwhile, and Bob's
    // must not be stored.
    await b.page.waitForTimeout(2_000);
    await expect(editor(b.page)).not.toContainText("online-from-alice");
    await expect(editor(a.page)).not.toContainText("offline-from-bob");
    expect((await readStoredDocument(documentId)).text).not.toContain("offline-from-bob");

    await b.context.setOffline(false);

    for (const page of [a.page, b.page]) {
      await expect(editor(page)).toContainText("offline-from-bob");
      await expect(editor(page)).toContainText("online-from-alice");
      await expect(saveState(page)).toHaveText("已保存");
    }
    await convergedText([a.page, b.page]);
    expect((await readStoredDocument(documentId)).text).toContain("offline-from-bob");

    await a.context.close();
    await b.context.close();
  });
});

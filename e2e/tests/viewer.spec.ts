import { createApiSession } from "../src/apiSession.ts";
import { caretToEnd, editor, openSharedDocument } from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { baseUrl } from "../src/harness.ts";
import { probeCollab } from "../src/rawCollab.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

test.describe("viewers", () => {
  test("a viewer's edits never reach anyone", async ({ browser, cast }) => {
    const [alice, , carol] = cast.members;
    if (!alice || !carol) throw new Error("the cast needs three members");

    const {
      documentId,
      owner: a,
      member: c,
    } = await openSharedDocument(browser, {
      owner: alice,
      member: carol,
      title: `只读共享 ${Date.now()}`,
      text: "owner-text",
      role: "可查看",
    });
    await expect(editor(c.page)).toContainText("owner-text");
    await expect(editor(c.page)).not.toBeEditable();

    // The page refuses typing; a hand-written client sends an update anyway.
    await editor(c.page).click();
    await c.page.keyboard.type("viewer-typed");
    const api = createApiSession(baseUrl());
    await api.signIn(carol.phone, carol.password);
    const raw = await probeCollab({
      baseUrl: baseUrl(),
      cookie: api.cookieHeader(),
      documentName: `document.${documentId}`,
      write: "viewer-forged",
    });
    expect(raw.authenticated).toBe(true);
    expect(raw.receivedText).toContain("owner-text");

    // Alice keeps typing, so the server has had every chance to relay what it got.
    await caretToEnd(a.page);
    await a.page.keyboard.type(" after");
    await expect(editor(c.page)).toContainText("owner-text after");
    for (const page of [a.page, c.page]) {
      await expect(editor(page)).not.toContainText("viewer-typed");
      await expect(editor(page)).not.toContainText("viewer-forged");
    }
    await expect
      .poll(async () => (await readStoredDocument(documentId)).text)
      .toContain("after");
    const stored = await readStoredDocument(documentId);
    expect(stored.text).not.toContain("viewer-typed");
    expect(stored.text).not.toContain("viewer-forged");

    await a.context.close();
    await c.context.close();
  });
});

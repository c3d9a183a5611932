import {
  caretToEnd,
  convergedText,
  createDocument,
  editor,
  openAs,
  openDocument,
  shareWithMember,
} from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

test.describe("co-editing", () => {
  test("two members type in one paragraph at once and each sees the other's text and cursor", async ({
    browser,
    cast,
  }) => {
    const [alice, bob] = cast.members;
    if (!alice || !bob) throw new Error("the cast needs two members");

    const a = await openAs(browser, alice);
    const title = `同时编辑 ${Date.now()}`;
    const documentId = await createDocument(a.page, title);
    await caretToEnd(a.page);
    await a.page.keyboard.type("共同段落：");
    await shareWithMember(a.page, { title, memberName: bob.name, role: "可编辑" });

    const b = await openAs(browser, bob);
    await openDocument(b.page, documentId);
    await openDocument(a.page, documentId);
    await expect(editor(b.page)).toContainText("共同段落：");

    await caretToEnd(a.page);
    await caretToEnd(b.page);
    const fromAlice = "alice-writes-here";
    const fromBob = "bob-writes-there";
    await Promise.all([
      a.page.keyboard.type(fromAlice, { delay: 40 }),
      b.page.keyboard.type(fromBob, { delay: 40 }),
    ]);

    for (const page of [a.page, b.page]) {
      await expect(editor(page)).toContainText(fromAlice);
      await expect(editor(page)).toContainText(fromBob);
    }
    // Both wrote into the one paragraph they started in.
    await expect(
      editor(a.page).getByRole("paragraph").filter({ hasText: fromBob }),
    ).toContainText(fromAlice);

    // A remote cursor carries the other member's name, set by the server.
    await expect(editor(a.page).getByText(bob.name, { exact: true })).toBeVisible();
    await expect(editor(b.page).getByText(alice.name, { exact: true })).toBeVisible();

    // Both pages converge, and PostgreSQL holds exactly what they show.
    const shown = await convergedText([a.page, b.page]);
    await expect
      .poll(async () => (await readStoredDocument(documentId)).text.replaceAll("\n", ""))
      .toBe(shown);

    await a.context.close();
    await b.context.close();
  });
});

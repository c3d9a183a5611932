import { caretToEnd, convergedText, editor, openSharedDocument } from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

test.describe("co-editing", () => {
  test("two members type in one paragraph at once and each sees the other's text and cursor", async ({
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
      title: `同时编辑 ${Date.now()}`,
      text: "共同段落：",
      role: "可编辑",
    });
    await expect(editor(b.page)).toContainText("共同段落：");

    // Alice types at the end of the paragraph, Bob at its start: two carets on one
    // spot would each be pushed along by the other's characters and interleave them.
    await caretToEnd(a.page);
    await editor(b.page).click();
    await b.page.keyboard.press("Control+Home");
    const fromAlice = "alice-writes-here";
    const fromBob = "bob-writes-there";
    await Promise.all([
      a.page.keyboard.type(fromAlice, { delay: 40 }),
      b.page.keyboard.type(fromBob, { delay: 40 }),
    ]);

    // A remote cursor carries the other member's name, set by the server.
    await expect(editor(a.page).getByText(bob.name, { exact: true })).toBeVisible();
    await expect(editor(b.page).getByText(alice.name, { exact: true })).toBeVisible();

    // Then both sides agree; then each one's words arrived whole, not interleaved
    // (a caret pushed along by the other's keystrokes would mix them).
    const agreed = await convergedText([a.page, b.page]);
    expect(agreed).toContain(fromAlice);
    expect(agreed).toContain(fromBob);
    // Both wrote into the one paragraph they started in.
    await expect(
      editor(a.page).getByRole("paragraph").filter({ hasText: fromBob }),
    ).toContainText(fromAlice);

    // PostgreSQL holds exactly what both pages show.
    await expect
      .poll(async () => (await readStoredDocument(documentId)).text.replaceAll("\n", ""))
      .toBe(agreed);

    await a.context.close();
    await b.context.close();
  });
});

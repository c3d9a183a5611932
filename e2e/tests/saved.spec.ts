import { caretToEnd, createDocument, openAs, saveState } from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";
import { readStoredDocument } from "../src/storedDocument.ts";

test.describe("save state", () => {
  test("已保存 appears only once PostgreSQL holds the edit", async ({
    browser,
    cast,
  }) => {
    const [alice] = cast.members;
    if (!alice) throw new Error("the cast needs a member");

    const a = await openAs(browser, alice);
    const documentId = await createDocument(a.page, `保存确认 ${Date.now()}`);
    await expect(saveState(a.page)).toHaveText("已保存");

    // Record every text the indicator shows, so the test sees it leave 已保存 even if
    // the round trip is faster than Playwright's polling.
    const indicator = await saveState(a.page).elementHandle();
    if (!indicator) throw new Error("no save state indicator");
    await a.page.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { xtSeen: string[] }).xtSeen = seen;
      new MutationObserver(() => seen.push(element.textContent ?? "")).observe(element, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, indicator);

    for (let round = 1; round <= 3; round += 1) {
      const marker = `durable-${round}-${Date.now()}`;
      await caretToEnd(a.page);
      await a.page.keyboard.type(marker);

      // Wait, polling every 10 ms, for the indicator to come back to 已保存 after
      // having shown something else since the typing began.
      await a.page.waitForFunction(
        (element) => {
          const seen = (window as unknown as { xtSeen: string[] }).xtSeen;
          return (
            element.textContent === "已保存" &&
            seen.length > 0 &&
            seen.at(-1) === "已保存"
          );
        },
        indicator,
        { polling: 10, timeout: 15_000 },
      );
      // Read at once: the journal only grows, so an edit missing here was not yet durable
      // when the page claimed it was.
      const stored = await readStoredDocument(documentId);
      expect(
        stored.text,
        `round ${round}: 已保存 shown before the edit was stored`,
      ).toContain(marker);

      const seen = await a.page.evaluate(
        () => (window as unknown as { xtSeen: string[] }).xtSeen,
      );
      expect(seen.some((text) => text !== "已保存")).toBe(true);
      await a.page.evaluate(() => {
        (window as unknown as { xtSeen: string[] }).xtSeen.length = 0;
      });
    }

    await a.context.close();
  });
});

import { randomInt, randomUUID } from "node:crypto";
import { ApiError, createApiSession } from "../src/apiSession.ts";
import { caretToEnd, createDocument, editor, openAs, saveState } from "../src/app.ts";
import type { DemoAccount } from "../src/demoAccounts.ts";
import { expect, test } from "../src/fixtures.ts";
import { baseUrl } from "../src/harness.ts";
import { probeCollab } from "../src/rawCollab.ts";

/** Creates a second unit through the platform admin API and returns its admin, signed in once. */
async function createSecondUnit(platformAdmin: DemoAccount): Promise<DemoAccount> {
  const platform = createApiSession(baseUrl());
  await platform.signIn(platformAdmin.phone, platformAdmin.password);

  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  const { unitId, adminPassword } = await platform.mutation<{
    unitId: string;
    adminPassword: string;
  }>("platform.units.create", {
    name: `另一单位${Date.now()}`,
    admin: { phone, name: "外单位管理员" },
  });

  const outsider = createApiSession(baseUrl());
  let password = adminPassword;
  const { mustChangePassword } = await outsider.signIn(phone, password);
  if (mustChangePassword) {
    password = "Outsider-2026-pass";
    await outsider.mutation("auth.changePassword", {
      currentPassword: adminPassword,
      newPassword: password,
    });
  }
  const me = await outsider.query<{ member: { id: string } }>("auth.me");

  return {
    name: "外单位管理员",
    phone,
    password,
    memberId: me.member.id,
    unitId,
    role: "admin",
    isPlatformAdmin: false,
  };
}

test.describe("unit isolation", () => {
  test("a member of another unit can open a document neither by URL nor by websocket", async ({
    browser,
    cast,
  }) => {
    const [alice] = cast.members;
    if (!alice) throw new Error("the cast needs a member");

    const a = await openAs(browser, alice);
    const documentId = await createDocument(a.page, `本单位文档 ${Date.now()}`);
    await caretToEnd(a.page);
    await a.page.keyboard.type("unit-secret");
    await expect(saveState(a.page)).toHaveText("已保存");

    const outsider = await createSecondUnit(cast.platformAdmin);
    expect(outsider.unitId).not.toBe(alice.unitId);

    // By URL: the page shows no editor and none of the text.
    const o = await openAs(browser, outsider);
    await o.page.goto(`/documents/${documentId}`);
    await expect(
      o.page.getByRole("alert").or(o.page.getByRole("heading")).first(),
    ).toBeVisible();
    await expect(editor(o.page)).toHaveCount(0);
    await expect(o.page.getByText("unit-secret")).toHaveCount(0);

    // By the API: refused with an error id, not an empty answer.
    const api = createApiSession(baseUrl());
    await api.signIn(outsider.phone, outsider.password);
    const refusal = await api.query("documents.byId", { id: documentId }).catch((e) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(["access.forbidden", "access.notFound"]).toContain(
      (refusal as ApiError).errorId,
    );

    // By a raw websocket, with the real name and with a guessed one.
    for (const name of [`document.${documentId}`, `document.${randomUUID()}`]) {
      const outcome = await probeCollab({
        baseUrl: baseUrl(),
        cookie: api.cookieHeader(),
        documentName: name,
        write: "outsider-forged",
      });
      expect(outcome.authenticated, name).toBe(false);
    }
    const real = await probeCollab({
      baseUrl: baseUrl(),
      cookie: api.cookieHeader(),
      documentName: `document.${documentId}`,
    });
    expect(real.receivedText).toBe("");

    await expect(editor(a.page)).not.toContainText("outsider-forged");
    await a.context.close();
    await o.context.close();
  });
});

import { editor, signIn } from "../src/app.ts";
import { expect, test } from "../src/fixtures.ts";

test.describe("sign-in", () => {
  test("a demo member signs in and reaches the document list", async ({ page, cast }) => {
    const [member] = cast.members;
    if (!member) throw new Error("no demo member");

    await signIn(page, member);

    await expect(page.getByRole("button", { name: "新建文档" })).toBeVisible();
    await expect(editor(page)).toHaveCount(0);
  });

  test("a wrong password keeps the member on the sign-in page", async ({
    page,
    cast,
  }) => {
    const [member] = cast.members;
    if (!member) throw new Error("no demo member");

    await page.goto("/sign-in");
    await page.getByRole("textbox", { name: "手机号" }).fill(member.phone);
    await page.getByLabel("密码", { exact: true }).fill(`${member.password}-wrong`);
    await page.getByRole("button", { name: "登录", exact: true }).click();

    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
    await page.goto("/documents");

    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: "登录", exact: true })).toBeVisible();
  });
});

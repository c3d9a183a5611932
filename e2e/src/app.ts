import {
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";
import type { DemoAccount } from "./demoAccounts.ts";

// Every control is found by its role and accessible name, as a screen-reader user
// would find it; the names are the zh-CN texts of apps/web/src/i18n.

/** Signs in through the sign-in page and waits for the document list. */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "手机号" }).fill(account.phone);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/documents$/);
}

/** Creates a document from the list page and waits for its editor; returns its id. */
export async function createDocument(page: Page, title: string): Promise<string> {
  await page.goto("/documents");
  await page.getByRole("button", { name: "新建文档" }).click();

  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "标题" }).fill(title);
  await dialog.getByRole("button", { name: "新建" }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(editor(page)).toBeVisible();
  return documentIdOf(page);
}

/** Shares the open document's list entry with a member at a role, through the share dialog. */
export async function shareWithMember(
  page: Page,
  options: { title: string; memberName: string; role: "可编辑" | "可评论" | "可查看" },
): Promise<void> {
  await page.goto("/documents");
  const row = page.getByRole("row").filter({ hasText: options.title });
  await row.getByRole("button", { name: "共享" }).click();

  const dialog = page.getByRole("dialog");
  await dialog
    .getByRole("combobox", { name: "对象类型" })
    .selectOption({ label: "成员" });
  await dialog
    .getByRole("combobox", { name: "共享对象" })
    .selectOption({ label: options.memberName });
  await dialog
    .getByRole("combobox", { name: "权限" })
    .selectOption({ label: options.role });
  await dialog.getByRole("button", { name: "添加" }).click();

  await expect(
    dialog.getByRole("combobox", { name: `${options.memberName} 的权限` }),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "关闭" }).click();
}

/** The document body editor. */
export function editor(page: Page): Locator {
  return page.getByRole("textbox", { name: "正文" });
}

/** The save state the document page shows (已保存, 保存中…, 有未同步的更改, 保存失败). */
export function saveState(page: Page): Locator {
  return page.getByRole("status", { name: "保存状态" });
}

/** The id in the current `/documents/<id>` address. */
export function documentIdOf(page: Page): string {
  const match = /\/documents\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`"${page.url()}" is not a document address`);
  return match[1];
}

/** Puts the caret at the end of the body's last paragraph. */
export async function caretToEnd(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("Control+End");
}

/** A fresh browser context signed in as `account`, on its document list. */
export async function openAs(
  browser: Browser,
  account: DemoAccount,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

/** Opens a document by address and waits until its editor has synced (已保存 shown). */
export async function openDocument(page: Page, documentId: string): Promise<void> {
  await page.goto(`/documents/${documentId}`);
  await expect(editor(page)).toBeVisible();
  await expect(saveState(page)).toHaveText("已保存");
}

/**
 * Waits until every page shows the same body text and returns it. Each editor is
 * blurred first, so no remote cursor label (a member's name) is mixed into the text.
 */
export async function convergedText(pages: Page[]): Promise<string> {
  for (const page of pages) await editor(page).blur();

  let text = "";
  await expect
    .poll(async () => {
      const texts = await Promise.all(pages.map((page) => editor(page).textContent()));
      text = texts[0] ?? "";
      return texts.every((other) => other === text);
    })
    .toBe(true);
  return text;
}

/** A member's browser context and page. */
export interface Session {
  context: BrowserContext;
  page: Page;
}

/**
 * Opens the scene most scenarios start from: `owner` creates a document titled `title`,
 * types `text` into its body and shares it with `member` at `role`; then both have it open
 * and synced, the owner's page first.
 */
export async function openSharedDocument(
  browser: Browser,
  options: {
    owner: DemoAccount;
    member: DemoAccount;
    title: string;
    text: string;
    role: "可编辑" | "可评论" | "可查看";
  },
): Promise<{ documentId: string; owner: Session; member: Session }> {
  const owner = await openAs(browser, options.owner);
  const documentId = await createDocument(owner.page, options.title);
  await caretToEnd(owner.page);
  await owner.page.keyboard.type(options.text);
  await shareWithMember(owner.page, {
    title: options.title,
    memberName: options.member.name,
    role: options.role,
  });
  await openDocument(owner.page, documentId);

  const member = await openAs(browser, options.member);
  await openDocument(member.page, documentId);
  return { documentId, owner, member };
}

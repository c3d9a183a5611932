import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { BuiltUnit } from "@xietong/auth/testing";
import { bodyFragmentName } from "@xietong/schema";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { errorDataOf, errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer({ rightsEvents: true });
const { signedIn } = harness;
let home: BuiltUnit;
let other: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("文档测试单位");
  other = await harness.buildUnit("另一单位");
});

describe("documents sharing", () => {
  it("shares with a department and its sub-departments, then unshares", async () => {
    const owner = await signedIn((await home.member({ departmentId: null })).phone);
    const clerk = await signedIn((await home.member({ name: "孙悦" })).phone);
    const { id } = await owner.api.documents.create.mutate({ title: "年度工作总结" });

    expect(await clerk.api.documents.list.query({ filter: "shared" })).toEqual([]);
    expect(await errorIdOf(clerk.api.documents.byId.query({ id }))).toBe(
      "access.notFound",
    );

    await owner.api.documents.share.mutate({
      id,
      principalType: "department",
      principalId: home.office.id,
      role: "commenter",
    });
    await harness.expectHeard({ type: "document", documentId: id });

    const shared = await clerk.api.documents.list.query({ filter: "shared" });
    expect(shared).toMatchObject([{ id, title: "年度工作总结", role: "commenter" }]);
    expect((await clerk.api.documents.byId.query({ id })).role).toBe("commenter");
    expect(await owner.api.documents.shares.query({ id })).toEqual([
      {
        principalType: "department",
        principalId: home.office.id,
        name: "办公室",
        role: "commenter",
      },
    ]);
    expect(await errorIdOf(clerk.api.documents.rename.mutate({ id, title: "改" }))).toBe(
      "access.forbidden",
    );

    await owner.api.documents.unshare.mutate({
      id,
      principalType: "department",
      principalId: home.office.id,
    });
    expect(await clerk.api.documents.list.query({ filter: "all" })).toEqual([]);
  });

  it("keeps the strongest of a member share and a department share", async () => {
    const owner = await signedIn((await home.member()).phone);
    const clerkRow = await home.member();
    const clerk = await signedIn(clerkRow.phone);
    const { id } = await owner.api.documents.create.mutate({ title: "会议纪要" });

    await owner.api.documents.share.mutate({
      id,
      principalType: "department",
      principalId: home.secretariat.id,
      role: "viewer",
    });
    await owner.api.documents.share.mutate({
      id,
      principalType: "member",
      principalId: clerkRow.id,
      role: "editor",
    });

    const [item] = await clerk.api.documents.list.query({ filter: "all" });
    expect(item?.role).toBe("editor");
  });
});

describe("documents across units", () => {
  it("refuses a document, a member and a department of another unit", async () => {
    const owner = await signedIn((await home.member()).phone);
    const outsiderRow = await other.member();
    const outsider = await signedIn(outsiderRow.phone);
    const { id } = await owner.api.documents.create.mutate({ title: "内部通知" });
    const { id: theirs } = await outsider.api.documents.create.mutate({
      title: "他们的",
    });

    expect(await errorIdOf(outsider.api.documents.byId.query({ id }))).toBe(
      "access.notFound",
    );
    expect(await errorIdOf(outsider.api.documents.shares.query({ id }))).toBe(
      "access.notFound",
    );
    expect(await errorIdOf(outsider.api.documents.trash.mutate({ id }))).toBe(
      "access.notFound",
    );
    // The owner names a document of theirs and a member of another unit: both refused.
    expect(
      await errorIdOf(
        owner.api.documents.share.mutate({
          id,
          principalType: "member",
          principalId: outsiderRow.id,
          role: "editor",
        }),
      ),
    ).toBe("access.notFound");
    expect(
      await errorIdOf(
        owner.api.documents.share.mutate({
          id,
          principalType: "department",
          principalId: other.office.id,
          role: "editor",
        }),
      ),
    ).toBe("access.notFound");
    // The outsider shares their own document with a member of our unit: refused too.
    expect(
      await errorIdOf(
        outsider.api.documents.share.mutate({
          id: theirs,
          principalType: "department",
          principalId: home.office.id,
          role: "viewer",
        }),
      ),
    ).toBe("access.notFound");
    expect(await outsider.api.documents.list.query({ filter: "all" })).toHaveLength(1);
  });
});

describe("documents trash", () => {
  it("trashes, restores and deletes for good, hiding a trashed document from others", async () => {
    // Outside any department, so no other test's department share shows in the lists.
    const owner = await signedIn((await home.member({ departmentId: null })).phone);
    const clerkRow = await home.member();
    const clerk = await signedIn(clerkRow.phone);
    const { id } = await owner.api.documents.create.mutate({ title: "草稿" });
    await owner.api.documents.share.mutate({
      id,
      principalType: "member",
      principalId: clerkRow.id,
      role: "editor",
    });

    expect(await errorIdOf(clerk.api.documents.trash.mutate({ id }))).toBe(
      "access.forbidden",
    );
    expect(await errorIdOf(owner.api.documents.deleteForever.mutate({ id }))).toBe(
      "document.notTrashed",
    );

    await owner.api.documents.trash.mutate({ id });
    expect(await owner.api.documents.list.query({ filter: "all" })).toEqual([]);
    expect(await owner.api.documents.list.query({ filter: "trash" })).toMatchObject([
      { id },
    ]);
    // The clerk's open editor asks again on its forbidden close and must learn why.
    expect(await errorIdOf(clerk.api.documents.byId.query({ id }))).toBe(
      "document.trashed",
    );
    const stranger = await signedIn((await home.member({ departmentId: null })).phone);
    expect(await errorIdOf(stranger.api.documents.byId.query({ id }))).toBe(
      "access.notFound",
    );
    expect(await errorIdOf(owner.api.documents.rename.mutate({ id, title: "新" }))).toBe(
      "document.trashed",
    );

    await owner.api.documents.restore.mutate({ id });
    expect((await clerk.api.documents.byId.query({ id })).role).toBe("editor");

    await owner.api.documents.trash.mutate({ id });
    await owner.api.documents.deleteForever.mutate({ id });
    expect(await errorIdOf(owner.api.documents.byId.query({ id }))).toBe(
      "access.notFound",
    );
    expect(await owner.api.documents.list.query({ filter: "trash" })).toEqual([]);
  });

  it("renames a document for its owner", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.create.mutate({ title: "旧标题" });
    await owner.api.documents.rename.mutate({ id, title: "  新标题  " });
    expect((await owner.api.documents.byId.query({ id })).title).toBe("新标题");
  });

  it("refuses control and bidi override characters in titles with a field error", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.create.mutate({ title: "正常标题" });

    for (const title of ["含\u0000空字符", "换\n行", "反\u202e向", "隔\u2066离"]) {
      expect(
        await errorDataOf(owner.api.documents.create.mutate({ title })),
      ).toMatchObject({
        errorId: "validation.failed",
        fieldErrors: { title: ["validation.forbiddenCharacters"] },
      });
      expect(
        await errorDataOf(owner.api.documents.rename.mutate({ id, title })),
      ).toMatchObject({ fieldErrors: { title: ["validation.forbiddenCharacters"] } });
    }
  });

  it("gives renaming to blank the same message as creating with no title", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.create.mutate({ title: "有标题" });
    const expected = { fieldErrors: { title: ["validation.title"] } };

    expect(
      await errorDataOf(owner.api.documents.create.mutate({ title: " " })),
    ).toMatchObject(expected);
    expect(
      await errorDataOf(owner.api.documents.rename.mutate({ id, title: "   " })),
    ).toMatchObject(expected);
  });
});

describe("documents.import", () => {
  async function bodyText(documentId: string): Promise<string> {
    const rows = await harness.database.db
      .selectFrom("documentUpdates")
      .select("update")
      .where("documentId", "=", documentId)
      .execute();
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.update);
    return doc.getXmlFragment(bodyFragmentName).toString();
  }

  it("imports plain text into the journal, one paragraph a line", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.import.mutate({
      title: "导入文本",
      format: "text",
      content: "第一段\n\n第二段",
    });

    expect(await bodyText(id)).toMatch(
      /^<paragraph[^>]*>第一段<\/paragraph><paragraph[^>]*>第二段<\/paragraph>$/,
    );
    expect((await owner.api.documents.byId.query({ id })).role).toBe("owner");
  });

  it("imports the real 2012 OA business measures text, every non-empty line a paragraph", async () => {
    const owner = await signedIn((await home.member()).phone);
    const path = resolve(
      import.meta.dirname,
      "../../../../../../shared/data/documents/operator-oa-business-measures-2012.txt",
    );
    const text = await readFile(path, "utf8");
    const { id } = await owner.api.documents.import.mutate({
      title: "贵州移动电子化办公业务管理办法",
      format: "text",
      content: text,
    });

    const doc = new Y.Doc();
    const rows = await harness.database.db
      .selectFrom("documentUpdates")
      .select("update")
      .where("documentId", "=", id)
      .execute();
    for (const row of rows) Y.applyUpdate(doc, row.update);
    const paragraphs = doc.getXmlFragment(bodyFragmentName).toArray();
    const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
    expect(paragraphs).toHaveLength(lines.length);
    expect(doc.getXmlFragment(bodyFragmentName).toString()).toContain(
      "第1条为促进电子化办公业务的发展",
    );
  });

  it("imports HTML with headings, alignment and marks, dropping scripts", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.import.mutate({
      title: "导入网页",
      format: "html",
      content:
        '<h1>标题</h1><p style="text-align: center">居中<strong>加粗</strong></p><script>alert(1)</script>',
    });

    const body = await bodyText(id);
    expect(body).toContain("<heading");
    expect(body).toContain("标题");
    expect(body).toContain('align="center"');
    expect(body).toContain("<bold>加粗</bold>");
    expect(body).not.toContain("alert");
  });

  it("imports a .docx through mammoth", async () => {
    const owner = await signedIn((await home.member()).phone);
    const { id } = await owner.api.documents.import.mutate({
      title: "导入Word",
      format: "docx",
      content: await buildDocx(["关于开展安全检查的通知", "各科室："]),
    });

    const body = await bodyText(id);
    expect(body).toContain("关于开展安全检查的通知</paragraph>");
    expect(body).toContain("各科室：</paragraph>");
  });

  it("refuses an import over 5 MB with its own error id", async () => {
    const owner = await signedIn((await home.member()).phone);
    expect(
      await errorIdOf(
        owner.api.documents.import.mutate({
          title: "太大",
          format: "text",
          content: "字".repeat(2 * 1024 * 1024),
        }),
      ),
    ).toBe("document.importTooLarge");
  });

  it("refuses a .docx that is not one", async () => {
    const owner = await signedIn((await home.member()).phone);
    expect(
      await errorIdOf(
        owner.api.documents.import.mutate({
          title: "坏文件",
          format: "docx",
          content: Buffer.from("not a zip").toString("base64"),
        }),
      ),
    ).toBe("document.importFailed");
  });
});

/** The smallest .docx Word and mammoth accept: one paragraph per string. */
async function buildDocx(paragraphs: string[]): Promise<string> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`)
    .join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return (await zip.generateAsync({ type: "nodebuffer" })).toString("base64");
}

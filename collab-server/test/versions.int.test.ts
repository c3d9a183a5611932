import { findDocumentVersion, listDocumentVersions } from "@xietong/db";
import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import { currentDocumentState, restoreVersion, takeNamedVersion } from "../src/index.ts";
import { bodyOf, bodyOfState, writeParagraph } from "../src/testing/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest();

describe("versions", () => {
  it("takes an automatic version when the last writer leaves an edited document", async () => {
    const owner = await test.member("写作者");
    const document = await test.document(owner.member.id);
    const writer = await test.connect(owner, document.id);
    await writer.synced();
    writeParagraph(writer.doc, "第一稿");
    await writer.saved();

    expect(await listDocumentVersions(test.database.db, document.id)).toEqual([]);
    writer.destroy();

    await expect
      .poll(() => listDocumentVersions(test.database.db, document.id), { timeout: 5_000 })
      .toMatchObject([{ kind: "auto", name: null, createdByName: "写作者" }]);
    const [summary] = await listDocumentVersions(test.database.db, document.id);
    const version = await findDocumentVersion(test.database.db, summary?.id ?? "");
    expect(bodyOfState(version?.state ?? new Uint8Array())).toContain("第一稿");
  });

  it("takes no automatic version when nobody edited", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const reader = await test.connect(owner, document.id);
    await reader.synced();
    reader.destroy();
    // Hocuspocus unloads only after the onDisconnect hooks (which take the version) resolved.
    await expect
      .poll(() =>
        test.running.collab.hocuspocus.documents.has(
          formatDocumentName({ kind: "document", id: document.id }),
        ),
      )
      .toBe(false);

    expect(await listDocumentVersions(test.database.db, document.id)).toEqual([]);
  });

  it("restores a named version as a new change that connected clients receive", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const editor = await test.connect(owner, document.id);
    const watcher = await test.connect(owner, document.id);
    await editor.synced();
    await watcher.synced();

    writeParagraph(editor.doc, "定稿");
    await editor.saved();
    const named = await takeNamedVersion(test.database.db, test.running.collab, {
      documentId: document.id,
      name: "送审稿",
      memberId: owner.member.id,
    });

    writeParagraph(editor.doc, "后来的改动");
    await editor.saved();
    await expect.poll(() => bodyOf(watcher.doc)).toContain("后来的改动");

    const version = await findDocumentVersion(test.database.db, named);
    if (!version) throw new Error("version missing");
    await restoreVersion(test.database.db, test.running.collab, {
      version,
      memberId: owner.member.id,
    });

    await expect.poll(() => bodyOf(watcher.doc)).toBe("<paragraph>定稿</paragraph>");
    expect(bodyOf(editor.doc)).toBe("<paragraph>定稿</paragraph>");

    const stored = await currentDocumentState(test.database.db, undefined, document.id);
    expect(bodyOfState(stored.state)).toBe("<paragraph>定稿</paragraph>");

    const kinds = (await listDocumentVersions(test.database.db, document.id)).map(
      (item) => item.kind,
    );
    expect(kinds).toContain("named");
    expect(kinds).toContain("restore");
  });

  it("restores through the journal when no collab server runs in this process", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const editor = await test.connect(owner, document.id);
    await editor.synced();
    writeParagraph(editor.doc, "甲稿");
    await editor.saved();
    const named = await takeNamedVersion(test.database.db, undefined, {
      documentId: document.id,
      name: "甲",
      memberId: owner.member.id,
    });
    writeParagraph(editor.doc, "乙稿");
    await editor.saved();
    editor.destroy();
    const name = `document.${document.id}`;
    await expect
      .poll(() => test.running.collab.hocuspocus.documents.has(name))
      .toBe(false);

    const version = await findDocumentVersion(test.database.db, named);
    if (!version) throw new Error("version missing");
    await restoreVersion(test.database.db, undefined, {
      version,
      memberId: owner.member.id,
    });

    const reader = await test.connect(owner, document.id);
    await reader.synced();
    expect(bodyOf(reader.doc)).toBe("<paragraph>甲稿</paragraph>");
  });
});

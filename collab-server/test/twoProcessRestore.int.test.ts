import { findDocumentVersion, type OpenDatabase, openDatabase } from "@xietong/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState, restoreVersion, takeNamedVersion } from "../src/index.ts";
import { bodyOf, writeParagraph } from "../src/testing/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

// The collab process of the two-process setup, with its own pool and journal listener.
const test = setupCollabTest();
// The API process: its own pool on the same PostgreSQL and no collab server.
let api: OpenDatabase;

beforeAll(async () => {
  api = await openDatabase({ url: test.database.url });
});

afterAll(async () => {
  await api?.close();
});

describe("a version restored by an API process without a collab server", () => {
  it("reaches the clients of a document open in the collab process, without a reload", async () => {
    const owner = await test.member("恢复者");
    const document = await test.document(owner.member.id);
    const editor = await test.connect(owner, document.id);
    const watcher = await test.connect(owner, document.id);
    await editor.synced();
    await watcher.synced();

    writeParagraph(editor.doc, "定稿");
    await editor.saved();
    const named = await takeNamedVersion(api.db, undefined, {
      documentId: document.id,
      name: "送审稿",
      memberId: owner.member.id,
    });
    writeParagraph(editor.doc, "后来的改动");
    await editor.saved();
    await expect.poll(() => bodyOf(watcher.doc)).toContain("后来的改动");

    const version = await findDocumentVersion(api.db, named);
    if (!version) throw new Error("version missing");
    await restoreVersion(api.db, undefined, { version, memberId: owner.member.id });

    await expect
      .poll(() => bodyOf(watcher.doc), { timeout: 5_000 })
      .toBe("<paragraph>定稿</paragraph>");
    await expect.poll(() => bodyOf(editor.doc)).toBe("<paragraph>定稿</paragraph>");

    // Editing goes on from the restored body, and what is stored matches the clients.
    writeParagraph(editor.doc, "接着写");
    await editor.saved();
    await expect.poll(() => bodyOf(watcher.doc)).toBe(bodyOf(editor.doc));
    const stored = new Y.Doc();
    await loadDocumentState(test.database.db, {
      documentId: document.id,
      doc: stored,
      origin: null,
    });
    expect(bodyOf(stored)).toBe(
      "<paragraph>定稿</paragraph><paragraph>接着写</paragraph>",
    );
  });
});

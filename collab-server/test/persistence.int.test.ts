import { formatDocumentName } from "@xietong/shared";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest();

describe("persistence failures", () => {
  it("refuses a connection when the load fails, and loads again on the next try", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const writer = await test.connect(owner, document.id);
    await writer.synced();
    writer.doc.getText("t").insert(0, "不能丢");
    await writer.saved();
    writer.destroy();
    const name = formatDocumentName({ kind: "document", id: document.id });
    await expect
      .poll(() => test.running.collab.hocuspocus.documents.has(name))
      .toBe(false);

    const db = test.database.db;
    await sql`alter table document_updates rename to document_updates_away`.execute(db);
    try {
      const refused = await test.connect(owner, document.id);
      await expect(refused.synced()).rejects.toThrow('"loadFailed"');
      refused.destroy();
      expect(test.running.collab.hocuspocus.documents.has(name)).toBe(false);
    } finally {
      await sql`alter table document_updates_away rename to document_updates`.execute(db);
    }

    const reader = await test.connect(owner, document.id);
    await reader.synced();
    expect(reader.doc.getText("t").toString()).toBe("不能丢");
  });

  it("keeps a document in memory while its save fails, and stores it when the database is back", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const name = formatDocumentName({ kind: "document", id: document.id });
    const writer = await test.connect(owner, document.id);
    await writer.synced();
    const db = test.database.db;

    await sql`alter table document_updates rename to document_updates_away`.execute(db);
    try {
      writer.doc.getText("t").insert(0, "断网时写的");
      await expect
        .poll(() => writer.messages.some((message) => message?.type === "saveFailed"))
        .toBe(true);
      writer.destroy();
      // The server has seen the last connection go, which is when it would unload.
      await expect
        .poll(() =>
          test.running.collab.hocuspocus.documents.get(name)?.getConnectionsCount(),
        )
        .toBe(0);
      expect(test.running.collab.hocuspocus.documents.has(name)).toBe(true);
    } finally {
      await sql`alter table document_updates_away rename to document_updates`.execute(db);
    }

    await expect
      .poll(() => test.running.collab.hocuspocus.documents.has(name), { timeout: 15_000 })
      .toBe(false);
    const reader = await test.connect(owner, document.id);
    await reader.synced();
    expect(reader.doc.getText("t").toString()).toBe("断网时写的");
  });
});

import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest({ journalBatchDelayMs: 5 });

describe("durable 已保存", () => {
  it("sends saved after the acknowledgement, once the journal holds the update", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const client = await test.connect(owner, document.id);
    await client.synced();
    // The empty sync step 2 of a new client is answered with saved too.
    await client.saved();

    const order: string[] = [];
    client.provider.on("unsyncedChanges", ({ number }: { number: number }) => {
      if (number === 0) order.push("ack");
    });
    client.provider.on("stateless", ({ payload }: { payload: string }) => {
      order.push(JSON.parse(payload).type);
    });

    client.doc.getText("t").insert(0, "已保存");
    await client.saved();

    expect(order).toEqual(["ack", "saved"]);
    const rows = await test.database.db
      .selectFrom("documentUpdates")
      .select("seq")
      .where("documentId", "=", document.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it("withholds saved and says saveFailed while the database refuses, then saves", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const client = await test.connect(owner, document.id);
    await client.synced();
    const db = test.database.db;

    await sql`alter table document_updates rename to document_updates_away`.execute(db);
    try {
      client.doc.getText("t").insert(0, "断电");
      await expect.poll(() => client.provider.hasUnsyncedChanges).toBe(false);
      await expect
        .poll(() => client.messages.some((message) => message?.type === "saveFailed"))
        .toBe(true);
      expect(client.isSaved()).toBe(false);
    } finally {
      await sql`alter table document_updates_away rename to document_updates`.execute(db);
    }

    await client.saved();
    expect(client.isSaved()).toBe(true);
  });

  it("sends saved for a sync that changed nothing, so the client does not wait forever", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const first = await test.connect(owner, document.id);
    await first.synced();
    first.doc.getText("t").insert(0, "同样的内容");
    await first.saved();

    // A second client that already holds exactly the server's state (e.g. from its
    // offline copy): its sync step 2 changes nothing on the server.
    const offlineCopy = new Y.Doc();
    Y.applyUpdate(offlineCopy, Y.encodeStateAsUpdate(first.doc));
    const second = await test.connect(owner, document.id);
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(offlineCopy));
    await second.synced();

    await second.saved(5_000);
    expect(second.doc.getText("t").toString()).toBe("同样的内容");
  });
});

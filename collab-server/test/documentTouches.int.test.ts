import { findDocument } from "@xietong/db";
import {
  createPgliteTestDatabase,
  createTestDatabase,
  type TestDatabase,
} from "@xietong/db/testing";
import type { KyselyPlugin, PluginTransformResultArgs, RootOperationNode } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentTouches } from "../src/storage/DocumentTouches.ts";
import { buildDocument, buildMember, buildUnit } from "./helpers/buildWorld.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

const silent = pino({ level: "silent" });

/** Counts the UPDATE statements sent through a Kysely instance. */
function countUpdates(): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery({ node }: { node: RootOperationNode }) {
      if (node.kind === "UpdateQueryNode") counter.count += 1;
      return node;
    },
    transformResult: async ({ result }: PluginTransformResultArgs) => result,
  };
  return counter;
}

describe.each([
  ["PostgreSQL", createTestDatabase],
  ["PGlite", createPgliteTestDatabase],
])("DocumentTouches on %s", (_backend, open) => {
  let database: TestDatabase;
  let documentIds: () => Promise<string>;

  beforeAll(async () => {
    database = await open();
    const unit = await buildUnit(database.db);
    const owner = await buildMember(database.db, { unitId: unit.id });
    documentIds = async () =>
      (await buildDocument(database.db, { unitId: unit.id, ownerId: owner.member.id }))
        .id;
  });

  afterAll(async () => {
    await database?.close();
  });

  it("writes the first stored edit at once and holds later ones until the interval is over", async () => {
    const documentId = await documentIds();
    const counter = countUpdates();
    const touches = new DocumentTouches({
      db: database.db.withPlugin(counter),
      logger: silent,
      intervalMs: 60 * 60_000,
    });
    const base = Date.now() + 60_000;

    touches.note([documentId], new Date(base));
    await touches.whenIdle();
    expect(counter.count).toBe(1);
    expect((await findDocument(database.db, documentId))?.updatedAt.getTime()).toBe(base);

    for (let edit = 1; edit <= 20; edit += 1) {
      touches.note([documentId], new Date(base + edit));
    }
    await touches.whenIdle();
    expect(counter.count).toBe(1);

    // The held newest edit is written at the latest when the server stops.
    await touches.close();
    expect(counter.count).toBe(2);
    expect((await findDocument(database.db, documentId))?.updatedAt.getTime()).toBe(
      base + 20,
    );
  });

  it("writes documents stored together in one statement", async () => {
    const first = await documentIds();
    const second = await documentIds();
    const counter = countUpdates();
    const touches = new DocumentTouches({
      db: database.db.withPlugin(counter),
      logger: silent,
    });
    const at = new Date(Date.now() + 120_000);

    touches.note([first, second], at);
    await touches.close();

    expect(counter.count).toBe(1);
    for (const id of [first, second]) {
      expect((await findDocument(database.db, id))?.updatedAt.getTime()).toBe(
        at.getTime(),
      );
    }
  });

  it("writes a held edit by itself once the interval is over", async () => {
    const documentId = await documentIds();
    const touches = new DocumentTouches({
      db: database.db,
      logger: silent,
      intervalMs: 200,
    });
    const base = Date.now() + 180_000;

    touches.note([documentId], new Date(base));
    touches.note([documentId], new Date(base + 1));

    await expect
      .poll(
        async () => (await findDocument(database.db, documentId))?.updatedAt.getTime(),
        {
          timeout: 5_000,
        },
      )
      .toBe(base + 1);
    await touches.close();
  });
});

describe("the collab server and updatedAt", () => {
  const test = setupCollabTest();

  it("moves a document's updatedAt forward when its edits are stored", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const writer = await test.connect(owner, document.id);
    await writer.synced();
    const before = (await findDocument(test.database.db, document.id))?.updatedAt;

    writer.doc.getText("t").insert(0, "改了一个字");
    await writer.saved();

    await expect
      .poll(async () => (await findDocument(test.database.db, document.id))?.updatedAt, {
        timeout: 5_000,
      })
      .toSatisfy((updatedAt) => (updatedAt?.getTime() ?? 0) > (before?.getTime() ?? 0));
  });
});

import { createTestDatabase, type TestDatabase } from "@xietong/db/testing";
import { formatDocumentName } from "@xietong/shared";
import { afterAll, beforeAll } from "vitest";
import type { CollabServerOptions } from "../../src/index.ts";
import { type CollabClient, connectClient } from "../../src/testing/index.ts";
import { buildDocument, buildMember, buildUnit } from "./buildWorld.ts";
import { type RunningCollab, startCollab } from "./startCollab.ts";

/** A test file's database and collab server, with builders bound to them. */
export interface CollabTest {
  database: TestDatabase;
  running: RunningCollab;
  unitId: string;
  member(name?: string): ReturnType<typeof buildMember>;
  document(
    ownerId: string,
    shares?: Parameters<typeof buildDocument>[1]["shares"],
  ): ReturnType<typeof buildDocument>;
  /** Connects a provider to a document with a collab token of `member`. */
  connect(
    member: Awaited<ReturnType<typeof buildMember>>,
    documentId: string,
  ): Promise<CollabClient>;
}

/** Creates a fresh database and a collab server for one test file. */
export function setupCollabTest(options: Partial<CollabServerOptions> = {}): CollabTest {
  const clients: CollabClient[] = [];
  const test = {} as CollabTest;

  beforeAll(async () => {
    test.database = await createTestDatabase();
    test.running = await startCollab(test.database, options);
    const unit = await buildUnit(test.database.db);
    test.unitId = unit.id;
    test.member = (name) => buildMember(test.database.db, { unitId: unit.id, name });
    test.document = (ownerId, shares) =>
      buildDocument(test.database.db, { unitId: unit.id, ownerId, shares });
    test.connect = async (member, documentId) => {
      const client = connectClient({
        url: test.running.url,
        origin: test.running.origin,
        documentName: formatDocumentName({ kind: "document", id: documentId }),
        token: await member.collabToken(),
      });
      clients.push(client);
      return client;
    };
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await test.running?.close();
    await test.database?.close();
  });

  return test;
}

import {
  countDocumentUpdates,
  findDocumentSnapshot,
  storeDocumentSnapshot,
} from "@xietong/db";
import {
  createPgliteTestDatabase,
  createTestDatabase,
  type TestDatabase,
} from "@xietong/db/testing";
import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  appendDocumentUpdates,
  compactDocument,
  loadDocumentState,
  UpdateJournal,
} from "../src/index.ts";
import { buildDocument, buildMember, buildUnit } from "./helpers/buildWorld.ts";

const silent = pino({ level: "silent" });

/** Edits a Y.Text `count` times and returns one V1 update per edit. */
function typedUpdates(
  count: number,
  text = "text",
): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const ytext = doc.getText(text);
  for (let index = 0; index < count; index += 1) {
    ytext.insert(
      Math.floor(ytext.length / 2),
      String.fromCharCode(0x4e00 + (index % 500)),
    );
    if (index % 7 === 6) ytext.delete(0, 1);
  }
  return { updates, doc };
}

async function loadText(database: TestDatabase, documentId: string): Promise<string> {
  const doc = new Y.Doc();
  await loadDocumentState(database.db, { documentId, doc, origin: null });
  return doc.getText("text").toString();
}

describe.each([
  ["PostgreSQL", createTestDatabase],
  ["PGlite", createPgliteTestDatabase],
])("journal and snapshots on %s", (_backend, open) => {
  let database: TestDatabase;
  let unitId: string;
  let ownerId: string;

  beforeAll(async () => {
    database = await open();
    const unit = await buildUnit(database.db);
    const owner = await buildMember(database.db, { unitId: unit.id });
    unitId = unit.id;
    ownerId = owner.member.id;
  });

  afterAll(async () => {
    await database.close();
  });

  const newDocument = () => buildDocument(database.db, { unitId, ownerId });

  it("loads a journal-only document as the sum of its updates", async () => {
    const document = await newDocument();
    const { updates, doc } = typedUpdates(300);

    const seq = await appendDocumentUpdates(database.db, document.id, updates);

    expect(seq).not.toBeNull();
    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());
  });

  it("appends inside the caller's transaction, and not at all when it rolls back", async () => {
    const kept = await newDocument();
    const dropped = await newDocument();
    const { updates, doc } = typedUpdates(20);

    await database.db.transaction().execute(async (tx) => {
      await appendDocumentUpdates(tx, kept.id, updates);
    });
    await expect(
      database.db.transaction().execute(async (tx) => {
        await appendDocumentUpdates(tx, dropped.id, updates);
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");

    expect(await loadText(database, kept.id)).toBe(doc.getText("text").toString());
    expect(await loadText(database, dropped.id)).toBe("");
  });

  it("compacts into a snapshot, deletes the folded rows and loads snapshot + later rows", async () => {
    const document = await newDocument();
    const { updates, doc } = typedUpdates(400);
    await appendDocumentUpdates(database.db, document.id, updates.slice(0, 250));

    const first = await compactDocument(database.db, document.id);
    expect(first.foldedRows).toBe(250);
    expect(
      await countDocumentUpdates(database.db, { documentId: document.id, afterSeq: "0" }),
    ).toBe(0);

    await appendDocumentUpdates(database.db, document.id, updates.slice(250));
    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());

    const second = await compactDocument(database.db, document.id);
    expect(second.foldedRows).toBe(updates.length - 250);
    expect(BigInt(second.throughSeq)).toBeGreaterThan(BigInt(first.throughSeq));
    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());

    const again = await compactDocument(database.db, document.id);
    expect(again.foldedRows).toBe(0);
  });

  it("never stores an older snapshot over a newer one", async () => {
    const document = await newDocument();
    const { updates } = typedUpdates(50);
    await appendDocumentUpdates(database.db, document.id, updates);
    const compacted = await compactDocument(database.db, document.id);
    const before = await findDocumentSnapshot(database.db, document.id);

    const older = await storeDocumentSnapshot(database.db, {
      documentId: document.id,
      state: Y.encodeStateAsUpdate(new Y.Doc()),
      throughSeq: "1",
    });

    expect(older).toBe(false);
    const after = await findDocumentSnapshot(database.db, document.id);
    expect(after?.throughSeq).toBe(compacted.throughSeq);
    expect(Buffer.from(after?.state ?? [])).toEqual(Buffer.from(before?.state ?? []));
  });

  it("journals a burst of updates in few batches and resolves each once durable", async () => {
    const document = await newDocument();
    const { updates, doc } = typedUpdates(2_000);
    const batches: number[] = [];
    const journal = new UpdateJournal({
      db: database.db,
      logger: silent,
      onCommitted: (highest) => batches.push(highest.size),
    });

    await Promise.all(updates.map((update) => journal.append(document.id, update)));

    expect(journal.hasPending(document.id)).toBe(false);
    expect(batches.length).toBeLessThan(20);
    // Consecutive updates share rows, so row overhead does not dwarf a keystroke.
    const rows = await countDocumentUpdates(database.db, {
      documentId: document.id,
      afterSeq: "0",
    });
    expect(rows).toBeLessThanOrEqual(updates.length / 50);
    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());
    await journal.close();
  });

  it("drops the updates of a deleted document without blocking the others", async () => {
    const document = await newDocument();
    const { updates, doc } = typedUpdates(20);
    const journal = new UpdateJournal({ db: database.db, logger: silent });

    const missing = "00000000-0000-4000-8000-000000000000";
    const writes = [
      journal.append(missing, updates[0] as Uint8Array),
      ...updates.map((update) => journal.append(document.id, update)),
    ];
    await Promise.all(writes);

    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());
    await journal.close();
  });
});

describe("journal on a failing PostgreSQL", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  it("keeps failed updates, reports the failure and stores them once the database is back", async () => {
    const unit = await buildUnit(database.db);
    const owner = await buildMember(database.db, { unitId: unit.id });
    const document = await buildDocument(database.db, {
      unitId: unit.id,
      ownerId: owner.member.id,
    });
    const { updates, doc } = typedUpdates(30);
    const failed: string[][] = [];
    const journal = new UpdateJournal({
      db: database.db,
      logger: silent,
      retryDelayMs: { first: 20, max: 100 },
      onSaveFailed: (documentIds) => failed.push(documentIds),
    });

    await sql`alter table document_updates rename to document_updates_away`.execute(
      database.db,
    );
    const durable = Promise.all(
      updates.map((update) => journal.append(document.id, update)),
    );
    await expect.poll(() => failed.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(journal.isFailing).toBe(true);
    expect(journal.hasPending(document.id)).toBe(true);

    await sql`alter table document_updates_away rename to document_updates`.execute(
      database.db,
    );
    await durable;

    expect(failed[0]).toEqual([document.id]);
    expect(journal.isFailing).toBe(false);
    expect(await loadText(database, document.id)).toBe(doc.getText("text").toString());
    await journal.close();
  });
});

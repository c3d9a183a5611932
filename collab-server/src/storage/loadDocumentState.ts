import type { Database } from "@xietong/db";
import { findDocumentSnapshot, listDocumentUpdates } from "@xietong/db";
import type { Kysely } from "kysely";
import * as Y from "yjs";

/** What a load read: the last journal seq applied and how many journal rows followed the snapshot. */
export interface LoadedState {
  throughSeq: string;
  journalRows: number;
}

/**
 * Applies a document's stored state to `doc`: its snapshot, then every journal row
 * after it, in one Yjs transaction (one `update` event, and much faster than one
 * transaction per row). Snapshot and journal are read in one repeatable-read
 * transaction so a compaction running meanwhile cannot make rows vanish between the
 * two reads. Throws when the database fails; the caller must not treat that as empty.
 */
export async function loadDocumentState(
  db: Kysely<Database>,
  { documentId, doc, origin }: { documentId: string; doc: Y.Doc; origin: unknown },
): Promise<LoadedState> {
  const { snapshot, rows } = await db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (tx) => {
      const snapshot = await findDocumentSnapshot(tx, documentId);
      const rows = await listDocumentUpdates(tx, {
        documentId,
        afterSeq: snapshot?.throughSeq ?? "0",
      });
      return { snapshot, rows };
    });

  Y.transact(
    doc,
    () => {
      if (snapshot) Y.applyUpdate(doc, snapshot.state);
      for (const row of rows) Y.applyUpdate(doc, row.update);
    },
    origin,
  );

  return {
    throughSeq: rows.at(-1)?.seq ?? snapshot?.throughSeq ?? "0",
    journalRows: rows.length,
  };
}

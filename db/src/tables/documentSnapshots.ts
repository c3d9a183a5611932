import { type Kysely, sql } from "kysely";
import type { Database } from "../types.ts";

/** A document's compacted state and the last journal seq folded into it. */
export interface DocumentSnapshotRow {
  state: Uint8Array;
  throughSeq: string;
}

/** Reads a document's snapshot, if it has one. */
export function findDocumentSnapshot(
  db: Kysely<Database>,
  documentId: string,
): Promise<DocumentSnapshotRow | undefined> {
  return db
    .selectFrom("documentSnapshots")
    .select(["state", "throughSeq"])
    .where("documentId", "=", documentId)
    .executeTakeFirst();
}

/**
 * Takes a transaction-scoped lock on a document's stored state, so two compactions
 * (in one process or several) never fold the same journal rows at once. Call it inside
 * a transaction; the lock ends with it.
 */
export async function lockDocumentStorage(
  db: Kysely<Database>,
  documentId: string,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${documentId}, 0))`.execute(db);
}

/**
 * Writes a snapshot only if it folds in more of the journal than the stored one:
 * an older state never replaces a newer one. Returns whether it was written.
 */
export async function storeDocumentSnapshot(
  db: Kysely<Database>,
  snapshot: { documentId: string; state: Uint8Array; throughSeq: string },
): Promise<boolean> {
  const result = await db
    .insertInto("documentSnapshots")
    .values({ ...snapshot, updatedAt: new Date() })
    .onConflict((conflict) =>
      conflict
        .column("documentId")
        .doUpdateSet({
          state: (eb) => eb.ref("excluded.state"),
          throughSeq: (eb) => eb.ref("excluded.throughSeq"),
          updatedAt: (eb) => eb.ref("excluded.updatedAt"),
        })
        .where(sql<boolean>`excluded.through_seq > document_snapshots.through_seq`),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

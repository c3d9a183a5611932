import { type Kysely, sql } from "kysely";
import type { Database } from "../types.ts";

/** One journal row as read back: its global order and the Yjs V1 update. */
export interface DocumentUpdateRow {
  seq: string;
  update: Uint8Array;
}

/**
 * Appends Yjs updates to the journal in one statement and returns the highest seq
 * written per document. `unnest` keeps it one round trip with two parameters however
 * many rows there are (a multi-values insert would hit PostgreSQL's 65,535 parameter
 * limit at about 30,000 rows).
 */
export async function insertDocumentUpdates(
  db: Kysely<Database>,
  rows: readonly { documentId: string; update: Uint8Array }[],
): Promise<Map<string, string>> {
  const highest = new Map<string, string>();
  if (rows.length === 0) return highest;

  const documentIds = rows.map((row) => row.documentId);
  const updates = rows.map((row) => toBuffer(row.update));
  const result = await sql<{ documentId: string; seq: string }>`
    insert into document_updates (document_id, update)
    select * from unnest(${documentIds}::uuid[], ${updates}::bytea[])
    returning document_id, seq
  `.execute(db);

  for (const { documentId, seq } of result.rows) {
    const known = highest.get(documentId);
    if (known === undefined || BigInt(seq) > BigInt(known)) highest.set(documentId, seq);
  }
  return highest;
}

/**
 * The journal rows of a document after `afterSeq`, oldest first; with `throughSeq`
 * only up to and including it.
 */
export function listDocumentUpdates(
  db: Kysely<Database>,
  {
    documentId,
    afterSeq,
    throughSeq,
  }: { documentId: string; afterSeq: string; throughSeq?: string | undefined },
): Promise<DocumentUpdateRow[]> {
  let query = db
    .selectFrom("documentUpdates")
    .select(["seq", "update"])
    .where("documentId", "=", documentId)
    .where("seq", ">", afterSeq);
  if (throughSeq !== undefined) query = query.where("seq", "<=", throughSeq);

  return query.orderBy("seq").execute();
}

/** How many journal rows a document has after `afterSeq`. */
export async function countDocumentUpdates(
  db: Kysely<Database>,
  { documentId, afterSeq }: { documentId: string; afterSeq: string },
): Promise<number> {
  const row = await db
    .selectFrom("documentUpdates")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("documentId", "=", documentId)
    .where("seq", ">", afterSeq)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Deletes the journal rows a snapshot has folded in (seq up to and including `throughSeq`). */
export async function deleteDocumentUpdates(
  db: Kysely<Database>,
  { documentId, throughSeq }: { documentId: string; throughSeq: string },
): Promise<void> {
  await db
    .deleteFrom("documentUpdates")
    .where("documentId", "=", documentId)
    .where("seq", "<=", throughSeq)
    .execute();
}

// pg encodes Buffers inside arrays as bytea hex; a bare Uint8Array would be sent as
// an array of numbers.
function toBuffer(update: Uint8Array): Buffer {
  return Buffer.isBuffer(update)
    ? update
    : Buffer.from(update.buffer, update.byteOffset, update.byteLength);
}

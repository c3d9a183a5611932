import type { Database } from "@xietong/db";
import { insertDocumentUpdates } from "@xietong/db";
import type { Kysely } from "kysely";
import { notifyJournalAppended } from "./journalEvents.ts";

/**
 * Appends Yjs V1 updates to a document's journal in one transaction (the caller's,
 * when `db` is one), e.g. the content of an imported document or a version restored
 * by an API process without a collab server. Returns the highest seq written, or
 * null when `updates` is empty. Collab processes that have the document open are
 * notified at commit and apply the rows live (see `listenToJournal`).
 */
export function appendDocumentUpdates(
  db: Kysely<Database>,
  documentId: string,
  updates: readonly Uint8Array[],
): Promise<string | null> {
  if (updates.length === 0) return Promise.resolve(null);

  const append = async (tx: Kysely<Database>) => {
    const highest = await insertDocumentUpdates(
      tx,
      updates.map((update) => ({ documentId, update })),
    );
    const throughSeq = highest.get(documentId) ?? null;
    if (throughSeq) await notifyJournalAppended(tx, { documentId, throughSeq });
    return throughSeq;
  };
  // Inside a caller's transaction (an import, the demo seed) the notification goes
  // out when that transaction commits.
  return db.isTransaction ? append(db) : db.transaction().execute(append);
}

import type { Database } from "@xietong/db";
import { insertDocumentUpdates } from "@xietong/db";
import type { Kysely } from "kysely";

/**
 * Appends Yjs V1 updates to a document's journal in one statement, e.g. the content
 * of an imported document before anyone opens it. Returns the highest seq written,
 * or null when `updates` is empty. A document that is open in a collab server does
 * not see these rows until it is loaded again: change live documents through the
 * collab server instead.
 */
export async function appendDocumentUpdates(
  db: Kysely<Database>,
  documentId: string,
  updates: readonly Uint8Array[],
): Promise<string | null> {
  const highest = await insertDocumentUpdates(
    db,
    updates.map((update) => ({ documentId, update })),
  );
  return highest.get(documentId) ?? null;
}

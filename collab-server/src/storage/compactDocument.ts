import type { Database } from "@xietong/db";
import {
  deleteDocumentUpdates,
  findDocumentSnapshot,
  listDocumentUpdates,
  lockDocumentStorage,
  storeDocumentSnapshot,
} from "@xietong/db";
import type { Kysely } from "kysely";
import * as Y from "yjs";

/** What a compaction did: how many journal rows it folded and up to which seq. */
export interface CompactionResult {
  foldedRows: number;
  throughSeq: string;
}

/**
 * Folds a document's journal into its snapshot: applies the rows after the snapshot
 * to a Y.Doc holding the snapshot and encodes the result. Applying keeps the cost
 * linear; `Y.mergeUpdates` over thousands of updates is superlinear. Runs in one
 * transaction under the document's storage lock: the new snapshot is written only if
 * it is newer than the stored one, and exactly the folded rows are deleted.
 */
export function compactDocument(
  db: Kysely<Database>,
  documentId: string,
): Promise<CompactionResult> {
  return db.transaction().execute(async (tx) => {
    await lockDocumentStorage(tx, documentId);

    const snapshot = await findDocumentSnapshot(tx, documentId);
    const afterSeq = snapshot?.throughSeq ?? "0";
    const rows = await listDocumentUpdates(tx, { documentId, afterSeq });
    const last = rows.at(-1);
    if (!last) return { foldedRows: 0, throughSeq: afterSeq };

    const doc = new Y.Doc();
    try {
      Y.transact(doc, () => {
        if (snapshot) Y.applyUpdate(doc, snapshot.state);
        for (const row of rows) Y.applyUpdate(doc, row.update);
      });
      const state = Y.encodeStateAsUpdate(doc);

      const stored = await storeDocumentSnapshot(tx, {
        documentId,
        state,
        throughSeq: last.seq,
      });
      // Under the lock nobody else can have stored a newer snapshot; if it happened
      // anyway, keep the journal rows rather than lose what they hold.
      if (!stored) return { foldedRows: 0, throughSeq: afterSeq };

      await deleteDocumentUpdates(tx, { documentId, throughSeq: last.seq });
      return { foldedRows: rows.length, throughSeq: last.seq };
    } finally {
      doc.destroy();
    }
  });
}

import type { Database } from "@xietong/db";
import { insertDocumentVersion } from "@xietong/db";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { CollabServer } from "../createCollabServer.ts";
import { loadDocumentState } from "../storage/loadDocumentState.ts";

/**
 * The current state of a document: from the collab server when it has the document
 * open (its newest edits included, once durable), else from the database.
 */
export async function currentDocumentState(
  db: Kysely<Database>,
  collab: Pick<CollabServer, "openDocumentState"> | undefined,
  documentId: string,
): Promise<{ state: Uint8Array; throughSeq: string }> {
  const open = await collab?.openDocumentState(documentId);
  if (open) return open;

  const doc = new Y.Doc();
  try {
    const loaded = await loadDocumentState(db, { documentId, doc, origin: null });
    return { state: Y.encodeStateAsUpdate(doc), throughSeq: loaded.throughSeq };
  } finally {
    doc.destroy();
  }
}

/** Records a named version of a document's current state; returns its id. */
export async function takeNamedVersion(
  db: Kysely<Database>,
  collab: Pick<CollabServer, "openDocumentState"> | undefined,
  { documentId, name, memberId }: { documentId: string; name: string; memberId: string },
): Promise<string> {
  const { state, throughSeq } = await currentDocumentState(db, collab, documentId);
  return insertDocumentVersion(db, {
    documentId,
    kind: "named",
    name,
    state,
    throughSeq,
    createdBy: memberId,
  });
}

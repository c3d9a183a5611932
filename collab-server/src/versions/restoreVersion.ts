import type { Database, DocumentVersion } from "@xietong/db";
import { insertDocumentVersion } from "@xietong/db";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { CollabServer } from "../createCollabServer.ts";
import { appendDocumentUpdates } from "../storage/appendDocumentUpdates.ts";
import { loadDocumentState } from "../storage/loadDocumentState.ts";
import { replaceBody } from "./replaceBody.ts";
import { currentDocumentState } from "./takeNamedVersion.ts";

/**
 * Restores a version as a new change on the live document: its body replaces the
 * current body, history stays, and a `restore` version records the result. With the
 * collab server in this process the change goes through Hocuspocus, so connected
 * clients see it at once; without it the change is appended to the journal and collab
 * processes listening with `listenToJournal` apply it live.
 */
export async function restoreVersion(
  db: Kysely<Database>,
  collab: Pick<CollabServer, "restoreInto" | "openDocumentState"> | undefined,
  { version, memberId }: { version: DocumentVersion; memberId: string },
): Promise<void> {
  const documentId = version.documentId;

  if (collab) {
    await collab.restoreInto({ documentId, memberId }, (doc) =>
      replaceBody(doc, version.state),
    );
  } else {
    await restoreThroughJournal(db, { documentId, state: version.state });
  }

  const restored = await currentDocumentState(db, collab, documentId);
  await insertDocumentVersion(db, {
    documentId,
    kind: "restore",
    name: version.name,
    state: restored.state,
    throughSeq: restored.throughSeq,
    createdBy: memberId,
  });
}

// Without a collab server here the change goes to the journal; `appendDocumentUpdates`
// notifies the collab processes, which apply it to the document if it is open.
async function restoreThroughJournal(
  db: Kysely<Database>,
  { documentId, state }: { documentId: string; state: Uint8Array },
): Promise<void> {
  const doc = new Y.Doc();
  try {
    await loadDocumentState(db, { documentId, doc, origin: null });
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    doc.transact(() => replaceBody(doc, state));
    await appendDocumentUpdates(db, documentId, updates);
  } finally {
    doc.destroy();
  }
}

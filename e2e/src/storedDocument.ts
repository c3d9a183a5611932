import pg from "pg";
import * as Y from "yjs";
import { serverDatabaseUrl } from "./harness.ts";

/** What PostgreSQL holds of a document body, read the way a cold load reads it. */
export interface StoredDocument {
  /** Rows in the update journal for the document. */
  updateRows: number;
  /** Whether a compacted snapshot exists. */
  hasSnapshot: boolean;
  /** The plain text of the body: snapshot plus later journal entries, applied in order. */
  text: string;
}

/**
 * Reads a document's snapshot and journal straight from the server's database, so a
 * test can tell what is durable independently of what the server says.
 */
export async function readStoredDocument(documentId: string): Promise<StoredDocument> {
  const client = new pg.Client({ connectionString: serverDatabaseUrl() });
  await client.connect();
  try {
    const snapshot = await client.query<{ state: Buffer; through_seq: string }>(
      "select state, through_seq from document_snapshots where document_id = $1",
      [documentId],
    );
    const throughSeq = snapshot.rows[0]?.through_seq ?? "0";
    const updates = await client.query<{ update: Buffer }>(
      "select update from document_updates where document_id = $1 and seq > $2 order by seq",
      [documentId, throughSeq],
    );

    const doc = new Y.Doc();
    const first = snapshot.rows[0];
    if (first) Y.applyUpdate(doc, first.state);
    for (const row of updates.rows) Y.applyUpdate(doc, row.update);

    return {
      updateRows: updates.rowCount ?? 0,
      hasSnapshot: first !== undefined,
      text: bodyText(doc.getXmlFragment("body")),
    };
  } finally {
    await client.end();
  }
}

/** The text of an XML fragment, one line per block, without markup. */
export function bodyText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      parts.push(
        child
          .toDelta()
          .map((op: { insert?: unknown }) =>
            typeof op.insert === "string" ? op.insert : "",
          )
          .join(""),
      );
    } else if (child instanceof Y.XmlElement) {
      parts.push(bodyText(child));
    }
  }
  return parts.join(fragment instanceof Y.XmlFragment ? "\n" : "");
}

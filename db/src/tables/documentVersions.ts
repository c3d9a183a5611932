import type { Kysely } from "kysely";
import type { Database, DocumentVersion } from "../types.ts";

/** A version as listed: no state, with the creator's name. */
export interface DocumentVersionSummary {
  id: string;
  kind: DocumentVersion["kind"];
  name: string | null;
  createdAt: Date;
  createdByName: string | null;
}

/** Inserts a version of a document and returns its id. */
export async function insertDocumentVersion(
  db: Kysely<Database>,
  version: {
    documentId: string;
    kind: DocumentVersion["kind"];
    name: string | null;
    state: Uint8Array;
    throughSeq: string;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto("documentVersions")
    .values(version)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A document's versions, newest first, without their states. */
export function listDocumentVersions(
  db: Kysely<Database>,
  documentId: string,
): Promise<DocumentVersionSummary[]> {
  return db
    .selectFrom("documentVersions as v")
    .leftJoin("members as m", "m.id", "v.createdBy")
    .select(["v.id", "v.kind", "v.name", "v.createdAt", "m.name as createdByName"])
    .where("v.documentId", "=", documentId)
    .orderBy("v.createdAt", "desc")
    .orderBy("v.id")
    .execute();
}

/** Reads one version with its state. */
export function findDocumentVersion(
  db: Kysely<Database>,
  id: string,
): Promise<DocumentVersion | undefined> {
  return db
    .selectFrom("documentVersions")
    .select([
      "id",
      "documentId",
      "kind",
      "name",
      "state",
      "throughSeq",
      "createdBy",
      "createdAt",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}

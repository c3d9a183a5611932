import type { Kysely } from "kysely";
import type { Database, DocumentRow } from "../types.ts";

const documentColumns = [
  "id",
  "unitId",
  "kind",
  "ownerId",
  "title",
  "schemaVersion",
  "createdAt",
  "updatedAt",
  "trashedAt",
] as const;

/** Reads a document by id. */
export function findDocument(
  db: Kysely<Database>,
  id: string,
): Promise<DocumentRow | undefined> {
  return db
    .selectFrom("documents")
    .select(documentColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Inserts a document owned by a member and returns it. */
export function insertDocument(
  db: Kysely<Database>,
  document: { unitId: string; ownerId: string; title: string; schemaVersion?: number },
): Promise<DocumentRow> {
  return db
    .insertInto("documents")
    .values({ ...document, updatedAt: new Date() })
    .returning(documentColumns)
    .executeTakeFirstOrThrow();
}

/** Renames a document. */
export async function renameDocument(
  db: Kysely<Database>,
  { id, title }: { id: string; title: string },
): Promise<void> {
  await db
    .updateTable("documents")
    .set({ title, updatedAt: new Date() })
    .where("id", "=", id)
    .execute();
}

/**
 * Marks documents as changed at `at` (now by default) in one statement, e.g. after the
 * collab server stored edits of them. A document whose `updatedAt` is already later is
 * left alone, so a late or out-of-order call never moves the time backwards.
 */
export async function touchDocuments(
  db: Kysely<Database>,
  documentIds: string[],
  at: Date = new Date(),
): Promise<void> {
  if (documentIds.length === 0) return;

  await db
    .updateTable("documents")
    .set({ updatedAt: at })
    .where("id", "in", [...new Set(documentIds)])
    .where("updatedAt", "<", at)
    .execute();
}

/** Moves a document to the trash (a moment) or back out of it (null). */
export async function setDocumentTrashed(
  db: Kysely<Database>,
  { id, trashedAt }: { id: string; trashedAt: Date | null },
): Promise<void> {
  await db.updateTable("documents").set({ trashedAt }).where("id", "=", id).execute();
}

/** Deletes a document with its shares, journal, snapshot and versions. */
export async function deleteDocument(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("documents").where("id", "=", id).execute();
}

/** A document a member can see, with the share roles that reach them. */
export interface VisibleDocumentRow extends DocumentRow {
  ownerName: string;
  shareRole: "editor" | "commenter" | "viewer" | null;
}

/**
 * Documents of a unit that a member owns or that are shared with the member or one
 * of `departmentIds`, one row per reaching share (the caller keeps the strongest).
 */
export function listVisibleDocumentRows(
  db: Kysely<Database>,
  {
    unitId,
    memberId,
    departmentIds,
  }: {
    unitId: string;
    memberId: string;
    departmentIds: string[];
  },
): Promise<VisibleDocumentRow[]> {
  return db
    .selectFrom("documents")
    .innerJoin("members as owner", "owner.id", "documents.ownerId")
    .leftJoin("documentShares as share", (join) =>
      join
        .onRef("share.documentId", "=", "documents.id")
        .on((eb) =>
          eb.or([
            eb.and([
              eb("share.principalType", "=", "member"),
              eb("share.principalId", "=", memberId),
            ]),
            ...(departmentIds.length > 0
              ? [
                  eb.and([
                    eb("share.principalType", "=", "department"),
                    eb("share.principalId", "in", departmentIds),
                  ]),
                ]
              : []),
          ]),
        ),
    )
    .select([
      "documents.id",
      "documents.unitId",
      "documents.kind",
      "documents.ownerId",
      "documents.title",
      "documents.schemaVersion",
      "documents.createdAt",
      "documents.updatedAt",
      "documents.trashedAt",
      "owner.name as ownerName",
      "share.role as shareRole",
    ])
    .where("documents.unitId", "=", unitId)
    .where((eb) =>
      eb.or([eb("documents.ownerId", "=", memberId), eb("share.role", "is not", null)]),
    )
    .orderBy("documents.updatedAt", "desc")
    .execute();
}

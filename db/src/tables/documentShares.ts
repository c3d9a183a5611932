import type { Kysely } from "kysely";
import type { Database, DocumentShare, ShareRole } from "../types.ts";

const shareColumns = [
  "documentId",
  "principalType",
  "principalId",
  "role",
  "createdAt",
] as const;

/** Every share of a document. */
export function listDocumentShares(
  db: Kysely<Database>,
  documentId: string,
): Promise<DocumentShare[]> {
  return db
    .selectFrom("documentShares")
    .select(shareColumns)
    .where("documentId", "=", documentId)
    .orderBy("createdAt")
    .execute();
}

/**
 * The shares of a document that reach a member: to the member, or to any of the given
 * departments (the member's department and its ancestors).
 */
export function listSharesReaching(
  db: Kysely<Database>,
  {
    documentId,
    memberId,
    departmentIds,
  }: {
    documentId: string;
    memberId: string;
    departmentIds: string[];
  },
): Promise<Pick<DocumentShare, "principalType" | "principalId" | "role">[]> {
  return db
    .selectFrom("documentShares")
    .select(["principalType", "principalId", "role"])
    .where("documentId", "=", documentId)
    .where((eb) =>
      eb.or([
        eb.and([eb("principalType", "=", "member"), eb("principalId", "=", memberId)]),
        ...(departmentIds.length > 0
          ? [
              eb.and([
                eb("principalType", "=", "department"),
                eb("principalId", "in", departmentIds),
              ]),
            ]
          : []),
      ]),
    )
    .execute();
}

/** Shares a document with a member or department, replacing an earlier role. */
export async function upsertDocumentShare(
  db: Kysely<Database>,
  share: {
    documentId: string;
    principalType: "member" | "department";
    principalId: string;
    role: ShareRole;
  },
): Promise<void> {
  await db
    .insertInto("documentShares")
    .values(share)
    .onConflict((oc) =>
      oc
        .columns(["documentId", "principalType", "principalId"])
        .doUpdateSet({ role: share.role }),
    )
    .execute();
}

/** Removes a share; returns whether it existed. */
export async function deleteDocumentShare(
  db: Kysely<Database>,
  share: {
    documentId: string;
    principalType: "member" | "department";
    principalId: string;
  },
): Promise<boolean> {
  const result = await db
    .deleteFrom("documentShares")
    .where("documentId", "=", share.documentId)
    .where("principalType", "=", share.principalType)
    .where("principalId", "=", share.principalId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Removes every share to a member or department; returns the documents that lost one. */
export async function deletePrincipalShares(
  db: Kysely<Database>,
  principal: { principalType: "member" | "department"; principalId: string },
): Promise<string[]> {
  const rows = await db
    .deleteFrom("documentShares")
    .where("principalType", "=", principal.principalType)
    .where("principalId", "=", principal.principalId)
    .returning("documentId")
    .execute();
  return rows.map((row) => row.documentId);
}

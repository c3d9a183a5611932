import {
  type Database,
  departmentAncestorIds,
  findDocument,
  findMember,
  listSharesReaching,
} from "@xietong/db";
import type { Kysely } from "kysely";
import { appError } from "../appError.ts";

/**
 * Refuses with `document.trashed` when a document the member cannot open is in the trash
 * and is still shared with them, so an open editor can say "moved to the trash" rather
 * than "no access". Anyone else learns nothing: the caller goes on to "not found".
 */
export async function refuseTrashedForSharer(
  db: Kysely<Database>,
  { memberId, documentId }: { memberId: string; documentId: string },
): Promise<void> {
  const [document, member] = await Promise.all([
    findDocument(db, documentId),
    findMember(db, memberId),
  ]);
  if (!document?.trashedAt || !member || member.status !== "active") return;
  if (member.unitId !== document.unitId) return;

  const departmentIds = member.departmentId
    ? await departmentAncestorIds(db, member.departmentId)
    : [];
  const shares = await listSharesReaching(db, { documentId, memberId, departmentIds });
  if (shares.length === 0) return;

  throw appError(
    "CONFLICT",
    "document.trashed",
    `Document "${documentId}" is in the trash`,
  );
}

import type { Kysely } from "kysely";
import { departmentAncestorIds } from "../tables/departments.ts";
import { listSharesReaching } from "../tables/documentShares.ts";
import { findDocument } from "../tables/documents.ts";
import { findMember } from "../tables/members.ts";
import { findUnit } from "../tables/units.ts";
import type { Database } from "../types.ts";

/** A member's right on a document; the same words as `DocumentRole` in `@xietong/shared`. */
export type ResolvedRole = "owner" | "editor" | "commenter" | "viewer";

/** What a member may do with a document, and where the document lives. */
export interface ResolvedDocumentRole {
  role: ResolvedRole;
  unitId: string;
  documentId: string;
  /** A trashed document resolves for its owner only; the caller decides what it allows. */
  trashed: boolean;
}

const strength: Record<ResolvedRole, number> = {
  owner: 4,
  editor: 3,
  commenter: 2,
  viewer: 1,
};

/**
 * Resolves a member's strongest right on a document: ownership, a share to the member,
 * or a share to the member's department or any ancestor department. Returns null when
 * the document or member is missing, the member or their unit is disabled, the member
 * belongs to another unit (even if a share row names them), or the document is trashed
 * and the member is not its owner. The collab server calls this on every connection and
 * rights event, so it must never be more generous than the API.
 */
export async function resolveDocumentRole(
  db: Kysely<Database>,
  { memberId, documentId }: { memberId: string; documentId: string },
): Promise<ResolvedDocumentRole | null> {
  const [document, member] = await Promise.all([
    findDocument(db, documentId),
    findMember(db, memberId),
  ]);
  if (!document || !member) return null;
  if (member.status !== "active") return null;
  if (member.unitId !== document.unitId) return null;

  const unit = await findUnit(db, document.unitId);
  if (unit?.status !== "active") return null;

  const trashed = document.trashedAt !== null;
  const found = (role: ResolvedRole): ResolvedDocumentRole => ({
    role,
    unitId: document.unitId,
    documentId: document.id,
    trashed,
  });

  if (document.ownerId === member.id) return found("owner");
  if (trashed) return null;

  const departmentIds = member.departmentId
    ? await departmentAncestorIds(db, member.departmentId)
    : [];
  const shares = await listSharesReaching(db, { documentId, memberId, departmentIds });

  let best: ResolvedRole | null = null;
  for (const share of shares) {
    if (best === null || strength[share.role] > strength[best]) best = share.role;
  }
  return best ? found(best) : null;
}

import {
  type Database,
  departmentAncestorIds,
  listVisibleDocumentRows,
} from "@xietong/db";
import type { Kysely } from "kysely";

const strength = { owner: 4, editor: 3, commenter: 2, viewer: 1 } as const;

type Role = keyof typeof strength;

/** Which documents `documents.list` shows. */
export type DocumentFilter = "all" | "mine" | "shared" | "trash";

/** One line of the documents list. */
export interface DocumentListItem {
  id: string;
  title: string;
  ownerId: string;
  ownerName: string;
  role: Role;
  updatedAt: Date;
  trashedAt: Date | null;
}

/**
 * The documents a member sees under a filter, each with the member's strongest role.
 * `trash` holds only the member's own trashed documents: a trashed document is out of
 * reach for everyone it was shared with.
 */
export async function listDocumentsFor(
  db: Kysely<Database>,
  member: { id: string; unitId: string; departmentId: string | null },
  filter: DocumentFilter,
): Promise<DocumentListItem[]> {
  const departmentIds = member.departmentId
    ? await departmentAncestorIds(db, member.departmentId)
    : [];
  const rows = await listVisibleDocumentRows(db, {
    unitId: member.unitId,
    memberId: member.id,
    departmentIds,
  });

  const items = new Map<string, DocumentListItem>();
  for (const row of rows) {
    const role: Role = row.ownerId === member.id ? "owner" : (row.shareRole ?? "viewer");
    const existing = items.get(row.id);
    if (existing && strength[existing.role] >= strength[role]) continue;
    items.set(row.id, {
      id: row.id,
      title: row.title,
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      role,
      updatedAt: row.updatedAt,
      trashedAt: row.trashedAt,
    });
  }

  return [...items.values()].filter((item) => shownUnder(filter, item));
}

function shownUnder(filter: DocumentFilter, item: DocumentListItem): boolean {
  const own = item.role === "owner";
  const trashed = item.trashedAt !== null;
  switch (filter) {
    case "all":
      return !trashed;
    case "mine":
      return own && !trashed;
    case "shared":
      return !own && !trashed;
    case "trash":
      return own && trashed;
  }
}

import { randomUUID } from "node:crypto";
import { createCollabToken, createSession } from "@xietong/auth";
import {
  type Database,
  defaultUnitSettings,
  insertDocument,
  insertMember,
  insertUnit,
  type ShareRole,
  upsertDocumentShare,
} from "@xietong/db";
import type { Kysely } from "kysely";

/** A unit with a member, ready to own documents. */
export async function buildUnit(db: Kysely<Database>, name = `单位-${randomUUID()}`) {
  return insertUnit(db, { name });
}

/** A member of a unit with a live session; `collabToken()` mints a fresh token for it. */
export async function buildMember(
  db: Kysely<Database>,
  { unitId, name = "张三" }: { unitId: string; name?: string },
) {
  const member = await insertMember(db, {
    unitId,
    departmentId: null,
    phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    name,
    passwordHash: "not-a-real-hash",
  });
  const { token: sessionToken, session } = await createSession(db, {
    memberId: member.id,
    settings: defaultUnitSettings,
  });
  return {
    member,
    session,
    sessionToken,
    collabToken: async () => (await createCollabToken(db, session.id)).token,
  };
}

/** A document owned by `ownerId`, shared with others as given. */
export async function buildDocument(
  db: Kysely<Database>,
  {
    unitId,
    ownerId,
    shares = [],
  }: {
    unitId: string;
    ownerId: string;
    shares?: { memberId: string; role: ShareRole }[];
  },
) {
  const document = await insertDocument(db, { unitId, ownerId, title: "测试文档" });
  for (const share of shares) {
    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "member",
      principalId: share.memberId,
      role: share.role,
    });
  }
  return document;
}

import type { Kysely } from "kysely";
import type { Database, Session } from "../types.ts";

const sessionColumns = [
  "id",
  "memberId",
  "createdAt",
  "lastSeenAt",
  "idleExpiresAt",
  "absoluteExpiresAt",
  "ip",
  "userAgent",
] as const;

/** Inserts a session row; `id` is the SHA-256 of the token, never the token. */
export async function insertSession(
  db: Kysely<Database>,
  session: {
    id: string;
    memberId: string;
    lastSeenAt: Date;
    idleExpiresAt: Date;
    absoluteExpiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** Reads a session by its id (the token hash). */
export function findSession(
  db: Kysely<Database>,
  id: string,
): Promise<Session | undefined> {
  return db
    .selectFrom("sessions")
    .select(sessionColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Slides a session's idle expiry forward. */
export async function touchSession(
  db: Kysely<Database>,
  {
    id,
    lastSeenAt,
    idleExpiresAt,
  }: { id: string; lastSeenAt: Date; idleExpiresAt: Date },
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ lastSeenAt, idleExpiresAt })
    .where("id", "=", id)
    .execute();
}

/** Deletes one session (its collab tokens go with it). */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Deletes every session of a member, optionally keeping one; returns the deleted ids. */
export async function deleteMemberSessions(
  db: Kysely<Database>,
  { memberId, exceptId }: { memberId: string; exceptId?: string },
): Promise<string[]> {
  let query = db.deleteFrom("sessions").where("memberId", "=", memberId);
  if (exceptId) query = query.where("id", "<>", exceptId);
  const rows = await query.returning("id").execute();
  return rows.map((row) => row.id);
}

/** Deletes sessions past either expiry; returns how many went. */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  now: Date,
): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([eb("idleExpiresAt", "<=", now), eb("absoluteExpiresAt", "<=", now)]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every session of every member of a unit; returns the deleted ids. */
export async function deleteUnitSessions(
  db: Kysely<Database>,
  unitId: string,
): Promise<string[]> {
  const rows = await db
    .deleteFrom("sessions")
    .where("memberId", "in", (eb) =>
      eb.selectFrom("members").select("members.id").where("members.unitId", "=", unitId),
    )
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

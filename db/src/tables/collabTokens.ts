import type { Kysely } from "kysely";
import type { Database } from "../types.ts";

/** Stores a collab token's hash, tied to the session that minted it. */
export async function insertCollabToken(
  db: Kysely<Database>,
  token: { id: string; sessionId: string; expiresAt: Date },
): Promise<void> {
  await db.insertInto("collabTokens").values(token).execute();
}

/** Reads a collab token by its hash. */
export function findCollabToken(
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; sessionId: string; expiresAt: Date } | undefined> {
  return db
    .selectFrom("collabTokens")
    .select(["id", "sessionId", "expiresAt"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Deletes collab tokens past their expiry; returns how many went. */
export async function deleteExpiredCollabTokens(
  db: Kysely<Database>,
  now: Date,
): Promise<number> {
  const result = await db
    .deleteFrom("collabTokens")
    .where("expiresAt", "<=", now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
